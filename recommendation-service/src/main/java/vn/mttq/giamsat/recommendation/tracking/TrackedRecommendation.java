package vn.mttq.giamsat.recommendation.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.mttq.giamsat.events.supervision.RecommendationIssued;

/**
 * Kiến nghị đang theo dõi: one recommendation followed until it is closed. Its id is the
 * recommendation id of the issued item, so an item can be tracked only once.
 */
@Document("recommendations")
public class TrackedRecommendation {

	@Id
	private final String id;

	private final String letterId;

	private final String letterNumber;

	private final String activityId;

	private final String issuingBodyId;

	private final String addresseeAgencyId;

	private final String content;

	private final LocalDate issuedOn;

	private final LocalDate dueDate;

	private final RecommendationStatus status;

	private final Instant issuedAt;

	private final Instant trackedAt;

	private final String sourceEventId;

	private final List<HistoryEntry> history;

	@Version
	private Long version;

	@PersistenceCreator
	TrackedRecommendation(String id, String letterId, String letterNumber, String activityId, String issuingBodyId,
			String addresseeAgencyId, String content, LocalDate issuedOn, LocalDate dueDate,
			RecommendationStatus status, Instant issuedAt, Instant trackedAt, String sourceEventId,
			List<HistoryEntry> history, Long version) {
		this.id = id;
		this.letterId = letterId;
		this.letterNumber = letterNumber;
		this.activityId = activityId;
		this.issuingBodyId = issuingBodyId;
		this.addresseeAgencyId = addresseeAgencyId;
		this.content = content;
		this.issuedOn = issuedOn;
		this.dueDate = dueDate;
		this.status = status;
		this.issuedAt = issuedAt;
		this.trackedAt = trackedAt;
		this.sourceEventId = sourceEventId;
		this.history = List.copyOf(history);
		this.version = version;
	}

	static TrackedRecommendation issued(RecommendationIssued event, Instant now) {
		HistoryEntry issued = new HistoryEntry(event.occurredAt(), RecommendationStatus.AWAITING_RESPONSE,
				event.issuingBodyId(), "Issued in letter " + event.letterNumber(), event.eventId());
		return new TrackedRecommendation(event.recommendationId(), event.letterId(), event.letterNumber(),
				event.activityId(), event.issuingBodyId(), event.addresseeAgencyId(), event.content(), event.issuedOn(),
				event.dueDate(), RecommendationStatus.AWAITING_RESPONSE, event.occurredAt(), now, event.eventId(),
				List.of(issued), null);
	}

	public String id() {
		return this.id;
	}

	public String letterId() {
		return this.letterId;
	}

	public String letterNumber() {
		return this.letterNumber;
	}

	public String activityId() {
		return this.activityId;
	}

	public String issuingBodyId() {
		return this.issuingBodyId;
	}

	public String addresseeAgencyId() {
		return this.addresseeAgencyId;
	}

	public String content() {
		return this.content;
	}

	public LocalDate issuedOn() {
		return this.issuedOn;
	}

	public LocalDate dueDate() {
		return this.dueDate;
	}

	public RecommendationStatus status() {
		return this.status;
	}

	public Instant issuedAt() {
		return this.issuedAt;
	}

	public Instant trackedAt() {
		return this.trackedAt;
	}

	public List<HistoryEntry> history() {
		return this.history;
	}

}
