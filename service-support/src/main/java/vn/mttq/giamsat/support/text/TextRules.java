package vn.mttq.giamsat.support.text;

import vn.mttq.giamsat.support.domain.Phrase;

/**
 * What a stored text may hold. Every text refuses the characters that are never content:
 * control characters other than tab and line breaks (NUL among them), bidirectional
 * overrides and isolates, which make a text read differently from what it holds, and
 * invisible zero-width characters, which make two equal-looking names differ. A
 * single-line text (a number, a title, a name, an id) also refuses tabs and line breaks,
 * which would split an e-mail subject or a report line.
 */
public final class TextRules {

	private TextRules() {
	}

	/**
	 * Why a multi-line text cannot be stored.
	 * @param text the text, or {@code null}
	 * @return the reason in plain English, or {@code null} when it may be stored
	 */
	public static String problemOf(String text) {
		Phrase problem = problemPhraseOf(text);
		return (problem != null) ? problem.inEnglish() : null;
	}

	/**
	 * Why a single-line text cannot be stored.
	 * @param text the text, or {@code null}
	 * @return the reason in plain English, or {@code null} when it may be stored
	 */
	public static String singleLineProblemOf(String text) {
		Phrase problem = singleLineProblemPhraseOf(text);
		return (problem != null) ? problem.inEnglish() : null;
	}

	/**
	 * Why a multi-line text cannot be stored, in any language the service has.
	 * @param text the text, or {@code null}
	 * @return the reason, or {@code null} when it may be stored
	 */
	public static Phrase problemPhraseOf(String text) {
		return problemOf(text, false);
	}

	/**
	 * Why a single-line text cannot be stored, in any language the service has.
	 * @param text the text, or {@code null}
	 * @return the reason, or {@code null} when it may be stored
	 */
	public static Phrase singleLineProblemPhraseOf(String text) {
		return problemOf(text, true);
	}

	private static Phrase problemOf(String text, boolean singleLine) {
		if (text == null) {
			return null;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			Kind kind = kindOf(c, singleLine);
			if (kind != null) {
				return Phrase.of("giamsat.text." + kind.code,
						"must not contain " + kind.english + " (U+{0} at position {1})", "%04X".formatted((int) c),
						String.valueOf(i + 1));
			}
		}
		return null;
	}

	private static Kind kindOf(char c, boolean singleLine) {
		if (c == '\t' || c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
			return singleLine ? Kind.LINE_BREAK : null;
		}
		if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
			return Kind.CONTROL;
		}
		if (c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
				|| (c >= '\u2066' && c <= '\u2069')) {
			return Kind.BIDI;
		}
		if ((c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF') {
			return Kind.ZERO_WIDTH;
		}
		return null;
	}

	/**
	 * The kinds of character a text may not hold, with the code of their Phrase and their
	 * English name.
	 */
	private enum Kind {

		LINE_BREAK("line-break", "a tab or line break"), CONTROL("control-character", "a control character"),
		BIDI("bidi-character", "a bidirectional control character"),
		ZERO_WIDTH("zero-width-character", "an invisible zero-width character");

		private final String code;

		private final String english;

		Kind(String code, String english) {
			this.code = code;
			this.english = english;
		}

	}

}
