package vn.mttq.giamsat.support.outbox;

import tools.jackson.databind.json.JsonMapper;

import vn.mttq.giamsat.support.messaging.ConsumedTraces;
import vn.mttq.giamsat.support.messaging.EventMetadata;

/**
 * Turns an event record into the outbox entry that is saved with its aggregate, fixing
 * its JSON and the trace it belongs to at the moment it happened.
 */
public class OutboxEvents {

	private final JsonMapper json;

	private final OutboxTracing tracing;

	public OutboxEvents(JsonMapper json, OutboxTracing tracing) {
		this.json = json;
		this.tracing = tracing;
	}

	public OutboxEntry pending(Object event, EventMetadata metadata) {
		return pending(event, metadata, metadata.subject());
	}

	/**
	 * Makes the entry of an event whose trace is the consumed record's about
	 * {@code about} when a batch consumer is applying one ({@link ConsumedTraces}), else
	 * the current span's.
	 * @param event the event
	 * @param metadata its id, type, source, time and subject (the Kafka key)
	 * @param about the id of what the event concerns, as consumed records name it
	 * @return the entry
	 */
	public OutboxEntry pending(Object event, EventMetadata metadata, String about) {
		String consumed = ConsumedTraces.of(about);
		return new OutboxEntry(metadata.id(), metadata.type(), metadata.source(), metadata.subject(), metadata.time(),
				this.json.writeValueAsString(event), null,
				(consumed != null) ? consumed : this.tracing.currentTraceparent());
	}

}
