package vn.mttq.giamsat.supervision.organisation.search;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds a query, folded like a {@link SearchKey}, in text stored as written, for free
 * texts that keep no key (a letter's subject and items, an activity's title and content):
 * each letter of the folded query stands for itself with any Vietnamese diacritic, in
 * either case, so "muong phang" and "MƯỜNG PHĂNG" both find "Mường Phăng" and "dien bien"
 * finds "Điện Biên". Anything else is taken literally, and a run of spaces matches any
 * run of whitespace. It works the same on MongoDB and on an embedded server without
 * collations.
 */
public final class WrittenText {

	private static final Map<Character, String> LETTERS = Map.of('a', "aàáảãạăằắẳẵặâầấẩẫậ", 'd', "dđ", 'e',
			"eèéẻẽẹêềếểễệ", 'i', "iìíỉĩị", 'o', "oòóỏõọôồốổỗộơờớởỡợ", 'u', "uùúủũụưừứửữự", 'y', "yỳýỷỹỵ");

	private WrittenText() {
	}

	/**
	 * The regular expression that finds a query anywhere in a written text.
	 * @param query what was typed
	 * @return the expression
	 */
	public static String pattern(String query) {
		StringBuilder pattern = new StringBuilder();
		for (char c : SearchKey.fold(query).toCharArray()) {
			String letters = LETTERS.get(c);
			if (letters != null) {
				pattern.append('[').append(letters).append(letters.toUpperCase(Locale.ROOT)).append(']');
			}
			else if (c == ' ') {
				pattern.append("\\s+");
			}
			else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
				pattern.append('[').append(c).append(Character.toUpperCase(c)).append(']');
			}
			else {
				pattern.append(Pattern.quote(String.valueOf(c)));
			}
		}
		return pattern.toString();
	}

}
