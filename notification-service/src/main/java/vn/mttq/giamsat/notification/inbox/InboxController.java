package vn.mttq.giamsat.notification.inbox;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
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
 * The HTTP API of an organisation's inbox.
 */
@RestController
@Tag(name = "Inbox",
		description = "Notifications of each organisation; reading one or confirming its receipt is the receipt")
class InboxController {

	private final InboxManagement inbox;

	InboxController(InboxManagement inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/api/v1/organisations/{orgId}/notifications")
	@PreAuthorize(Rules.ANY_ROLE)
	@Operation(summary = "List your organisation's notifications, newest first; filter by unread, kind "
			+ "(TRACKED for a new item, REMINDED ...) or recommendation")
	PageResponse<NotificationView> list(@PathVariable @Size(max = 100) String orgId,
			@RequestParam(required = false) Boolean unread,
			@RequestParam(required = false) @Pattern(regexp = NotificationKinds.NAMES,
					message = "{giamsat.inbox.kind}") String kind,
			@RequestParam(required = false) @Size(max = 100) String recommendationId,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size, @Parameter(hidden = true) Actor actor) {
		return PageResponse.of(this.inbox.inbox(orgId, unread, kind, recommendationId, actor, page, size),
				NotificationView::of);
	}

	@GetMapping("/api/v1/organisations/{orgId}/notifications/unread-count")
	@PreAuthorize(Rules.ANY_ROLE)
	@Operation(summary = "Count your organisation's unread notifications")
	Map<String, Long> unreadCount(@PathVariable @Size(max = 100) String orgId, @Parameter(hidden = true) Actor actor) {
		return Map.of("unread", this.inbox.unreadCount(orgId, actor));
	}

	@PostMapping("/api/v1/organisations/{orgId}/notifications/{id}/read")
	@PreAuthorize(Rules.TAKES_STEPS)
	@Operation(summary = "Mark a notification read (the first reading is recorded and published as a receipt)")
	NotificationView markRead(@PathVariable @Size(max = 100) String orgId, @PathVariable @Size(max = 100) String id,
			@Parameter(hidden = true) Actor actor) {
		return NotificationView.of(this.inbox.markRead(orgId, id, actor));
	}

	@PostMapping("/api/v1/organisations/{orgId}/notifications/{id}/confirm-receipt")
	@PreAuthorize(Rules.TAKES_STEPS)
	@Operation(summary = "Confirm your organisation received a notification (xác nhận đã nhận; recorded and "
			+ "published once). Not the recommendation's ACKNOWLEDGE step (tiếp nhận)")
	NotificationView confirmReceipt(@PathVariable @Size(max = 100) String orgId,
			@PathVariable @Size(max = 100) String id, @Parameter(hidden = true) Actor actor) {
		return NotificationView.of(this.inbox.confirmReceipt(orgId, id, actor));
	}

}
