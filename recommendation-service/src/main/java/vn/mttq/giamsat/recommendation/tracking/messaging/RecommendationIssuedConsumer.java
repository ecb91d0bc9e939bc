package vn.mttq.giamsat.recommendation.tracking.messaging;

import java.util.List;
import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.mttq.giamsat.events.supervision.RecommendationIssued;
import vn.mttq.giamsat.events.supervision.RecommendationWithdrawn;
import vn.mttq.giamsat.recommendation.tracking.RecommendationTracking;
import vn.mttq.giamsat.support.messaging.ConsumedEvents;
import vn.mttq.giamsat.support.messaging.EventBatch;
import vn.mttq.giamsat.support.messaging.EventReader;

/**
 * Follows {@code supervision.recommendations}: starts tracking each issued item and
 * closes each withdrawn one, a poll's records at a time (see {@link ItemEvents}). A
 * poison record is dead-lettered alone, a database outage holds the batch until the
 * database is back (the container waits).
 */
@Configuration(proxyBeanMethods = false)
class RecommendationIssuedConsumer {

	@Bean
	Consumer<Message<List<byte[]>>> recommendationIssued(EventReader reader, RecommendationTracking tracking,
			ConsumedEvents consumed) {
		return (batch) -> {
			EventBatch.Read<Object> read = EventBatch.of(batch).read((message) -> read(reader, message));
			new ItemEvents(tracking, consumed).apply(read.events());
			read.rethrowPoison();
		};
	}

	private static Object read(EventReader reader, Message<byte[]> message) {
		if (RecommendationWithdrawn.TYPE.equals(EventReader.attribute(message, "type"))) {
			return reader.read(message, RecommendationWithdrawn.class, RecommendationWithdrawn.TYPE);
		}
		return reader.read(message, RecommendationIssued.class, RecommendationIssued.TYPE);
	}

}
