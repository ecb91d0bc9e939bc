package vn.mttq.giamsat.notification.recipients;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.mttq.giamsat.support.directory.OrganisationDirectory;

/**
 * Names the organisations told of an event by the rules. An organisation is told once per
 * event, in its first role: the addressee is never also sent a copy. A new item with no
 * copy recipients on the event is copied to the Front one level up from the issuing body,
 * where the directory knows it (NQLT 403 Art. 9.3).
 */
@Component
public class RecipientResolver {

	private final RecipientRules rules;

	private final OrganisationDirectory directory;

	RecipientResolver(RecipientRules rules, OrganisationDirectory directory) {
		this.rules = rules;
		this.directory = directory;
	}

	/**
	 * Resolves the recipients of an event.
	 * @param event the event
	 * @return each organisation once, with its role
	 */
	public List<Recipient> recipientsOf(NotifiableEvent event) {
		Map<String, RecipientRole> told = new LinkedHashMap<>();
		for (RecipientRole role : this.rules.rolesFor(event)) {
			for (String organisation : organisations(event, role)) {
				if (organisation != null && !organisation.isBlank()) {
					told.putIfAbsent(organisation, role);
				}
			}
		}
		List<Recipient> recipients = new ArrayList<>();
		told.forEach((organisation, role) -> recipients.add(new Recipient(organisation, role)));
		return recipients;
	}

	private List<String> organisations(NotifiableEvent event, RecipientRole role) {
		return switch (role) {
			case ADDRESSEE -> List.of(event.addresseeAgencyId());
			case ISSUER -> List.of(event.issuingBodyId());
			case ESCALATION -> (event.escalatedTo() != null) ? List.of(event.escalatedTo()) : List.of();
			case COPY -> copies(event);
		};
	}

	private List<String> copies(NotifiableEvent event) {
		if (!event.copyRecipientIds().isEmpty()) {
			return event.copyRecipientIds();
		}
		return this.directory.parentOf(event.issuingBodyId()).map(List::of).orElse(List.of());
	}

}
