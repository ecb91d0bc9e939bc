package vn.mttq.giamsat.events;

/**
 * Kafka header names of the CloudEvents 1.0 Kafka protocol binding (binary content mode)
 * that every event of this system carries beside its JSON payload.
 */
public final class CloudEventHeaders {

	/** The CloudEvents specification version written by every producer. */
	public static final String SPEC_VERSION_VALUE = "1.0";

	public static final String ID = "ce_id";

	public static final String SOURCE = "ce_source";

	public static final String SPEC_VERSION = "ce_specversion";

	/** The event type, with its contract version as the last segment (".v1"). */
	public static final String TYPE = "ce_type";

	public static final String TIME = "ce_time";

	/** The aggregate the event is about; equal to the Kafka key. */
	public static final String SUBJECT = "ce_subject";

	/** The payload's media type, as the binding names it. */
	public static final String CONTENT_TYPE = "content-type";

	private CloudEventHeaders() {
	}

}
