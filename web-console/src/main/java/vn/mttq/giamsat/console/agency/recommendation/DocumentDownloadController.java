package vn.mttq.giamsat.console.agency.recommendation;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.mttq.giamsat.console.service.Service;
import vn.mttq.giamsat.console.service.ServiceProblem;

/**
 * Downloads a document the item names (the letter's signed scan, a step's reply or
 * evidence), streamed from the service that keeps it with the person's token: the browser
 * never gets a link to a service, and a document the item does not name is not found.
 */
@Controller
@PreAuthorize("hasRole('AGENCY_OFFICER')")
class DocumentDownloadController {

	/** The service's headers the browser gets; nothing else of the service's answer. */
	private static final List<String> PASSED_ON = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LENGTH,
			HttpHeaders.CONTENT_DISPOSITION);

	private final RecommendationClient recommendations;

	DocumentDownloadController(RecommendationClient recommendations) {
		this.recommendations = recommendations;
	}

	@GetMapping("/co-quan/kien-nghi/{id}/tai-lieu/{documentId}")
	void download(@PathVariable String id, @PathVariable String documentId, HttpServletResponse response) {
		Recommendation item = this.recommendations.get(id);
		Recommendation.DocumentReference document = item.document(documentId)
			.orElseThrow(() -> ServiceProblem.of(Service.RECOMMENDATION, 404, "No such document on this item"));
		this.recommendations.download(document, (headers) -> {
			for (String name : PASSED_ON) {
				String value = headers.getFirst(name);
				if (value != null) {
					response.setHeader(name, value);
				}
			}
			// Shown by the browser's own viewer at most, never run as a page of the
			// console.
			response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
			return response.getOutputStream();
		});
	}

}
