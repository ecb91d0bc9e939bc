package vn.mttq.giamsat.recommendation.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import vn.mttq.giamsat.events.ContractSamples;
import vn.mttq.giamsat.events.Topics;
import vn.mttq.giamsat.events.recommendation.RecommendationLifecycleEvent;
import vn.mttq.giamsat.events.recommendation.RecommendationLifecycleEvent.Actor;
import vn.mttq.giamsat.events.recommendation.RecommendationLifecycleEvent.Snapshot;
import vn.mttq.giamsat.localstack.LocalStack;
import vn.mttq.giamsat.localstack.TopicWriter;

/**
 * One recommendation's lifecycle as the producer would publish it: each step changes the
 * recommendation and yields an event with the next sequence and the whole snapshot.
 */
public final class LifecycleEvents {

	private static final Actor SYSTEM = new Actor("SYSTEM", null, null, null);

	public final String recommendationId;

	private String agencyId;

	private final String level;

	private final LocalDate issuedOn;

	private LocalDate dueDate;

	private Instant answeredAt;

	private String answer;

	private String closure;

	private Instant closedAt;

	private final List<String> escalatedTo = new ArrayList<>();

	private long sequence;

	private final List<RecommendationLifecycleEvent> published = new ArrayList<>();

	private LifecycleEvents(String recommendationId, String agencyId, String level, LocalDate issuedOn,
			LocalDate dueDate) {
		this.recommendationId = recommendationId;
		this.agencyId = agencyId;
		this.level = level;
		this.issuedOn = issuedOn;
		this.dueDate = dueDate;
	}

	/**
	 * Starts a recommendation, publishing its {@code TRACKED} event.
	 */
	public static LifecycleEvents tracked(String agencyId, String level, String issuedOn, String dueDate) {
		return tracked(UUID.randomUUID().toString(), agencyId, level, issuedOn, dueDate);
	}

	public static LifecycleEvents tracked(String recommendationId, String agencyId, String level, String issuedOn,
			String dueDate) {
		LifecycleEvents item = new LifecycleEvents(recommendationId, agencyId, level, LocalDate.parse(issuedOn),
				(dueDate != null) ? LocalDate.parse(dueDate) : null);
		item.step("TRACKED", "AWAITING_RESPONSE");
		return item;
	}

	public LifecycleEvents answered(String answer, String at) {
		this.answer = answer;
		this.answeredAt = Instant.parse(at);
		return step(answer, answer);
	}

	public LifecycleEvents escalated(String to) {
		this.escalatedTo.add(to);
		return step("ESCALATED", "ESCALATED");
	}

	public LifecycleEvents closed(String closure, String at) {
		this.closure = closure;
		this.closedAt = Instant.parse(at);
		return step("CLOSED", "CLOSED");
	}

	public LifecycleEvents dueDateChanged(String dueDate) {
		this.dueDate = LocalDate.parse(dueDate);
		return step("DUE_DATE_CHANGED", "AWAITING_RESPONSE");
	}

	/** The addressee replaced by its successor, as after a merger of units. */
	public LifecycleEvents readdressed(String agencyId) {
		this.agencyId = agencyId;
		return step("DUE_DATE_CHANGED", "AWAITING_RESPONSE");
	}

	private LifecycleEvents step(String transition, String status) {
		this.sequence++;
		Snapshot snapshot = new Snapshot("letter-" + this.issuedOn, "KN-" + this.issuedOn, "activity-1",
				"ubmttq-tinh-dien-bien", this.agencyId, List.of(), this.level, "DELEGATION", "REMEDY_VIOLATION",
				"Công khai danh sách hộ được hỗ trợ", this.issuedOn, this.dueDate, "Hạn do người ban hành đặt", null,
				this.answeredAt, this.answer, false, 0, this.escalatedTo, this.closure, this.closedAt);
		this.published
			.add(new RecommendationLifecycleEvent(UUID.randomUUID().toString(), Instant.parse("2026-05-01T00:00:00Z"),
					this.recommendationId, this.sequence, transition, null, status, SYSTEM, null, List.of(), snapshot));
		return this;
	}

	public List<RecommendationLifecycleEvent> events() {
		return List.copyOf(this.published);
	}

	public RecommendationLifecycleEvent latest() {
		return this.published.get(this.published.size() - 1);
	}

	/** Publishes every event of this recommendation, in order, as the producer would. */
	public void send(LocalStack stack, JsonMapper json) {
		this.published.forEach((event) -> send(stack, json, event));
	}

	public static void send(LocalStack stack, JsonMapper json, RecommendationLifecycleEvent event) {
		Map<String, String> headers = ContractSamples.headers(RecommendationLifecycleEvent.TYPE,
				RecommendationLifecycleEvent.SOURCE, event.eventId(), event.recommendationId());
		TopicWriter.send(stack.kafka().bootstrapServers(), Topics.RECOMMENDATION_LIFECYCLE, event.recommendationId(),
				json.writeValueAsString(event), headers);
	}

}
