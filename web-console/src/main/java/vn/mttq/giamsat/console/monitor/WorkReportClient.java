package vn.mttq.giamsat.console.monitor;

import org.springframework.stereotype.Component;

import vn.mttq.giamsat.console.service.ServiceClients;
import vn.mttq.giamsat.console.service.ServiceProblem;

/**
 * Reads supervision-service's work report of a Front body and the bodies under it.
 */
@Component
public class WorkReportClient {

	private final ServiceClients services;

	WorkReportClient(ServiceClients services) {
		this.services = services;
	}

	/**
	 * The report of the period, or none when the body makes no work report (it is not a
	 * Front body that leads supervision, or the service refuses it).
	 */
	WorkReport report(String bodyId, ReportPeriod period) {
		if (bodyId == null) {
			return null;
		}
		try {
			return this.services.supervision()
				.get()
				.uri((uri) -> uri.path("/api/v1/reports/work")
					.queryParam("bodyId", bodyId)
					.queryParam("from", period.firstDay())
					.queryParam("to", period.lastDay())
					.queryParam("includeBelow", true)
					.queryParam("format", "JSON")
					.build())
				.retrieve()
				.body(WorkReport.class);
		}
		catch (ServiceProblem ex) {
			return null;
		}
	}

}
