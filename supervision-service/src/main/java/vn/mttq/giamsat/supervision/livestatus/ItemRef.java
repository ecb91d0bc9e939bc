package vn.mttq.giamsat.supervision.livestatus;

/**
 * An item as its letter knows it.
 *
 * @param recommendationId the item
 * @param withdrawn whether the Front withdrew it here
 */
public record ItemRef(String recommendationId, boolean withdrawn) {
}
