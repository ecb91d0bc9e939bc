package vn.mttq.giamsat.support.deadletter;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.mttq.giamsat.support.security.Rules;
import vn.mttq.giamsat.support.web.PageResponse;

/**
 * The operator's view of a service's dead letters.
 */
@RestController
@RequestMapping("/api/v1/dead-letters")
@Tag(name = "Dead letters", description = "Records this service rejected, with the reason; replay after a fix")
public class DeadLetterController {

	private final DeadLetterOperations operations;

	public DeadLetterController(DeadLetterOperations operations) {
		this.operations = operations;
	}

	@GetMapping
	@PreAuthorize(Rules.ADMIN)
	@Operation(summary = "List dead letters, newest first; pending=true for those not replayed yet")
	public PageResponse<DeadLetter> list(@RequestParam(required = false) Boolean pending,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return PageResponse.of(this.operations.list(pending, page, size), (letter) -> letter);
	}

	@GetMapping("/{id}")
	@PreAuthorize(Rules.ADMIN)
	@Operation(summary = "Show one dead letter with its payload, headers and reason")
	public DeadLetter get(@PathVariable @Size(max = 300) String id) {
		return this.operations.get(id);
	}

	@PostMapping("/{id}/replay")
	@PreAuthorize(Rules.ADMIN)
	@Operation(summary = "Send a dead letter back to its original topic")
	public DeadLetter replay(@PathVariable @Size(max = 300) String id) {
		return this.operations.replay(id);
	}

	@PostMapping("/replay")
	@PreAuthorize(Rules.ADMIN)
	@Operation(summary = "Replay every dead letter not replayed yet")
	public Map<String, Integer> replayPending() {
		return Map.of("replayed", this.operations.replayPending());
	}

}
