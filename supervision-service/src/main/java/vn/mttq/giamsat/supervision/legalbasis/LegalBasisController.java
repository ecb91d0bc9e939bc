package vn.mttq.giamsat.supervision.legalbasis;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RestController;

import vn.mttq.giamsat.support.security.Actor;
import vn.mttq.giamsat.support.security.Rules;
import vn.mttq.giamsat.support.web.openapi.Responds;

/**
 * The HTTP API of the legal bases.
 */
@RestController
@RequestMapping("/api/v1/legal-bases")
@Tag(name = "Legal bases", description = "Laws, resolutions and decisions activities rest on")
class LegalBasisController {

	private final LegalBases bases;

	LegalBasisController(LegalBases bases) {
		this.bases = bases;
	}

	@PutMapping("/{id}")
	@Responds(status = HttpStatus.OK)
	@Responds(status = HttpStatus.CREATED, headers = HttpHeaders.LOCATION)
	@PreAuthorize(Rules.ADMIN)
	@Operation(
			summary = "Add a legal basis at this id (201) or change it (200), e.g. give it its last day when replaced")
	ResponseEntity<LegalBasisView> put(
			@PathVariable @Size(max = 100) @Pattern(regexp = "[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*",
					message = "{giamsat.legal-basis.id-pattern}") String id,
			@Valid @RequestBody LegalBasisFields fields, Actor actor) {
		LegalBases.Put put = this.bases.put(id, fields, actor.recorded(), false);
		LegalBasisView view = LegalBasisView.of(put.value());
		return put.created() ? ResponseEntity.created(URI.create("/api/v1/legal-bases/" + id)).body(view)
				: ResponseEntity.ok(view);
	}

	@GetMapping
	@PreAuthorize(Rules.ANY_ROLE)
	@Operation(summary = "List the legal bases, oldest first")
	List<LegalBasisView> list() {
		return this.bases.all().stream().map(LegalBasisView::of).toList();
	}

	@GetMapping("/{id}")
	@PreAuthorize(Rules.ANY_ROLE)
	@Operation(summary = "Show one legal basis")
	LegalBasisView get(@PathVariable @Size(max = 100) String id) {
		return LegalBasisView.of(this.bases.get(id));
	}

}
