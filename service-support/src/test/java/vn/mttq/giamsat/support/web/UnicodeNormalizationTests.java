package vn.mttq.giamsat.support.web;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.HandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

class UnicodeNormalizationTests {

	static final String NFC = "Mường Phăng, Điện Biên: Ủy ban nhân dân xã";

	static final String NFD = Normalizer.normalize(NFC, Normalizer.Form.NFD);

	final JsonMapper json = JsonMapper.builder().addModule(UnicodeNormalization.jacksonModule()).build();

	@Test
	void theTwoFormsDifferUntilNormalized() {
		assertThat(NFD).isNotEqualTo(NFC);
		assertThat(UnicodeNormalization.nfc(NFD)).isEqualTo(NFC);
	}

	@Test
	void changesNothingElse() {
		assertThat(UnicodeNormalization.nfc(null)).isNull();
		assertThat(UnicodeNormalization.nfc(NFC)).isSameAs(NFC);
		assertThat(UnicodeNormalization.nfc("  " + NFD + " \t")).isEqualTo("  " + NFC + " \t");
		assertThat(UnicodeNormalization.nfc("")).isEmpty();
		assertThat(UnicodeNormalization.nfc("a\u0000b<script>")).isEqualTo("a\u0000b<script>");
	}

	@Test
	void readsEveryStringOfABodyAsNfc() {
		Body body = this.json.readValue(body(NFD), Body.class);

		assertThat(body.title()).isEqualTo(NFC);
		assertThat(body.ids()).containsExactly(NFC, "plain");
		assertThat(body.codes()).containsExactly(NFC);
		assertThat(body.item().content()).isEqualTo(NFC);
		assertThat(body.extra()).containsEntry("note", NFC);
		assertThat(body.extra().get("nested")).isEqualTo(List.of(NFC));
	}

	@Test
	void keepsNullsAndTheOtherDeserializers() {
		Body body = this.json.readValue(
				"{\"title\": null, \"ids\": [null], \"level\": \"COMMUNE\", \"on\": \"2026-04-30\", \"count\": 3}",
				Body.class);

		assertThat(body.title()).isNull();
		assertThat(body.ids()).containsExactly((String) null);
		assertThat(body.level()).isEqualTo(Level.COMMUNE);
		assertThat(body.on()).isEqualTo(LocalDate.of(2026, 4, 30));
		assertThat(body.count()).isEqualTo(3);
		assertThat(this.json.readValue("\"" + NFD + "\"", String.class)).isEqualTo(NFC);
		assertThat(this.json.readValue("null", String.class)).isNull();
	}

	@Test
	void keepsJacksonsCoercionOfScalarsToText() {
		assertThat(this.json.readValue("{\"title\": 12345}", Body.class).title()).isEqualTo("12345");
	}

	@Test
	void bootsJsonMapperNormalizes() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, WebInputAutoConfiguration.class))
			.run((context) -> assertThat(context.getBean(JsonMapper.class).readValue(body(NFD), Body.class).title())
				.isEqualTo(NFC));
	}

	@Test
	void handsTheApplicationParametersInNfc() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/activities");
		request.addParameter("supervisingBodyId", NFD);
		request.addParameter("tag", NFD, "plain");
		request.addParameter(NFD, "by a decomposed name");
		MockFilterChain chain = new MockFilterChain();

		new UnicodeNormalizingFilter().doFilter(request, new MockHttpServletResponse(), chain);

		HttpServletRequest seen = (HttpServletRequest) chain.getRequest();
		assertThat(seen.getParameter("supervisingBodyId")).isEqualTo(NFC);
		assertThat(seen.getParameterValues("tag")).containsExactly(NFC, "plain");
		assertThat(seen.getParameterMap().get("supervisingBodyId")).containsExactly(NFC);
		assertThat(seen.getParameter(NFC)).isEqualTo("by a decomposed name");
		assertThat(seen.getParameter(NFD)).isEqualTo("by a decomposed name");
		assertThat(Collections.list(seen.getParameterNames())).containsExactly("supervisingBodyId", "tag", NFC);
		assertThat(seen.getParameter("absent")).isNull();
		assertThat(seen.getParameterValues("absent")).isNull();
	}

	@Test
	void handsTheApplicationPathVariablesInNfc() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/organisations/x/notifications");
		request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("orgId", NFD));

		boolean proceed = new UnicodeNormalizingFilter.PathVariables().preHandle(request, new MockHttpServletResponse(),
				new Object());

		assertThat(proceed).isTrue();
		assertThat(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE))
			.isEqualTo(Map.of("orgId", NFC));
	}

	private static String body(String text) {
		return """
				{ "title": "%1$s", "ids": ["%1$s", "plain"], "codes": ["%1$s"], "item": { "content": "%1$s" },
				  "extra": { "note": "%1$s", "nested": ["%1$s"] } }""".formatted(text);
	}

	enum Level {

		PROVINCE, COMMUNE

	}

	record Item(String content) {
	}

	record Body(String title, List<String> ids, String[] codes, Item item, Map<String, Object> extra, Level level,
			LocalDate on, Integer count) {
	}

}
