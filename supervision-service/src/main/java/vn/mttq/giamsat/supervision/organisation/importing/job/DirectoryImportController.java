package vn.mttq.giamsat.supervision.organisation;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.mttq.giamsat.support.security.Actor;
import vn.mttq.giamsat.support.security.Rules;

/**
 * Bulk import of the directory, all or nothing: a file with a bad row is refused whole,
 * every bad row listed in the problem's {@code errors}. The CSV endpoints read the body
 * as CSV whatever its declared type ({@code text/csv} is usual), in UTF-8 unless the type
 * names another charset.
 */
@RestController
@RequestMapping("/api/v1/directory/import")
@Tag(name = "Directory")
class DirectoryImportController {

	private final DirectoryManagement directory;

	DirectoryImportController(DirectoryManagement directory) {
		this.directory = directory;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(Rules.ADMIN)
	@Operation(summary = "Import units and organisations from JSON: {administrativeUnits: [...], organisations: [...]}")
	DirectoryManagement.ImportResult importJson(@RequestBody JsonNode body, Actor actor) {
		return this.directory.importFile(DirectoryImport.ofJson(body), actor.recorded(), false);
	}

	@PostMapping("/organisations")
	@PreAuthorize(Rules.ADMIN)
	@Operation(summary = "Import organisations from CSV with the header "
			+ "id,name,kind,level,administrativeUnitId,parentId,validFrom,validTo,successorIds (successors separated by ';')")
	DirectoryManagement.ImportResult importOrganisations(@RequestBody byte[] csv,
			@RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type, Actor actor) {
		return this.directory.importFile(DirectoryImport.ofCsv(text(csv, type), true), actor.recorded(), false);
	}

	@PostMapping("/administrative-units")
	@PreAuthorize(Rules.ADMIN)
	@Operation(summary = "Import administrative units from CSV with the header "
			+ "id,name,level,parentId,validFrom,validTo,successorIds (successors separated by ';')")
	DirectoryManagement.ImportResult importUnits(@RequestBody byte[] csv,
			@RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type, Actor actor) {
		return this.directory.importFile(DirectoryImport.ofCsv(text(csv, type), false), actor.recorded(), false);
	}

	/**
	 * Reads the file in the charset its type names, else in UTF-8 (spreadsheets export
	 * Vietnamese in UTF-8; HTTP's old ISO-8859-1 default would garble it).
	 */
	private static String text(byte[] body, MediaType type) {
		Charset charset = (type.getCharset() != null) ? type.getCharset() : StandardCharsets.UTF_8;
		return new String(body, charset);
	}

}
