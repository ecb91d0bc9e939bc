package vn.mttq.giamsat.supervision.web;

import java.util.Locale;

import org.springframework.context.MessageSource;

import vn.mttq.giamsat.support.domain.InvalidField;
import vn.mttq.giamsat.support.domain.Phrase;

/**
 * What is wrong with one field of a request, as a {@link Phrase} so that it can be said
 * in the language the request asks for.
 *
 * @param field the field's path in the request, e.g. {@code items[0].addresseeAgencyId}
 * @param phrase what is wrong with it
 */
public record FieldProblem(String field, Phrase phrase) {

	/**
	 * A problem of a field.
	 * @param field the field's path
	 * @param code the key of the phrase's translations
	 * @param english the English wording, a {@link java.text.MessageFormat} pattern
	 * @param args its arguments, formatted for people
	 * @return the problem
	 */
	public static FieldProblem of(String field, String code, String english, Object... args) {
		return new FieldProblem(field, Phrase.of(code, english, args));
	}

	/** The problem in English. */
	public InvalidField inEnglish() {
		return new InvalidField(this.field, this.phrase.inEnglish());
	}

	/**
	 * The problem in a language.
	 * @param messages the translations
	 * @param locale the language
	 * @return the field and its text in that language, English when none is given
	 */
	public InvalidField in(MessageSource messages, Locale locale) {
		return new InvalidField(this.field, say(this.phrase, messages, locale));
	}

	/**
	 * Says a phrase in a language.
	 * @param phrase the phrase
	 * @param messages the translations
	 * @param locale the language
	 * @return its translation, or its English wording when there is none
	 */
	public static String say(Phrase phrase, MessageSource messages, Locale locale) {
		if (phrase.code() != null) {
			String translated = messages.getMessage(phrase.code(), phrase.getArguments(), null, locale);
			if (translated != null) {
				return translated;
			}
		}
		return phrase.inEnglish();
	}

}
