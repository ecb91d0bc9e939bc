package vn.mttq.giamsat.supervision.letter;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RestController;

import vn.mttq.giamsat.supervision.livestatus.LiveStatuses;
import vn.mttq.giamsat.support.security.Actor;
import vn.mttq.giamsat.support.security.Rules;
import vn.mttq.giamsat.support.web.openapi.Responds;

/**
 * The HTTP API of letters, under their activity.
 */
@RestController
@RequestMapping("/api/v1/activities/{activityId}/letters")
@Tag(name = "Letters", description = "Recommendation, social-criticism and opinion letters and their items")
class LetterController {

	private final LetterIssuing issuing;

	private final LiveStatuses statuses;

	LetterController(LetterIssuing issuing, LiveStatuses statuses) {
		this.issuing = issuing;
		this.statuses = statuses;
	}

	@PostMapping
	@Responds(status = HttpStatus.CREATED, headers = HttpHeaders.LOCATION)
	@PreAuthorize(Rules.ANY_ROLE)
	@Operation(summary = "Issue a letter of your Front body; each item is published to its addressee")
	ResponseEntity<LetterView> issue(@PathVariable @Size(max = 100) String activityId,
			@Valid @RequestBody IssueLetter request, Actor actor) {
		RecommendationLetter letter = this.issuing.issue(activityId, request, actor);
		return ResponseEntity.created(URI.create("/api/v1/activities/" + activityId + "/letters/" + letter.id()))
			.body(LetterView.of(letter, this.statuses));
	}

	@GetMapping
	@PreAuthorize(Rules.ANY_ROLE)
	@Operation(summary = "List the letters of an activity")
	List<LetterView> list(@PathVariable @Size(max = 100) String activityId, Actor actor) {
		return this.issuing.ofActivity(activityId, actor)
			.stream()
			.map((letter) -> LetterView.of(letter, this.statuses))
			.toList();
	}

	@GetMapping("/{letterId}")
	@PreAuthorize(Rules.ANY_ROLE)
	@Operation(summary = "Show one letter")
	LetterView get(@PathVariable @Size(max = 100) String activityId, @PathVariable @Size(max = 100) String letterId,
			Actor actor) {
		return LetterView.of(this.issuing.get(activityId, letterId, actor), this.statuses);
	}

	@PostMapping("/{letterId}/items/{recommendationId}/withdrawal")
	@PreAuthorize(Rules.ANY_ROLE)
	@Operation(summary = "Withdraw one item of your body's letter, with the reason; publishes RecommendationWithdrawn")
	WithdrawalView withdraw(@PathVariable @Size(max = 100) String activityId,
			@PathVariable @Size(max = 100) String letterId, @PathVariable @Size(max = 100) String recommendationId,
			@Valid @RequestBody WithdrawItem request, Actor actor) {
		return WithdrawalView.of(this.issuing.withdraw(activityId, letterId, recommendationId, request.reason(), actor),
				recommendationId);
	}

}
