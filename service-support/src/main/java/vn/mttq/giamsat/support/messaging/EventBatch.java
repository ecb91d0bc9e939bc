package vn.mttq.giamsat.support.messaging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;

/**
 * One poll's records as the binder hands them to a batch consumer (a list of payloads
 * beside lists of headers), taken apart into one message per record with that record's
 * own headers, in the order of the poll.
 * <p>
 * A consumer reads the batch with {@link #read(Function)}, which stops at the first
 * poison record, applies what it read with {@link #apply(List, Consumer, Consumer)} (all
 * of it at once, or one record at a time when that fails for a reason other than the
 * database), and finally {@link Read#rethrowPoison() rethrows} the poison record, if any,
 * as a {@link BatchListenerFailedException} naming its index: the container then commits
 * the records before it, sends it alone to the dead-letter topic and delivers the records
 * after it again.
 */
public final class EventBatch {

	private static final List<String> PER_RECORD = List.of(KafkaHeaders.RECEIVED_TOPIC, KafkaHeaders.RECEIVED_PARTITION,
			KafkaHeaders.OFFSET, KafkaHeaders.RECEIVED_KEY, KafkaHeaders.RECEIVED_TIMESTAMP,
			KafkaHeaders.TIMESTAMP_TYPE);

	private static final String TRACEPARENT = "traceparent";

	private final List<Message<byte[]>> records;

	private EventBatch(List<Message<byte[]>> records) {
		this.records = List.copyOf(records);
	}

	/**
	 * Takes a batch message apart.
	 * @param batch the message the binder gave the consumer in batch mode
	 * @return the records, each with its own headers
	 */
	public static EventBatch of(Message<List<byte[]>> batch) {
		List<byte[]> payloads = batch.getPayload();
		MessageHeaders headers = batch.getHeaders();
		List<?> converted = list(headers.get(KafkaHeaders.BATCH_CONVERTED_HEADERS));
		List<Message<byte[]>> records = new ArrayList<>(payloads.size());
		for (int i = 0; i < payloads.size(); i++) {
			Map<String, Object> own = new HashMap<>();
			if (i < converted.size() && converted.get(i) instanceof Map<?, ?> map) {
				map.forEach((name, value) -> own.put(name.toString(), value));
			}
			for (String name : PER_RECORD) {
				List<?> values = list(headers.get(name));
				if (i < values.size() && values.get(i) != null) {
					own.put(name, values.get(i));
				}
			}
			byte[] payload = (payloads.get(i) != null) ? payloads.get(i) : new byte[0];
			records.add(MessageBuilder.withPayload(payload).copyHeaders(own).build());
		}
		return new EventBatch(records);
	}

	/**
	 * Puts records together as the binder would hand them over in batch mode.
	 * @param records the records, each with its own headers
	 * @return one batch message
	 */
	public static Message<List<byte[]>> message(List<Message<byte[]>> records) {
		List<byte[]> payloads = new ArrayList<>(records.size());
		List<Map<String, Object>> converted = new ArrayList<>(records.size());
		Map<String, List<Object>> perRecord = new HashMap<>();
		for (Message<byte[]> record : records) {
			payloads.add(record.getPayload());
			Map<String, Object> own = new HashMap<>(record.getHeaders());
			own.remove(MessageHeaders.ID);
			own.remove(MessageHeaders.TIMESTAMP);
			for (String name : PER_RECORD) {
				perRecord.computeIfAbsent(name, (key) -> new ArrayList<>()).add(own.remove(name));
			}
			converted.add(own);
		}
		MessageBuilder<List<byte[]>> batch = MessageBuilder.withPayload(payloads)
			.setHeader(KafkaHeaders.BATCH_CONVERTED_HEADERS, converted);
		perRecord.forEach(batch::setHeader);
		return batch.build();
	}

	/**
	 * @return the records in the order of the poll
	 */
	public List<Message<byte[]>> records() {
		return this.records;
	}

	/**
	 * Reads the records in order until the first that cannot be read.
	 * @param <T> the event type
	 * @param reader reads one record, throwing {@link PoisonEventException} for bad data
	 * @return the events read, and the poison record that stopped the reading if any
	 */
	public <T> Read<T> read(Function<Message<byte[]>, T> reader) {
		List<Event<T>> events = new ArrayList<>(this.records.size());
		for (int i = 0; i < this.records.size(); i++) {
			Message<byte[]> record = this.records.get(i);
			try {
				events.add(new Event<>(i, record, reader.apply(record)));
			}
			catch (PoisonEventException ex) {
				return new Read<>(Collections.unmodifiableList(events), failedAt(i, ex));
			}
		}
		return new Read<>(Collections.unmodifiableList(events), null);
	}

	/**
	 * Consumes a batch the way most consumers do: reads it up to the first poison record,
	 * applies the events read together (one at a time if that fails, see
	 * {@link #apply(List, Consumer, Consumer)}), counts each record as applied or
	 * duplicate, and finally reports the poison record, if any, by its index.
	 * @param <T> the event type
	 * @param batch the message the binder gave the consumer
	 * @param reader reads one record, throwing {@link PoisonEventException} for bad data
	 * @param all applies events together, saying for each whether it changed anything
	 * @param each applies one event, saying whether it changed anything
	 * @param consumed counts the records
	 * @throws BatchListenerFailedException naming the record that failed
	 */
	public static <T> void consume(Message<List<byte[]>> batch, Function<Message<byte[]>, T> reader,
			Function<List<T>, List<Boolean>> all, Predicate<T> each, ConsumedEvents consumed) {
		consume(batch, reader, null, all, each, consumed);
	}

	/**
	 * Consumes a batch as
	 * {@link #consume(Message, Function, Function, Predicate, ConsumedEvents)} does, the
	 * events recorded for each one continuing the trace of its record under the id
	 * {@code traceKey} gives (by default the record's key).
	 * @param <T> the event type
	 * @param batch the message the binder gave the consumer
	 * @param reader reads one record, throwing {@link PoisonEventException} for bad data
	 * @param traceKey the id of what an event concerns, as the events it causes name it
	 * @param all applies events together, saying for each whether it changed anything
	 * @param each applies one event, saying whether it changed anything
	 * @param consumed counts the records
	 */
	public static <T> void consume(Message<List<byte[]>> batch, Function<Message<byte[]>, T> reader,
			Function<T, String> traceKey, Function<List<T>, List<Boolean>> all, Predicate<T> each,
			ConsumedEvents consumed) {
		Read<T> read = of(batch).read(reader);
		apply(read.events(), traceKey, (events) -> {
			List<Boolean> changed = all.apply(events.stream().map(Event::event).toList());
			for (int i = 0; i < events.size(); i++) {
				consumed.handled(events.get(i).message(), changed.get(i));
			}
		}, (one) -> consumed.handled(one.message(), each.test(one.event())));
		read.rethrowPoison();
	}

	/**
	 * Applies events read from this batch: all at once, and if that fails for a reason
	 * other than the database, one at a time, so that the record at fault is the one
	 * reported (and dead-lettered) and the ones before it are applied. A database failure
	 * reports the first event, so the container waits and delivers the whole batch again;
	 * every consumer is idempotent by event id, so applying again changes nothing.
	 * @param <T> the event type
	 * @param events the events, in the order of the poll
	 * @param all applies them together
	 * @param each applies one
	 * @throws BatchListenerFailedException naming the record that failed
	 */
	public static <T> void apply(List<Event<T>> events, Consumer<List<Event<T>>> all, Consumer<Event<T>> each) {
		apply(events, null, all, each);
	}

	/**
	 * Applies events read from this batch as {@link #apply(List, Consumer, Consumer)}
	 * does, each event's consequences continuing the trace of its record
	 * ({@link ConsumedTraces}).
	 * @param <T> the event type
	 * @param events the events, in the order of the poll
	 * @param traceKey the id of what an event concerns, as the events it causes name it;
	 * {@code null} for the record's key
	 * @param all applies them together
	 * @param each applies one
	 */
	public static <T> void apply(List<Event<T>> events, Function<T, String> traceKey, Consumer<List<Event<T>>> all,
			Consumer<Event<T>> each) {
		if (events.isEmpty()) {
			return;
		}
		Map<String, String> traces = new HashMap<>();
		for (Event<T> event : events) {
			String key = (traceKey != null) ? traceKey.apply(event.event())
					: EventReader.header(event.message(), KafkaHeaders.RECEIVED_KEY);
			String traceparent = EventReader.header(event.message(), TRACEPARENT);
			if (key != null && traceparent != null) {
				traces.put(key, traceparent);
			}
		}
		ConsumedTraces.during(traces, () -> {
			applyTraced(events, all, each);
			return null;
		});
	}

	private static <T> void applyTraced(List<Event<T>> events, Consumer<List<Event<T>>> all, Consumer<Event<T>> each) {
		try {
			all.accept(events);
			return;
		}
		catch (RuntimeException ex) {
			if (BatchErrorHandling.isInfrastructure(ex)) {
				throw failedAt(events.get(0).index(), ex);
			}
		}
		for (Event<T> event : events) {
			try {
				each.accept(event);
			}
			catch (RuntimeException ex) {
				throw failedAt(event.index(), ex);
			}
		}
	}

	/**
	 * Applies every record of this batch in turn, for a consumer that does one thing per
	 * record; the first that fails stops the batch there.
	 * @param each applies one record
	 * @throws BatchListenerFailedException naming the record that failed
	 */
	public void applyEach(Consumer<Message<byte[]>> each) {
		for (int i = 0; i < this.records.size(); i++) {
			try {
				each.accept(this.records.get(i));
			}
			catch (RuntimeException ex) {
				throw failedAt(i, ex);
			}
		}
	}

	/**
	 * The exception that tells the container which record of the batch failed.
	 * @param index the record's index in the batch
	 * @param cause why it failed
	 * @return the exception to throw
	 */
	public static BatchListenerFailedException failedAt(int index, RuntimeException cause) {
		if (cause instanceof BatchListenerFailedException failed) {
			return failed;
		}
		return new BatchListenerFailedException(String.valueOf(cause.getMessage()), cause, index);
	}

	private static List<?> list(Object value) {
		return (value instanceof List<?> list) ? list : List.of();
	}

	/**
	 * An event read from a record of the batch.
	 *
	 * @param <T> the event type
	 * @param index the record's index in the batch
	 * @param message the record
	 * @param event the event read from it
	 */
	public record Event<T>(int index, Message<byte[]> message, T event) {
	}

	/**
	 * The events read from a batch, up to the first poison record.
	 *
	 * @param <T> the event type
	 * @param events the events read, in order
	 * @param poison the poison record's failure, or {@code null} when every record read
	 */
	public record Read<T>(List<Event<T>> events, BatchListenerFailedException poison) {

		/**
		 * Throws the poison record's failure, once the events before it are applied.
		 * @throws BatchListenerFailedException naming the poison record
		 */
		public void rethrowPoison() {
			if (this.poison != null) {
				throw this.poison;
			}
		}

	}

}
