package vn.mttq.giamsat.recommendation.tracking;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.mttq.giamsat.support.security.Actor;
import vn.mttq.giamsat.support.security.Rules;
import vn.mttq.giamsat.support.web.PageResponse;

/**
 * The HTTP API of tracked recommendations.
 */
@RestController
@RequestMapping("/api/v1/recommendations")
@Tag(name = "Recommendations", description = "Recommendations followed until they are closed")
class RecommendationController {

	private final RecommendationTracking tracking;

	RecommendationController(RecommendationTracking tracking) {
		this.tracking = tracking;
	}

	@GetMapping
	@PreAuthorize(Rules.ANY_ROLE)
	@Operation(summary = "List recommendations, newest first, by addressee agency and status; an agency officer "
			+ "sees only their agency's")
	PageResponse<RecommendationView> list(@RequestParam(required = false) @Size(max = 100) String agencyId,
			@RequestParam(required = false) RecommendationStatus status,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size, Actor actor) {
		return PageResponse.of(this.tracking.search(agencyId, status, actor, page, size), RecommendationView::of);
	}

	@GetMapping("/{id}")
	@PreAuthorize(Rules.ANY_ROLE)
	@Operation(summary = "Show one recommendation with its history")
	RecommendationView get(@PathVariable @Size(max = 100) String id, Actor actor) {
		return RecommendationView.of(this.tracking.get(id, actor));
	}

}
