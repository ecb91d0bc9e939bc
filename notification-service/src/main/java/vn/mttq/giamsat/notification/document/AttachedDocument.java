package vn.mttq.giamsat.notification.document;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

import vn.mttq.giamsat.events.DocumentReference;

/**
 * Tệp kèm theo: a stored document a notice tells of, as its event named it, with the
 * address it is downloaded from. The notice never carries its content; whoever follows
 * the link signs in to the service that keeps it, which decides who may download it.
 *
 * @param id the document's id in the service that keeps it
 * @param name its file name
 * @param contentType its media type, as detected from its bytes
 * @param size its length in bytes
 * @param sha256 the SHA-256 of its bytes, to check a download against
 * @param service the service that keeps it
 * @param href the path of its download on that service's API
 * @param url the absolute address of its download, or {@code null} when the service that
 * keeps it has no public address configured here
 */
public record AttachedDocument(String id, String name, String contentType, long size, String sha256, String service,
		String href, String url) {

	private static final List<String> UNITS = List.of("KB", "MB", "GB", "TB");

	/**
	 * The document an event names, downloaded from the given address.
	 * @param reference the reference in the event
	 * @param url the absolute address, or {@code null} for none
	 * @return the attached document
	 */
	public static AttachedDocument of(DocumentReference reference, String url) {
		return new AttachedDocument(reference.id(), reference.name(), reference.contentType(), reference.size(),
				reference.sha256(), reference.service(), reference.href(), url);
	}

	/**
	 * The document as a notice lists it: its name, its size written as the language
	 * writes numbers, and its link when it has one, e.g.
	 * {@code CV-412.pdf (1,2 MB): https://...}.
	 * @param locale the language of the notice
	 * @return the line's text
	 */
	public String describedIn(Locale locale) {
		String described = this.name + " (" + readableSize(this.size, locale) + ")";
		return (this.url != null) ? described + ": " + this.url : described;
	}

	/**
	 * A size in bytes as people read it: bytes below a kilobyte, else kilobytes,
	 * megabytes... of 1024, with at most one decimal, written with the language's decimal
	 * separator ({@code 1,2 MB} in Vietnamese, {@code 1.2 MB} in English).
	 * @param bytes the size
	 * @param locale the language
	 * @return the size in words
	 */
	public static String readableSize(long bytes, Locale locale) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		double value = bytes / 1024.0;
		int unit = 0;
		while (value >= 1023.95 && unit < UNITS.size() - 1) {
			value /= 1024;
			unit++;
		}
		DecimalFormat format = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(locale));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(value) + " " + UNITS.get(unit);
	}

}
