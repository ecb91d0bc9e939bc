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

import vn.mttq.giamsat.events.DocumentReference;
import vn.mttq.giamsat.supervision.activity.Activity;
import vn.mttq.giamsat.supervision.activity.ActivityKind;
import vn.mttq.giamsat.supervision.activity.SupervisionForm;
import vn.mttq.giamsat.supervision.organisation.AdministrativeLevel;
import vn.mttq.giamsat.supervision.organisation.Organisation;
import vn.mttq.giamsat.support.outbox.OutboxEntry;
import vn.mttq.giamsat.support.security.RecordedActor;

/**
 * Văn bản kiến nghị, phản biện hoặc góp ý: a letter concluding an activity. The letter
 * and the events announcing its items are one document, so they are stored together or
 * not at all. It keeps the issuing body's level and unit of its date and its activity's
 * kind and form, so reports and searches need no join.
 */
@Document("letters")
@CompoundIndex(name = "issuer_year_number", def = "{'issuingBodyId': 1, 'year': 1, 'number': 1}", unique = true)
public class RecommendationLetter {

	@Id
	private final String id;

	private final String activityId;

	private final String number;

	private final Integer year;

	private final LocalDate issuedOn;

	private final String issuingBodyId;

	private final LetterKind kind;

	private final String subject;

	private final AdministrativeLevel level;

	private final String administrativeUnitId;

	private final ActivityKind activityKind;

	private final SupervisionForm supervisionForm;

	private final List<LetterItem> items;

	private final List<OutboxEntry> outbox;

	private final List<DocumentReference> documents;

	private final Instant recordedAt;

	private final RecordedActor issuedBy;

	@Version
	private Long version;

	@PersistenceCreator
	RecommendationLetter(String id, String activityId, String number, Integer year, LocalDate issuedOn,
			String issuingBodyId, LetterKind kind, String subject, AdministrativeLevel level,
			String administrativeUnitId, ActivityKind activityKind, SupervisionForm supervisionForm,
			List<LetterItem> items, List<OutboxEntry> outbox, List<DocumentReference> documents, Instant recordedAt,
			RecordedActor issuedBy, Long version) {
		this.id = id;
		this.activityId = activityId;
		this.number = number;
		this.year = (year != null) ? year : issuedOn.getYear();
		this.issuedOn = issuedOn;
		this.issuingBodyId = issuingBodyId;
		this.kind = (kind != null) ? kind : LetterKind.RECOMMENDATION;
		this.subject = subject;
		this.level = level;
		this.administrativeUnitId = administrativeUnitId;
		this.activityKind = activityKind;
		this.supervisionForm = supervisionForm;
		this.items = List.copyOf(items);
		this.outbox = (outbox != null) ? List.copyOf(outbox) : List.of();
		// Letters stored before they kept their papers have none.
		this.documents = (documents != null) ? List.copyOf(documents) : List.of();
		this.recordedAt = recordedAt;
		this.issuedBy = issuedBy;
		this.version = version;
	}

	/**
	 * A letter issued now, its events not recorded yet ({@link #withOutbox}).
	 * @param id the new letter's id
	 * @param activity the activity it concludes, whose kind and, for a supervision, form
	 * it keeps
	 * @param request what the official sent: number, date, subject
	 * @param kind the letter's kind
	 * @param issuer the issuing body, whose level and unit of the letter's date it keeps
	 * @param items the items
	 * @param documents its own papers (its signed scan), kept on its activity
	 * @param recordedAt when it was recorded
	 * @param issuedBy who issued it
	 * @return the letter
	 */
	static RecommendationLetter issued(String id, Activity activity, IssueLetter request, LetterKind kind,
			Organisation issuer, List<LetterItem> items, List<DocumentReference> documents, Instant recordedAt,
			RecordedActor issuedBy) {
		return new RecommendationLetter(id, activity.id(), request.number(), null, request.issuedOn(), issuer.id(),
				kind, request.subject(), issuer.level(), issuer.administrativeUnitId(), activity.kind(),
				activity.supervisionForm(), items, List.of(), documents, recordedAt, issuedBy, null);
	}

	/**
	 * The same letter with the events to publish about it.
	 * @param outbox the events
	 * @return a copy holding them
	 */
	RecommendationLetter withOutbox(List<OutboxEntry> outbox) {
		return copy(this.items, outbox);
	}

	private RecommendationLetter copy(List<LetterItem> items, List<OutboxEntry> outbox) {
		return new RecommendationLetter(this.id, this.activityId, this.number, this.year, this.issuedOn,
				this.issuingBodyId, this.kind, this.subject, this.level, this.administrativeUnitId, this.activityKind,
				this.supervisionForm, items, outbox, this.documents, this.recordedAt, this.issuedBy, this.version);
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

	public int year() {
		return this.year;
	}

	public LocalDate issuedOn() {
		return this.issuedOn;
	}

	public String issuingBodyId() {
		return this.issuingBodyId;
	}

	public LetterKind kind() {
		return this.kind;
	}

	public String subject() {
		return this.subject;
	}

	public AdministrativeLevel level() {
		return this.level;
	}

	public String administrativeUnitId() {
		return this.administrativeUnitId;
	}

	public ActivityKind activityKind() {
		return this.activityKind;
	}

	public SupervisionForm supervisionForm() {
		return this.supervisionForm;
	}

	public List<LetterItem> items() {
		return this.items;
	}

	public List<OutboxEntry> outbox() {
		return this.outbox;
	}

	/**
	 * The letter's own papers, such as its signed and stamped scan, kept on its activity.
	 * @return their references, with their download paths
	 */
	public List<DocumentReference> documents() {
		return this.documents;
	}

	public Instant recordedAt() {
		return this.recordedAt;
	}

	public RecordedActor issuedBy() {
		return this.issuedBy;
	}

	Long version() {
		return this.version;
	}

	Optional<LetterItem> item(String recommendationId) {
		return this.items.stream().filter((item) -> item.recommendationId().equals(recommendationId)).findFirst();
	}

	/**
	 * The letter as an addressee or copy recipient sees it: only the items that concern
	 * them.
	 * @param organisationId the addressee
	 * @return the letter with those items, or empty if none concerns them
	 */
	public Optional<RecommendationLetter> addressedTo(String organisationId) {
		List<LetterItem> own = this.items.stream().filter((item) -> item.concerns(organisationId)).toList();
		return own.isEmpty() ? Optional.empty() : Optional.of(copy(own, List.of()));
	}

	long pendingEvents() {
		return this.outbox.stream().filter(OutboxEntry::pending).count();
	}

}
