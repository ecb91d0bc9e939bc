package vn.mttq.giamsat.supervision.organisation;

import java.net.URI;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.mttq.giamsat.supervision.organisation.search.SearchKey;
import vn.mttq.giamsat.support.security.Actor;
import vn.mttq.giamsat.support.security.Rules;
import vn.mttq.giamsat.support.web.PageResponse;
import vn.mttq.giamsat.support.web.openapi.Responds;

/**
 * The HTTP API of the organisation directory. Organisations are never deleted: one that
 * ceases gets its last day and its successors.
 */
@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Directory", description = "Front bodies, agencies, boards and administrative units")
class OrganisationController {

	private final OrganisationManagement organisations;

	OrganisationController(OrganisationManagement organisations) {
		this.organisations = organisations;
	}

	@PutMapping("/{id}")
	@Responds(status = HttpStatus.OK)
	@Responds(status = HttpStatus.CREATED, headers = HttpHeaders.LOCATION)
	@PreAuthorize(Rules.ADMIN)
	@Operation(summary = "Add an organisation at this id (201) or change it (200): name, superior, unit, validity, "
			+ "successors; each change is published on supervision.organisations with the next revision")
	ResponseEntity<OrganisationView> put(
			@PathVariable @Size(max = 100) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
			@Valid @RequestBody OrganisationFields fields, Actor actor) {
		Put<Organisation> put = this.organisations.put(fields.draft(id), actor.recorded());
		OrganisationView view = OrganisationView.of(put.value());
		return put.created() ? ResponseEntity.created(URI.create("/api/v1/organisations/" + id)).body(view)
				: ResponseEntity.ok(view);
	}

	@GetMapping
	@PreAuthorize(Rules.ANY_ROLE)
	@Operation(summary = "List organisations by kind, level, superior, unit, a day they existed, or name: q finds "
			+ "the words as typed from the start of a word of the name, in any case, with or without diacritics, "
			+ "and UBND, HĐND, MTTQ for their full words")
	PageResponse<OrganisationView> list(@RequestParam(required = false) OrganisationKind kind,
			@RequestParam(required = false) AdministrativeLevel level,
			@RequestParam(required = false) @Size(max = 100) String parentId,
			@RequestParam(required = false) @Size(max = 100) String administrativeUnitId,
			@RequestParam(required = false) LocalDate validOn,
			@RequestParam(required = false) @Size(max = SearchKey.MAX_QUERY_LENGTH) @Pattern(regexp = "[^\\p{Cntrl}]*",
					message = "{giamsat.search.no-control-characters}") @Pattern(regexp = SearchKey.AT_MOST_TEN_WORDS,
							message = "{giamsat.search.too-many-words}") String q,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		OrganisationSearch search = new OrganisationSearch(kind, level, parentId, administrativeUnitId, validOn,
				(q != null && !q.isBlank()) ? q.trim() : null);
		return PageResponse.of(this.organisations.search(search, page, size), OrganisationView::of);
	}

	@GetMapping("/{id}")
	@PreAuthorize(Rules.ANY_ROLE)
	@Operation(summary = "Show one organisation")
	OrganisationView get(@PathVariable @Size(max = 100) String id) {
		return OrganisationView.of(this.organisations.getOrganisation(id));
	}

}
