package vn.mttq.giamsat.console.agency.inbox;

import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

import vn.mttq.giamsat.console.service.PageOf;
import vn.mttq.giamsat.console.service.ServiceClients;

/**
 * notification-service's inbox API for one organisation.
 */
@Component
public class InboxClient {

	static final int PAGE_SIZE = 20;

	private static final ParameterizedTypeReference<PageOf<Notice>> NOTICES = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<Map<String, Long>> COUNT = new ParameterizedTypeReference<>() {
	};

	private final ServiceClients services;

	InboxClient(ServiceClients services) {
		this.services = services;
	}

	/** One page of the organisation's notices, newest first. */
	public PageOf<Notice> notices(String organisationId, int page) {
		return this.services.notification()
			.get()
			.uri("/api/v1/organisations/{org}/notifications?page={page}&size={size}", organisationId, page, PAGE_SIZE)
			.retrieve()
			.body(NOTICES);
	}

	/** How many notices nobody of the organisation has read yet. */
	public long unreadCount(String organisationId) {
		Map<String, Long> count = this.services.notification()
			.get()
			.uri("/api/v1/organisations/{org}/notifications/unread-count", organisationId)
			.retrieve()
			.body(COUNT);
		return (count != null) ? count.getOrDefault("unread", 0L) : 0L;
	}

	public void markRead(String organisationId, String noticeId) {
		this.services.notification()
			.post()
			.uri("/api/v1/organisations/{org}/notifications/{id}/read", organisationId, noticeId)
			.retrieve()
			.toBodilessEntity();
	}

	public void confirmReceipt(String organisationId, String noticeId) {
		this.services.notification()
			.post()
			.uri("/api/v1/organisations/{org}/notifications/{id}/confirm-receipt", organisationId, noticeId)
			.retrieve()
			.toBodilessEntity();
	}

}
