package vn.mttq.giamsat.supervision.activity;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.mttq.giamsat.supervision.organisation.AdministrativeLevel;
import vn.mttq.giamsat.support.text.SingleLine;

/**
 * The request to record an activity.
 *
 * @param kind supervision, social criticism, opinion contribution or dialogue conference
 * @param title what the activity is about
 * @param reference the number of the plan or decision that set it up, unique per
 * supervising body; optional
 * @param supervisingBodyId the Front body that leads it (chủ thể giám sát); the signed-in
 * official's own body when omitted, and only that body is accepted
 * @param coLeadIds member organisations or other Front bodies leading it together (phối
 * hợp)
 * @param supervisedAgencyIds the supervised parties (đối tượng giám sát)
 * @param form the form of supervision (Law Art. 27): required for a supervision, refused
 * for other kinds
 * @param level the level of the supervising body on the start date; taken from the
 * directory when omitted, and must match it when given
 * @param startDate the first day, the date the activity's level and unit are taken on
 * @param endDate the last day, if known
 * @param legalBasisIds the legal bases it rests on, in force on the start date
 * @param basis why it was started (NQLT 403 Art. 2.1); {@code ANNUAL_PLAN} when a plan is
 * named
 * @param content what is supervised or criticised
 * @param field the field (lĩnh vực), e.g. giảm nghèo, đất đai
 * @param periodFrom the first day of the period under review
 * @param periodTo the last day of the period under review
 * @param planId the yearly plan it belongs to, if any
 * @param delegation the delegation's steps, for the {@code DELEGATION} form
 */
public record RecordActivity(@NotNull ActivityKind kind, @NotBlank @Size(max = 500) @SingleLine String title,
		@Size(min = 1, max = 100) @SingleLine String reference,
		@Size(min = 1, max = 100) @SingleLine String supervisingBodyId,
		@Size(max = 20) List<@NotBlank @SingleLine @Size(max = 100) String> coLeadIds,
		@NotEmpty @Size(max = 100) List<@NotBlank @SingleLine @Size(max = 100) String> supervisedAgencyIds,
		SupervisionForm form, AdministrativeLevel level, @NotNull LocalDate startDate, LocalDate endDate,
		@Size(max = 20) List<@NotBlank @SingleLine @Size(max = 100) String> legalBasisIds, InitiationBasis basis,
		@Size(max = 8000) String content, @Size(max = 200) @SingleLine String field, LocalDate periodFrom,
		LocalDate periodTo, @Size(min = 1, max = 100) @SingleLine String planId, @Valid DelegationSteps delegation) {

	public RecordActivity {
		coLeadIds = (coLeadIds != null) ? List.copyOf(coLeadIds) : List.of();
		legalBasisIds = (legalBasisIds != null) ? List.copyOf(legalBasisIds) : List.of();
	}

}
