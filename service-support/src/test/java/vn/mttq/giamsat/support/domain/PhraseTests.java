package vn.mttq.giamsat.support.domain;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhraseTests {

	@Test
	void anUntranslatedTextReadsAsItWasWrittenBracesAndApostrophesIncluded() {
		String text = "must match {\"a\": 1} or 'x'";
		assertThat(Phrase.untranslated(text).inEnglish()).isEqualTo(text);
		StaticMessageSource messages = new StaticMessageSource();
		messages.setAlwaysUseMessageFormat(true);
		assertThat(messages.getMessage(Phrase.untranslated(text), Locale.ENGLISH)).isEqualTo(text);
	}

	@Test
	void aPhraseInsideAPhraseIsTranslatedWithIt() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.setAlwaysUseMessageFormat(true);
		Locale vietnamese = Locale.forLanguageTag("vi");
		messages.addMessage("not-found", vietnamese, "{0} ''{1}'' không tồn tại");
		messages.addMessage("resource.Letter", vietnamese, "Văn bản kiến nghị");
		Phrase phrase = new ResourceNotFoundException("Letter", "L-1").phrase();
		assertThat(messages.getMessage(phrase, vietnamese)).isEqualTo("Văn bản kiến nghị 'L-1' không tồn tại");
		assertThat(messages.getMessage(phrase, Locale.ENGLISH)).isEqualTo("Letter 'L-1' was not found");
	}

}
