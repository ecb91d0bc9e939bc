package vn.mttq.giamsat.supervision.letter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.mttq.giamsat.events.DocumentReference;
import vn.mttq.giamsat.supervision.activity.ActivityKind;
import vn.mttq.giamsat.supervision.activity.SupervisionForm;
import vn.mttq.giamsat.supervision.livestatus.ItemRef;
import vn.mttq.giamsat.supervision.livestatus.ItemStatus;
import vn.mttq.giamsat.supervision.livestatus.LiveStatus;
import vn.mttq.giamsat.supervision.livestatus.LiveStatuses;
import vn.mttq.giamsat.supervision.organisation.AdministrativeLevel;
import vn.mttq.giamsat.support.security.RecordedActor;

/**
 * A letter as the API shows it, with how many of its events still wait to be published.
 *
 * @param id the letter id
 * @param activityId the activity it concludes
 * @param number the official number
 * @param issuedOn the date printed on it
 * @param issuingBodyId the Front body that issued it
 * @param kind recommendation, social-criticism or opinion letter
 * @param subject what it is about
 * @param level the issuing body's level on the letter's date
 * @param administrativeUnitId the issuing body's unit on that date
 * @param activityKind the kind of its activity
 * @param supervisionForm the form of its activity
 * @param items its recommendations, each with its live status
 * @param liveStatus how its items stand now
 * @param recordedAt when it was recorded
 * @param issuedBy who issued it, for which Front body
 * @param pendingEvents events not yet acknowledged by the broker (0 once all are
 * published)
 * @param documents the letter's own papers (its signed scan), each with its download path
 */
record LetterView(String id, String activityId, String number, LocalDate issuedOn, String issuingBodyId,
		LetterKind kind, String subject, AdministrativeLevel level, String administrativeUnitId,
		ActivityKind activityKind, SupervisionForm supervisionForm, List<ItemView> items, LiveStatus liveStatus,
		Instant recordedAt, RecordedActor issuedBy, long pendingEvents, List<DocumentReference> documents) {

	static LetterView of(RecommendationLetter letter, LiveStatuses statuses) {
		Map<String, ItemStatus> status = statuses
			.items(letter.items().stream().map(LetterItem::recommendationId).toList());
		List<ItemView> items = letter.items()
			.stream()
			.map((item) -> ItemView.of(item, status.get(item.recommendationId())))
			.toList();
		LiveStatus live = statuses.count(
				letter.items().stream().map((item) -> new ItemRef(item.recommendationId(), item.withdrawn())).toList());
		return new LetterView(letter.id(), letter.activityId(), letter.number(), letter.issuedOn(),
				letter.issuingBodyId(), letter.kind(), letter.subject(), letter.level(), letter.administrativeUnitId(),
				letter.activityKind(), letter.supervisionForm(), items, live, letter.recordedAt(), letter.issuedBy(),
				letter.pendingEvents(), letter.documents());
	}

}
