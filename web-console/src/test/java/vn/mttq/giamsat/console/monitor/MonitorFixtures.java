package vn.mttq.giamsat.console.monitor;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Statistics as recommendation-service answers them, for the monitor's page tests.
 */
final class MonitorFixtures {

	static final String AGRICULTURE = "so-nong-nghiep-moi-truong-dien-bien";

	static final String FINANCE = "so-tai-chinh-dien-bien";

	static final String COMMUNE = "ubnd-xa-muong-phang";

	private MonitorFixtures() {
	}

	/**
	 * A row with its figures; answered = issued − open, resolved = half of the answered.
	 */
	static AgencyFigures row(String agencyId, String level, long issued, long open, long overdue, String answerRate,
			String resolutionRate) {
		long answered = issued - open;
		return new AgencyFigures(agencyId, level, false, issued, 0L, issued, answered, answered, 0L, overdue,
				new BigDecimal("12"), null, open, overdue, answered / 2, 0L, 0L, 0L, new BigDecimal(answerRate),
				new BigDecimal("100.0"), new BigDecimal(resolutionRate));
	}

	/** A row with fewer items than the minimum: only the number issued. */
	static AgencyFigures suppressed(String agencyId, String level, long issued) {
		return new AgencyFigures(agencyId, level, true, issued, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null);
	}

	/** Three agencies, the department at two levels, the commune's row suppressed. */
	static StatisticsPage threeAgencies() {
		List<AgencyFigures> rows = List.of(row(AGRICULTURE, "PROVINCE", 20, 7, 3, "65.0", "30.0"),
				row(AGRICULTURE, "COMMUNE", 6, 2, 1, "66.7", "33.3"), row(FINANCE, "PROVINCE", 9, 4, 0, "55.6", "22.2"),
				suppressed(COMMUNE, "COMMUNE", 3));
		return new StatisticsPage("2026-01", "2026-06", "2026-07-15", 5, rows,
				row(null, null, 38, 13, 4, "65.8", "31.6"), 1);
	}

	static WorkReport workReport() {
		return new WorkReport("Ủy ban MTTQ Việt Nam tỉnh Điện Biên",
				new WorkReport.Activities(17, Map.of("SUPERVISION", 12, "SOCIAL_CRITICISM", 5), 3),
				new WorkReport.Recommendations(38, 38, 25, 12, 4, 65.8, 31.6));
	}

}
