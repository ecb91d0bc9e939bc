package vn.mttq.giamsat.supervision.plan;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import vn.mttq.giamsat.supervision.organisation.DirectoryQueries;
import vn.mttq.giamsat.supervision.web.Dates;
import vn.mttq.giamsat.supervision.web.FrontBody;
import vn.mttq.giamsat.supervision.web.RulesViolatedException;
import vn.mttq.giamsat.support.domain.ConflictException;
import vn.mttq.giamsat.support.domain.Phrase;
import vn.mttq.giamsat.support.domain.ResourceNotFoundException;
import vn.mttq.giamsat.support.security.Actor;

/**
 * Records the Front bodies' yearly plans and finds them for their activities.
 */
@Service
public class Plans {

	private final PlanRepository plans;

	private final DirectoryQueries directory;

	private final Clock clock;

	Plans(PlanRepository plans, DirectoryQueries directory, Clock clock) {
		this.plans = plans;
		this.directory = directory;
		this.clock = clock;
	}

	public Optional<YearlyPlan> find(String id) {
		return this.plans.findById(id);
	}

	YearlyPlan get(String id) {
		return this.plans.findById(id).orElseThrow(() -> new ResourceNotFoundException("Plan", id));
	}

	List<YearlyPlan> of(String ownerBodyId, Integer year) {
		return this.plans.findByOwnerBodyIdOrderByYearDesc(ownerBodyId)
			.stream()
			.filter((plan) -> year == null || plan.year() == year)
			.toList();
	}

	YearlyPlan record(RecordPlan request, Actor actor) {
		String owner = FrontBody.actingFor(actor, request.ownerBodyId(), "ownerBodyId");
		this.directory.existingOn(owner, request.issuedOn(), "ownerBodyId");
		if (request.issuedOn().getYear() > request.year()) {
			throw new RulesViolatedException("issuedOn",
					Phrase.of("plan.issued-after-its-year", "A plan for {0} cannot be issued after that year ({1})",
							String.valueOf(request.year()), Dates.shown(request.issuedOn())));
		}
		YearlyPlan plan = new YearlyPlan(UUID.randomUUID().toString(), owner, request.year(), request.number(),
				request.title(), request.issuedOn(), this.clock.instant(), actor.recorded());
		try {
			return this.plans.insert(plan);
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException(
					Phrase.of("plan.number-taken", "{0} already recorded a plan numbered {1}",
							this.directory.nameOf(owner), request.number()),
					this.plans.findByOwnerBodyIdAndNumber(owner, request.number()).map(YearlyPlan::id).orElse(null));
		}
	}

}
