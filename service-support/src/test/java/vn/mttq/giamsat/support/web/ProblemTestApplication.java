package vn.mttq.giamsat.support.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.mttq.giamsat.support.domain.BusinessRuleException;
import vn.mttq.giamsat.support.domain.InvalidStateException;
import vn.mttq.giamsat.support.domain.Phrase;
import vn.mttq.giamsat.support.domain.ResourceNotFoundException;
import vn.mttq.giamsat.support.domain.StaleVersionException;
import vn.mttq.giamsat.support.text.SingleLine;
import vn.mttq.giamsat.support.web.openapi.Responds;

/**
 * A small service for the tests of the problem answers: its endpoints refuse in every way
 * a service's do, and its texts live in the test's {@code messages/problems*.properties}
 * as a service's would.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class ProblemTestApplication {

	/** Registered as a member of the application's configuration. */
	@RestController
	static class ThingController {

		@GetMapping("/api/things")
		@PreAuthorize("isAuthenticated()")
		Map<String, Object> search(@RequestParam(name = "page", defaultValue = "0") @Min(0) @Max(1000) int page,
				@RequestParam(name = "level", required = false) Level level,
				@RequestParam(name = "from", required = false) LocalDate from) {
			return Map.of("page", page);
		}

		@GetMapping("/api/things/{id}")
		@PreAuthorize("isAuthenticated()")
		Map<String, Object> read(@PathVariable String id) {
			throw new ResourceNotFoundException("Thing", id);
		}

		@PostMapping("/api/things")
		@PreAuthorize("isAuthenticated()")
		@Responds(status = HttpStatus.CREATED, headers = HttpHeaders.LOCATION)
		ResponseEntity<Map<String, Object>> create(@Valid @RequestBody Thing thing) {
			if ("taken".equals(thing.title())) {
				throw new BusinessRuleException("title",
						Phrase.of("thing.title.taken", "The title ''{0}'' is already used", thing.title()));
			}
			return ResponseEntity.created(URI.create("/api/things/T-1")).body(Map.of("id", "T-1"));
		}

		@PutMapping("/api/things/{id}")
		@PreAuthorize("isAuthenticated()")
		@Responds(status = HttpStatus.OK)
		@Responds(status = HttpStatus.CREATED, headers = HttpHeaders.LOCATION)
		ResponseEntity<Map<String, Object>> put(@PathVariable String id, @Valid @RequestBody Thing thing) {
			return ResponseEntity.ok(Map.of("id", id));
		}

		@PostMapping("/api/things/{id}/close")
		@PreAuthorize("isAuthenticated()")
		@Responds(status = HttpStatus.NO_CONTENT)
		ResponseEntity<Void> close(@PathVariable String id,
				@RequestHeader(name = "If-Match", required = false) String ifMatch) {
			throw new InvalidStateException(Phrase.of("thing.closed", "Thing {0} was closed on {1}; it cannot be {2}.",
					id, "01/12/2026", Phrase.of("step.close", "closed")), "CLOSED", List.of("REOPEN"));
		}

		@PostMapping("/api/things/{id}/reopen")
		@PreAuthorize("isAuthenticated()")
		@Responds(status = HttpStatus.NO_CONTENT)
		ResponseEntity<Void> reopen(@PathVariable String id, @RequestHeader(name = "If-Match") String ifMatch) {
			if (!"\"3\"".equals(ifMatch)) {
				throw new StaleVersionException("Thing", id, 3);
			}
			return ResponseEntity.noContent().build();
		}

	}

	enum Level {

		PROVINCE, DISTRICT, COMMUNE

	}

	record Owner(@NotBlank String name) {
	}

	record Thing(@NotBlank @SingleLine String title,
			@Pattern(regexp = "\\d+/KN", message = "{giamsat.test.number.format}") String number,
			@Size(max = 5) List<@NotBlank String> tags, @NotNull Level level, LocalDate due, Integer count, Long total,
			Boolean urgent, @Valid Owner owner, Map<String, Object> attributes) {
	}

}
