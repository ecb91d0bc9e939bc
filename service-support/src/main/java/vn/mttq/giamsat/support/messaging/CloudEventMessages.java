package vn.mttq.giamsat.support.messaging;

import java.nio.charset.StandardCharsets;

import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.util.MimeTypeUtils;

import vn.mttq.giamsat.events.CloudEventHeaders;

/**
 * Builds the Kafka message of an event: its JSON bytes as payload, the CloudEvents
 * attributes as headers, and the aggregate id as key.
 */
public final class CloudEventMessages {

	private CloudEventMessages() {
	}

	public static Message<byte[]> toMessage(String json, EventMetadata metadata) {
		return MessageBuilder.withPayload(json.getBytes(StandardCharsets.UTF_8))
			.setHeader(KafkaHeaders.KEY, metadata.subject().getBytes(StandardCharsets.UTF_8))
			.setHeader(CloudEventHeaders.ID, metadata.id())
			.setHeader(CloudEventHeaders.SOURCE, metadata.source())
			.setHeader(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE)
			.setHeader(CloudEventHeaders.TYPE, metadata.type())
			.setHeader(CloudEventHeaders.TIME, metadata.time().toString())
			.setHeader(CloudEventHeaders.SUBJECT, metadata.subject())
			.setHeader(CloudEventHeaders.CONTENT_TYPE, MimeTypeUtils.APPLICATION_JSON_VALUE)
			.setHeader(MessageHeaders.CONTENT_TYPE, MimeTypeUtils.APPLICATION_JSON_VALUE)
			.build();
	}

}
