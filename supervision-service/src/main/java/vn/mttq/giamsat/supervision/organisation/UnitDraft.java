package vn.mttq.giamsat.supervision.organisation;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.mttq.giamsat.support.text.SingleLine;

/**
 * An administrative unit as an administrator writes it.
 *
 * @param id the stable id, e.g. {@code tinh-dien-bien}
 * @param name the official name, e.g. {@code Tỉnh Điện Biên}
 * @param level province, district or commune (central for the country as a whole)
 * @param parentId the unit it lies in: for a commune, its district before 1 July 2025 and
 * its province after; {@code null} for a province
 * @param validFrom the first day it exists
 * @param validTo the last day, if it was merged or dissolved
 * @param successorIds the units that took it over (many for a split, one for a merger)
 */
public record UnitDraft(
		@NotBlank @Size(max = Ids.MAX_LENGTH) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
		@NotBlank @Size(max = 300) @SingleLine String name, @NotNull AdministrativeLevel level,
		@Size(min = 1, max = 100) @SingleLine String parentId, @NotNull LocalDate validFrom, LocalDate validTo,
		@Size(max = 50) List<@NotBlank @Size(max = 100) @SingleLine String> successorIds) {

	public UnitDraft {
		successorIds = (successorIds != null) ? List.copyOf(successorIds) : List.of();
	}

	Validity validity() {
		return new Validity(this.validFrom, this.validTo);
	}

}
