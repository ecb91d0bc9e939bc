package vn.mttq.giamsat.support.web;

import vn.mttq.giamsat.support.domain.Phrase;

/**
 * What is wrong with one field of a request, still to be said in the request's language.
 *
 * @param field the field's path as the client wrote it, or {@code null} when the problem
 * is the body as a whole
 * @param phrase what is wrong, in plain words
 */
record FieldPhrase(String field, Phrase phrase) {

	/**
	 * A message Bean Validation has already written in the request's language.
	 * @param field the field
	 * @param message the message
	 * @return the field's problem
	 */
	static FieldPhrase said(String field, String message) {
		return new FieldPhrase(field, Phrase.untranslated((message != null) ? message : "is invalid"));
	}

}
