package vn.mttq.giamsat.recommendation.tracking.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

import vn.mttq.giamsat.recommendation.tracking.HistoryEntry;
import vn.mttq.giamsat.recommendation.tracking.LifecycleSteps;
import vn.mttq.giamsat.recommendation.tracking.RecommendationStatus;
import vn.mttq.giamsat.recommendation.tracking.TrackedRecommendation;
import vn.mttq.giamsat.support.domain.ResourceNotFoundException;
import vn.mttq.giamsat.support.security.Actor;
import vn.mttq.giamsat.support.security.Rules;
import vn.mttq.giamsat.support.web.PageResponse;
import vn.mttq.giamsat.support.web.openapi.Responds;

/**
 * The HTTP API of tracked recommendations.
 */
@RestController
@RequestMapping("/api/v1/recommendations")
@Tag(name = "Recommendations", description = "Recommendations followed until they are closed")
class RecommendationController {

	/**
	 * An ETag of a recommendation: its version, quoted or not, weak or not; a value that
	 * is not one is a malformed field (400), checked before anything is decided.
	 */
	static final String ETAG = "\\s*((W/)?\"?\\d{1,18}\"?)?\\s*";

	private final RecommendationQueries queries;

	private final LifecycleSteps steps;

	RecommendationController(RecommendationQueries queries, LifecycleSteps steps) {
		this.queries = queries;
		this.steps = steps;
	}

	@GetMapping
	@PreAuthorize(Rules.ANY_ROLE)
	@Operation(summary = "List recommendations, newest first, by addressee agency, issuing Front body, status or "
			+ "overdue; an agency officer sees only their agency's")
	PageResponse<RecommendationView> list(
			@Parameter(description = "Only the items addressed to this agency") @RequestParam(required = false) @Size(
					max = 100) String agencyId,
			@Parameter(description = "Only the items this Front body issued") @RequestParam(required = false) @Size(
					max = 100) String issuingBodyId,
			@Parameter(description = "Only the items in this status") @RequestParam(
					required = false) RecommendationStatus status,
			@Parameter(description = "true: only the overdue items; false: only the others") @RequestParam(
					required = false) Boolean overdue,
			@Parameter(description = "Page number, from 0") @RequestParam(
					defaultValue = "0") @Min(0) @Max(100_000) int page,
			@Parameter(description = "Items per page") @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
			@Parameter(hidden = true) Actor actor) {
		return PageResponse.of(this.queries
			.search(new RecommendationQueries.Filters(agencyId, issuingBodyId, status, overdue), actor, page, size),
				(recommendation) -> RecommendationView.of(recommendation, actor));
	}

	@GetMapping("/{id}")
	@PreAuthorize(Rules.ANY_ROLE)
	@Operation(summary = "Show one recommendation with its due date's explanation, what you may do now, and its "
			+ "history; the ETag is the version to send back in If-Match")
	@Responds(status = HttpStatus.OK, headers = HttpHeaders.ETAG)
	ResponseEntity<RecommendationView> get(@PathVariable @Size(max = 100) String id,
			@Parameter(hidden = true) Actor actor) {
		return withETag(RecommendationView.of(this.queries.get(id, actor), actor));
	}

	@PostMapping("/{id}/steps")
	@PreAuthorize(Rules.TAKES_STEPS)
	@Operation(summary = "Take a step: the agency acknowledges, answers (ACCEPT, EXPLAIN, REQUEST_REVIEW) and "
			+ "reports; the issuing Front body verifies, closes, escalates, extends or pauses the deadline, reopens. "
			+ "Send If-Match with the recommendation's ETag you decided on: a stale one is refused with 412. "
			+ "Answers 201 with the step; its ETag is the recommendation's new version")
	@Responds(status = HttpStatus.CREATED, headers = { HttpHeaders.LOCATION, HttpHeaders.ETAG })
	ResponseEntity<StepView> takeStep(@PathVariable @Size(max = 100) String id, @Valid @RequestBody TakeStep step,
			@Parameter(description = "The recommendation's ETag the step was decided on") @RequestHeader(
					name = HttpHeaders.IF_MATCH, required = false) @Pattern(regexp = ETAG,
							message = "{giamsat.recommendation.if-match}") String ifMatch,
			@Parameter(hidden = true) Actor actor) {
		TrackedRecommendation recommendation = this.steps.take(id, step.step(), actor, version(ifMatch));
		List<HistoryEntry> history = recommendation.history();
		StepView taken = StepView.of(recommendation, history.get(history.size() - 1));
		return ResponseEntity
			.created(URI.create("/api/v1/recommendations/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8)
					+ "/steps/" + taken.sequence()))
			.eTag("\"" + taken.recommendationVersion() + "\"")
			.body(taken);
	}

	@GetMapping("/{id}/steps")
	@PreAuthorize(Rules.ANY_ROLE)
	@Operation(summary = "List the steps of a recommendation, oldest first: its append-only history")
	List<StepView> steps(@PathVariable @Size(max = 100) String id, @Parameter(hidden = true) Actor actor) {
		TrackedRecommendation recommendation = this.queries.get(id, actor);
		return recommendation.history().stream().map((step) -> StepView.of(recommendation, step)).toList();
	}

	@GetMapping("/{id}/steps/{sequence}")
	@PreAuthorize(Rules.ANY_ROLE)
	@Operation(summary = "Show one step of a recommendation")
	StepView step(@PathVariable @Size(max = 100) String id, @PathVariable @Min(1) @Max(1_000_000) long sequence,
			@Parameter(hidden = true) Actor actor) {
		TrackedRecommendation recommendation = this.queries.get(id, actor);
		return recommendation.history()
			.stream()
			.filter((step) -> step.sequence() == sequence)
			.findFirst()
			.map((step) -> StepView.of(recommendation, step))
			.orElseThrow(() -> new ResourceNotFoundException("Step", id + "/" + sequence));
	}

	private static ResponseEntity<RecommendationView> withETag(RecommendationView view) {
		return ResponseEntity.ok().eTag("\"" + view.version() + "\"").body(view);
	}

	private static Long version(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			return null;
		}
		String value = ifMatch.strip();
		if (value.startsWith("W/")) {
			value = value.substring(2);
		}
		return Long.parseLong(value.replace("\"", ""));
	}

}
