package vn.mttq.giamsat.recommendation.deadline;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the engine needs about one recommendation.
 *
 * @param subject what the rules match on; {@code null} is taken as all unknown
 * @param issuedOn the date printed on the letter; required
 * @param deliveredOn the day the agency received it, or {@code null} if not yet known
 * @param acknowledgedOn the day the agency acknowledged it, or {@code null}
 * @param officialDueDate a due date the issuing official set, or {@code null}; when set
 * no rule applies, but extensions and pauses still do
 * @param duePeriod a period the issuing official gave instead of a date, or {@code null};
 * counted from the start event of the rule that would otherwise apply
 * @param extensions extensions granted, in any order; {@code null} is taken as none
 * @param pauses pauses, in any order; {@code null} is taken as none
 */
public record DeadlineInput(DeadlineSubject subject, LocalDate issuedOn, LocalDate deliveredOn,
		LocalDate acknowledgedOn, LocalDate officialDueDate, List<Extension> extensions, List<Pause> pauses,
		DuePeriod duePeriod) {

	public DeadlineInput {
		if (issuedOn == null) {
			throw new IllegalArgumentException(
					"A deadline is computed for an issued recommendation: issuedOn is required");
		}
		subject = (subject != null) ? subject : DeadlineSubject.unknown();
		extensions = (extensions != null) ? List.copyOf(extensions) : List.of();
		pauses = (pauses != null) ? List.copyOf(pauses) : List.of();
	}

	/** An input without a period given by the official. */
	public DeadlineInput(DeadlineSubject subject, LocalDate issuedOn, LocalDate deliveredOn, LocalDate acknowledgedOn,
			LocalDate officialDueDate, List<Extension> extensions, List<Pause> pauses) {
		this(subject, issuedOn, deliveredOn, acknowledgedOn, officialDueDate, extensions, pauses, null);
	}

	/** An input with only the subject and the issue date, the other events unknown. */
	public static DeadlineInput issued(DeadlineSubject subject, LocalDate issuedOn) {
		return new DeadlineInput(subject, issuedOn, null, null, null, List.of(), List.of(), null);
	}

}
