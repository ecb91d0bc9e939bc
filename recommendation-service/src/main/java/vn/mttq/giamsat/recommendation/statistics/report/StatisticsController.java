package vn.mttq.giamsat.recommendation.statistics.report;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
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

import vn.mttq.giamsat.recommendation.statistics.IssuingLevel;
import vn.mttq.giamsat.recommendation.statistics.StatisticsProperties;
import vn.mttq.giamsat.support.security.Actor;
import vn.mttq.giamsat.support.security.Rules;

/**
 * The HTTP API of the agency statistics, as JSON pages or as one CSV file.
 */
@RestController
@RequestMapping("/api/v1/statistics")
@Tag(name = "Statistics", description = "Recommendations issued, answered, resolved and overdue, per agency")
class StatisticsController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private static final String FROM = "First month of issue, yyyy-MM (a date stands for its month); default: "
			+ "eleven months before 'to'";

	private static final String TO = "Last month of issue, yyyy-MM (a date stands for its month); default: the "
			+ "current month";

	private static final String LEVEL = "Only the items issued at this level (UNKNOWN: not known); default: every level";

	private static final String AGENCIES = "Only these agencies (repeat the parameter for several)";

	private static final String SORT = "agency, issued, overdue, onTimeRate, answerRate, resolutionRate or "
			+ "medianDaysToAnswer; default: agency";

	private static final String DIRECTION = "asc or desc; default: most first, fewest days first";

	private static final String PERIOD_REFUSED = "`business-rule`: `from` is after `to`, or the period is longer than the months "
			+ "`giamsat.statistics.max-months` allows (60 unless configured); the parameter is named under `errors`.";

	private final AgencyStatistics statistics;

	private final StatisticsProperties properties;

	StatisticsController(AgencyStatistics statistics, StatisticsProperties properties) {
		this.statistics = statistics;
		this.properties = properties;
	}

	@GetMapping("/agencies")
	@PreAuthorize(Rules.ANY_ROLE)
	@Operation(summary = "Per agency and issuing level, the items issued in the period and how they stand today; "
			+ "an agency officer sees only their own agency")
	@ApiResponse(responseCode = "200", description = "A page of the rows, with the period and the total",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = StatisticsPage.class)))
	@ApiResponse(responseCode = "422", description = PERIOD_REFUSED,
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(ref = "#/components/schemas/Problem")))
	StatisticsPage agencies(@Parameter(description = FROM) @RequestParam(required = false) @MonthOrDate String from,
			@Parameter(description = TO) @RequestParam(required = false) @MonthOrDate String to,
			@Parameter(description = LEVEL) @RequestParam(required = false) IssuingLevel level,
			@Parameter(description = AGENCIES) @RequestParam(required = false) @Size(
					max = 50) List<@Size(max = 100) String> agencyId,
			@Parameter(description = SORT) @RequestParam(required = false) @Pattern(regexp = SortKey.NAMES,
					message = "{giamsat.statistics.sort}") String sort,
			@Parameter(description = DIRECTION) @RequestParam(required = false) @Pattern(regexp = "asc|desc",
					message = "{giamsat.statistics.direction}") String direction,
			@Parameter(description = "Page number, from 0") @RequestParam(
					defaultValue = "0") @Min(0) @Max(100_000) int page,
			@Parameter(description = "Rows per page") @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size,
			@Parameter(hidden = true) Actor actor) {
		StatisticsReport report = this.statistics.report(request(from, to, level, agencyId, sort, direction), actor);
		return StatisticsPage.of(report, page, size);
	}

	@GetMapping("/agencies.csv")
	@PreAuthorize(Rules.ANY_ROLE)
	@Operation(summary = "The same rows as CSV (UTF-8 with BOM), all of them, the total last")
	@ApiResponse(responseCode = "200", description = "The rows as a CSV file to save",
			headers = @Header(name = HttpHeaders.CONTENT_DISPOSITION,
					description = "attachment; filename=agency-statistics_<from>_<to>_as-of_<day>.csv", required = true,
					schema = @Schema(type = "string")),
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "422", description = PERIOD_REFUSED,
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(ref = "#/components/schemas/Problem")))
	ResponseEntity<byte[]> agenciesCsv(
			@Parameter(description = FROM) @RequestParam(required = false) @MonthOrDate String from,
			@Parameter(description = TO) @RequestParam(required = false) @MonthOrDate String to,
			@Parameter(description = LEVEL) @RequestParam(required = false) IssuingLevel level,
			@Parameter(description = AGENCIES) @RequestParam(required = false) @Size(
					max = 50) List<@Size(max = 100) String> agencyId,
			@Parameter(description = SORT) @RequestParam(required = false) @Pattern(regexp = SortKey.NAMES,
					message = "{giamsat.statistics.sort}") String sort,
			@Parameter(description = DIRECTION) @RequestParam(required = false) @Pattern(regexp = "asc|desc",
					message = "{giamsat.statistics.direction}") String direction,
			@Parameter(hidden = true) Actor actor) {
		StatisticsReport report = this.statistics.report(request(from, to, level, agencyId, sort, direction), actor);
		String filename = "agency-statistics_" + report.from() + "_" + report.to() + "_as-of_" + report.asOf() + ".csv";
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(CsvExport.write(report).getBytes(StandardCharsets.UTF_8));
	}

	private StatisticsRequest request(String from, String to, IssuingLevel level, List<String> agencyId, String sort,
			String direction) {
		Period period = Period.parse(from, to, this.statistics.today(), this.properties.maxMonths());
		SortKey key = SortKey.of(sort);
		List<String> agencies = (agencyId != null)
				? agencyId.stream().filter((agency) -> agency != null && !agency.isBlank()).distinct().toList()
				: List.of();
		return new StatisticsRequest(period, level, agencies, key, key.ascending(direction));
	}

}
