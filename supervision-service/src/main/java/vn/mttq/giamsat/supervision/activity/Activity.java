package vn.mttq.giamsat.supervision.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * bodies it supervises, with the level and administrative unit its body had on the
 * activity's date, its delegation's steps and its history.
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

	private final List<String> coLeadIds;

	private final List<String> supervisedAgencyIds;

	private final SupervisionForm form;

	private final AdministrativeLevel level;

	private final String administrativeUnitId;

	private final LocalDate startDate;

	private final LocalDate endDate;

	private final List<String> legalBasisIds;

	private final InitiationBasis basis;

	private final String content;

	private final String field;

	private final LocalDate periodFrom;

	private final LocalDate periodTo;

	private final String planId;

	private DelegationSteps delegation;

	private ActivityStatus status;

	private String conclusion;

	private final List<StatusChange> history;

	private final Instant recordedAt;

	private final RecordedActor recordedBy;

	@Version
	private Long version;

	@PersistenceCreator
	Activity(String id, ActivityKind kind, String title, String reference, String referenceKey,
			String supervisingBodyId, List<String> coLeadIds, List<String> supervisedAgencyIds, SupervisionForm form,
			AdministrativeLevel level, String administrativeUnitId, LocalDate startDate, LocalDate endDate,
			List<String> legalBasisIds, InitiationBasis basis, String content, String field, LocalDate periodFrom,
			LocalDate periodTo, String planId, DelegationSteps delegation, ActivityStatus status, String conclusion,
			List<StatusChange> history, Instant recordedAt, RecordedActor recordedBy, Long version) {
		this.id = id;
		this.kind = kind;
		this.title = title;
		this.reference = reference;
		this.referenceKey = referenceKey;
		this.supervisingBodyId = supervisingBodyId;
		this.coLeadIds = (coLeadIds != null) ? List.copyOf(coLeadIds) : List.of();
		this.supervisedAgencyIds = List.copyOf(supervisedAgencyIds);
		this.form = form;
		this.level = level;
		this.administrativeUnitId = administrativeUnitId;
		this.startDate = startDate;
		this.endDate = endDate;
		this.legalBasisIds = (legalBasisIds != null) ? List.copyOf(legalBasisIds) : List.of();
		this.basis = basis;
		this.content = content;
		this.field = field;
		this.periodFrom = periodFrom;
		this.periodTo = periodTo;
		this.planId = planId;
		this.delegation = delegation;
		// Activities recorded before the state machine existed read as planned.
		this.status = (status != null) ? status : ActivityStatus.PLANNED;
		this.conclusion = conclusion;
		this.history = (history != null) ? new ArrayList<>(history) : new ArrayList<>();
		this.recordedAt = recordedAt;
		this.recordedBy = recordedBy;
		this.version = version;
	}

	static Activity record(String id, RecordActivity request, String supervisingBodyId, AdministrativeLevel level,
			String unitId, Actor actor, Instant now) {
		String referenceKey = (request.reference() != null) ? supervisingBodyId + "|" + request.reference() : null;
		InitiationBasis basis = (request.basis() != null) ? request.basis()
				: (request.planId() != null) ? InitiationBasis.ANNUAL_PLAN : null;
		Activity activity = new Activity(id, request.kind(), request.title(), request.reference(), referenceKey,
				supervisingBodyId, request.coLeadIds(), request.supervisedAgencyIds(), request.form(), level, unitId,
				request.startDate(), request.endDate(), request.legalBasisIds(), basis, request.content(),
				request.field(), request.periodFrom(), request.periodTo(), request.planId(), request.delegation(),
				ActivityStatus.PLANNED, null, List.of(), now, actor.recorded(), null);
		activity.history.add(StatusChange.move(null, ActivityStatus.PLANNED, now, actor.recorded(), null));
		return activity;
	}

	void move(ActivityStatus to, String note, String conclusion, Actor actor, Instant now) {
		this.history.add(StatusChange.move(this.status, to, now, actor.recorded(), note));
		this.status = to;
		if (conclusion != null) {
			this.conclusion = conclusion;
		}
	}

	void planDelegation(DelegationSteps steps) {
		this.delegation = steps;
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

	public List<String> coLeadIds() {
		return this.coLeadIds;
	}

	public List<String> supervisedAgencyIds() {
		return this.supervisedAgencyIds;
	}

	public SupervisionForm form() {
		return this.form;
	}

	/**
	 * The form of a supervision; other kinds have none, even those stored before the form
	 * belonged to supervisions only.
	 * @return the form, or {@code null} for an activity that is not a supervision
	 */
	public SupervisionForm supervisionForm() {
		return (this.kind == ActivityKind.SUPERVISION) ? this.form : null;
	}

	public AdministrativeLevel level() {
		return this.level;
	}

	public String administrativeUnitId() {
		return this.administrativeUnitId;
	}

	public LocalDate startDate() {
		return this.startDate;
	}

	public LocalDate endDate() {
		return this.endDate;
	}

	public List<String> legalBasisIds() {
		return this.legalBasisIds;
	}

	public InitiationBasis basis() {
		return this.basis;
	}

	public String content() {
		return this.content;
	}

	public String field() {
		return this.field;
	}

	public LocalDate periodFrom() {
		return this.periodFrom;
	}

	public LocalDate periodTo() {
		return this.periodTo;
	}

	public String planId() {
		return this.planId;
	}

	public DelegationSteps delegation() {
		return this.delegation;
	}

	public ActivityStatus status() {
		return this.status;
	}

	public String conclusion() {
		return this.conclusion;
	}

	public List<StatusChange> history() {
		return List.copyOf(this.history);
	}

	public Instant recordedAt() {
		return this.recordedAt;
	}

	public RecordedActor recordedBy() {
		return this.recordedBy;
	}

}
