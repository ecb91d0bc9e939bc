package vn.mttq.giamsat.supervision.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import vn.mttq.giamsat.support.domain.Phrase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Vietnamese wording of the service's problems: every text a valid pattern, every
 * apostrophe doubled, and a phrase said in Vietnamese when asked and in English
 * otherwise.
 */
class ProblemTranslationsTests {

	private static final Pattern SINGLE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

	@Test
	void everyVietnameseTextIsAPatternWithItsApostrophesDoubled() throws IOException {
		Properties texts = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/messages/problems_vi.properties")) {
			texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		assertThat(texts).isNotEmpty();
		texts.forEach((code, text) -> {
			assertThat(SINGLE_APOSTROPHE.matcher((String) text).find()).as("%s has a single apostrophe", code)
				.isFalse();
			assertThat(new MessageFormat((String) text, Locale.forLanguageTag("vi"))
				.format(new Object[] { 1, 1, 1, 1, 1, 1, 1 })).as("%s", code).doesNotContain("''");
		});
	}

	@Test
	void aPhraseIsSaidInVietnameseWhenAskedAndInEnglishOtherwise() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/problems");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setAlwaysUseMessageFormat(true);
		Phrase phrase = Phrase.of("letter.issued-on.future",
				"The letter''s date {0} is after today ({1}) in Vietnam; a letter is recorded once it is issued",
				"02/01/2099", "06/12/2026");
		assertThat(FieldProblem.say(phrase, messages, Locale.forLanguageTag("vi")))
			.isEqualTo("Ngày của văn bản (02/01/2099) sau ngày hôm nay (06/12/2026) theo giờ Việt Nam; "
					+ "văn bản chỉ được ghi nhận sau khi đã ban hành");
		assertThat(FieldProblem.say(phrase, messages, Locale.ENGLISH)).startsWith("The letter's date 02/01/2099");
	}

}
