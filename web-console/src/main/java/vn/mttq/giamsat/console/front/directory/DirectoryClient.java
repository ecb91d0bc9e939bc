package vn.mttq.giamsat.console.front.directory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import vn.mttq.giamsat.console.service.PageOf;
import vn.mttq.giamsat.console.service.ServiceClients;

/**
 * supervision-service's directory: search organisations by name as people type it, import
 * organisations or administrative units from CSV or XLSX and follow the job.
 */
@Component
public class DirectoryClient {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ServiceClients services;

	DirectoryClient(ServiceClients services) {
		this.services = services;
	}

	/**
	 * Organisations whose name has these words, in any case, with or without diacritics.
	 */
	public PageOf<Organisation> search(String query, int size) {
		return this.services.supervision()
			.get()
			.uri("/api/v1/organisations?q={q}&size={size}", query, size)
			.retrieve()
			.body(new ParameterizedTypeReference<PageOf<Organisation>>() {
			});
	}

	ImportJob upload(ImportTarget target, MultipartFile file) throws IOException {
		byte[] head;
		try (InputStream in = file.getInputStream()) {
			head = in.readNBytes(2);
		}
		// An XLSX workbook is a ZIP archive; the service reads the kind from the bytes
		// too.
		MediaType type = (head.length == 2 && head[0] == 'P' && head[1] == 'K') ? XLSX
				: new MediaType("text", "csv", StandardCharsets.UTF_8);
		return this.services.supervision()
			.post()
			.uri("/api/v1/directory/import/{target}", target.path())
			.contentType(type)
			.body(file.getBytes())
			.retrieve()
			.body(ImportJob.class);
	}

	ImportJob job(String id) {
		return this.services.supervision()
			.get()
			.uri("/api/v1/directory/imports/{id}", id)
			.retrieve()
			.body(ImportJob.class);
	}

	/** What a file imports. */
	enum ImportTarget {

		/** Organisations: id,name,kind,level,administrativeUnitId,parentId,... */
		ORGANISATIONS("organisations"),

		/** Administrative units: id,name,level,parentId,... */
		ADMINISTRATIVE_UNITS("administrative-units");

		private final String path;

		ImportTarget(String path) {
			this.path = path;
		}

		String path() {
			return this.path;
		}

	}

}
