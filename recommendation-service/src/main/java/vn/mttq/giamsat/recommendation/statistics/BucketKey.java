package vn.mttq.giamsat.recommendation.statistics;

import java.time.YearMonth;

import vn.mttq.giamsat.events.recommendation.RecommendationLifecycleEvent.Snapshot;

/**
 * Where a recommendation is counted: its addressee agency, the level of the body that
 * issued it and the month of its letter.
 *
 * @param agencyId the addressee agency
 * @param level the issuing body's level, {@link IssuingLevel#UNKNOWN} when not given
 * @param month the month of the letter's date
 */
record BucketKey(String agencyId, IssuingLevel level, YearMonth month) {

	static BucketKey of(Snapshot recommendation) {
		return new BucketKey(recommendation.addresseeAgencyId(), IssuingLevel.of(recommendation.level()),
				YearMonth.from(recommendation.issuedOn()));
	}

	/**
	 * The bucket's document id; month and level have a fixed form, so the agency id,
	 * last, may hold any character.
	 */
	String id() {
		return this.month + "/" + this.level + "/" + this.agencyId;
	}

}
