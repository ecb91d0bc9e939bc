package vn.mttq.giamsat.support.messaging;

import java.nio.charset.StandardCharsets;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.messaging.Message;

import vn.mttq.giamsat.events.CloudEventHeaders;

/**
 * Reads an incoming event strictly: the CloudEvents type must be the one the consumer
 * knows, the payload must be JSON with every required field; fields added by a later
 * minor version are ignored. Anything else is a {@link PoisonEventException} naming the
 * reason.
 */
public class EventReader {

	private static final String[] ATTRIBUTE_PREFIXES = { "ce_", "ce-" };

	private final JsonMapper json;

	public EventReader(JsonMapper json) {
		this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
	}

	public <T> T read(Message<byte[]> message, Class<T> payloadType, String expectedType) {
		String type = attribute(message, "type");
		if (type == null) {
			throw new PoisonEventException("missing header " + CloudEventHeaders.TYPE + "; expected " + expectedType);
		}
		if (!type.equals(expectedType)) {
			throw new PoisonEventException("unsupported event type '" + type + "'; expected " + expectedType);
		}
		T event;
		try {
			event = this.json.readValue(message.getPayload(), payloadType);
		}
		catch (JacksonException ex) {
			throw new PoisonEventException("unreadable " + payloadType.getSimpleName() + ": " + reason(ex), ex);
		}
		if (event == null) {
			throw new PoisonEventException("empty " + payloadType.getSimpleName() + ": the payload is JSON null");
		}
		return event;
	}

	/**
	 * Returns a CloudEvents attribute of a message. On the wire it is a {@code ce_}
	 * header (Kafka binding); Spring Cloud Function recognises a CloudEvent by those
	 * headers and may hand it to the consumer with its own {@code ce-} prefix, so both
	 * are read.
	 * @param message the message
	 * @param name the attribute, e.g. {@code type}
	 * @return the attribute's text, or {@code null} when absent
	 */
	public static String attribute(Message<?> message, String name) {
		for (String prefix : ATTRIBUTE_PREFIXES) {
			String value = header(message, prefix + name);
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	/**
	 * Returns a header as text, whether the binder mapped it to a String or left it as
	 * bytes.
	 * @param message the message
	 * @param name the header name
	 * @return the header's text, or {@code null} when absent
	 */
	public static String header(Message<?> message, String name) {
		Object value = message.getHeaders().get(name);
		if (value instanceof byte[] bytes) {
			return new String(bytes, StandardCharsets.UTF_8);
		}
		return (value != null) ? value.toString() : null;
	}

	private static String reason(JacksonException ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return (root instanceof JacksonException jackson) ? jackson.getOriginalMessage() : root.getMessage();
	}

}
