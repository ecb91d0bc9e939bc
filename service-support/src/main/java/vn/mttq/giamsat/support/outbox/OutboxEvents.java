package vn.mttq.giamsat.support.outbox;

import tools.jackson.databind.json.JsonMapper;

import vn.mttq.giamsat.support.messaging.EventMetadata;

/**
 * Turns an event record into the outbox entry that is saved with its aggregate, fixing
 * its JSON at the moment it happened.
 */
public class OutboxEvents {

	private final JsonMapper json;

	public OutboxEvents(JsonMapper json) {
		this.json = json;
	}

	public OutboxEntry pending(Object event, EventMetadata metadata) {
		return new OutboxEntry(metadata.id(), metadata.type(), metadata.source(), metadata.subject(), metadata.time(),
				this.json.writeValueAsString(event), null);
	}

}
