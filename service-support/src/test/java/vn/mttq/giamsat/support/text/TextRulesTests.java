package vn.mttq.giamsat.support.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextRulesTests {

	@ParameterizedTest
	@ValueSource(strings = { "Kiến nghị số 125/KN-MTTQ-BTT", "Mường Phăng", "a\tb", "dòng 1\r\ndòng 2" })
	void acceptsVietnameseAndLineBreaksInMultiLineText(String text) {
		assertThat(TextRules.problemOf(text)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "a\u0000b", "bell\u0007", "del\u007F", "c1\u0085x\u0090", "\u202Egnp.exe",
			"\u2066isolate\u2069", "ngh\u200Bị", "zw\u200D", "bom\uFEFF", "rlm\u200F" })
	void refusesControlBidiAndZeroWidthCharactersInAnyText(String text) {
		assertThat(TextRules.problemOf(text)).startsWith("must not contain");
	}

	@ParameterizedTest
	@ValueSource(strings = { "125/KN\r\nBcc: x@y", "a\tb", "line\u2028sep", "next\u0085line" })
	void refusesTabsAndLineBreaksInSingleLineText(String text) {
		assertThat(TextRules.singleLineProblemOf(text))
			.isEqualTo("must not contain a tab or line break (U+%04X at position %d)".formatted((int) firstBreak(text),
					text.indexOf(firstBreak(text)) + 1));
	}

	@ParameterizedTest
	@ValueSource(strings = { "\u202Eabc", "x\u0000" })
	void namesTheKindOfCharacterItRefuses(String text) {
		assertThat(TextRules.singleLineProblemOf(text)).matches("must not contain (a control|a bidirectional).*");
	}

	private static char firstBreak(String text) {
		for (char c : text.toCharArray()) {
			if ("\t\r\n\u2028\u0085".indexOf(c) >= 0) {
				return c;
			}
		}
		throw new IllegalArgumentException(text);
	}

}
