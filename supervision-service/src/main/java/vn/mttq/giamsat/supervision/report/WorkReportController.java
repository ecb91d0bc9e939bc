package vn.mttq.giamsat.supervision.report;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.mttq.giamsat.supervision.paper.Downloads;
import vn.mttq.giamsat.supervision.paper.PaperFormat;
import vn.mttq.giamsat.support.security.Rules;

/**
 * The HTTP API of the Front's work report.
 */
@RestController
@RequestMapping("/api/v1/reports/work")
@Tag(name = "Reports", description = "The Front's work report on supervision, social criticism and dialogue")
class WorkReportController {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private final WorkReports reports;

	private final ReportPaper paper;

	WorkReportController(WorkReports reports, ReportPaper paper) {
		this.reports = reports;
		this.paper = paper;
	}

	@GetMapping
	@PreAuthorize(Rules.READ_ACROSS_ORGANISATIONS)
	@Operation(summary = "The work report of a Front body (and the bodies under it) for a period: activities by kind, "
			+ "level and form, dialogues, recommendations issued, answered, resolved and overdue with rates, labelled "
			+ "with the administrative structure; format JSON, CSV, XLSX, TEXT (a Vietnamese paragraph), or DOCX or "
			+ "PDF (the Front's official báo cáo: letterhead, the paragraph, the figures as a table, signature block)")
	@ApiResponse(responseCode = "200", description = "The report in the format asked for",
			content = {
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = WorkReport.class)),
					@Content(mediaType = "text/csv", schema = @Schema(type = "string")),
					@Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")),
					@Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string")),
					@Content(mediaType = DOCX, schema = @Schema(type = "string", format = "binary")),
					@Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
							schema = @Schema(type = "string", format = "binary")) })
	@ApiResponse(responseCode = "404", description = "`not-found`: no organisation has this `bodyId`.",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(ref = "#/components/schemas/Problem")))
	@ApiResponse(responseCode = "422",
			description = "`business-rule`: the period ends before it starts or is too long, or `bodyId` is not "
					+ "a Front body that leads supervision; the parameter is named under `errors`.",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(ref = "#/components/schemas/Problem")))
	ResponseEntity<?> report(@RequestParam @Size(min = 1, max = 100) String bodyId, @RequestParam LocalDate from,
			@RequestParam LocalDate to, @RequestParam(defaultValue = "true") boolean includeBelow,
			@RequestParam(defaultValue = "JSON") ReportFormat format) {
		WorkReport report = this.reports.build(bodyId, from, to, includeBelow);
		String file = "bao-cao-giam-sat-" + report.bodyId() + "-" + from + "-" + to;
		return switch (format) {
			case JSON -> ResponseEntity.ok(report);
			case TEXT -> ResponseEntity.ok()
				.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
				.body(report.text());
			case CSV -> download(ReportExports.csv(report), new MediaType("text", "csv", StandardCharsets.UTF_8),
					file + ".csv");
			case XLSX -> download(ReportExports.xlsx(report), MediaType.parseMediaType(XLSX), file + ".xlsx");
			case DOCX -> Downloads.of(PaperFormat.DOCX, this.paper.of(report), file);
			case PDF -> Downloads.of(PaperFormat.PDF, this.paper.of(report), file);
		};
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String file) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

}
