package vn.mttq.giamsat.supervision.organisation.importing.job;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.mttq.giamsat.supervision.organisation.importing.DirectoryImporting;
import vn.mttq.giamsat.supervision.organisation.importing.ImportResult;
import vn.mttq.giamsat.support.security.Actor;
import vn.mttq.giamsat.support.security.Rules;
import vn.mttq.giamsat.support.web.openapi.Responds;

/**
 * Bulk import of the directory, all or nothing: a file with a bad row is refused whole,
 * its first 100 errors listed in file order with their total. A JSON file (at most the
 * JSON reader's 20,000 tokens) is imported during the request; a CSV or XLSX file (up to
 * the 1 MB body limit, sent as {@code text/csv} or as an XLSX workbook) becomes a job
 * answered with 202 and its {@code Location}, followed at
 * {@code /api/v1/directory/imports/{id}}.
 */
@RestController
@RequestMapping("/api/v1/directory/import")
@Tag(name = "Directory")
class DirectoryImportController {

	private final DirectoryImporting importing;

	private final ImportJobRunner runner;

	private final MessageSource messages;

	DirectoryImportController(DirectoryImporting importing, ImportJobRunner runner, MessageSource messages) {
		this.importing = importing;
		this.runner = runner;
		this.messages = messages;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(Rules.ADMIN)
	@Operation(summary = "Import units and organisations from JSON: {administrativeUnits: [...], organisations: [...]}")
	ImportResult importJson(@RequestBody JsonNode body, Actor actor) {
		return this.importing.importJson(body, actor.recorded(), false);
	}

	@PostMapping("/organisations")
	@Responds(status = HttpStatus.ACCEPTED, headers = HttpHeaders.LOCATION)
	@PreAuthorize(Rules.ADMIN)
	@Operation(summary = "Import organisations from CSV or XLSX, as a job (202, Location of the job), with the header "
			+ "id,name,kind,level,administrativeUnitId,parentId,validFrom,validTo,successorIds (successors separated by ';')")
	ResponseEntity<ImportJobView> importOrganisations(@RequestBody byte[] file,
			@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) MediaType type, Actor actor) {
		return accepted(this.runner.submit(ImportUpload.of(file, type), true, actor.recorded()));
	}

	@PostMapping("/administrative-units")
	@Responds(status = HttpStatus.ACCEPTED, headers = HttpHeaders.LOCATION)
	@PreAuthorize(Rules.ADMIN)
	@Operation(
			summary = "Import administrative units from CSV or XLSX, as a job (202, Location of the job), with the header "
					+ "id,name,level,parentId,validFrom,validTo,successorIds (successors separated by ';')")
	ResponseEntity<ImportJobView> importUnits(@RequestBody byte[] file,
			@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) MediaType type, Actor actor) {
		return accepted(this.runner.submit(ImportUpload.of(file, type), false, actor.recorded()));
	}

	private ResponseEntity<ImportJobView> accepted(ImportJob job) {
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/directory/imports/" + job.id()))
			.body(ImportJobView.of(job, this.messages, LocaleContextHolder.getLocale()));
	}

}
