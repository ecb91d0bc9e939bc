package vn.mttq.giamsat.supervision.report;

import java.time.LocalDate;
import java.util.List;

import vn.mttq.giamsat.supervision.organisation.AdministrativeLevel;

/**
 * The administrative structure a report's figures by level use: three levels before the
 * 2025 reform, two after, or both when the period spans 1 July 2025.
 *
 * @param code {@code THREE_LEVEL}, {@code TWO_LEVEL} or {@code THREE_THEN_TWO_LEVEL}
 * @param label how the report names it, in Vietnamese
 * @param levels the local levels it counts by
 */
public record Structure(String code, String label, List<AdministrativeLevel> levels) {

	static Structure of(LocalDate from, LocalDate to) {
		LocalDate reform = AdministrativeLevel.TWO_LEVEL_REFORM;
		if (to.isBefore(reform)) {
			return new Structure("THREE_LEVEL", "3 cấp (tỉnh, huyện, xã), trước 1/7/2025",
					List.of(AdministrativeLevel.PROVINCE, AdministrativeLevel.DISTRICT, AdministrativeLevel.COMMUNE));
		}
		if (!from.isBefore(reform)) {
			return new Structure("TWO_LEVEL", "2 cấp (tỉnh, xã), từ 1/7/2025",
					List.of(AdministrativeLevel.PROVINCE, AdministrativeLevel.COMMUNE));
		}
		return new Structure("THREE_THEN_TWO_LEVEL",
				"3 cấp (tỉnh, huyện, xã) đến 30/6/2025, 2 cấp (tỉnh, xã) từ 1/7/2025",
				List.of(AdministrativeLevel.PROVINCE, AdministrativeLevel.DISTRICT, AdministrativeLevel.COMMUNE));
	}

}
