package vn.mttq.giamsat.console.front.letter;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import vn.mttq.giamsat.console.service.ServiceClients;

/**
 * recommendation-service's preview of the due date an item will get, before it is issued.
 */
@Component
public class DeadlineClient {

	private final ServiceClients services;

	DeadlineClient(ServiceClients services) {
		this.services = services;
	}

	/**
	 * The due date of an item of this letter and activity, by the rules or by the period
	 * the official gave (days and counting, both or neither).
	 */
	DuePreview preview(LetterActivity activity, String letterKind, String itemType, String issuedOn, Integer days,
			String counting) {
		return this.services.recommendation()
			.get()
			.uri((uri) -> uri.path("/api/v1/deadlines/preview")
				.queryParam("issuedOn", issuedOn)
				.queryParamIfPresent("letterKind", text(letterKind))
				.queryParamIfPresent("itemType", text(itemType))
				.queryParamIfPresent("activityKind", text(activity.kind()))
				.queryParamIfPresent("supervisionForm", text(activity.form()))
				.queryParamIfPresent("level", text(activity.level()))
				.queryParamIfPresent("days", Optional.ofNullable(days))
				.queryParamIfPresent("counting", (days != null) ? text(counting) : Optional.empty())
				.build())
			.retrieve()
			.body(DuePreview.class);
	}

	private static Optional<String> text(String value) {
		return StringUtils.hasText(value) ? Optional.of(value) : Optional.empty();
	}

}
