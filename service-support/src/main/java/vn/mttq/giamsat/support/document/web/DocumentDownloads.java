package vn.mttq.giamsat.support.document.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Base64;
import java.util.HexFormat;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.mttq.giamsat.support.document.DocumentPurgedException;
import vn.mttq.giamsat.support.document.Documents;
import vn.mttq.giamsat.support.document.StoredDocument;

/**
 * Answers the download of a document: its bytes streamed from the store with the type its
 * bytes showed, its length, its SHA-256 (as {@code ETag} and {@code Repr-Digest}),
 * {@code nosniff}, and as an attachment under its name in UTF-8 with an ASCII fallback. A
 * purged document is 410 Gone.
 */
public final class DocumentDownloads {

	/** The header with the digest of the representation (RFC 9530). */
	public static final String REPR_DIGEST = "Repr-Digest";

	private DocumentDownloads() {
	}

	/**
	 * The answer to a document's download.
	 * @param documents the store
	 * @param document the document, found through its owner
	 * @return the answer, streaming its content
	 * @throws DocumentPurgedException when its content was purged (410)
	 */
	public static ResponseEntity<Resource> answer(Documents documents, StoredDocument document) {
		if (document.purged()) {
			throw new DocumentPurgedException(document);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.contentType()))
			.contentLength(document.size())
			.header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(document.name()))
			.eTag("\"" + document.sha256() + "\"")
			.header("X-Content-Type-Options", "nosniff")
			.header(REPR_DIGEST,
					"sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(document.sha256())) + ":")
			.body(new InputStreamResource(documents.open(document)));
	}

	/**
	 * {@code attachment} with the name in UTF-8 ({@code filename*}, RFC 6266 and 8187)
	 * and an ASCII fallback ({@code filename}) for older clients.
	 * @param name the file name
	 * @return the header's value
	 */
	public static String contentDisposition(String name) {
		return "attachment; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + encoded(name);
	}

	static String asciiFallback(String name) {
		String plain = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "");
		StringBuilder ascii = new StringBuilder(plain.length());
		plain.codePoints()
			.forEach(
					(c) -> ascii.append((c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%') ? (char) c : '_'));
		return ascii.toString();
	}

	private static String encoded(String name) {
		return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
	}

}
