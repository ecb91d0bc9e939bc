package vn.mttq.giamsat.events;

/**
 * Kafka topics of the system, named {@code <producer>.<aggregate>}; the key of every
 * record is the aggregate id, so the events of one aggregate stay in order.
 */
public final class Topics {

	/** Recommendation items issued by supervision-service; key = recommendation id. */
	public static final String SUPERVISION_RECOMMENDATIONS = "supervision.recommendations";

	private Topics() {
	}

}
