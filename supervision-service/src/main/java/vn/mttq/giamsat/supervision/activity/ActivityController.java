package vn.mttq.giamsat.supervision.activity;

import java.net.URI;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.mttq.giamsat.supervision.livestatus.LiveStatuses;
import vn.mttq.giamsat.supervision.organisation.AdministrativeLevel;
import vn.mttq.giamsat.supervision.organisation.DirectoryQueries;
import vn.mttq.giamsat.support.security.Actor;
import vn.mttq.giamsat.support.security.Rules;
import vn.mttq.giamsat.support.web.PageResponse;
import vn.mttq.giamsat.support.web.openapi.Responds;

/**
 * The HTTP API of activities.
 */
@RestController
@RequestMapping("/api/v1/activities")
@Tag(name = "Activities", description = "Supervision, social criticism and opinion activities")
class ActivityController {

	private final ActivityManagement management;

	private final DirectoryQueries directory;

	private final LiveStatuses statuses;

	ActivityController(ActivityManagement management, DirectoryQueries directory, LiveStatuses statuses) {
		this.management = management;
		this.directory = directory;
		this.statuses = statuses;
	}

	@PostMapping
	@Responds(status = HttpStatus.CREATED, headers = HttpHeaders.LOCATION)
	@PreAuthorize(Rules.FRONT_OFFICIAL)
	@Operation(summary = "Record an activity of your Front body")
	ResponseEntity<ActivityView> record(@Valid @RequestBody RecordActivity request, Actor actor) {
		Activity activity = this.management.record(request, actor);
		return ResponseEntity.created(URI.create("/api/v1/activities/" + activity.id())).body(view(activity, actor));
	}

	@GetMapping
	@PreAuthorize(Rules.ANY_ROLE)
	@Operation(summary = "Search activities, newest first, by body (and those below it), unit, level, kind, form, "
			+ "status, plan, start period and text; an agency officer sees those that supervise their agency")
	PageResponse<ActivityView> list(@RequestParam(required = false) @Size(max = 100) String supervisingBodyId,
			@RequestParam(defaultValue = "false") boolean includeBelow,
			@RequestParam(required = false) @Size(max = 100) String administrativeUnitId,
			@RequestParam(required = false) ActivityKind kind, @RequestParam(required = false) SupervisionForm form,
			@RequestParam(required = false) AdministrativeLevel level,
			@RequestParam(required = false) ActivityStatus status,
			@RequestParam(required = false) @Size(max = 100) String planId,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			@RequestParam(required = false) @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*",
					message = "{giamsat.search.no-control-characters}") String q,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size, Actor actor) {
		Collection<String> bodies = (supervisingBodyId == null) ? null
				: includeBelow ? this.directory.selfAndBelow(supervisingBodyId) : List.of(supervisingBodyId);
		ActivitySearch search = new ActivitySearch(bodies, administrativeUnitId, kind, form, level, status, planId,
				from, to, (q != null && !q.isBlank()) ? q.trim() : null);
		return PageResponse.of(this.management.search(search, actor, page, size), (activity) -> view(activity, actor));
	}

	@GetMapping("/{id}")
	@PreAuthorize(Rules.ANY_ROLE)
	@Operation(summary = "Show one activity with the legal checks it fails")
	ActivityView get(@PathVariable @Size(max = 100) String id, Actor actor) {
		return view(this.management.get(id, actor), actor);
	}

	@PutMapping("/{id}/delegation")
	@PreAuthorize(Rules.ANY_ROLE)
	@Operation(summary = "Record the delegation's steps (decision, notice, report, sessions, result report); "
			+ "the NQLT 403 time limits it breaks come back as warnings")
	DelegationView planDelegation(@PathVariable @Size(max = 100) String id, @Valid @RequestBody DelegationSteps steps,
			Actor actor) {
		Activity activity = this.management.planDelegation(id, steps, actor);
		return DelegationView.of(activity.delegation(), this.management.warnings(activity));
	}

	@PostMapping("/{id}/transitions")
	@PreAuthorize(Rules.ANY_ROLE)
	@Operation(
			summary = "Move the activity on: PLANNED → IN_PROGRESS → REPORTED → CONCLUDED, or CANCELLED with a reason")
	ActivityView changeStatus(@PathVariable @Size(max = 100) String id, @Valid @RequestBody ChangeStatus request,
			Actor actor) {
		return view(this.management.changeStatus(id, request, actor), actor);
	}

	/**
	 * The activity with its warnings and how its items stand, counted over the caller's
	 * own items for an agency officer.
	 */
	private ActivityView view(Activity activity, Actor actor) {
		return ActivityView.of(activity, this.management.warnings(activity),
				this.statuses.ofActivity(activity.id(), actor));
	}

}
