package vn.mttq.giamsat.recommendation.tracking.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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

import vn.mttq.giamsat.recommendation.tracking.RecommendationDocuments;
import vn.mttq.giamsat.support.document.DocumentOwner;
import vn.mttq.giamsat.support.document.Documents;
import vn.mttq.giamsat.support.document.StoredDocument;
import vn.mttq.giamsat.support.document.web.DocumentDownloads;
import vn.mttq.giamsat.support.document.web.DocumentUploads;
import vn.mttq.giamsat.support.document.web.DocumentView;
import vn.mttq.giamsat.support.security.Actor;
import vn.mttq.giamsat.support.security.Rules;
import vn.mttq.giamsat.support.web.openapi.Responds;

/**
 * The HTTP API of the files kept with a recommendation: the agency's reply and evidence,
 * the Front's verification records.
 */
@RestController
@RequestMapping("/api/v1/recommendations/{id}/documents")
@Tag(name = "Recommendation documents",
		description = "The agency's signed reply and evidence of what it did, kept with the recommendation")
class RecommendationDocumentController {

	private final RecommendationDocuments recommendationDocuments;

	private final Documents documents;

	RecommendationDocumentController(RecommendationDocuments recommendationDocuments, Documents documents) {
		this.recommendationDocuments = recommendationDocuments;
		this.documents = documents;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(Rules.TAKES_STEPS)
	@Operation(summary = "Upload a file to come with your next step on the recommendation (PDF, DOCX, XLSX, ODT, "
			+ "JPEG or PNG, told by its bytes): the addressee agency's reply and evidence, the issuing body's "
			+ "verification records; name it in the step's documents")
	@Responds(status = HttpStatus.CREATED, headers = HttpHeaders.LOCATION)
	ResponseEntity<DocumentView> uploadDocument(@PathVariable @Size(max = 100) String id,
			@RequestPart("file") MultipartFile file,
			@Parameter(description = "Why it is uploaded; OTHER when not given") @RequestParam(
					required = false) DocumentPurpose purpose,
			@Parameter(hidden = true) Actor actor) {
		String why = ((purpose != null) ? purpose : DocumentPurpose.OTHER).name();
		StoredDocument document = this.recommendationDocuments
			.upload(DocumentUploads.of(file, DocumentOwner.recommendation(id), why, actor.recorded()), actor);
		String href = RecommendationDocuments.href(document);
		return ResponseEntity.created(URI.create(href)).body(DocumentView.of(document, href));
	}

	@GetMapping
	@PreAuthorize(Rules.ANY_ROLE)
	@Operation(summary = "List the files of a recommendation, oldest first, purged ones included")
	List<DocumentView> documents(@PathVariable @Size(max = 100) String id, @Parameter(hidden = true) Actor actor) {
		return this.recommendationDocuments.list(id, actor)
			.stream()
			.map((document) -> DocumentView.of(document, RecommendationDocuments.href(document)))
			.toList();
	}

	@GetMapping("/{documentId}")
	@PreAuthorize(Rules.ANY_ROLE)
	@Operation(summary = "Download one file of a recommendation; 410 once an administrator purged its content")
	ResponseEntity<Resource> downloadDocument(@PathVariable @Size(max = 100) String id,
			@PathVariable @Size(max = 100) String documentId, @Parameter(hidden = true) Actor actor) {
		return DocumentDownloads.answer(this.documents, this.recommendationDocuments.get(id, documentId, actor));
	}

	@PostMapping("/{documentId}/purge")
	@PreAuthorize(Rules.ADMIN)
	@Operation(summary = "Purge a file's content, keeping its record; the recommendation's history records who, "
			+ "when and why, and it publishes no lifecycle event")
	DocumentView purgeDocument(@PathVariable @Size(max = 100) String id,
			@PathVariable @Size(max = 100) String documentId, @Valid @RequestBody PurgeDocument request,
			@Parameter(hidden = true) Actor actor) {
		StoredDocument document = this.recommendationDocuments.purge(id, documentId, request.reason(), actor);
		return DocumentView.of(document, RecommendationDocuments.href(document));
	}

}
