package vn.mttq.giamsat.support.outbox;

/**
 * A collection whose documents carry an {@code outbox} array of {@link OutboxEntry}s, and
 * the output binding their events are published to. A service declares one bean per
 * collection.
 *
 * @param collection the MongoDB collection
 * @param binding the Spring Cloud Stream output binding, e.g.
 * {@code recommendationIssued-out-0}
 */
public record OutboxSource(String collection, String binding) {
}
