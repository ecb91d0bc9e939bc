package vn.mttq.giamsat.recommendation.statistics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the agency statistics.
 *
 * @param minimumItems below this many issued items a row shows only its issued count and
 * is never ranked, so that a body with one item does not lead a league table
 * @param maxMonths the longest period one request may ask for, in months
 */
@ConfigurationProperties("giamsat.statistics")
record StatisticsProperties(@DefaultValue("5") int minimumItems, @DefaultValue("60") int maxMonths) {

	StatisticsProperties {
		if (minimumItems < 1) {
			throw new IllegalArgumentException("giamsat.statistics.minimum-items must be 1 or more");
		}
		if (maxMonths < 1) {
			throw new IllegalArgumentException("giamsat.statistics.max-months must be 1 or more");
		}
	}

}
