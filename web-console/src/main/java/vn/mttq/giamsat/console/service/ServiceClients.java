package vn.mttq.giamsat.console.service;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.web.client.RestClient;

/**
 * One {@link RestClient} per service, each sending the signed-in person's access token
 * (refreshed when it has expired) and their language, with the configured time-outs. A
 * feature's client class takes this and calls {@code recommendation()},
 * {@code notification()} or {@code supervision()}.
 */
public final class ServiceClients {

	private final Map<Service, RestClient> clients;

	ServiceClients(Map<Service, RestClient> clients) {
		this.clients = new EnumMap<>(clients);
	}

	/** Clients built elsewhere, such as a test's, bound to a mock server. */
	public static ServiceClients of(RestClient supervision, RestClient recommendation, RestClient notification) {
		return new ServiceClients(Map.of(Service.SUPERVISION, supervision, Service.RECOMMENDATION, recommendation,
				Service.NOTIFICATION, notification));
	}

	public RestClient supervision() {
		return this.clients.get(Service.SUPERVISION);
	}

	public RestClient recommendation() {
		return this.clients.get(Service.RECOMMENDATION);
	}

	public RestClient notification() {
		return this.clients.get(Service.NOTIFICATION);
	}

}
