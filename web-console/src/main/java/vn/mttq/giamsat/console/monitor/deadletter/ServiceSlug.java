package vn.mttq.giamsat.console.monitor.deadletter;

import java.util.Arrays;
import java.util.Optional;

import vn.mttq.giamsat.console.service.Service;

/**
 * The services with dead letters, as the dead-letter forms name them.
 */
enum ServiceSlug {

	/** supervision-service. */
	GIAM_SAT("giam-sat", Service.SUPERVISION),

	/** recommendation-service. */
	KIEN_NGHI("kien-nghi", Service.RECOMMENDATION),

	/** notification-service. */
	THONG_BAO("thong-bao", Service.NOTIFICATION);

	private final String slug;

	private final Service service;

	ServiceSlug(String slug, Service service) {
		this.slug = slug;
		this.service = service;
	}

	static Optional<ServiceSlug> of(String slug) {
		return Arrays.stream(values()).filter((known) -> known.slug.equals(slug)).findFirst();
	}

	String slug() {
		return this.slug;
	}

	Service service() {
		return this.service;
	}

}
