package vn.mttq.giamsat.supervision.document;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.mttq.giamsat.support.document.Documents;
import vn.mttq.giamsat.support.document.StoredDocument;
import vn.mttq.giamsat.support.document.web.DocumentDownloads;
import vn.mttq.giamsat.support.document.web.DocumentView;
import vn.mttq.giamsat.support.security.Actor;
import vn.mttq.giamsat.support.security.Rules;
import vn.mttq.giamsat.support.web.openapi.Responds;

/**
 * The HTTP API of an activity's papers.
 */
@RestController
@RequestMapping("/api/v1/activities/{activityId}/documents")
@Tag(name = "Activity documents",
		description = "The signed scans of an activity's letters, its minutes and conclusions, kept by this service")
class ActivityDocumentController {

	private final ActivityDocuments activityDocuments;

	private final Documents documents;

	ActivityDocumentController(ActivityDocuments activityDocuments, Documents documents) {
		this.activityDocuments = activityDocuments;
		this.documents = documents;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Responds(status = HttpStatus.CREATED, headers = HttpHeaders.LOCATION)
	@PreAuthorize(Rules.ANY_ROLE)
	@Operation(summary = "Add a paper to an activity of your Front body: the multipart part `file` (PDF, DOCX, XLSX, "
			+ "ODT, JPEG or PNG, told by its bytes) and `purpose`, as a form field or in the query (OTHER when "
			+ "omitted); a SIGNED_LETTER scan is then named in `documents` when its letter is issued")
	ResponseEntity<DocumentView> upload(@PathVariable @Size(max = 100) String activityId,
			@RequestPart("file") MultipartFile file, @RequestParam(required = false) DocumentPurpose purpose,
			Actor actor) {
		StoredDocument document = this.activityDocuments.upload(activityId, purpose, file, actor);
		String href = ActivityDocuments.href(activityId, document.id());
		return ResponseEntity.created(URI.create(href)).body(DocumentView.of(document, href));
	}

	@GetMapping
	@PreAuthorize(Rules.ANY_ROLE)
	@Operation(summary = "List an activity's papers, oldest first, purged ones included; an agency officer sees "
			+ "those that came with a letter addressed or copied to their agency")
	List<DocumentView> list(@PathVariable @Size(max = 100) String activityId, Actor actor) {
		return this.activityDocuments.list(activityId, actor)
			.stream()
			.map((document) -> DocumentView.of(document, ActivityDocuments.href(activityId, document.id())))
			.toList();
	}

	@GetMapping("/{documentId}")
	@PreAuthorize(Rules.ANY_ROLE)
	@Operation(summary = "Download one paper of an activity; 410 once an administrator purged its content",
			responses = @ApiResponse(responseCode = "200",
					description = "The file, with its type, length, SHA-256 (ETag, Repr-Digest) and name",
					content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE,
							schema = @Schema(type = "string", format = "binary"))))
	ResponseEntity<Resource> download(@PathVariable @Size(max = 100) String activityId,
			@PathVariable @Size(max = 100) String documentId, Actor actor) {
		return DocumentDownloads.answer(this.documents, this.activityDocuments.get(activityId, documentId, actor));
	}

	@PostMapping("/{documentId}/purge")
	@PreAuthorize(Rules.ADMIN)
	@Operation(summary = "Purge a paper's content, keeping its record and the reason on the activity's history")
	DocumentView purge(@PathVariable @Size(max = 100) String activityId,
			@PathVariable @Size(max = 100) String documentId, @Valid @RequestBody PurgeDocument request, Actor actor) {
		StoredDocument document = this.activityDocuments.purge(activityId, documentId, request.reason(), actor);
		return DocumentView.of(document, ActivityDocuments.href(activityId, documentId));
	}

}
