package vn.mttq.giamsat.notification.delivery;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.mttq.giamsat.support.security.Actor;
import vn.mttq.giamsat.support.security.Rules;
import vn.mttq.giamsat.support.web.PageResponse;

/**
 * The HTTP API of delivery records and of the deliveries given up.
 */
@RestController
@Tag(name = "Deliveries", description = "Every attempt to deliver a notification; dead-lettered deliveries")
class DeliveryController {

	private final DeliveryRecords records;

	DeliveryController(DeliveryRecords records) {
		this.records = records;
	}

	@GetMapping("/api/v1/organisations/{orgId}/deliveries")
	@PreAuthorize(Rules.ANY_ROLE)
	@Operation(summary = "List the deliveries to your organisation, newest first, with every attempt")
	PageResponse<DeliveryView> ofOrganisation(@PathVariable @Size(max = 100) String orgId,
			@RequestParam(required = false) Channel channel, @RequestParam(required = false) DeliveryStatus status,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size, @Parameter(hidden = true) Actor actor) {
		return PageResponse.of(this.records.ofOrganisation(orgId, channel, status, actor, page, size),
				DeliveryView::of);
	}

	@GetMapping("/api/v1/deliveries/dead-letters")
	@PreAuthorize(Rules.ADMIN)
	@Operation(summary = "List the deliveries given up (too many attempts, or the endpoint is gone), newest first")
	PageResponse<DeliveryView> deadLetters(@RequestParam(required = false) Channel channel,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return PageResponse.of(this.records.deadLetters(channel, page, size), DeliveryView::of);
	}

	@PostMapping("/api/v1/deliveries/dead-letters/{notificationId}/replay")
	@PreAuthorize(Rules.ADMIN)
	@Operation(summary = "Give a dead-lettered delivery a new round of attempts, now")
	DeliveryView replay(@PathVariable @Size(max = 100) String notificationId) {
		return DeliveryView.of(this.records.replay(notificationId));
	}

}
