package vn.mttq.giamsat.supervision.organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.mttq.giamsat.supervision.organisation.search.SearchKey;
import vn.mttq.giamsat.support.outbox.OutboxEntry;
import vn.mttq.giamsat.support.security.RecordedActor;

/**
 * Đơn vị: a Front committee, member organisation, agency or board of the directory. The
 * organisation and the {@code OrganisationChanged} events announcing its changes are one
 * document, so a change is stored and published together or not at all.
 */
@Document("organisations")
public class Organisation {

	@Id
	private final String id;

	private final String name;

	private final OrganisationKind kind;

	private final AdministrativeLevel level;

	private final String administrativeUnitId;

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

	private final List<OutboxEntry> outbox;

	@Version
	private Long version;

	@PersistenceCreator
	Organisation(String id, String name, OrganisationKind kind, AdministrativeLevel level, String administrativeUnitId,
			String parentId, LocalDate validFrom, LocalDate validTo, List<String> successorIds, long revision,
			Instant changedAt, RecordedActor changedBy, List<OutboxEntry> outbox, Long version) {
		this.id = id;
		this.name = name;
		this.searchKey = SearchKey.of(name);
		this.kind = kind;
		this.level = level;
		this.administrativeUnitId = administrativeUnitId;
		this.parentId = parentId;
		this.validFrom = validFrom;
		this.validTo = validTo;
		this.successorIds = (successorIds != null) ? List.copyOf(successorIds) : List.of();
		this.revision = revision;
		this.changedAt = changedAt;
		this.changedBy = changedBy;
		this.outbox = (outbox != null) ? List.copyOf(outbox) : List.of();
		this.version = version;
	}

	/**
	 * Returns the organisation as the draft now describes it, one revision on, with the
	 * event that announces it waiting in its outbox beside the events still unsent.
	 */
	static Organisation of(OrganisationDraft draft, Organisation previous, Instant now, RecordedActor actor,
			java.util.function.Function<Organisation, OutboxEntry> announce) {
		List<OutboxEntry> outbox = new ArrayList<>();
		if (previous != null) {
			// Sent events are no longer needed: the document itself is the state.
			previous.outbox.stream().filter(OutboxEntry::pending).forEach(outbox::add);
		}
		Organisation next = new Organisation(draft.id(), draft.name(), draft.kind(), draft.level(),
				draft.administrativeUnitId(), draft.parentId(), draft.validFrom(), draft.validTo(),
				draft.successorIds(), (previous != null) ? previous.revision + 1 : 1, now, actor, outbox,
				(previous != null) ? previous.version : null);
		outbox.add(announce.apply(next));
		return new Organisation(next.id, next.name, next.kind, next.level, next.administrativeUnitId, next.parentId,
				next.validFrom, next.validTo, next.successorIds, next.revision, now, actor, outbox, next.version);
	}

	OrganisationDraft draft() {
		return new OrganisationDraft(this.id, this.name, this.kind, this.level, this.administrativeUnitId,
				this.parentId, this.validFrom, this.validTo, this.successorIds);
	}

	public String id() {
		return this.id;
	}

	public String name() {
		return this.name;
	}

	String searchKey() {
		return this.searchKey;
	}

	public OrganisationKind kind() {
		return this.kind;
	}

	public AdministrativeLevel level() {
		return this.level;
	}

	public String administrativeUnitId() {
		return this.administrativeUnitId;
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

	Long version() {
		return this.version;
	}

	List<OutboxEntry> outbox() {
		return this.outbox;
	}

	long pendingEvents() {
		return this.outbox.stream().filter(OutboxEntry::pending).count();
	}

	public Validity validity() {
		return new Validity(this.validFrom, this.validTo);
	}

	public boolean existsOn(LocalDate date) {
		return validity().covers(date);
	}

}
