package vn.mttq.giamsat.notification.recipients;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import vn.mttq.giamsat.events.recommendation.RecommendationLifecycleEvent;
import vn.mttq.giamsat.notification.support.Events;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lifecycle step read into the shape the rules and the templates read: what kind of
 * letter was issued, and how firm its due date is.
 */
class NotifiableEventTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void carriesTheKindOfLetterAndTheDueDateWithBothExplanations() {
		ObjectNode event = tracked();
		ObjectNode item = (ObjectNode) event.get("recommendation");
		item.put("letterKind", "SOCIAL_CRITICISM");
		item.put("dueDateProvisional", true);

		NotifiableEvent notifiable = NotifiableEvent.of(JSON.treeToValue(event, RecommendationLifecycleEvent.class));

		assertThat(notifiable.letterKind()).isEqualTo("SOCIAL_CRITICISM");
		assertThat(notifiable.due()).isEqualTo(new DueDate(LocalDate.of(2026, 5, 4), true,
				"Hạn do người ban hành đặt: 04/05/2026.", "Due date set by the issuing official: 04/05/2026."));
		assertThat(notifiable.dueDate()).isEqualTo(LocalDate.of(2026, 5, 4));
	}

	@Test
	void readsAStepWhoseProducerDoesNotYetSayTheKindOfLetterOrTheEnglishExplanation() {
		ObjectNode event = tracked();
		ObjectNode item = (ObjectNode) event.get("recommendation");
		item.putNull("letterKind");
		item.put("dueDateProvisional", false);
		item.putNull("dueDateExplanationEn");

		NotifiableEvent notifiable = NotifiableEvent.of(JSON.treeToValue(event, RecommendationLifecycleEvent.class));

		assertThat(notifiable.letterKind()).isNull();
		assertThat(notifiable.due())
			.isEqualTo(new DueDate(LocalDate.of(2026, 5, 4), false, "Hạn do người ban hành đặt: 04/05/2026.", null));
	}

	@Test
	void hasNoDueDateWhenTheItemHasNone() {
		ObjectNode event = tracked();
		((ObjectNode) event.get("recommendation")).putNull("dueDate");

		NotifiableEvent notifiable = NotifiableEvent.of(JSON.treeToValue(event, RecommendationLifecycleEvent.class));

		assertThat(notifiable.due()).isNull();
		assertThat(notifiable.dueDate()).isNull();
	}

	private static ObjectNode tracked() {
		return (ObjectNode) JSON.readTree(Events.tracked("rec-1", "ubmttq-tinh", "so-x", List.of()).json());
	}

}
