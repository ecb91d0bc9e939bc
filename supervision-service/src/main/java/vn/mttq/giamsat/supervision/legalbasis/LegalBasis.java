package vn.mttq.giamsat.supervision.legalbasis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.mttq.giamsat.support.security.RecordedActor;

/**
 * Căn cứ pháp lý: a law, resolution or Party decision an activity rests on; reference
 * data, so a new regulation is added by an administrator, not by a release.
 */
@Document("legalBases")
public class LegalBasis {

	@Id
	private final String id;

	private final String number;

	private final String title;

	private final String englishTitle;

	private final String issuer;

	private final LocalDate issuedOn;

	private final LocalDate effectiveFrom;

	private final LocalDate effectiveTo;

	private final List<String> amendedByIds;

	private final String note;

	private final long revision;

	private final Instant changedAt;

	private final RecordedActor changedBy;

	@Version
	private Long version;

	@PersistenceCreator
	LegalBasis(String id, String number, String title, String englishTitle, String issuer, LocalDate issuedOn,
			LocalDate effectiveFrom, LocalDate effectiveTo, List<String> amendedByIds, String note, long revision,
			Instant changedAt, RecordedActor changedBy, Long version) {
		this.id = id;
		this.number = number;
		this.title = title;
		this.englishTitle = englishTitle;
		this.issuer = issuer;
		this.issuedOn = issuedOn;
		this.effectiveFrom = effectiveFrom;
		this.effectiveTo = effectiveTo;
		this.amendedByIds = (amendedByIds != null) ? List.copyOf(amendedByIds) : List.of();
		this.note = note;
		this.revision = revision;
		this.changedAt = changedAt;
		this.changedBy = changedBy;
		this.version = version;
	}

	static LegalBasis of(String id, LegalBasisFields fields, LegalBasis previous, Instant now, RecordedActor actor) {
		return new LegalBasis(id, fields.number(), fields.title(), fields.englishTitle(), fields.issuer(),
				fields.issuedOn(), fields.effectiveFrom(), fields.effectiveTo(), fields.amendedByIds(), fields.note(),
				(previous != null) ? previous.revision + 1 : 1, now, actor,
				(previous != null) ? previous.version : null);
	}

	LegalBasisFields fields() {
		return new LegalBasisFields(this.number, this.title, this.englishTitle, this.issuer, this.issuedOn,
				this.effectiveFrom, this.effectiveTo, this.amendedByIds, this.note);
	}

	/**
	 * Tells whether the document was in force on a day.
	 * @param date the day
	 * @return {@code true} from its effective date to its last day, both included
	 */
	public boolean inForceOn(LocalDate date) {
		return !date.isBefore(this.effectiveFrom) && (this.effectiveTo == null || !date.isAfter(this.effectiveTo));
	}

	public String id() {
		return this.id;
	}

	public String number() {
		return this.number;
	}

	public String title() {
		return this.title;
	}

	/**
	 * The title in English.
	 * @return it, or {@code null} when none was given
	 */
	public String englishTitle() {
		return this.englishTitle;
	}

	public String issuer() {
		return this.issuer;
	}

	public LocalDate issuedOn() {
		return this.issuedOn;
	}

	public LocalDate effectiveFrom() {
		return this.effectiveFrom;
	}

	public LocalDate effectiveTo() {
		return this.effectiveTo;
	}

	public List<String> amendedByIds() {
		return this.amendedByIds;
	}

	public String note() {
		return this.note;
	}

	public long revision() {
		return this.revision;
	}

	public Instant changedAt() {
		return this.changedAt;
	}

	public RecordedActor changedBy() {
		return this.changedBy;
	}

}
