package vn.mttq.giamsat.supervision.organisation.importing.job;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.mttq.giamsat.support.domain.ResourceNotFoundException;
import vn.mttq.giamsat.support.security.Actor;

/**
 * The import jobs: their progress and their cancellation. Only the Front officials and
 * administrators of the organisation that submitted a job see it; for anyone else it does
 * not exist (404).
 */
@RestController
@RequestMapping("/api/v1/directory/imports")
@Tag(name = "Directory")
class ImportJobController {

	/** Those who may follow their own organisation's imports. */
	static final String OWN_ORGANISATION = "hasAnyRole('FRONT_OFFICIAL', 'ADMIN')";

	private final ImportJobs jobs;

	private final MessageSource messages;

	ImportJobController(ImportJobs jobs, MessageSource messages) {
		this.jobs = jobs;
		this.messages = messages;
	}

	@GetMapping("/{id}")
	@PreAuthorize(OWN_ORGANISATION)
	@Operation(
			summary = "Show an import job: status, rows total and done, counts, the first 100 errors and their total")
	ImportJobView get(@PathVariable @Size(max = 100) String id, Actor actor) {
		return view(this.jobs.find(id, actor.organisationId())
			.orElseThrow(() -> new ResourceNotFoundException("Import", id)));
	}

	@DeleteMapping("/{id}")
	@PreAuthorize(OWN_ORGANISATION)
	@Operation(summary = "Cancel an import job: a queued one at once, a running one between two batches of rows; "
			+ "rows written before stay, each whole. An ended job is shown unchanged")
	ImportJobView cancel(@PathVariable @Size(max = 100) String id, Actor actor) {
		return view(this.jobs.cancel(id, actor.organisationId())
			.orElseThrow(() -> new ResourceNotFoundException("Import", id)));
	}

	private ImportJobView view(ImportJob job) {
		return ImportJobView.of(job, this.messages, LocaleContextHolder.getLocale());
	}

}
