package vn.mttq.giamsat.console.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTests {

	@Test
	void theEnglishAndVietnameseBundlesHaveTheSameKeys() throws IOException {
		Properties vietnamese = load("messages/messages_vi.properties");
		Properties english = load("messages/messages_en.properties");

		assertThat(vietnamese).isNotEmpty();
		assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(vietnamese.keySet());
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(name).getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
