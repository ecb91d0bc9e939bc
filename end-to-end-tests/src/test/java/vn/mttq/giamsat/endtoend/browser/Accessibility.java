package vn.mttq.giamsat.endtoend.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import vn.mttq.giamsat.testfixtures.ApiClient;

/**
 * The axe-core accessibility engine (its webjar on the test classpath), injected into the
 * page the browser shows and run against the WCAG 2.0 and 2.1 A and AA rules.
 */
final class Accessibility {

	private static final String WEBJAR = "META-INF/resources/webjars/axe-core/";

	private static final Set<String> BLOCKING = Set.of("serious", "critical");

	private final String engine;

	private Accessibility(String engine) {
		this.engine = engine;
	}

	static Accessibility fromClasspath() {
		ClassLoader loader = Accessibility.class.getClassLoader();
		try (InputStream pom = loader.getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
			Properties properties = new Properties();
			properties.load(pom);
			try (InputStream engine = loader
				.getResourceAsStream(WEBJAR + properties.getProperty("version") + "/axe.min.js")) {
				return new Accessibility(new String(engine.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		catch (IOException | NullPointerException ex) {
			throw new IllegalStateException("No axe-core webjar on the test classpath", ex);
		}
	}

	/**
	 * Checks the page the browser shows.
	 * @return the serious and critical violations, each with the elements at fault; empty
	 * when there are none
	 */
	List<String> seriousViolations(Browser browser) {
		browser.script(this.engine);
		String result = (String) browser.asyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
					.then((results) => done(JSON.stringify(results.violations)))
					.catch((error) => done(JSON.stringify({ error: String(error) })));""");
		JsonNode violations;
		try {
			violations = ApiClient.JSON.readTree(result);
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("axe answered " + result, ex);
		}
		if (violations.has("error")) {
			throw new IllegalStateException("axe failed on " + browser.address() + ": " + violations.get("error"));
		}
		List<String> serious = new ArrayList<>();
		for (JsonNode violation : violations) {
			if (BLOCKING.contains(violation.path("impact").asString())) {
				StringBuilder text = new StringBuilder(violation.path("impact").asString() + " "
						+ violation.path("id").asString() + ": " + violation.path("help").asString() + " ("
						+ violation.path("helpUrl").asString() + ")");
				for (JsonNode node : violation.path("nodes")) {
					text.append("\n    ")
						.append(node.path("target"))
						.append(" ")
						.append(node.path("failureSummary").asString().replace('\n', ' '));
				}
				serious.add(text.toString());
			}
		}
		return serious;
	}

}
