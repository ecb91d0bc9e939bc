package vn.mttq.giamsat.notification.channel;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.mttq.giamsat.support.security.Actor;
import vn.mttq.giamsat.support.security.Rules;

/**
 * The HTTP API of an organisation's contacts and channels.
 */
@RestController
@Tag(name = "Contacts", description = "How each organisation is told: language, emails, webhook, quiet hours")
class ContactsController {

	private final ContactsManagement contacts;

	ContactsController(ContactsManagement contacts) {
		this.contacts = contacts;
	}

	@GetMapping("/api/v1/organisations/{orgId}/contacts")
	@PreAuthorize(Rules.ANY_ROLE)
	@Operation(summary = "Show your organisation's contacts and channels (never the webhook secret)")
	ContactsView get(@PathVariable @Size(max = 100) String orgId, @Parameter(hidden = true) Actor actor) {
		return ContactsView.of(this.contacts.read(orgId, actor));
	}

	@PutMapping("/api/v1/organisations/{orgId}/contacts")
	@PreAuthorize(Rules.ANY_ROLE)
	@Operation(summary = "Set your organisation's contacts and channels; a webhook URL without a secret keeps "
			+ "the secret stored for that URL")
	ContactsView put(@PathVariable @Size(max = 100) String orgId, @Valid @RequestBody ContactsRequest request,
			@Parameter(hidden = true) Actor actor) {
		return ContactsView.of(this.contacts.replace(orgId, request, actor));
	}

}
