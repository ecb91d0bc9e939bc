package vn.mttq.giamsat.events;

/**
 * Kafka topics of the system, named {@code <producer>.<aggregate>}; the key of every
 * record is the aggregate id, so the events of one aggregate stay in order.
 */
public final class Topics {

	/**
	 * Recommendation items issued and withdrawn by supervision-service; key =
	 * recommendation id.
	 */
	public static final String SUPERVISION_RECOMMENDATIONS = "supervision.recommendations";

	/**
	 * The organisation directory, compacted: the latest record of each key is the
	 * organisation as it stands; key = organisation id. Organisations are never deleted
	 * (their history matters), so the topic carries no tombstones.
	 */
	public static final String SUPERVISION_ORGANISATIONS = "supervision.organisations";

	/** Every step of a recommendation's lifecycle; key = recommendation id. */
	public static final String RECOMMENDATION_LIFECYCLE = "recommendation.lifecycle";

	/** Outcome of each delivery attempt; key = notification id. */
	public static final String NOTIFICATION_DELIVERIES = "notification.deliveries";

	private Topics() {
	}

}
