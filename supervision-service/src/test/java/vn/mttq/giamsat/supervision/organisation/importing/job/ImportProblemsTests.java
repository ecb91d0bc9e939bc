package vn.mttq.giamsat.supervision.organisation.importing.job;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import vn.mttq.giamsat.support.web.ProblemTypes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every import thread busy is said with the shared title of an unavailable service, in
 * the request's language, and asks to retry in a minute.
 */
class ImportProblemsTests {

	private final ImportProblems problems = new ImportProblems(messages());

	@AfterEach
	void resetLanguage() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void busyImportsAreSaidInVietnameseWhenAsked() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
		ResponseEntity<ProblemDetail> answer = this.problems.busy(new ImportsBusyException(5));
		assertThat(answer.getStatusCode().value()).isEqualTo(503);
		assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("60");
		assertThat(answer.getBody().getType()).isEqualTo(ProblemTypes.UNAVAILABLE);
		assertThat(answer.getBody().getTitle()).isEqualTo("Dịch vụ tạm thời không sẵn sàng");
		assertThat(answer.getBody().getDetail()).startsWith("Dịch vụ đang giữ 5 lượt nhập đang chạy hoặc đang chờ");
	}

	@Test
	void busyImportsAreSaidInEnglishOtherwise() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		ProblemDetail problem = this.problems.busy(new ImportsBusyException(5)).getBody();
		assertThat(problem.getTitle()).isEqualTo("Service unavailable");
		assertThat(problem.getDetail()).startsWith("The service already holds 5 imports, running or waiting");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/problems", "messages/support-problems");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setAlwaysUseMessageFormat(true);
		return messages;
	}

}
