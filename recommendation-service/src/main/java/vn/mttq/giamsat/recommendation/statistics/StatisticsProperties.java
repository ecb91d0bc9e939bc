package vn.mttq.giamsat.recommendation.statistics;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the agency statistics.
 *
 * @param minimumItems below this many issued items a row shows only its issued count and
 * is never ranked, so that a body with one item does not lead a league table
 * @param maxMonths the longest period one request may ask for, in months
 * @param migration the start-up steps that bring the documents of earlier versions up to
 * date: monthly buckets folded into year documents, year documents given their total
 */
@ConfigurationProperties("giamsat.statistics")
public record StatisticsProperties(@DefaultValue("5") int minimumItems, @DefaultValue("60") int maxMonths,
		@DefaultValue Migration migration) {

	public StatisticsProperties {
		if (minimumItems < 1) {
			throw new IllegalArgumentException("giamsat.statistics.minimum-items must be 1 or more");
		}
		if (maxMonths < 1) {
			throw new IllegalArgumentException("giamsat.statistics.max-months must be 1 or more");
		}
	}

	/**
	 * How the start-up steps work through the documents of earlier versions, each step
	 * under its own lease.
	 *
	 * @param batchSize documents (buckets to fold, year documents to total) read per
	 * round trip, the lease renewed after each batch
	 * @param lease how long the instance doing a step holds its lease without renewing
	 * it; another instance takes over after that if it died
	 */
	public record Migration(@DefaultValue("100") int batchSize, @DefaultValue("2m") Duration lease) {

		public Migration {
			if (batchSize < 1) {
				throw new IllegalArgumentException("giamsat.statistics.migration.batch-size must be 1 or more");
			}
		}

	}

}
