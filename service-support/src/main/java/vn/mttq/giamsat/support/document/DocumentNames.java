package vn.mttq.giamsat.support.document;

import java.text.Normalizer;
import java.util.Locale;

import vn.mttq.giamsat.support.text.TextRules;

/**
 * Makes an uploaded file's name safe to keep and to offer again as a download name: no
 * folder, no character {@link TextRules} refuses in a single line, none a file system
 * refuses, Unicode NFC, at most {@value #MAX_LENGTH} characters with its extension kept,
 * and an extension that matches the type its bytes show.
 */
public final class DocumentNames {

	/** The longest name kept, in characters. */
	public static final int MAX_LENGTH = 200;

	/** The name of a file whose own name leaves nothing, before its extension. */
	static final String FALLBACK = "tep-dinh-kem";

	private static final int MAX_EXTENSION = 16;

	private DocumentNames() {
	}

	/**
	 * The name to keep.
	 * @param original the name the uploader's device gave, or {@code null}
	 * @param type the type the file's bytes show
	 * @return the safe name, never empty
	 */
	public static String sanitize(String original, String type) {
		String name = (original != null) ? original : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = Normalizer.normalize(withoutRefusedCharacters(name), Normalizer.Form.NFC).strip();
		name = stripDots(name);
		String extension = DocumentTypes.extensionOf(type);
		if (name.isEmpty()) {
			return FALLBACK + extension;
		}
		if (!extension.isEmpty() && !hasExtensionOf(name, type)) {
			name = name + extension;
		}
		return shortened(name);
	}

	private static String withoutRefusedCharacters(String name) {
		StringBuilder kept = new StringBuilder(name.length());
		name.codePoints().forEach((c) -> {
			String character = Character.toString(c);
			if (TextRules.singleLineProblemOf(character) != null || Character.getType(c) == Character.FORMAT
					|| Character.getType(c) == Character.UNASSIGNED || Character.getType(c) == Character.SURROGATE) {
				return;
			}
			kept.append(("<>:\"|?*".indexOf(c) >= 0) ? "_" : character);
		});
		return kept.toString();
	}

	private static String stripDots(String name) {
		int start = 0;
		while (start < name.length() && (name.charAt(start) == '.' || Character.isWhitespace(name.charAt(start)))) {
			start++;
		}
		int end = name.length();
		while (end > start && (name.charAt(end - 1) == '.' || Character.isWhitespace(name.charAt(end - 1)))) {
			end--;
		}
		return name.substring(start, end);
	}

	private static boolean hasExtensionOf(String name, String type) {
		String lower = name.toLowerCase(Locale.ROOT);
		return DocumentTypes.extensionsOf(type).stream().anyMatch(lower::endsWith);
	}

	private static String shortened(String name) {
		if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
			return name;
		}
		int dot = name.lastIndexOf('.');
		String extension = (dot > 0 && name.length() - dot <= MAX_EXTENSION) ? name.substring(dot) : "";
		String base = name.substring(0, name.length() - extension.length());
		int keep = MAX_LENGTH - extension.codePointCount(0, extension.length());
		String cut = base.substring(0, base.offsetByCodePoints(0, keep)).strip();
		return cut + extension;
	}

}
