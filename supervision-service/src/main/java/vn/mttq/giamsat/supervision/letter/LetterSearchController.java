package vn.mttq.giamsat.supervision.letter;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.mttq.giamsat.supervision.activity.ActivityKind;
import vn.mttq.giamsat.supervision.activity.SupervisionForm;
import vn.mttq.giamsat.supervision.livestatus.LiveStatuses;
import vn.mttq.giamsat.supervision.organisation.AdministrativeLevel;
import vn.mttq.giamsat.supervision.organisation.DirectoryQueries;
import vn.mttq.giamsat.support.security.Actor;
import vn.mttq.giamsat.support.security.Rules;
import vn.mttq.giamsat.support.web.PageResponse;

/**
 * Searches letters across activities.
 */
@RestController
@RequestMapping("/api/v1/letters")
@Tag(name = "Letters")
class LetterSearchController {

	private final Letters letters;

	private final DirectoryQueries directory;

	private final LiveStatuses statuses;

	LetterSearchController(Letters letters, DirectoryQueries directory, LiveStatuses statuses) {
		this.letters = letters;
		this.directory = directory;
		this.statuses = statuses;
	}

	@GetMapping
	@PreAuthorize(Rules.ANY_ROLE)
	@Operation(summary = "Search letters, newest first, by issuing body (and those below it), unit, level, kind, "
			+ "activity kind and form, date and text; an agency officer sees the items addressed or copied to them")
	PageResponse<LetterView> search(@RequestParam(required = false) @Size(max = 100) String issuingBodyId,
			@RequestParam(defaultValue = "false") boolean includeBelow,
			@RequestParam(required = false) @Size(max = 100) String administrativeUnitId,
			@RequestParam(required = false) AdministrativeLevel level, @RequestParam(required = false) LetterKind kind,
			@RequestParam(required = false) ActivityKind activityKind,
			@RequestParam(required = false) SupervisionForm form, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to,
			@RequestParam(required = false) @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*",
					message = "{giamsat.search.no-control-characters}") String q,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size, Actor actor) {
		Collection<String> bodies = (issuingBodyId == null) ? null
				: includeBelow ? this.directory.selfAndBelow(issuingBodyId) : List.of(issuingBodyId);
		LetterSearch search = new LetterSearch(bodies, administrativeUnitId, level, kind, activityKind, form, from, to,
				(q != null && !q.isBlank()) ? q.trim() : null);
		return PageResponse.of(this.letters.search(search, actor, page, size),
				(letter) -> LetterView.of(letter, this.statuses));
	}

}
