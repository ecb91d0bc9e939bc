package vn.mttq.giamsat.support.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.exc.StreamConstraintsException;

import vn.mttq.giamsat.support.domain.Phrase;

/**
 * Says which of the JSON reader's limits a body passed, in plain words: too deep, too
 * many elements, a text, a name or a number too long.
 */
final class BodyLimits {

	private static final Pattern MAXIMUM = Pattern.compile("maximum allowed \\((\\d+)");

	private BodyLimits() {
	}

	static Phrase of(StreamConstraintsException limit) {
		String message = String.valueOf(limit.getOriginalMessage());
		Matcher maximum = MAXIMUM.matcher(message);
		String max = maximum.find() ? maximum.group(1) : "?";
		if (message.contains("nesting depth")) {
			return Phrase.of("problem.body.too-deep", "The body is nested more than {0} levels deep.", max);
		}
		if (message.startsWith("Token count")) {
			return Phrase.of("problem.body.too-many-elements", "The body holds too many elements (at most {0}).", max);
		}
		if (message.startsWith("String value length")) {
			return Phrase.of("problem.body.text-too-long", "A text in the body is longer than {0} characters.", max);
		}
		if (message.startsWith("Name length")) {
			return Phrase.of("problem.body.name-too-long", "A field name in the body is longer than {0} characters.",
					max);
		}
		if (message.startsWith("Number value length")) {
			return Phrase.of("problem.body.number-too-long", "A number in the body is longer than {0} digits.", max);
		}
		return Phrase.of("problem.body.too-large", "The body is too large to be read.");
	}

}
