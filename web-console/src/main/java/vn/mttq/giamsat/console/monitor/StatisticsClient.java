package vn.mttq.giamsat.console.monitor;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.mttq.giamsat.console.service.ServiceClients;

/**
 * Reads recommendation-service's agency statistics
 * ({@code GET /api/v1/statistics/agencies}).
 */
@Component
public class StatisticsClient {

	private static final int PAGE_SIZE = 500;

	private static final int MAX_PAGES = 20;

	private final ServiceClients services;

	StatisticsClient(ServiceClients services) {
		this.services = services;
	}

	/**
	 * Every row of the period, per agency and level, and their total.
	 * @param period the months of issue
	 * @param agencyId only this agency, or every agency when null
	 * @return the rows (all pages) and the total
	 */
	StatisticsPage agencies(ReportPeriod period, String agencyId) {
		StatisticsPage first = page(period, agencyId, 0, PAGE_SIZE);
		if (first == null) {
			return StatisticsPage.empty(period);
		}
		if (first.totalPages() <= 1) {
			return first;
		}
		List<AgencyFigures> rows = new ArrayList<>(first.rows());
		for (int page = 1; page < Math.min(first.totalPages(), MAX_PAGES); page++) {
			StatisticsPage next = page(period, agencyId, page, PAGE_SIZE);
			rows.addAll((next != null) ? next.rows() : List.of());
		}
		return new StatisticsPage(first.from(), first.to(), first.asOf(), first.minimumItems(), rows, first.total(),
				first.totalPages());
	}

	/** Only the total of the period (of one agency when it is not null). */
	AgencyFigures total(ReportPeriod period, String agencyId) {
		StatisticsPage page = page(period, agencyId, 0, 1);
		return (page != null) ? page.total() : null;
	}

	private StatisticsPage page(ReportPeriod period, String agencyId, int page, int size) {
		return this.services.recommendation().get().uri((uri) -> {
			uri.path("/api/v1/statistics/agencies")
				.queryParam("from", period.from())
				.queryParam("to", period.to())
				.queryParam("page", page)
				.queryParam("size", size);
			if (agencyId != null) {
				uri.queryParam("agencyId", agencyId);
			}
			return uri.build();
		}).retrieve().body(StatisticsPage.class);
	}

}
