package vn.mttq.giamsat.supervision.organisation.search;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WrittenTextTests {

	@Test
	void aQueryWithoutDiacriticsFindsTheTextWrittenWithThem() {
		String text = "Giám sát việc hỗ trợ người dân xã Mường Phăng, huyện Điện Biên";
		assertThat(finds("muong phang", text)).isTrue();
		assertThat(finds("MƯỜNG PHĂNG", text)).isTrue();
		assertThat(finds("Muong  Phang", text)).isTrue();
		assertThat(finds("dien bien", text)).isTrue();
		assertThat(finds("ho tro nguoi dan", text)).isTrue();
		assertThat(finds("mường phong", text)).isFalse();
	}

	@Test
	void aQueryFindsTextInTheMiddleOfAWordAndALetterNumber() {
		assertThat(finds("cv-mttq", "Số 125/CV-MTTQ-BTT")).isTrue();
		assertThat(finds("25/cv", "Số 125/CV-MTTQ-BTT")).isTrue();
	}

	@Test
	void aQueryThatLooksLikeARegularExpressionIsTakenLiterally() {
		assertThat(finds(".*", "Mường Phăng")).isFalse();
		assertThat(finds("(", "Mường Phăng")).isFalse();
		assertThat(finds("(cu)", "Xã Mường Phăng (cũ)")).isTrue();
		assertThat(finds("\\E.*", "Mường Phăng")).isFalse();
	}

	private static boolean finds(String query, String text) {
		return Pattern.compile(WrittenText.pattern(query)).matcher(text).find();
	}

}
