package vn.mttq.giamsat.recommendation.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A tracked recommendation as the API shows it, with its whole history.
 *
 * @param id the recommendation id
 * @param letterId the letter it was issued in
 * @param letterNumber that letter's official number
 * @param activityId the activity the letter concludes
 * @param issuingBodyId the Front body that issued it
 * @param addresseeAgencyId the agency that must answer
 * @param content what the agency is asked to do
 * @param issuedOn the letter's date
 * @param dueDate the answer date, if one is set
 * @param status where it stands
 * @param issuedAt when it was issued
 * @param trackedAt when tracking started
 * @param history every step so far, oldest first
 */
record RecommendationView(String id, String letterId, String letterNumber, String activityId, String issuingBodyId,
		String addresseeAgencyId, String content, LocalDate issuedOn, LocalDate dueDate, RecommendationStatus status,
		Instant issuedAt, Instant trackedAt, List<HistoryEntry> history) {

	static RecommendationView of(TrackedRecommendation r) {
		return new RecommendationView(r.id(), r.letterId(), r.letterNumber(), r.activityId(), r.issuingBodyId(),
				r.addresseeAgencyId(), r.content(), r.issuedOn(), r.dueDate(), r.status(), r.issuedAt(), r.trackedAt(),
				r.history());
	}

}
