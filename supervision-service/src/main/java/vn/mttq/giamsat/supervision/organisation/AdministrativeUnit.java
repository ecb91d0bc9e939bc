package vn.mttq.giamsat.supervision.organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.mttq.giamsat.supervision.organisation.search.SearchKey;
import vn.mttq.giamsat.support.security.RecordedActor;

/**
 * Đơn vị hành chính: a province, district or commune with the days it existed and the
 * units that took it over.
 */
@Document("administrativeUnits")
public class AdministrativeUnit {

	@Id
	private final String id;

	private final String name;

	private final AdministrativeLevel level;

	private final String parentId;

	/**
	 * The name folded for searching ({@link SearchKey}); computed from the name, and read
	 * from the store only to be rewritten.
	 */
	@Indexed(name = SearchKey.FIELD)
	private String searchKey;

	private final LocalDate validFrom;

	private final LocalDate validTo;

	private final List<String> successorIds;

	private final long revision;

	private final Instant changedAt;

	private final RecordedActor changedBy;

	@Version
	private Long version;

	@PersistenceCreator
	AdministrativeUnit(String id, String name, AdministrativeLevel level, String parentId, LocalDate validFrom,
			LocalDate validTo, List<String> successorIds, long revision, Instant changedAt, RecordedActor changedBy,
			Long version) {
		this.id = id;
		this.name = name;
		this.searchKey = SearchKey.of(name);
		this.level = level;
		this.parentId = parentId;
		this.validFrom = validFrom;
		this.validTo = validTo;
		this.successorIds = (successorIds != null) ? List.copyOf(successorIds) : List.of();
		this.revision = revision;
		this.changedAt = changedAt;
		this.changedBy = changedBy;
		this.version = version;
	}

	static AdministrativeUnit of(UnitDraft draft, AdministrativeUnit previous, Instant now, RecordedActor actor) {
		return new AdministrativeUnit(draft.id(), draft.name(), draft.level(), draft.parentId(), draft.validFrom(),
				draft.validTo(), draft.successorIds(), (previous != null) ? previous.revision + 1 : 1, now, actor,
				(previous != null) ? previous.version : null);
	}

	UnitDraft draft() {
		return new UnitDraft(this.id, this.name, this.level, this.parentId, this.validFrom, this.validTo,
				this.successorIds);
	}

	public String id() {
		return this.id;
	}

	public String name() {
		return this.name;
	}

	public AdministrativeLevel level() {
		return this.level;
	}

	public String parentId() {
		return this.parentId;
	}

	public LocalDate validFrom() {
		return this.validFrom;
	}

	public LocalDate validTo() {
		return this.validTo;
	}

	public List<String> successorIds() {
		return this.successorIds;
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

	public Validity validity() {
		return new Validity(this.validFrom, this.validTo);
	}

}
