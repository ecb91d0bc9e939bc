package vn.mttq.giamsat.support.outbox;

import tools.jackson.databind.json.JsonMapper;

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
		return new OutboxEntry(metadata.id(), metadata.type(), metadata.source(), metadata.subject(), metadata.time(),
				this.json.writeValueAsString(event), null, this.tracing.currentTraceparent());
	}

}
