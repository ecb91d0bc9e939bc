package vn.mttq.giamsat.notification.inbox;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.mttq.giamsat.support.security.Actor;
import vn.mttq.giamsat.support.security.Rules;
import vn.mttq.giamsat.support.web.PageResponse;

/**
 * The HTTP API of an organisation's inbox.
 */
@RestController
@Tag(name = "Inbox", description = "Notifications of each organisation")
class InboxController {

	private final InboxManagement inbox;

	InboxController(InboxManagement inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/api/v1/organisations/{orgId}/notifications")
	@PreAuthorize(Rules.ANY_ROLE)
	@Operation(summary = "List your organisation's notifications, newest first")
	PageResponse<NotificationView> list(@PathVariable @Size(max = 100) String orgId,
			@RequestParam(required = false) Boolean unread,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size, Actor actor) {
		return PageResponse.of(this.inbox.inbox(orgId, unread, actor, page, size), NotificationView::of);
	}

}
