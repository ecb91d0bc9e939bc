package vn.mttq.giamsat.support.messaging;

import java.time.Instant;

/**
 * The CloudEvents attributes of one event.
 *
 * @param id the event id, unique per event
 * @param source the producing service, e.g. {@code /supervision-service}
 * @param type the event type with its version, e.g. {@code ...RecommendationIssued.v1}
 * @param time when the event happened
 * @param subject the aggregate id; also the Kafka key
 */
public record EventMetadata(String id, String source, String type, Instant time, String subject) {
}
