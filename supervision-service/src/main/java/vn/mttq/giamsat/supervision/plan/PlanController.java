package vn.mttq.giamsat.supervision.plan;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.mttq.giamsat.support.security.Actor;
import vn.mttq.giamsat.support.security.Rules;
import vn.mttq.giamsat.support.web.openapi.Responds;

/**
 * The HTTP API of yearly plans; a plan's activities are listed by
 * {@code GET /api/v1/activities?planId=}.
 */
@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "Plans", description = "Yearly supervision and social-criticism plans")
class PlanController {

	private final Plans plans;

	PlanController(Plans plans) {
		this.plans = plans;
	}

	@PostMapping
	@Responds(status = HttpStatus.CREATED, headers = HttpHeaders.LOCATION)
	@PreAuthorize(Rules.FRONT_OFFICIAL)
	@Operation(summary = "Record a yearly plan of your Front body")
	ResponseEntity<PlanView> record(@Valid @RequestBody RecordPlan request, Actor actor) {
		YearlyPlan plan = this.plans.record(request, actor);
		return ResponseEntity.created(URI.create("/api/v1/plans/" + plan.id())).body(PlanView.of(plan));
	}

	@GetMapping
	@PreAuthorize(Rules.READ_ACROSS_ORGANISATIONS)
	@Operation(summary = "List a Front body's plans, newest year first")
	List<PlanView> list(@RequestParam @Size(min = 1, max = 100) String ownerBodyId,
			@RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
		return this.plans.of(ownerBodyId, year).stream().map(PlanView::of).toList();
	}

	@GetMapping("/{id}")
	@PreAuthorize(Rules.READ_ACROSS_ORGANISATIONS)
	@Operation(summary = "Show one plan")
	PlanView get(@PathVariable @Size(max = 100) String id) {
		return PlanView.of(this.plans.get(id));
	}

}
