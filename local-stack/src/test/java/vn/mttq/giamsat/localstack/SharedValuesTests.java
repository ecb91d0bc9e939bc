package vn.mttq.giamsat.localstack;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored documents share their field names, short values and type hints, as one instance
 * for all, and stay equal to what was written, in the same order.
 */
class SharedValuesTests {

	private static final String NOTE = "Hạn trả lời 05/01/2027: 30 ngày kể từ ngày nhận 06/12/2026.";

	@Test
	void twoStoredDocumentsShareTheirFieldNamesAndShortValues() {
		Document first = decoded("r-1");
		Document second = decoded("r-2");

		SharedValues.shareAll(first);
		SharedValues.shareAll(second);

		assertThat(nameOf(first, 1)).isSameAs(nameOf(second, 1));
		assertThat(first.get("status")).isSameAs(second.get("status"));
		assertThat(first.get("_class")).isSameAs(second.get("_class"));
		Document firstStep = step(first);
		Document secondStep = step(second);
		assertThat(nameOf(firstStep, 0)).isSameAs(nameOf(secondStep, 0));
		assertThat(firstStep.get("kind")).isSameAs(secondStep.get("kind"));
		assertThat(((List<?>) first.get("copyRecipientIds")).get(0))
			.isSameAs(((List<?>) second.get("copyRecipientIds")).get(0));
	}

	@Test
	void aStoredDocumentKeepsItsValuesAndTheirOrder() {
		Document document = decoded("r-1");

		SharedValues.shareAll(document);

		assertThat(document).isEqualTo(decoded("r-1"));
		assertThat(new ArrayList<>(document.keySet())).containsExactlyElementsOf(decoded("r-1").keySet());
		assertThat(new ArrayList<>(step(document).keySet())).containsExactly("sequence", "kind", "at", "note");
	}

	@Test
	void longValuesStayTheirOwn() {
		Document first = decoded("r-1");
		Document second = decoded("r-2");

		SharedValues.shareAll(first);
		SharedValues.shareAll(second);

		assertThat(first.get("note")).isEqualTo(second.get("note")).isNotSameAs(second.get("note"));
	}

	@Test
	void anUpdatedDocumentSharesItsNewValuesAndKeepsItsFieldOrder() {
		Document stored = decoded("r-1");
		SharedValues.shareAll(stored);
		Document other = decoded("r-2");
		SharedValues.shareAll(other);
		stored.put(new String("status"), new String("ANSWERED"));
		stored.put(new String("answer"), new String("ACCEPTED"));
		stored.put(new String("history"), new ArrayList<>(List.of(decodedStep(), decodedStep())));
		List<String> order = new ArrayList<>(stored.keySet());

		SharedValues.shareValues(stored);

		assertThat(new ArrayList<>(stored.keySet())).containsExactlyElementsOf(order);
		assertThat(stored.get("answer")).isSameAs("ACCEPTED".intern());
		assertThat(nameOf(step(stored), 1)).isSameAs(nameOf(step(other), 1));
		assertThat(other).isEqualTo(decoded("r-2"));
	}

	/** A document as the wire decoder builds it: every name and value a new String. */
	private static Document decoded(String id) {
		Document document = new Document();
		document.put(new String("_id"), new String(id));
		document.put(new String("status"), new String("AWAITING_RESPONSE"));
		document.put(new String("copyRecipientIds"),
				new ArrayList<>(List.of(new String("chinh-phu"), new String("ubmttq-trung-uong"))));
		document.put(new String("history"), new ArrayList<>(List.of(decodedStep())));
		document.put(new String("note"), new String(NOTE));
		document.put(new String("open"), Boolean.TRUE);
		document.put(new String("closure"), null);
		document.put(new String("_class"), new String("vn.mttq.giamsat.recommendation.tracking.TrackedRecommendation"));
		return document;
	}

	private static Document decodedStep() {
		Document step = new Document();
		step.put(new String("sequence"), 1L);
		step.put(new String("kind"), new String("SYSTEM"));
		step.put(new String("at"), Instant.parse("2026-12-06T09:35:56.827Z"));
		step.put(new String("note"), new String(NOTE));
		return step;
	}

	private static Document step(Document document) {
		return (Document) ((List<?>) document.get("history")).get(0);
	}

	private static String nameOf(Document document, int index) {
		return new ArrayList<>(document.keySet()).get(index);
	}

}
