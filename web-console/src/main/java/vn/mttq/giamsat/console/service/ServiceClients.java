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
