package vn.mttq.giamsat.supervision.organisation.importing.job;

import java.util.Locale;

import org.springframework.context.MessageSource;

import vn.mttq.giamsat.supervision.web.FieldProblem;
import vn.mttq.giamsat.support.domain.InvalidField;
import vn.mttq.giamsat.support.domain.Phrase;

/**
 * One error of a refused file as its job keeps it, to be said in the language of whoever
 * reads the job.
 *
 * @param field the field, e.g. {@code line[5].validFrom}
 * @param message the error in English, as jobs kept it before they kept its phrase
 * @param phrase the error in any language the service has; {@code null} in an older job
 */
record JobError(String field, String message, Phrase phrase) {

	static JobError of(FieldProblem problem) {
		return new JobError(problem.field(), problem.phrase().inEnglish(), problem.phrase());
	}

	InvalidField in(MessageSource messages, Locale locale) {
		return new InvalidField(this.field,
				(this.phrase != null) ? FieldProblem.say(this.phrase, messages, locale) : this.message);
	}

}
