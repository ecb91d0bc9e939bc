package vn.mttq.giamsat.support.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * Tells a file's media type from its first bytes, with the MIME magic of Apache Tika's
 * core. Tika's core sees only a zip of Office XML in DOCX and XLSX: they are told apart
 * by the {@code [Content_Types].xml} entry (or the names of the entries) in the zip's
 * first bytes.
 */
public final class DocumentTypes {

	public static final String PDF = "application/pdf";

	public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	public static final String ODT = "application/vnd.oasis.opendocument.text";

	public static final String JPEG = "image/jpeg";

	public static final String PNG = "image/png";

	/** The types allowed unless configured otherwise. */
	public static final List<String> DEFAULTS = List.of(PDF, DOCX, XLSX, ODT, JPEG, PNG);

	/** How many first bytes are read to tell a type. */
	static final int PREFIX = 64 * 1024;

	private static final String OOXML = "application/x-tika-ooxml";

	private static final String ZIP = "application/zip";

	private static final MimeTypes MIME = MimeTypes.getDefaultMimeTypes();

	private static final MediaTypeRegistry REGISTRY = MIME.getMediaTypeRegistry();

	private DocumentTypes() {
	}

	/**
	 * The media type a file's first bytes show.
	 * @param prefix its first bytes (up to {@value #PREFIX})
	 * @return the type, without parameters; {@code application/octet-stream} when unknown
	 */
	static String detect(byte[] prefix) {
		MediaType detected;
		try {
			detected = MIME.detect(new ByteArrayInputStream(prefix), new Metadata());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String type = detected.getBaseType().toString();
		if (OOXML.equals(type) || ZIP.equals(type)) {
			String office = officeTypeOf(prefix);
			return (office != null) ? office : type;
		}
		return type;
	}

	/**
	 * Whether a declared type names the detected one: the same type, an alias of it
	 * ({@code image/jpg}) or a type it is a kind of ({@code application/zip} for DOCX).
	 * @param declared the declared type, with or without parameters
	 * @param detected the detected type
	 * @return {@code true} when they agree
	 */
	static boolean agree(String declared, String detected) {
		MediaType said = MediaType.parse(declared.trim().toLowerCase(Locale.ROOT));
		if (said == null) {
			return false;
		}
		MediaType normalized = REGISTRY.normalize(said.getBaseType());
		MediaType found = MediaType.parse(detected);
		return normalized.equals(found) || REGISTRY.isSpecializationOf(found, normalized);
	}

	/**
	 * Whether an upload declared no type of its own.
	 * @param declared the declared type
	 * @return {@code true} when it is absent or {@code application/octet-stream}
	 */
	static boolean undeclared(String declared) {
		return declared == null || declared.isBlank()
				|| declared.trim().toLowerCase(Locale.ROOT).startsWith("application/octet-stream");
	}

	/**
	 * The usual file extension of a type.
	 * @param type the type
	 * @return the extension with its dot ({@code .pdf}), or empty when it has none
	 */
	static String extensionOf(String type) {
		try {
			return MIME.forName(type).getExtension();
		}
		catch (MimeTypeException ex) {
			return "";
		}
	}

	/**
	 * Every file extension of a type.
	 * @param type the type
	 * @return its extensions with their dots
	 */
	static List<String> extensionsOf(String type) {
		try {
			return MIME.forName(type).getExtensions();
		}
		catch (MimeTypeException ex) {
			return List.of();
		}
	}

	private static String officeTypeOf(byte[] prefix) {
		String byNames = null;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(prefix))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				String name = entry.getName();
				if ("[Content_Types].xml".equals(name)) {
					return officeTypeIn(new String(zip.readNBytes(PREFIX), StandardCharsets.UTF_8));
				}
				if (byNames == null && name.startsWith("word/")) {
					byNames = DOCX;
				}
				else if (byNames == null && name.startsWith("xl/")) {
					byNames = XLSX;
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			// The prefix ends inside an entry, or the zip is damaged: what was read
			// decides.
		}
		return byNames;
	}

	private static String officeTypeIn(String contentTypes) {
		if (contentTypes.contains("wordprocessingml.document.main+xml")) {
			return DOCX;
		}
		if (contentTypes.contains("spreadsheetml.sheet.main+xml")) {
			return XLSX;
		}
		return OOXML;
	}

}
