package vn.mttq.giamsat.events;

/**
 * Checks of the required fields of an event, used by the events' constructors so that a
 * record missing a field is rejected at the door with the field's name.
 */
public final class EventFields {

	private EventFields() {
	}

	public static void required(Object value, String field) {
		if (value == null) {
			throw new IllegalArgumentException("missing required field '" + field + "'");
		}
	}

	public static void requiredText(String value, String field) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("missing required field '" + field + "'");
		}
	}

}
