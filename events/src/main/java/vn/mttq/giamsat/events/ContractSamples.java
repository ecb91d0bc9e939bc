package vn.mttq.giamsat.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/**
 * The golden JSON sample of each event contract
 * ({@code contracts/<producer>/<Type>.v<N>.json}), which producer and consumer tests both
 * check against, so the two sides cannot drift apart.
 */
public final class ContractSamples {

	private ContractSamples() {
	}

	/**
	 * Returns the Kafka headers a producer writes beside an event, for tests that play
	 * the producer.
	 * @param type the CloudEvents type with version
	 * @param source the producing service
	 * @param id the event id
	 * @param subject the aggregate id, also the key
	 * @return header names and values
	 */
	public static Map<String, String> headers(String type, String source, String id, String subject) {
		return Map.of(CloudEventHeaders.ID, id, CloudEventHeaders.SOURCE, source, CloudEventHeaders.SPEC_VERSION,
				CloudEventHeaders.SPEC_VERSION_VALUE, CloudEventHeaders.TYPE, type, CloudEventHeaders.TIME,
				Instant.now().toString(), CloudEventHeaders.SUBJECT, subject, CloudEventHeaders.CONTENT_TYPE,
				"application/json");
	}

	/**
	 * Returns the golden sample, e.g.
	 * {@code json("supervision/RecommendationIssued.v1")}.
	 * @param name the producer folder and the file name without {@code .json}
	 * @return the sample's JSON text
	 */
	public static String json(String name) {
		String path = "contracts/" + name + ".json";
		try (InputStream in = ContractSamples.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalArgumentException("no contract sample at classpath:" + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
