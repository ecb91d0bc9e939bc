package vn.mttq.giamsat.supervision.organisation;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.mttq.giamsat.support.text.SingleLine;

/**
 * The body of {@code PUT /api/v1/administrative-units/{id}}: a unit without its id.
 *
 * @param name the official name, e.g. {@code Tỉnh Điện Biên}
 * @param level province, district or commune (central for the country as a whole)
 * @param parentId the unit it lies in
 * @param validFrom the first day it exists
 * @param validTo the last day, if it was merged or dissolved
 * @param successorIds the units that took it over
 */
record UnitFields(@NotBlank @Size(max = 300) @SingleLine String name, @NotNull AdministrativeLevel level,
		@Size(min = 1, max = 100) @SingleLine String parentId, @NotNull LocalDate validFrom, LocalDate validTo,
		@Size(max = 50) List<@NotBlank @Size(max = 100) @SingleLine String> successorIds) {

	UnitDraft draft(String id) {
		return new UnitDraft(id, this.name, this.level, this.parentId, this.validFrom, this.validTo, this.successorIds);
	}

}
