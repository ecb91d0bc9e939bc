package vn.mttq.giamsat.recommendation.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.mttq.giamsat.events.recommendation.RecommendationLifecycleEvent;
import vn.mttq.giamsat.events.recommendation.Transition;
import vn.mttq.giamsat.events.supervision.RecommendationIssued;
import vn.mttq.giamsat.localstack.WithLocalStack;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code recommendations} documents keep their shape: every field at the top level,
 * so that the items already stored load, and a step written on them keeps them readable
 * by the queries and indexes that name those fields.
 */
@WithLocalStack
@SpringBootTest
class StoredDocumentShapeTests {

	private static final LocalDate ISSUED_ON = LocalDate.of(2026, 3, 2);

	private static final LocalDate DUE = LocalDate.of(2026, 4, 1);

	/** The fields a recommendation tracked from a full event has once stored. */
	private static final Set<String> TRACKED_FIELDS = Set.of("_id", "_class", "letterId", "letterNumber", "activityId",
			"issuingBodyId", "addresseeAgencyId", "copyRecipientIds", "letterKind", "itemType", "activityKind",
			"supervisionForm", "level", "content", "issuedOn", "letterDocuments", "status", "dueDate",
			"dueDateExplanation", "provisionalDueDate", "extensions", "pauses", "reminders", "escalations",
			"nextCheckOn", "open", "issuedAt", "trackedAt", "sourceEventId", "sequence", "history", "version",
			"outbox");

	@Autowired
	MongoTemplate mongo;

	@Autowired
	RecommendationStore store;

	@Autowired
	RecommendationTracking tracking;

	@Autowired
	DueDates dueDates;

	@Autowired
	SchedulePolicy policy;

	@Test
	void aRecommendationStoredInTodaysShapeLoadsWithEveryField() {
		String id = UUID.randomUUID().toString();
		this.mongo.insert(storedToday(id), RecommendationStore.COLLECTION);

		TrackedRecommendation loaded = this.store.find(id).orElseThrow();

		assertThat(loaded.item()).isEqualTo(new IssuedItem("letter-s", "7/KN-MTTQ", "activity-s", "ubmttq-tinh-s",
				"so-s", List.of("ubnd-tinh-s"), "RECOMMENDATION", "OTHER", "SUPERVISION", "DELEGATION", "PROVINCE",
				"Công khai danh sách", ISSUED_ON, List.of()));
		assertThat(loaded.status()).isEqualTo(RecommendationStatus.ESCALATED);
		assertThat(loaded.dueDate()).isEqualTo(DUE);
		assertThat(loaded.deadline().officialDueDate()).isEqualTo(DUE.minusDays(5));
		assertThat(loaded.deadline().extensions()).extracting((extension) -> extension.days()).containsExactly(5);
		assertThat(loaded.reply().deliveredOn()).isEqualTo(ISSUED_ON.plusDays(1));
		assertThat(loaded.followUp().overdueSince()).isEqualTo(DUE.plusDays(1));
		assertThat(loaded.overdue()).isTrue();
		assertThat(loaded.escalations()).extracting(Escalation::toOrganisationId).containsExactly("ubnd-tinh-s");
		assertThat(loaded.followUp().nextCheckOn()).isEqualTo(DUE.plusDays(30));
		assertThat(loaded.history()).extracting(HistoryEntry::transition).containsExactly("TRACKED", "ESCALATED");
		assertThat(loaded.history()).extracting(HistoryEntry::attachments)
			.as("names of files kept elsewhere, from before files were stored, still read")
			.containsExactly(List.of(), List.of("bien-ban-2.pdf"));
		assertThat(loaded.history()).allSatisfy((step) -> assertThat(step.documents()).isEmpty());
		assertThat(loaded.version()).isEqualTo(3);
	}

	@Test
	void aStepWrittenOnARecommendationStoredInTodaysShapeKeepsItsFieldsAtTheTop() {
		String id = UUID.randomUUID().toString();
		Document today = storedToday(id);
		this.mongo.insert(today, RecommendationStore.COLLECTION);

		this.store.change(id, (recommendation) -> recommendation.runSchedule(DUE.plusDays(30), at(DUE.plusDays(30)),
				this.policy, (r, step) -> new EscalationTargets.Target("ubmttq-tw", "cấp trên")) > 0);

		Document written = this.mongo.findById(id, Document.class, RecommendationStore.COLLECTION);
		assertThat(written.keySet()).containsAll(today.keySet()).doesNotContain("item", "followUp", "deadline");
		for (String unchanged : List.of("letterId", "letterNumber", "addresseeAgencyId", "copyRecipientIds", "level",
				"content", "issuedOn", "officialDueDate", "deliveredOn", "dueDate", "overdueSince", "extensions")) {
			assertThat(written.get(unchanged)).as(unchanged).isEqualTo(today.get(unchanged));
		}
		assertThat(written.getList("reminders", Document.class)).as("the 1-day point, passed unsent").hasSize(2);
		assertThat(written.getList("escalations", Document.class)).hasSize(2);
		assertThat(written.getList("history", Document.class)).hasSize(3);
		assertThat(written.getLong("version")).isEqualTo(4);
		assertThat(this.store.find(id).orElseThrow().escalations()).extracting(Escalation::toOrganisationId)
			.containsExactly("ubnd-tinh-s", "ubmttq-tw");
	}

	@Test
	void aStepOnAnItemStoredWithoutALetterKindPublishesItAsUnknownWithItsFirmDateExplainedInBothLanguages() {
		String id = UUID.randomUUID().toString();
		Document before = storedToday(id);
		before.remove("letterKind");
		this.mongo.insert(before, RecommendationStore.COLLECTION);
		List<RecommendationLifecycleEvent> published = new ArrayList<>();

		this.store.change(id, (recommendation) -> {
			boolean stepped = recommendation.runSchedule(DUE.plusDays(30), at(DUE.plusDays(30)), this.policy,
					(r, step) -> new EscalationTargets.Target("ubmttq-tw", "cấp trên")) > 0;
			published.addAll(recommendation.newEvents());
			return stepped;
		});

		RecommendationLifecycleEvent.Snapshot escalated = published.get(published.size() - 1).recommendation();
		assertThat(escalated.letterKind()).isNull();
		assertThat(escalated.itemType()).isEqualTo("OTHER");
		assertThat(escalated.dueDateProvisional()).isFalse();
		assertThat(escalated.dueDateExplanation()).isEqualTo("Hạn trả lời 01/04/2026.");
		assertThat(escalated.dueDateExplanationEn()).isEqualTo("Answer due 01/04/2026.");
	}

	@Test
	void aNewlyTrackedRecommendationIsStoredWithTodaysFieldNames() {
		String id = UUID.randomUUID().toString();
		this.tracking.track(new RecommendationIssued(UUID.randomUUID().toString(), at(ISSUED_ON), id, "letter-n",
				"8/KN-MTTQ", "activity-n", "ubmttq-tinh-n", "so-n", "Báo cáo", ISSUED_ON, null, "RECOMMENDATION",
				"OTHER", "SUPERVISION", "DELEGATION", "PROVINCE", List.of("ubnd-tinh-n")));

		Document written = this.mongo.findById(id, Document.class, RecommendationStore.COLLECTION);

		assertThat(written.keySet()).containsExactlyInAnyOrderElementsOf(TRACKED_FIELDS);
	}

	/**
	 * A recommendation as the service stored it before its state was split into values.
	 */
	private Document storedToday(String id) {
		Document escalation = new Document("step", 1).append("dueDate", day(DUE))
			.append("toOrganisationId", "ubnd-tinh-s")
			.append("reason", "cơ quan cấp trên")
			.append("at", Date.from(at(DUE.plusDays(10))));
		return new Document("_id", id).append("letterId", "letter-s")
			.append("letterNumber", "7/KN-MTTQ")
			.append("activityId", "activity-s")
			.append("issuingBodyId", "ubmttq-tinh-s")
			.append("addresseeAgencyId", "so-s")
			.append("copyRecipientIds", List.of("ubnd-tinh-s"))
			.append("letterKind", "RECOMMENDATION")
			.append("itemType", "OTHER")
			.append("activityKind", "SUPERVISION")
			.append("supervisionForm", "DELEGATION")
			.append("level", "PROVINCE")
			.append("content", "Công khai danh sách")
			.append("issuedOn", day(ISSUED_ON))
			.append("officialDueDate", day(DUE.minusDays(5)))
			.append("deliveredOn", day(ISSUED_ON.plusDays(1)))
			.append("status", "ESCALATED")
			.append("dueDate", day(DUE))
			.append("extensions",
					List.of(new Document("days", 5).append("reason", "Thiên tai")
						.append("by", "canbo.mttq")
						.append("at", Date.from(at(ISSUED_ON.plusDays(3))))))
			.append("pauses", List.of())
			.append("overdueSince", day(DUE.plusDays(1)))
			.append("reminders",
					List.of(new Document("dueDate", day(DUE)).append("daysBefore", 7)
						.append("on", day(DUE.minusDays(7)))
						.append("sent", true)))
			.append("escalations", List.of(escalation))
			.append("nextCheckOn", day(DUE.plusDays(30)))
			.append("open", true)
			.append("issuedAt", Date.from(at(ISSUED_ON)))
			.append("trackedAt", Date.from(at(ISSUED_ON)))
			.append("sourceEventId", "issued-" + id)
			.append("sequence", 2L)
			.append("history",
					List.of(step(1, Transition.TRACKED, null, "AWAITING_RESPONSE", "issued-" + id),
							step(2, Transition.ESCALATED, "OVERDUE", "ESCALATED", null)))
			.append("version", 3L)
			.append("_class", TrackedRecommendation.class.getName())
			.append("outbox", List.of());
	}

	private Document step(long sequence, Transition transition, String from, String to, String causeEventId) {
		Document step = new Document("sequence", sequence).append("at", Date.from(at(ISSUED_ON)))
			.append("transition", transition.name());
		if (from != null) {
			step.append("fromStatus", from);
		}
		step.append("status", to)
			.append("actor", new Document("kind", "SYSTEM"))
			.append("note", "Bước " + sequence)
			.append("attachments", (sequence == 1) ? List.of() : List.of("bien-ban-" + sequence + ".pdf"));
		if (causeEventId != null) {
			step.append("eventId", causeEventId);
		}
		return step.append("publishedEventId", UUID.randomUUID().toString());
	}

	/** A day as the converter stores a {@link LocalDate}. */
	private Object day(LocalDate day) {
		return this.mongo.getConverter().convertToMongoType(day);
	}

	private static Instant at(LocalDate day) {
		return day.atTime(9, 0).atZone(TrackedRecommendation.VIETNAM).toInstant();
	}

}
