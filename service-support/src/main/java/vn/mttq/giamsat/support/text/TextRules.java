package vn.mttq.giamsat.support.text;

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
	 * @return the reason in plain words, or {@code null} when it may be stored
	 */
	public static String problemOf(String text) {
		return problemOf(text, false);
	}

	/**
	 * Why a single-line text cannot be stored.
	 * @param text the text, or {@code null}
	 * @return the reason in plain words, or {@code null} when it may be stored
	 */
	public static String singleLineProblemOf(String text) {
		return problemOf(text, true);
	}

	private static String problemOf(String text, boolean singleLine) {
		if (text == null) {
			return null;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String kind = kindOf(c, singleLine);
			if (kind != null) {
				return "must not contain " + kind + " (U+%04X at position %d)".formatted((int) c, i + 1);
			}
		}
		return null;
	}

	private static String kindOf(char c, boolean singleLine) {
		if (c == '\t' || c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
			return singleLine ? "a tab or line break" : null;
		}
		if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
			return "a control character";
		}
		if (c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
				|| (c >= '\u2066' && c <= '\u2069')) {
			return "a bidirectional control character";
		}
		if ((c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF') {
			return "an invisible zero-width character";
		}
		return null;
	}

}
