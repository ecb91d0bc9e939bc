package vn.mttq.giamsat.events;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

import vn.mttq.giamsat.events.notification.DeliveryRecorded;
import vn.mttq.giamsat.events.recommendation.RecommendationLifecycleEvent;
import vn.mttq.giamsat.events.supervision.OrganisationChanged;
import vn.mttq.giamsat.events.supervision.RecommendationIssued;
import vn.mttq.giamsat.events.supervision.RecommendationWithdrawn;

/**
 * The AsyncAPI catalogue ({@code docs/asyncapi.yaml}) is written by hand; these tests
 * keep it true: every field of every published record, nested ones included, is described
 * there, and the catalogue describes no field the records do not have.
 */
class AsyncApiCatalogueTests {

	private static final Map<String, Class<?>> EVENTS = Map.of("RecommendationIssued", RecommendationIssued.class,
			"RecommendationWithdrawn", RecommendationWithdrawn.class, "OrganisationChanged", OrganisationChanged.class,
			"RecommendationLifecycleEvent", RecommendationLifecycleEvent.class, "DeliveryRecorded",
			DeliveryRecorded.class);

	private static final Map<String, Object> SCHEMAS = schemas();

	@ParameterizedTest
	@ValueSource(strings = { "RecommendationIssued", "RecommendationWithdrawn", "OrganisationChanged",
			"RecommendationLifecycleEvent", "DeliveryRecorded" })
	void theCatalogueDescribesEveryFieldOfTheEventAndNoOther(String name) {
		SoftAssertions softly = new SoftAssertions();
		compare(name, EVENTS.get(name), schema(SCHEMAS.get(name)), softly);
		softly.assertAll();
	}

	private static void compare(String path, Class<?> type, Map<String, Object> schema, SoftAssertions softly) {
		Map<String, Object> properties = map(schema.get("properties"));
		List<String> fields = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
		softly.assertThat(properties.keySet())
			.as("the fields of %s in docs/asyncapi.yaml", path)
			.containsExactlyInAnyOrderElementsOf(fields);
		for (RecordComponent component : type.getRecordComponents()) {
			Map<String, Object> described = map(properties.get(component.getName()));
			Class<?> nested = recordIn(component.getGenericType());
			if (nested != null && !described.isEmpty()) {
				Map<String, Object> nestedSchema = component.getType().equals(List.class)
						? schema(map(described.get("items"))) : schema(described);
				compare(path + "." + component.getName(), nested, nestedSchema, softly);
			}
		}
	}

	private static Class<?> recordIn(Type type) {
		if (type instanceof Class<?> plain) {
			return plain.isRecord() ? plain : null;
		}
		if (type instanceof ParameterizedType list && list.getActualTypeArguments()[0] instanceof Class<?> element) {
			return element.isRecord() ? element : null;
		}
		return null;
	}

	private static Map<String, Object> schema(Object described) {
		Map<String, Object> schema = map(described);
		Object reference = schema.get("$ref");
		if (reference instanceof String ref) {
			return map(SCHEMAS.get(ref.substring(ref.lastIndexOf('/') + 1)));
		}
		return schema;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (value instanceof Map<?, ?> map) ? (Map<String, Object>) map : Map.of();
	}

	private static Map<String, Object> schemas() {
		try (Reader reader = Files.newBufferedReader(Path.of("..", "docs", "asyncapi.yaml"))) {
			Map<String, Object> catalogue = new Yaml().load(reader);
			return map(map(catalogue.get("components")).get("schemas")).entrySet()
				.stream()
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		}
		catch (IOException ex) {
			throw new IllegalStateException("docs/asyncapi.yaml cannot be read", ex);
		}
	}

}
