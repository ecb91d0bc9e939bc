package vn.mttq.giamsat.supervision.letter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.mttq.giamsat.support.outbox.OutboxEntry;
import vn.mttq.giamsat.support.security.RecordedActor;

/**
 * Văn bản kiến nghị: a letter of recommendations concluding an activity. The letter and
 * the events announcing its items are one document, so they are stored together or not at
 * all.
 */
@Document("letters")
@CompoundIndex(name = "issuer_number", def = "{'issuingBodyId': 1, 'number': 1}", unique = true)
public class RecommendationLetter {

	@Id
	private final String id;

	private final String activityId;

	private final String number;

	private final LocalDate issuedOn;

	private final String issuingBodyId;

	private final List<LetterItem> items;

	private final List<OutboxEntry> outbox;

	private final Instant recordedAt;

	private final RecordedActor issuedBy;

	@Version
	private Long version;

	@PersistenceCreator
	RecommendationLetter(String id, String activityId, String number, LocalDate issuedOn, String issuingBodyId,
			List<LetterItem> items, List<OutboxEntry> outbox, Instant recordedAt, RecordedActor issuedBy,
			Long version) {
		this.id = id;
		this.activityId = activityId;
		this.number = number;
		this.issuedOn = issuedOn;
		this.issuingBodyId = issuingBodyId;
		this.items = List.copyOf(items);
		this.outbox = (outbox != null) ? List.copyOf(outbox) : List.of();
		this.recordedAt = recordedAt;
		this.issuedBy = issuedBy;
		this.version = version;
	}

	public String id() {
		return this.id;
	}

	public String activityId() {
		return this.activityId;
	}

	public String number() {
		return this.number;
	}

	public LocalDate issuedOn() {
		return this.issuedOn;
	}

	public String issuingBodyId() {
		return this.issuingBodyId;
	}

	public List<LetterItem> items() {
		return this.items;
	}

	public List<OutboxEntry> outbox() {
		return this.outbox;
	}

	public Instant recordedAt() {
		return this.recordedAt;
	}

	public RecordedActor issuedBy() {
		return this.issuedBy;
	}

	/**
	 * The letter as an addressee sees it: only the items addressed to them.
	 * @param organisationId the addressee
	 * @return the letter with those items, or empty if none is addressed to them
	 */
	Optional<RecommendationLetter> addressedTo(String organisationId) {
		List<LetterItem> own = this.items.stream()
			.filter((item) -> item.addresseeAgencyId().equals(organisationId))
			.toList();
		return own.isEmpty() ? Optional.empty()
				: Optional.of(new RecommendationLetter(this.id, this.activityId, this.number, this.issuedOn,
						this.issuingBodyId, own, List.of(), this.recordedAt, this.issuedBy, this.version));
	}

	long pendingEvents() {
		return this.outbox.stream().filter(OutboxEntry::pending).count();
	}

}
