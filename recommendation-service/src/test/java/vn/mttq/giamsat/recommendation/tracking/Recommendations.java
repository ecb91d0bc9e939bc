package vn.mttq.giamsat.recommendation.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import vn.mttq.giamsat.events.DocumentReference;
import vn.mttq.giamsat.events.supervision.RecommendationIssued;
import vn.mttq.giamsat.recommendation.deadline.DayCounting;
import vn.mttq.giamsat.recommendation.deadline.Deadline;
import vn.mttq.giamsat.recommendation.deadline.DeadlineExplanation;
import vn.mttq.giamsat.recommendation.deadline.DeadlineStart;
import vn.mttq.giamsat.recommendation.deadline.Extension;
import vn.mttq.giamsat.recommendation.deadline.Pause;
import vn.mttq.giamsat.support.security.Actor;
import vn.mttq.giamsat.support.security.Role;

/**
 * Fixtures of the lifecycle tests: one recommendation of the Điện Biên Front to the
 * Department of Agriculture, the people on each side, and a plain 30-calendar-day rule
 * (the deadline engine has its own tests).
 */
final class Recommendations {

	static final String FRONT = "ubmttq-tinh-dien-bien";

	static final String AGENCY = "so-nong-nghiep-moi-truong-dien-bien";

	static final LocalDate ISSUED_ON = LocalDate.of(2026, 3, 2);

	static final Actor AGENCY_OFFICER = new Actor("canbo.so.nnmt", AGENCY, Set.of(Role.AGENCY_OFFICER));

	static final Actor OTHER_AGENCY_OFFICER = new Actor("canbo.so.khac", "so-tai-chinh-dien-bien",
			Set.of(Role.AGENCY_OFFICER));

	static final Actor FRONT_OFFICIAL = new Actor("canbo.mttq.tinh", FRONT, Set.of(Role.FRONT_OFFICIAL));

	static final Actor OTHER_FRONT_OFFICIAL = new Actor("canbo.mttq.xa", "ubmttq-xa-muong-phang",
			Set.of(Role.FRONT_OFFICIAL));

	static final Actor MONITOR = new Actor("giamsat.vien", "ban-giam-sat", Set.of(Role.MONITOR));

	static final SchedulePolicy POLICY = new SchedulePolicy(List.of(7, 1), List.of(10, 30));

	static final EscalationTargets TARGETS = (recommendation, step) -> (step == 1)
			? new EscalationTargets.Target("ubnd-tinh-dien-bien", "cơ quan cấp trên")
			: new EscalationTargets.Target("ubmttq-trung-uong", "Mặt trận cấp trên");

	/**
	 * 30 calendar days from the start, plus extensions, plus the days of closed pauses.
	 */
	static final DueDates THIRTY_DAYS = (input) -> {
		LocalDate start = (input.deliveredOn() != null) ? input.deliveredOn() : input.issuedOn();
		LocalDate due = (input.officialDueDate() != null) ? input.officialDueDate() : start.plusDays(30);
		for (Extension extension : input.extensions()) {
			due = due.plusDays(extension.days());
		}
		for (Pause pause : input.pauses()) {
			if (pause.to() == null) {
				return new Deadline(null, explanation(start, "Tạm dừng"));
			}
			due = due.plusDays(pause.to().toEpochDay() - pause.from().toEpochDay() + 1);
		}
		return new Deadline(due, explanation(start, "Hạn trả lời " + due));
	};

	private Recommendations() {
	}

	static DeadlineExplanation explanation(LocalDate start, String text) {
		return new DeadlineExplanation("front-default", "Mặc định", "Default", "cấu hình", "configuration",
				DayCounting.CALENDAR_DAYS, 30, DeadlineStart.DELIVERY, start, false, List.of(), List.of(), List.of(),
				"test", text, text);
	}

	static RecommendationIssued issued(String id, LocalDate officialDueDate) {
		return new RecommendationIssued(UUID.randomUUID().toString(), at(ISSUED_ON), id, "letter-125",
				"125/KN-MTTQ-BTT", "activity-1", FRONT, AGENCY, "Công khai danh sách hộ được hỗ trợ", ISSUED_ON,
				officialDueDate);
	}

	static TrackedRecommendation tracked() {
		return TrackedRecommendation.issued(issued(UUID.randomUUID().toString(), null), THIRTY_DAYS, POLICY,
				at(ISSUED_ON));
	}

	/** Nine in the morning, Vietnam time, of a day. */
	static Instant at(LocalDate day) {
		return day.atTime(9, 0).toInstant(ZoneOffset.ofHours(7));
	}

	static Step step(LifecycleAction action, String note) {
		return new Step(action, note, List.of(), null, null, null);
	}

	static Step step(LifecycleAction action, String note, List<String> documents) {
		return new Step(action, note, documents, null, null, null);
	}

	/**
	 * The references of the documents a step names, as if each were a PDF uploaded under
	 * its id.
	 */
	static List<DocumentReference> references(Step step) {
		return step.documents()
			.stream()
			.map((id) -> new DocumentReference(id, id + ".pdf", "application/pdf", 1024, "0".repeat(64),
					"recommendation-service", "/api/v1/recommendations/r/documents/" + id))
			.toList();
	}

	static Step extend(int days, String note) {
		return new Step(LifecycleAction.EXTEND, note, List.of(), days, null, null);
	}

}
