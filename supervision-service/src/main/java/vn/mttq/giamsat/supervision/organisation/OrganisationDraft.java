package vn.mttq.giamsat.supervision.organisation;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.mttq.giamsat.support.text.SingleLine;

/**
 * An organisation as an administrator writes it: in a request, a JSON import or a CSV
 * row.
 *
 * @param id the stable id, e.g. {@code ubmttq-tinh-dien-bien}: lower-case ASCII letters
 * and digits in words joined by hyphens
 * @param name the official name, in Vietnamese
 * @param kind what the organisation is
 * @param level its level
 * @param administrativeUnitId the administrative unit it belongs to (required below the
 * central level)
 * @param parentId the superior body escalation goes to; for a Front committee, the Front
 * one level up
 * @param validFrom the first day it exists
 * @param validTo the last day it exists, if it has ceased
 * @param successorIds the organisations that took over its work when it ceased
 */
public record OrganisationDraft(
		@NotBlank @Size(max = Ids.MAX_LENGTH) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
		@NotBlank @Size(max = 300) @SingleLine String name, @NotNull OrganisationKind kind,
		@NotNull AdministrativeLevel level, @Size(min = 1, max = 100) @SingleLine String administrativeUnitId,
		@Size(min = 1, max = 100) @SingleLine String parentId, @NotNull LocalDate validFrom, LocalDate validTo,
		@Size(max = 50) List<@NotBlank @Size(max = 100) @SingleLine String> successorIds) {

	public OrganisationDraft {
		successorIds = (successorIds != null) ? List.copyOf(successorIds) : List.of();
	}

	Validity validity() {
		return new Validity(this.validFrom, this.validTo);
	}

}
