package vn.mttq.giamsat.console.directory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import vn.mttq.giamsat.console.service.ServiceClients;
import vn.mttq.giamsat.console.service.ServiceProblem;
import vn.mttq.giamsat.console.service.ServiceUnavailable;

/**
 * An organisation's name by its id ({@code GET /api/v1/organisations/{id}}), remembered
 * once read (names change rarely; a restart forgets them); the id itself when
 * supervision-service cannot say.
 */
@Component
public class OrganisationNames {

	private static final int MAX_REMEMBERED = 5_000;

	private final ServiceClients services;

	private final Map<String, String> names = new ConcurrentHashMap<>();

	OrganisationNames(ServiceClients services) {
		this.services = services;
	}

	public String nameOf(String organisationId) {
		if (organisationId == null) {
			return null;
		}
		String known = this.names.get(organisationId);
		if (known != null) {
			return known;
		}
		try {
			Organisation organisation = this.services.supervision()
				.get()
				.uri("/api/v1/organisations/{id}", organisationId)
				.retrieve()
				.body(Organisation.class);
			if (organisation == null || organisation.name() == null) {
				return organisationId;
			}
			if (this.names.size() < MAX_REMEMBERED) {
				this.names.put(organisationId, organisation.name());
			}
			return organisation.name();
		}
		catch (ServiceUnavailable | ServiceProblem ex) {
			return organisationId;
		}
	}

	record Organisation(String id, String name) {

	}

}
