package vn.mttq.giamsat.support.web;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;

import vn.mttq.giamsat.support.domain.InvalidField;

import static org.assertj.core.api.Assertions.assertThat;

class InvalidFieldsTests {

	final JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

	@Test
	void namesAnImpossibleDate() {
		InvalidField field = unreadable("{\"items\": [{\"due\": \"2026-02-30\"}]}");

		assertThat(field.field()).isEqualTo("items[0].due");
		assertThat(field.message()).isEqualTo("must be a date such as 2026-04-02");
	}

	@Test
	void namesAnUnknownEnumValueWithTheAllowedOnes() {
		InvalidField field = unreadable("{\"level\": \"GALAXY\"}");

		assertThat(field.field()).isEqualTo("level");
		assertThat(field.message()).isEqualTo("must be one of PROVINCE, COMMUNE");
	}

	@Test
	void namesAnUnknownField() {
		assertThat(unreadable("{\"levle\": \"PROVINCE\"}"))
			.isEqualTo(new InvalidField("levle", "unknown field 'levle'"));
	}

	@Test
	void namesAWrongType() {
		InvalidField field = unreadable("{\"items\": \"not a list\"}");

		assertThat(field).isEqualTo(new InvalidField("items", "must be a list"));
	}

	@Test
	void saysWhereJsonIsBroken() {
		InvalidField field = unreadable("{\"level\": ");

		assertThat(field.field()).isNull();
		assertThat(field.message()).isEqualTo("The body is not valid JSON (line 1, column 11).");
	}

	private InvalidField unreadable(String body) {
		try {
			this.json.readValue(body, Request.class);
			throw new AssertionError("expected " + body + " to be unreadable");
		}
		catch (JacksonException ex) {
			FieldPhrase field = InvalidFields
				.of(new HttpMessageNotReadableException("unreadable", ex, new MockHttpInputMessage(body.getBytes())));
			return new InvalidField(field.field(), field.phrase().inEnglish());
		}
	}

	enum Level {

		PROVINCE, COMMUNE

	}

	record Item(LocalDate due) {
	}

	record Request(Level level, List<Item> items) {
	}

}
