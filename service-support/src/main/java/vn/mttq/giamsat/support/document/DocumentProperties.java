package vn.mttq.giamsat.support.document;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The limits of the document store ({@code giamsat.documents.*}).
 *
 * @param maxFileSize the largest file
 * @param maxOwnerSize the most an owner's documents (those not purged) may hold together
 * @param maxOwnerCount the most documents an owner may have (those not purged)
 * @param allowedTypes the media types a file's bytes may show (PDF, DOCX, XLSX, ODT, JPEG
 * and PNG unless set)
 */
@ConfigurationProperties("giamsat.documents")
public record DocumentProperties(@DefaultValue("20MB") DataSize maxFileSize,
		@DefaultValue("100MB") DataSize maxOwnerSize, @DefaultValue("50") int maxOwnerCount,
		List<String> allowedTypes) {

	public DocumentProperties {
		allowedTypes = (allowedTypes != null && !allowedTypes.isEmpty()) ? List.copyOf(allowedTypes)
				: DocumentTypes.DEFAULTS;
	}

	/**
	 * The defaults: 20 MB a file, 100 MB and 50 documents an owner; PDF, DOCX, XLSX, ODT,
	 * JPEG and PNG.
	 * @return the defaults
	 */
	public static DocumentProperties defaults() {
		return new DocumentProperties(DataSize.ofMegabytes(20), DataSize.ofMegabytes(100), 50, DocumentTypes.DEFAULTS);
	}

}
