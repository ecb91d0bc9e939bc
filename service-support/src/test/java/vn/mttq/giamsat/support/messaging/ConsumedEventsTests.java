package vn.mttq.giamsat.support.messaging;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import static org.assertj.core.api.Assertions.assertThat;

class ConsumedEventsTests {

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final ConsumedEvents consumed = new ConsumedEvents(this.meters);

	@Test
	void aRecordThatChangedSomethingIsAppliedAndOneThatChangedNothingADuplicate() {
		assertThat(this.consumed.handled(record("supervision.recommendations"), true)).isTrue();
		assertThat(this.consumed.handled(record("supervision.recommendations"), false)).isFalse();
		this.consumed.handled(record("supervision.recommendations"), false);

		assertThat(count("supervision.recommendations", "applied")).isEqualTo(1);
		assertThat(count("supervision.recommendations", "duplicate")).isEqualTo(2);
	}

	@Test
	void aRecordWithoutItsTopicIsCountedUnderUnknown() {
		this.consumed.handled(MessageBuilder.withPayload(new byte[0]).build(), true);

		assertThat(count("unknown", "applied")).isEqualTo(1);
	}

	@Test
	void aRecordSentToTheDeadLetterTopicIsRejected() {
		this.consumed.rejected("notification.deliveries");

		assertThat(count("notification.deliveries", "rejected")).isEqualTo(1);
	}

	@Test
	void anExpectedTopicShowsEveryOutcomeAtZeroBeforeItsFirstRecord() {
		this.consumed.expect("supervision.organisations");

		assertThat(this.meters.find(ConsumedEvents.METER).tag("topic", "supervision.organisations").counters())
			.extracting((counter) -> counter.getId().getTag("outcome"))
			.containsExactlyInAnyOrder("applied", "duplicate", "rejected");
		assertThat(count("supervision.organisations", "applied")).isZero();
	}

	private static Message<byte[]> record(String topic) {
		return MessageBuilder.withPayload(new byte[0]).setHeader(KafkaHeaders.RECEIVED_TOPIC, topic).build();
	}

	private double count(String topic, String outcome) {
		return this.meters.counter(ConsumedEvents.METER, "topic", topic, "outcome", outcome).count();
	}

}
