package vn.mttq.giamsat.notification.delivery;

import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.mttq.giamsat.events.recommendation.RecommendationLifecycleEvent;
import vn.mttq.giamsat.notification.recipients.NotifiableEvent;
import vn.mttq.giamsat.support.messaging.ConsumedEvents;
import vn.mttq.giamsat.support.messaging.EventBatch;
import vn.mttq.giamsat.support.messaging.EventReader;

/**
 * Turns the events that concern people into notifications: each lifecycle step on
 * {@code recommendation.lifecycle}, the first ({@code TRACKED}) telling of a new item
 * with its due date. Nothing is told from {@code supervision.recommendations}: an item is
 * tracked before anyone hears of it, so a receipt never arrives before its item. A poll's
 * records are told together ({@link NotificationFanOut#tellAll}), in their order; if that
 * fails for a reason other than the database, one at a time, so that the record at fault
 * is dead-lettered alone. A poison record is dead-lettered at once after the records
 * before it are told; a database outage holds the batch until the database is back. A
 * flag a later version of the contract added ({@code dueDateProvisional}) is off in a
 * step written before it, which is told like any other; so is a step written before
 * documents were stored, which names none.
 */
@Configuration(proxyBeanMethods = false)
class EventConsumers {

	@Bean
	Consumer<Message<List<byte[]>>> recommendationLifecycle(JsonMapper json, NotificationFanOut fanOut,
			ConsumedEvents consumed) {
		EventReader reader = new EventReader(json.rebuild()
			.withConfigOverride(boolean.class,
					(override) -> override.setNullHandling(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
			.build());
		return (batch) -> EventBatch.consume(batch,
				(message) -> reader.read(message, RecommendationLifecycleEvent.class,
						RecommendationLifecycleEvent.TYPE),
				(events) -> fanOut.tellAll(events.stream().map(NotifiableEvent::of).toList())
					.stream()
					.map((told) -> told > 0)
					.toList(),
				(event) -> fanOut.tell(NotifiableEvent.of(event)) > 0, consumed);
	}

}
