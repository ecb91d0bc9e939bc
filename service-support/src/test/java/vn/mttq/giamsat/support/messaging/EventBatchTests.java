package vn.mttq.giamsat.support.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EventBatchTests {

	@Test
	void aBatchIsTakenApartIntoRecordsEachWithItsOwnHeadersInTheOrderOfThePoll() {
		EventBatch batch = EventBatch.of(EventBatch.message(List.of(record(0, "a"), record(1, "b"), record(2, "c"))));

		assertThat(batch.records()).extracting((record) -> new String(record.getPayload(), StandardCharsets.UTF_8))
			.containsExactly("a", "b", "c");
		assertThat(batch.records()).extracting((record) -> record.getHeaders().get(KafkaHeaders.OFFSET))
			.containsExactly(0L, 1L, 2L);
		assertThat(batch.records()).extracting((record) -> EventReader.attribute(record, "type"))
			.containsExactly("type-a", "type-b", "type-c");
		assertThat(batch.records().get(1).getHeaders().get(KafkaHeaders.RECEIVED_TOPIC)).isEqualTo("topic");
	}

	@Test
	void readingStopsAtTheFirstPoisonRecordWhichIsReportedByItsIndexAfterTheOnesBefore() {
		EventBatch batch = EventBatch.of(EventBatch.message(List.of(record(0, "a"), record(1, "x"), record(2, "c"))));

		EventBatch.Read<String> read = batch.read(EventBatchTests::readLetter);

		assertThat(read.events()).extracting(EventBatch.Event::event).containsExactly("a");
		assertThatExceptionOfType(BatchListenerFailedException.class).isThrownBy(read::rethrowPoison)
			.satisfies((failed) -> assertThat(failed.getIndex()).isEqualTo(1))
			.withCauseInstanceOf(PoisonEventException.class);
	}

	@Test
	void whenApplyingTogetherFailsTheEventsAreAppliedOneByOneAndTheOneAtFaultIsReported() {
		List<String> applied = new ArrayList<>();
		List<EventBatch.Event<String>> events = EventBatch
			.of(EventBatch.message(List.of(record(0, "a"), record(1, "b"), record(2, "c"))))
			.read(EventBatchTests::readLetter)
			.events();

		assertThatExceptionOfType(BatchListenerFailedException.class)
			.isThrownBy(() -> EventBatch.apply(events, (all) -> {
				throw new IllegalStateException("bulk refused");
			}, (one) -> {
				if (one.event().equals("b")) {
					throw new IllegalArgumentException("b is wrong");
				}
				applied.add(one.event());
			}))
			.satisfies((failed) -> assertThat(failed.getIndex()).isEqualTo(1))
			.withMessageStartingWith("b is wrong");
		assertThat(applied).containsExactly("a");
	}

	@Test
	void aDatabaseOutageReportsTheFirstRecordSoTheWholeBatchComesAgainAfterTheWait() {
		List<String> applied = new ArrayList<>();
		List<EventBatch.Event<String>> events = EventBatch
			.of(EventBatch.message(List.of(record(4, "a"), record(5, "b"))))
			.read(EventBatchTests::readLetter)
			.events();

		assertThatExceptionOfType(BatchListenerFailedException.class)
			.isThrownBy(() -> EventBatch.apply(events, (all) -> {
				throw new DataAccessResourceFailureException("database down");
			}, (one) -> applied.add(one.event())))
			.satisfies((failed) -> assertThat(failed.getIndex()).isZero())
			.satisfies((failed) -> assertThat(BatchErrorHandling.isInfrastructure(failed)).isTrue());
		assertThat(applied).isEmpty();
	}

	@Test
	void aConsumerOfOneThingPerRecordStopsAtTheRecordThatFailed() {
		List<String> applied = new ArrayList<>();
		EventBatch batch = EventBatch.of(EventBatch.message(List.of(record(0, "a"), record(1, "x"), record(2, "c"))));

		assertThatExceptionOfType(BatchListenerFailedException.class)
			.isThrownBy(() -> batch.applyEach((record) -> applied.add(readLetter(record))))
			.satisfies((failed) -> assertThat(failed.getIndex()).isEqualTo(1));
		assertThat(applied).containsExactly("a");
	}

	@Test
	void whatAnEventCausesWhileABatchIsAppliedTakesTheTraceOfItsOwnRecord() {
		Message<byte[]> first = MessageBuilder.fromMessage(record(0, "a"))
			.setHeader(KafkaHeaders.RECEIVED_KEY, "item-a".getBytes(StandardCharsets.UTF_8))
			.setHeader("traceparent", "00-aaaa-01-01")
			.build();
		Message<byte[]> second = MessageBuilder.fromMessage(record(1, "b"))
			.setHeader(KafkaHeaders.RECEIVED_KEY, "item-b".getBytes(StandardCharsets.UTF_8))
			.setHeader("traceparent", "00-bbbb-01-01")
			.build();
		List<String> traces = new ArrayList<>();
		List<EventBatch.Event<String>> events = EventBatch.of(EventBatch.message(List.of(first, second)))
			.read(EventBatchTests::readLetter)
			.events();

		EventBatch.apply(events, (all) -> all.forEach((one) -> traces.add(ConsumedTraces.of("item-" + one.event()))),
				(one) -> traces.add(ConsumedTraces.of("item-" + one.event())));

		assertThat(traces).containsExactly("00-aaaa-01-01", "00-bbbb-01-01");
		assertThat(ConsumedTraces.of("item-a")).as("outside the batch").isNull();
	}

	private static String readLetter(Message<byte[]> record) {
		String letter = new String(record.getPayload(), StandardCharsets.UTF_8);
		if (letter.equals("x")) {
			throw new PoisonEventException("not a letter we know");
		}
		return letter;
	}

	private static Message<byte[]> record(long offset, String payload) {
		return MessageBuilder.withPayload(payload.getBytes(StandardCharsets.UTF_8))
			.setHeader(KafkaHeaders.RECEIVED_TOPIC, "topic")
			.setHeader(KafkaHeaders.OFFSET, offset)
			.setHeader("ce_type", ("type-" + payload).getBytes(StandardCharsets.UTF_8))
			.build();
	}

}
