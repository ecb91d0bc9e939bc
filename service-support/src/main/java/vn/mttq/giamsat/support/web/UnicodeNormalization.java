package vn.mttq.giamsat.support.web;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

import vn.mttq.giamsat.support.text.TextRules;

/**
 * Unicode text in one form: Vietnamese arrives both precomposed (NFC, "Mường Phăng") and
 * decomposed (NFD, base letters followed by combining marks), which look the same and
 * compare different. Every text a request brings is turned into NFC at the boundary, so
 * it is stored, compared and searched one way. Nothing else is changed: no trimming, no
 * case folding. A text holding a character {@link TextRules} refuses is not read at all.
 */
public final class UnicodeNormalization {

	private UnicodeNormalization() {
	}

	/**
	 * Returns a text in Unicode normalization form C.
	 * @param text the text, or {@code null}
	 * @return the text in NFC (the same instance when it already is), or {@code null}
	 */
	public static String nfc(String text) {
		if (text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
			return text;
		}
		return Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	/**
	 * Returns the values of a map in NFC, keeping its keys and order.
	 * @param values the values, such as a request's path variables
	 * @return a new map with every value in NFC
	 */
	public static Map<String, String> nfcValues(Map<String, String> values) {
		Map<String, String> normalized = new LinkedHashMap<>();
		values.forEach((name, value) -> normalized.put(name, nfc(value)));
		return normalized;
	}

	/**
	 * A Jackson module whose {@link String} deserializer returns NFC. It applies to every
	 * string Jackson binds: properties, creator parameters, collection and array
	 * elements, and strings inside untyped values; {@code null} stays {@code null}.
	 * @return the module
	 */
	public static JacksonModule jacksonModule() {
		return new SimpleModule("giamsat-unicode-nfc").addDeserializer(String.class, new NfcStringDeserializer());
	}

	/**
	 * Jackson's own string deserializer, with its coercions and null handling, followed
	 * by normalization. Being a subclass (and not marked as Jackson's standard
	 * implementation), it is also used for the elements of string collections and arrays,
	 * which otherwise bypass the element deserializer.
	 */
	static final class NfcStringDeserializer extends StringDeserializer {

		@Override
		public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
			String text = nfc(super.deserialize(p, ctxt));
			String problem = TextRules.problemOf(text);
			if (problem != null) {
				throw InvalidFormatException.from(p, problem, text, String.class);
			}
			return text;
		}

	}

}
