package vn.mttq.giamsat.supervision.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.mttq.giamsat.supervision.organisation.AdministrativeLevel;
import vn.mttq.giamsat.support.security.Actor;
import vn.mttq.giamsat.support.security.RecordedActor;

/**
 * Cuộc giám sát (or phản biện, góp ý, đối thoại): one activity of a Front body about the
 * agencies it supervises.
 */
@Document("activities")
public class Activity {

	@Id
	private final String id;

	private final ActivityKind kind;

	private final String title;

	private final String reference;

	/**
	 * The supervising body and reference together; unique, so an activity is recorded
	 * once.
	 */
	@Indexed(unique = true, sparse = true)
	private final String referenceKey;

	private final String supervisingBodyId;

	private final List<String> supervisedAgencyIds;

	private final SupervisionForm form;

	private final AdministrativeLevel level;

	private final LocalDate startDate;

	private final LocalDate endDate;

	private final Instant recordedAt;

	private final RecordedActor recordedBy;

	@Version
	private Long version;

	@PersistenceCreator
	Activity(String id, ActivityKind kind, String title, String reference, String referenceKey,
			String supervisingBodyId, List<String> supervisedAgencyIds, SupervisionForm form, AdministrativeLevel level,
			LocalDate startDate, LocalDate endDate, Instant recordedAt, RecordedActor recordedBy, Long version) {
		this.id = id;
		this.kind = kind;
		this.title = title;
		this.reference = reference;
		this.referenceKey = referenceKey;
		this.supervisingBodyId = supervisingBodyId;
		this.supervisedAgencyIds = List.copyOf(supervisedAgencyIds);
		this.form = form;
		this.level = level;
		this.startDate = startDate;
		this.endDate = endDate;
		this.recordedAt = recordedAt;
		this.recordedBy = recordedBy;
		this.version = version;
	}

	static Activity record(String id, RecordActivity request, String supervisingBodyId, Actor actor, Instant now) {
		String referenceKey = (request.reference() != null) ? supervisingBodyId + "|" + request.reference() : null;
		return new Activity(id, request.kind(), request.title(), request.reference(), referenceKey, supervisingBodyId,
				request.supervisedAgencyIds(), request.form(), request.level(), request.startDate(), request.endDate(),
				now, actor.recorded(), null);
	}

	/**
	 * Tells whether an actor may see this activity: an agency officer only sees those
	 * that supervise their agency.
	 * @param actor the actor
	 * @return whether it is visible
	 */
	public boolean visibleTo(Actor actor) {
		return !actor.limitedToOwnOrganisation() || this.supervisedAgencyIds.contains(actor.organisationId());
	}

	public String id() {
		return this.id;
	}

	public ActivityKind kind() {
		return this.kind;
	}

	public String title() {
		return this.title;
	}

	public String reference() {
		return this.reference;
	}

	String referenceKey() {
		return this.referenceKey;
	}

	public String supervisingBodyId() {
		return this.supervisingBodyId;
	}

	public List<String> supervisedAgencyIds() {
		return this.supervisedAgencyIds;
	}

	public SupervisionForm form() {
		return this.form;
	}

	public AdministrativeLevel level() {
		return this.level;
	}

	public LocalDate startDate() {
		return this.startDate;
	}

	public LocalDate endDate() {
		return this.endDate;
	}

	public Instant recordedAt() {
		return this.recordedAt;
	}

	public RecordedActor recordedBy() {
		return this.recordedBy;
	}

}
