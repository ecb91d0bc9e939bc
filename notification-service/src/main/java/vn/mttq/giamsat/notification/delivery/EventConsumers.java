package vn.mttq.giamsat.notification.delivery;

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
import vn.mttq.giamsat.support.messaging.EventReader;
import vn.mttq.giamsat.support.messaging.InfrastructureRetry;

/**
 * Turns the events that concern people into notifications: each lifecycle step on
 * {@code recommendation.lifecycle}, the first ({@code TRACKED}) telling of a new item
 * with its due date. Nothing is told from {@code supervision.recommendations}: an item is
 * tracked before anyone hears of it, so a receipt never arrives before its item. A poison
 * record fails at once (dead letter); a database outage is waited out. A flag a later
 * version of the contract added ({@code dueDateProvisional}) is off in a step written
 * before it, which is told like any other; so is a step written before documents were
 * stored, which names none.
 */
@Configuration(proxyBeanMethods = false)
class EventConsumers {

	@Bean
	Consumer<Message<byte[]>> recommendationLifecycle(JsonMapper json, NotificationFanOut fanOut,
			InfrastructureRetry retry, ConsumedEvents consumed) {
		EventReader reader = new EventReader(json.rebuild()
			.withConfigOverride(boolean.class,
					(override) -> override.setNullHandling(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
			.build());
		return (message) -> {
			NotifiableEvent event = NotifiableEvent
				.of(reader.read(message, RecommendationLifecycleEvent.class, RecommendationLifecycleEvent.TYPE));
			consumed.handled(message, retry.untilAvailable(() -> fanOut.tell(event)) > 0);
		};
	}

}
