package vn.mttq.giamsat.console.front.activity;

import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

import vn.mttq.giamsat.console.service.PageOf;
import vn.mttq.giamsat.console.service.ServiceClients;

/**
 * supervision-service's activities for the Front official: record one, read one, list the
 * body's activities in progress.
 */
@Component
public class ActivityClient {

	private final ServiceClients services;

	ActivityClient(ServiceClients services) {
		this.services = services;
	}

	/** The body's activities in progress, newest first. */
	public List<Activity> inProgress(String bodyId, int size) {
		PageOf<Activity> page = this.services.supervision()
			.get()
			.uri("/api/v1/activities?supervisingBodyId={body}&status=IN_PROGRESS&size={size}", bodyId, size)
			.retrieve()
			.body(new ParameterizedTypeReference<PageOf<Activity>>() {
			});
		return (page != null) ? page.content() : List.of();
	}

	public Activity get(String id) {
		return this.services.supervision().get().uri("/api/v1/activities/{id}", id).retrieve().body(Activity.class);
	}

	Activity record(Map<String, Object> activity) {
		return this.services.supervision()
			.post()
			.uri("/api/v1/activities")
			.body(activity)
			.retrieve()
			.body(Activity.class);
	}

}
