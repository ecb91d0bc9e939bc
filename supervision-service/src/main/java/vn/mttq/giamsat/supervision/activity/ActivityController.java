package vn.mttq.giamsat.supervision.activity;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.mttq.giamsat.supervision.organisation.AdministrativeLevel;
import vn.mttq.giamsat.support.security.Actor;
import vn.mttq.giamsat.support.security.Rules;
import vn.mttq.giamsat.support.web.PageResponse;

/**
 * The HTTP API of activities.
 */
@RestController
@RequestMapping("/api/v1/activities")
@Tag(name = "Activities", description = "Supervision, social criticism and opinion activities")
class ActivityController {

	private final ActivityManagement management;

	ActivityController(ActivityManagement management) {
		this.management = management;
	}

	@PostMapping
	@PreAuthorize(Rules.FRONT_OFFICIAL)
	@Operation(summary = "Record an activity of your Front body")
	ResponseEntity<ActivityView> record(@Valid @RequestBody RecordActivity request, Actor actor) {
		Activity activity = this.management.record(request, actor);
		return ResponseEntity.created(URI.create("/api/v1/activities/" + activity.id()))
			.body(ActivityView.of(activity));
	}

	@GetMapping
	@PreAuthorize(Rules.ANY_ROLE)
	@Operation(summary = "List activities, newest first; an agency officer sees those that supervise their agency")
	PageResponse<ActivityView> list(@RequestParam(required = false) @Size(max = 100) String supervisingBodyId,
			@RequestParam(required = false) ActivityKind kind, @RequestParam(required = false) SupervisionForm form,
			@RequestParam(required = false) AdministrativeLevel level,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size, Actor actor) {
		ActivitySearch search = new ActivitySearch(supervisingBodyId, kind, form, level);
		return PageResponse.of(this.management.search(search, actor, page, size), ActivityView::of);
	}

	@GetMapping("/{id}")
	@PreAuthorize(Rules.ANY_ROLE)
	@Operation(summary = "Show one activity")
	ActivityView get(@PathVariable @Size(max = 100) String id, Actor actor) {
		return ActivityView.of(this.management.get(id, actor));
	}

}
