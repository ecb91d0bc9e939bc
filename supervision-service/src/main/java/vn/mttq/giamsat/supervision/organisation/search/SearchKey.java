package vn.mttq.giamsat.supervision.organisation.search;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A name as people type it when they search: "muong phang" for "Mường Phăng", "UBND xa"
 * for "Ủy ban nhân dân xã". The key is the name folded (lower case, decomposed with its
 * combining marks removed, {@code đ} read as {@code d}, whitespace collapsed), and again
 * with the abbreviations Front officials use in place of the full words and the other way
 * round, each also without its punctuation, one variant per line. A query is folded the
 * same way and matched, as typed, from the start of a word of the key. Folding is plain
 * Java, so the search works the same on MongoDB and on an embedded server that has
 * neither collations nor text indexes.
 */
public final class SearchKey {

	/**
	 * The stored field holding the key, on organisations and administrative units.
	 */
	public static final String FIELD = "searchKey";

	/**
	 * The longest query, in characters.
	 */
	public static final int MAX_QUERY_LENGTH = 100;

	/**
	 * A query of at most ten words (possessive, so that checking it never backtracks).
	 */
	public static final String AT_MOST_TEN_WORDS = "\\s*+(\\S++\\s*+){0,10}";

	/**
	 * Full words and their abbreviation, the longer words first. The Front's committee is
	 * written with and without "Việt Nam", and as "Ủy ban MTTQ" as often as "UBMTTQ".
	 */
	private static final List<Abbreviation> ABBREVIATIONS = List.of(
			new Abbreviation("uy ban mat tran to quoc viet nam", "ubmttq", true),
			new Abbreviation("uy ban mat tran to quoc", "ubmttq", true),
			new Abbreviation("mat tran to quoc viet nam", "mttq", false),
			new Abbreviation("mat tran to quoc", "mttq", false), new Abbreviation("uy ban nhan dan", "ubnd", false),
			new Abbreviation("hoi dong nhan dan", "hdnd", false));

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}]+");

	/**
	 * What comes before a word: the start of the key or a character that is neither a
	 * letter nor a digit (a folded key has only ASCII letters left of Vietnamese).
	 */
	private static final String WORD_START = "(?:^|[^\\p{L}\\p{N}])";

	private SearchKey() {
	}

	/**
	 * Folds a text the way the key and the queries are folded.
	 * @param text the text, or {@code null}
	 * @return the text in lower case without diacritics and with single spaces, or an
	 * empty text for {@code null}
	 */
	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		String unmarked = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'd');
		return SPACES.matcher(unmarked.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

	/**
	 * The key of a name: the folded name, then its variants with abbreviations, one a
	 * line.
	 * @param name the name, or {@code null}
	 * @return the key
	 */
	public static String of(String name) {
		String folded = fold(name);
		Set<String> variants = new LinkedHashSet<>();
		variants.add(folded);
		variants.add(abbreviated(folded, false));
		variants.add(abbreviated(folded, true));
		variants.add(expanded(folded));
		// Also without punctuation, for "van hoa the thao" to find "Văn hóa, Thể thao".
		List.copyOf(variants).forEach((variant) -> variants.add(wordsOnly(variant)));
		return String.join("\n", variants);
	}

	/**
	 * The regular expression that finds a query in a key from the start of one of its
	 * words. The query is taken literally: a dot or a bracket is a dot or a bracket.
	 * @param query what was typed
	 * @return the expression on {@link #FIELD}, the folded query quoted in it
	 */
	public static String pattern(String query) {
		return WORD_START + Pattern.quote(fold(query));
	}

	private static String abbreviated(String folded, boolean committee) {
		String abbreviated = folded;
		for (Abbreviation abbreviation : ABBREVIATIONS) {
			if (committee || !abbreviation.committee()) {
				abbreviated = replaceWords(abbreviated, abbreviation.words(), abbreviation.abbreviation());
			}
		}
		return abbreviated;
	}

	/**
	 * Spells out each abbreviation with the first, longest, words it stands for.
	 */
	private static String expanded(String folded) {
		String expanded = folded;
		Set<String> done = new HashSet<>();
		for (Abbreviation abbreviation : ABBREVIATIONS) {
			if (done.add(abbreviation.abbreviation())) {
				expanded = replaceWords(expanded, abbreviation.abbreviation(), abbreviation.words());
			}
		}
		return expanded;
	}

	private static String wordsOnly(String folded) {
		return PUNCTUATION.matcher(folded).replaceAll(" ").strip();
	}

	private static String replaceWords(String text, String words, String replacement) {
		return text.replaceAll("(?<![\\p{L}\\p{N}])" + Pattern.quote(words) + "(?![\\p{L}\\p{N}])", replacement);
	}

	private record Abbreviation(String words, String abbreviation, boolean committee) {
	}

}
