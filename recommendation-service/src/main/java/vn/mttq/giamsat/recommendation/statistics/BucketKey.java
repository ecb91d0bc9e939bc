package vn.mttq.giamsat.recommendation.statistics;

import java.time.YearMonth;

import vn.mttq.giamsat.events.recommendation.RecommendationLifecycleEvent.Snapshot;

/**
 * Where a recommendation is counted: its addressee agency, the level of the body that
 * issued it and the month of its letter, which is a month of the agency's year document.
 *
 * @param agencyId the addressee agency
 * @param level the issuing body's level, {@link IssuingLevel#UNKNOWN} when not given
 * @param year the year of the letter's date
 * @param month the month of the letter's date, 1 to 12
 */
public record BucketKey(String agencyId, IssuingLevel level, int year, int month) {

	public static BucketKey of(Snapshot recommendation) {
		return of(recommendation.addresseeAgencyId(), IssuingLevel.of(recommendation.level()),
				YearMonth.from(recommendation.issuedOn()));
	}

	public static BucketKey of(String agencyId, IssuingLevel level, YearMonth month) {
		return new BucketKey(agencyId, level, month.getYear(), month.getMonthValue());
	}

	/**
	 * The id of the year document that holds this month; year and level have a fixed
	 * form, so the agency id, last, may hold any character.
	 * @return the id
	 */
	public String yearId() {
		return this.year + "/" + this.level + "/" + this.agencyId;
	}

	YearMonth yearMonth() {
		return YearMonth.of(this.year, this.month);
	}

}
