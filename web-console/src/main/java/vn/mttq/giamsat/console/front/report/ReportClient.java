package vn.mttq.giamsat.console.front.report;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import vn.mttq.giamsat.console.front.Downloads;
import vn.mttq.giamsat.console.service.Service;
import vn.mttq.giamsat.console.service.ServiceClients;

/**
 * supervision-service's work report of a Front body and the bodies under it for a period:
 * the Vietnamese paragraph, or a file (CSV, XLSX, DOCX, PDF) streamed through.
 */
@Component
public class ReportClient {

	private static final String REPORT = "/api/v1/reports/work?bodyId={body}&from={from}&to={to}&format={format}";

	private final ServiceClients services;

	private final Downloads downloads;

	ReportClient(ServiceClients services, Downloads downloads) {
		this.services = services;
		this.downloads = downloads;
	}

	String text(String bodyId, LocalDate from, LocalDate to) {
		return this.services.supervision()
			.get()
			.uri(REPORT, bodyId, from, to, "TEXT")
			.accept(MediaType.TEXT_PLAIN, MediaType.APPLICATION_PROBLEM_JSON)
			.retrieve()
			.body(String.class);
	}

	void download(String bodyId, LocalDate from, LocalDate to, ReportFormat format, HttpServletResponse response) {
		this.downloads.stream(Service.SUPERVISION, this.services.supervision(), response, REPORT, bodyId, from, to,
				format.name());
	}

	/** The files the report comes as. */
	enum ReportFormat {

		/** Figures as CSV. */
		CSV,

		/** Figures as a workbook. */
		XLSX,

		/** The official report to edit. */
		DOCX,

		/** The official report to print. */
		PDF

	}

}
