package vn.mttq.giamsat.supervision.organisation.search;

import java.text.Normalizer;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchKeyTests {

	@Test
	void foldingDropsCaseDiacriticsAndExtraSpaces() {
		assertThat(SearchKey.fold("  Xã   Mường Phăng ")).isEqualTo("xa muong phang");
		assertThat(SearchKey.fold("MƯỜNG PHĂNG")).isEqualTo("muong phang");
		assertThat(SearchKey.fold("Ủy ban Uỷ ban")).isEqualTo("uy ban uy ban");
	}

	@Test
	void foldingReadsTheLetterDdAsD() {
		assertThat(SearchKey.fold("Điện Biên đường ĐỘI")).isEqualTo("dien bien duong doi");
	}

	@Test
	void aDecomposedNameFoldsLikeAPrecomposedOne() {
		String decomposed = Normalizer.normalize("Hội đồng nhân dân", Normalizer.Form.NFD);
		assertThat(SearchKey.fold(decomposed)).isEqualTo(SearchKey.fold("Hội đồng nhân dân"));
	}

	@Test
	void theKeyOfAFullNameAlsoHoldsItsAbbreviation() {
		assertThat(SearchKey.of("Ủy ban nhân dân xã Mường Phăng").lines())
			.containsExactly("uy ban nhan dan xa muong phang", "ubnd xa muong phang");
		assertThat(SearchKey.of("Hội đồng nhân dân tỉnh Điện Biên").lines()).contains("hdnd tinh dien bien");
		assertThat(SearchKey.of("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Điện Biên").lines())
			.contains("uy ban mttq tinh dien bien", "ubmttq tinh dien bien");
	}

	@Test
	void theKeyOfAnAbbreviatedNameAlsoHoldsTheFullWords() {
		assertThat(SearchKey.of("UBND xã Thanh Nưa").lines()).containsExactly("ubnd xa thanh nua",
				"uy ban nhan dan xa thanh nua");
	}

	@Test
	void theKeyOfTheFrontsCommitteeAbbreviatedAlsoHoldsItsFullName() {
		assertThat(SearchKey.of("UBMTTQ xã Mường Phăng").lines())
			.contains("uy ban mat tran to quoc viet nam xa muong phang");
		assertThat(SearchKey.of("Ủy ban MTTQ xã Mường Phăng").lines())
			.contains("uy ban mat tran to quoc viet nam xa muong phang");
	}

	@Test
	void theKeyAlsoHoldsTheNameWithoutPunctuation() {
		String key = SearchKey.of("Sở Văn hóa, Thể thao và Du lịch");
		assertThat(key.lines()).containsExactly("so van hoa, the thao va du lich", "so van hoa the thao va du lich");
		assertThat(matches("van hoa the thao", key)).isTrue();
		assertThat(matches("van hoa, the thao", key)).isTrue();
	}

	@Test
	void anAbbreviationInsideAnotherWordIsLeftAlone() {
		assertThat(SearchKey.of("Công ty Subnd").lines()).containsExactly("cong ty subnd");
	}

	@Test
	void aQueryMatchesFromTheStartOfAWordOfAnyVariant() {
		String key = SearchKey.of("Ủy ban nhân dân xã Mường Phăng");
		assertThat(matches("UBND XA muong", key)).isTrue();
		assertThat(matches("Muong Phăng", key)).isTrue();
		assertThat(matches("uong phang", key)).isFalse();
	}

	@Test
	void aQueryThatLooksLikeARegularExpressionIsTakenLiterally() {
		String key = SearchKey.of("Xã Mường Phăng (huyện Điện Biên)");
		assertThat(matches(".*", key)).isFalse();
		assertThat(matches("(", key)).isTrue();
		assertThat(matches("(huyen dien", key)).isTrue();
		assertThat(matches("x[a]", key)).isFalse();
		assertThat(matches("\\E.*", key)).isFalse();
	}

	@Test
	void atMostTenWordsAreAQuery() {
		assertThat("a b c d e f g h i j").matches(SearchKey.AT_MOST_TEN_WORDS);
		assertThat(" a  b c d e f g h i j ").matches(SearchKey.AT_MOST_TEN_WORDS);
		assertThat("a b c d e f g h i j k").doesNotMatch(SearchKey.AT_MOST_TEN_WORDS);
	}

	private static boolean matches(String query, String key) {
		return Pattern.compile(SearchKey.pattern(query)).matcher(key).find();
	}

}
