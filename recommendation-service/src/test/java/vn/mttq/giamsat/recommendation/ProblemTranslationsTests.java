package vn.mttq.giamsat.recommendation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.mttq.giamsat.recommendation.tracking.LifecycleAction;
import vn.mttq.giamsat.recommendation.tracking.RecommendationStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text this service shows people has its Vietnamese: each phrase code in the code,
 * each resource it names, each action and status named inside a phrase, and each of its
 * own Bean Validation messages in both languages.
 */
class ProblemTranslationsTests {

	static final Pattern PHRASE = Pattern.compile("Phrase\\.of\\(\"([a-z][a-z0-9.-]*[a-z0-9])\"");

	static final Pattern RESOURCE = Pattern.compile("ResourceNotFoundException\\(\"([A-Za-z ]+)\"");

	static final Pattern VALIDATION = Pattern.compile("message = \"\\{(giamsat\\.[a-z0-9.-]+)}\"");

	static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = ProblemTranslationsTests.class.getResourceAsStream("/messages/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	static Set<String> found(Pattern pattern, String prefix) throws IOException {
		Set<String> codes = new TreeSet<>();
		List<Path> sources = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			files.filter((file) -> file.toString().endsWith(".java")).forEach(sources::add);
		}
		for (Path source : sources) {
			Matcher matcher = pattern.matcher(Files.readString(source));
			while (matcher.find()) {
				codes.add(prefix + matcher.group(1));
			}
		}
		return codes;
	}

	@Test
	void everyPhraseAndResourceHasItsVietnamese() throws IOException {
		Properties vietnamese = bundle("problems_vi.properties");
		Set<String> codes = new TreeSet<>(found(PHRASE, ""));
		codes.addAll(found(RESOURCE, "resource."));
		Stream.of(LifecycleAction.values()).forEach((action) -> codes.add("action." + action.name()));
		Stream.of(RecommendationStatus.values()).forEach((status) -> codes.add("status." + status.name()));

		assertThat(codes).hasSizeGreaterThan(40);
		assertThat(vietnamese.stringPropertyNames()).containsAll(codes);
	}

	@Test
	void everyOwnValidationMessageHasBothLanguages() throws IOException {
		Set<String> keys = found(VALIDATION, "");

		assertThat(keys).contains("giamsat.deadline.period.incomplete", "giamsat.statistics.sort");
		assertThat(bundle("problems.properties").stringPropertyNames()).containsAll(keys);
		assertThat(bundle("problems_vi.properties").stringPropertyNames()).containsAll(keys);
	}

}
