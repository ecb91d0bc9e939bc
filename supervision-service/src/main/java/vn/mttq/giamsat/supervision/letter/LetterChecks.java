package vn.mttq.giamsat.supervision.letter;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.mttq.giamsat.supervision.activity.Activity;
import vn.mttq.giamsat.supervision.activity.ActivityStatus;
import vn.mttq.giamsat.supervision.organisation.DirectoryQueries;
import vn.mttq.giamsat.supervision.organisation.Organisation;
import vn.mttq.giamsat.supervision.web.Dates;
import vn.mttq.giamsat.supervision.web.FieldProblem;
import vn.mttq.giamsat.supervision.web.RulesViolatedException;
import vn.mttq.giamsat.support.domain.InvalidStateException;
import vn.mttq.giamsat.support.domain.Phrase;

/**
 * Checks a letter against its activity, the calendar and the directory before it is
 * issued: every broken rule is listed at once.
 */
@Component
class LetterChecks {

	private final DirectoryQueries directory;

	private final Clock clock;

	LetterChecks(DirectoryQueries directory, Clock clock) {
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * Checks a letter.
	 * @param activity the activity it concludes
	 * @param request the letter
	 * @param kind its kind
	 * @param issuingBodyId the body issuing it
	 * @param documentProblems what is wrong with the papers it names
	 * @return the issuing body
	 * @throws InvalidStateException if the activity was cancelled
	 * @throws RulesViolatedException listing every rule the letter breaks
	 */
	Organisation check(Activity activity, IssueLetter request, LetterKind kind, String issuingBodyId,
			List<FieldProblem> documentProblems) {
		if (activity.status() == ActivityStatus.CANCELLED) {
			throw new InvalidStateException(
					Phrase.of("letter.activity-cancelled",
							"The activity \u201c{0}\u201d was cancelled; it issues no letter", activity.title()),
					activity.status().name(), List.of());
		}
		List<FieldProblem> errors = new ArrayList<>();
		if (!LetterKind.allowedFor(activity.kind()).contains(kind)) {
			errors.add(FieldProblem.of("kind", "letter.kind-not-allowed", "A {0} activity issues {1} letters, not {2}",
					activity.kind().name(), LetterKind.allowedFor(activity.kind()).toString(), kind.name()));
		}
		errors.addAll(LetterDates.problems(request.issuedOn(), activity.startDate(), this.clock));
		this.directory.problemIfAbsentOn(issuingBodyId, request.issuedOn(), "issuingBodyId").ifPresent(errors::add);
		for (int i = 0; i < request.items().size(); i++) {
			errors.addAll(itemProblems(request, i));
		}
		errors.addAll(documentProblems);
		if (!errors.isEmpty()) {
			throw new RulesViolatedException(errors);
		}
		return this.directory.organisation(issuingBodyId).orElseThrow();
	}

	private List<FieldProblem> itemProblems(IssueLetter request, int index) {
		List<FieldProblem> errors = new ArrayList<>();
		IssueLetter.Item item = request.items().get(index);
		String prefix = "items[" + index + "].";
		if (item.dueDate() != null && !item.dueDate().isAfter(request.issuedOn())) {
			errors.add(FieldProblem.of(prefix + "dueDate", "letter.due-date-not-after-letter",
					"The due date {0} must be after the letter''s date ({1})", Dates.shown(item.dueDate()),
					Dates.shown(request.issuedOn())));
		}
		String addressee = prefix + "addresseeAgencyId";
		this.directory.problemIfAbsentOn(item.addresseeAgencyId(), request.issuedOn(), addressee)
			.ifPresentOrElse(errors::add, () -> {
				Organisation agency = this.directory.organisation(item.addresseeAgencyId()).orElseThrow();
				if (!agency.kind().canBeSupervised()) {
					errors.add(FieldProblem.of(addressee, "letter.addressee-not-supervised",
							"{0} is {1} and cannot be supervised, so it answers no recommendation; address the item "
									+ "to a People''s Committee, a People''s Council, a department, or another state "
									+ "agency or organisation",
							agency.name(), agency.kind().phrase()));
				}
			});
		List<String> copies = (item.copyRecipientIds() != null) ? item.copyRecipientIds() : List.of();
		for (int j = 0; j < copies.size(); j++) {
			this.directory.problemIfAbsentOn(copies.get(j), request.issuedOn(), prefix + "copyRecipientIds[" + j + "]")
				.ifPresent(errors::add);
		}
		return errors;
	}

}
