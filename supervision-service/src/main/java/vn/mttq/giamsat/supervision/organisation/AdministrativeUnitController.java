package vn.mttq.giamsat.supervision.organisation;

import java.net.URI;
import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.mttq.giamsat.supervision.organisation.search.SearchKey;
import vn.mttq.giamsat.support.security.Actor;
import vn.mttq.giamsat.support.security.Rules;
import vn.mttq.giamsat.support.web.openapi.Responds;

/**
 * The HTTP API of administrative units: provinces, districts (until 30 June 2025) and
 * communes, with their validity and successors.
 */
@RestController
@RequestMapping("/api/v1/administrative-units")
@Tag(name = "Directory")
class AdministrativeUnitController {

	private final UnitManagement units;

	AdministrativeUnitController(UnitManagement units) {
		this.units = units;
	}

	@PutMapping("/{id}")
	@Responds(status = HttpStatus.OK)
	@Responds(status = HttpStatus.CREATED, headers = HttpHeaders.LOCATION)
	@PreAuthorize(Rules.ADMIN)
	@Operation(summary = "Add an administrative unit at this id (201) or change it (200), e.g. end it and name its "
			+ "successors after a merger")
	ResponseEntity<UnitView> put(
			@PathVariable @Size(max = 100) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
			@Valid @RequestBody UnitFields fields, Actor actor) {
		Put<AdministrativeUnit> put = this.units.put(fields.draft(id), actor.recorded());
		UnitView view = UnitView.of(put.value());
		return put.created() ? ResponseEntity.created(URI.create("/api/v1/administrative-units/" + id)).body(view)
				: ResponseEntity.ok(view);
	}

	@GetMapping
	@PreAuthorize(Rules.ANY_ROLE)
	@Operation(summary = "List administrative units by level, the unit they lie in, a day they existed, or name: q "
			+ "finds the words as typed from the start of a word of the name, in any case, with or without diacritics")
	List<UnitView> list(@RequestParam(required = false) AdministrativeLevel level,
			@RequestParam(required = false) @Size(max = 100) String parentId,
			@RequestParam(required = false) LocalDate validOn,
			@RequestParam(required = false) @Size(max = SearchKey.MAX_QUERY_LENGTH) @Pattern(regexp = "[^\\p{Cntrl}]*",
					message = "{giamsat.search.no-control-characters}") @Pattern(regexp = SearchKey.AT_MOST_TEN_WORDS,
							message = "{giamsat.search.too-many-words}") String q) {
		String text = (q != null && !q.isBlank()) ? q : null;
		return this.units.units(level, parentId, validOn, text).stream().map(UnitView::of).toList();
	}

	@GetMapping("/{id}")
	@PreAuthorize(Rules.ANY_ROLE)
	@Operation(summary = "Show one administrative unit")
	UnitView get(@PathVariable @Size(max = 100) String id) {
		return UnitView.of(this.units.getUnit(id));
	}

}
