package vn.mttq.giamsat.supervision.activity;

import vn.mttq.giamsat.supervision.organisation.AdministrativeLevel;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The request to record an activity.
 *
 * @param kind supervision, social criticism, opinion contribution or dialogue conference
 * @param title what the activity is about
 * @param reference the number of the plan or decision that set it up, unique per
 * supervising body; optional
 * @param supervisingBodyId the Front body that leads it (chủ thể giám sát); the signed-in
 * official's own body when omitted, and only that body is accepted
 * @param supervisedAgencyIds the supervised parties (đối tượng giám sát)
 * @param form the form of supervision (Law Art. 27)
 * @param level the level of the supervising body on the start date
 * @param startDate the first day
 * @param endDate the last day, if known
 */
public record RecordActivity(@NotNull ActivityKind kind, @NotBlank @Size(max = 500) String title,
		@Size(min = 1, max = 100) String reference, @Size(min = 1, max = 100) String supervisingBodyId,
		@NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 100) String> supervisedAgencyIds,
		@NotNull SupervisionForm form, @NotNull AdministrativeLevel level, @NotNull LocalDate startDate,
		LocalDate endDate) {
}
