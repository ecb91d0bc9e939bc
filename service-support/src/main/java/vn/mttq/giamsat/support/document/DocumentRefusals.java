package vn.mttq.giamsat.support.document;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import vn.mttq.giamsat.support.document.DocumentRefusedException.Reason;
import vn.mttq.giamsat.support.domain.Phrase;

/**
 * The refusals of the document store, in plain words.
 */
final class DocumentRefusals {

	private DocumentRefusals() {
	}

	static DocumentRefusedException fileTooLarge(long limit) {
		return new DocumentRefusedException(Reason.TOO_LARGE, Phrase.of("document.too-large",
				"The file is larger than {0}, the largest file accepted.", readable(limit)));
	}

	static DocumentRefusedException ownerFull(long limit, long left) {
		return new DocumentRefusedException(Reason.TOO_LARGE,
				Phrase.of("document.owner-full",
						"The documents kept here may hold {0} together; {1} is left, less than this file.",
						readable(limit), readable(Math.max(left, 0))));
	}

	static DocumentRefusedException tooMany(int limit) {
		return new DocumentRefusedException(Reason.TOO_LARGE, Phrase.of("document.too-many",
				"At most {0} documents may be kept here, and there are {0} already.", String.valueOf(limit)));
	}

	static DocumentRefusedException typeNotAllowed(String detected, List<String> allowed) {
		return new DocumentRefusedException(Reason.TYPE_NOT_ALLOWED,
				Phrase.of("document.type-not-allowed",
						"The file''s content is {0}, which is not accepted; accepted are {1}.", label(detected),
						labels(allowed)),
				allowed, detected);
	}

	static DocumentRefusedException typeMismatch(String detected, String declared, List<String> allowed) {
		return new DocumentRefusedException(Reason.TYPE_MISMATCH, Phrase.of("document.type-mismatch",
				"The file''s content is {0}, not {1} as the upload declared.", label(detected), declared.strip()),
				allowed, detected);
	}

	/** {@code PDF (application/pdf)}, or the bare type when it has no extension. */
	static String label(String type) {
		String extension = DocumentTypes.extensionOf(type);
		return extension.isEmpty() ? type : extension.substring(1).toUpperCase(Locale.ROOT) + " (" + type + ")";
	}

	private static String labels(List<String> types) {
		return types.stream()
			.map((type) -> DocumentTypes.extensionOf(type).isEmpty() ? type
					: DocumentTypes.extensionOf(type).substring(1).toUpperCase(Locale.ROOT))
			.collect(Collectors.joining(", "));
	}

	/** A size as people read it: {@code 20 MB}, {@code 512 KB}, {@code 900 B}. */
	static String readable(long bytes) {
		if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
			return bytes / (1024 * 1024) + " MB";
		}
		if (bytes >= 1024 * 1024) {
			return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
		}
		if (bytes >= 1024) {
			return bytes / 1024 + " KB";
		}
		return bytes + " B";
	}

}
