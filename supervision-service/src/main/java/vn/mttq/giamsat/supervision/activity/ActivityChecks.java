package vn.mttq.giamsat.supervision.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.mttq.giamsat.supervision.legalbasis.LegalBases;
import vn.mttq.giamsat.supervision.organisation.AdministrativeLevel;
import vn.mttq.giamsat.supervision.organisation.DirectoryQueries;
import vn.mttq.giamsat.supervision.organisation.Organisation;
import vn.mttq.giamsat.supervision.plan.Plans;
import vn.mttq.giamsat.supervision.plan.YearlyPlan;
import vn.mttq.giamsat.supervision.web.Dates;
import vn.mttq.giamsat.supervision.web.FieldProblem;
import vn.mttq.giamsat.supervision.web.RulesViolatedException;

/**
 * The rules the law puts on a new activity: the bodies and level as they were on its
 * date, legal bases in force, dates in order, a form for a supervision only, its plan;
 * every broken rule is listed at once.
 */
@Component
class ActivityChecks {

	private final DirectoryQueries directory;

	private final LegalBases legalBases;

	private final Plans plans;

	ActivityChecks(DirectoryQueries directory, LegalBases legalBases, Plans plans) {
		this.directory = directory;
		this.legalBases = legalBases;
		this.plans = plans;
	}

	/**
	 * Checks a new activity.
	 * @param request the activity
	 * @param supervisingBodyId the body that leads it
	 * @return the supervising body
	 * @throws RulesViolatedException listing every rule it breaks
	 */
	Organisation check(RecordActivity request, String supervisingBodyId) {
		List<FieldProblem> errors = new ArrayList<>();
		LocalDate date = request.startDate();
		checkDates(request, errors);
		checkForm(request, errors);
		Organisation body = checkBodies(request, supervisingBodyId, errors);
		for (int i = 0; i < request.legalBasisIds().size(); i++) {
			this.legalBases.problemIfNotInForce(request.legalBasisIds().get(i), date, "legalBasisIds[" + i + "]")
				.ifPresent(errors::add);
		}
		if (request.planId() != null) {
			checkPlan(request, supervisingBodyId).ifPresent(errors::add);
		}
		if (request.delegation() != null) {
			if (request.form() != SupervisionForm.DELEGATION) {
				errors.add(FieldProblem.of("delegation", "activity.delegation-without-delegation-form",
						"Only a supervision by delegation has delegation steps"));
			}
			errors.addAll(DelegationChecks.errors(request.delegation(), date));
		}
		if (!errors.isEmpty()) {
			throw new RulesViolatedException(errors);
		}
		return body;
	}

	private static void checkForm(RecordActivity request, List<FieldProblem> errors) {
		if (request.kind() == ActivityKind.SUPERVISION && request.form() == null) {
			errors.add(FieldProblem.of("form", "activity.form-required",
					"A supervision is carried out in one of the forms of the law: give its form"));
		}
		if (request.kind() != ActivityKind.SUPERVISION && request.form() != null) {
			errors.add(FieldProblem.of("form", "activity.form-only-for-supervision",
					"Only a supervision has a supervision form; leave the form out for a {0}",
					ActivityPhrases.kind(request.kind())));
		}
	}

	private static void checkDates(RecordActivity request, List<FieldProblem> errors) {
		if (request.endDate() != null && request.endDate().isBefore(request.startDate())) {
			errors.add(FieldProblem.of("endDate", "activity.ends-before-start",
					"The last day ({0}) is before the first ({1})", Dates.shown(request.endDate()),
					Dates.shown(request.startDate())));
		}
		if (request.periodFrom() != null && request.periodTo() != null
				&& request.periodTo().isBefore(request.periodFrom())) {
			errors.add(FieldProblem.of("periodTo", "activity.period-ends-before-start",
					"The period under review ends ({0}) before it starts ({1})", Dates.shown(request.periodTo()),
					Dates.shown(request.periodFrom())));
		}
		if (request.level() != null && !request.level().existedOn(request.startDate())) {
			errors.add(FieldProblem.of("level", "activity.district-level-gone",
					"The district level no longer exists on {0}; since 01/07/2025 the levels are central, province "
							+ "and commune",
					Dates.shown(request.startDate())));
		}
	}

	private Organisation checkBodies(RecordActivity request, String supervisingBodyId, List<FieldProblem> errors) {
		LocalDate date = request.startDate();
		Organisation body = null;
		var absent = this.directory.problemIfAbsentOn(supervisingBodyId, date, "supervisingBodyId");
		if (absent.isPresent()) {
			errors.add(absent.get());
		}
		else {
			body = this.directory.organisation(supervisingBodyId).orElseThrow();
			if (!body.kind().supervises()) {
				errors.add(FieldProblem.of("supervisingBodyId", "activity.body-does-not-supervise",
						"{0} is {1}; only Front committees, member organisations and the two boards lead an activity",
						body.name(), body.kind().phrase()));
			}
			AdministrativeLevel level = request.level();
			if (level != null && body.level() != level && errors.stream().noneMatch((e) -> "level".equals(e.field()))) {
				errors.add(FieldProblem.of("level", "activity.level-mismatch",
						"{0} is at the {1} level on {2}, not {3}", body.name(), ActivityPhrases.level(body.level()),
						Dates.shown(date), ActivityPhrases.level(level)));
			}
		}
		if (new HashSet<>(request.supervisedAgencyIds()).size() != request.supervisedAgencyIds().size()) {
			errors.add(FieldProblem.of("supervisedAgencyIds", "activity.agency-twice",
					"An agency is listed more than once"));
		}
		if (request.supervisedAgencyIds().contains(supervisingBodyId)) {
			errors.add(FieldProblem.of("supervisedAgencyIds", "activity.supervises-itself",
					"A body cannot supervise itself"));
		}
		for (int i = 0; i < request.supervisedAgencyIds().size(); i++) {
			this.directory
				.problemIfAbsentOn(request.supervisedAgencyIds().get(i), date, "supervisedAgencyIds[" + i + "]")
				.ifPresent(errors::add);
		}
		for (int i = 0; i < request.coLeadIds().size(); i++) {
			String coLead = request.coLeadIds().get(i);
			String field = "coLeadIds[" + i + "]";
			var problem = this.directory.problemIfAbsentOn(coLead, date, field);
			if (problem.isPresent()) {
				errors.add(problem.get());
			}
			else if (coLead.equals(supervisingBodyId)
					|| !this.directory.organisation(coLead).orElseThrow().kind().supervises()) {
				errors.add(FieldProblem.of(field, "activity.co-lead",
						"A co-lead is another Front body, member organisation or board than the supervising body"));
			}
		}
		return body;
	}

	private Optional<FieldProblem> checkPlan(RecordActivity request, String supervisingBodyId) {
		YearlyPlan plan = this.plans.find(request.planId()).orElse(null);
		if (plan == null) {
			return Optional.of(FieldProblem.of("planId", "activity.unknown-plan", "There is no plan \u201c{0}\u201d",
					request.planId()));
		}
		if (!plan.ownerBodyId().equals(supervisingBodyId)) {
			return Optional.of(FieldProblem.of("planId", "activity.plan-of-another-body", "Plan {0} belongs to {1}",
					plan.number(), this.directory.nameOf(plan.ownerBodyId())));
		}
		if (plan.year() != request.startDate().getYear()) {
			return Optional.of(FieldProblem.of("planId", "activity.plan-of-another-year",
					"Plan {0} is for {1}; the activity starts in {2}", plan.number(), String.valueOf(plan.year()),
					String.valueOf(request.startDate().getYear())));
		}
		return Optional.empty();
	}

}
