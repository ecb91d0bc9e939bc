package vn.mttq.giamsat.support.messaging;

import java.util.Map;
import java.util.function.Supplier;

/**
 * The traces of the records a batch consumer is applying, by the id of what each record
 * concerns (a recommendation's id): a batch is applied outside any one record's span, so
 * an event recorded while applying it takes the trace of the record that caused it from
 * here, and a trace crosses the services record by record as it did one record at a time.
 */
public final class ConsumedTraces {

	private static final ThreadLocal<Map<String, String>> TRACES = new ThreadLocal<>();

	private ConsumedTraces() {
	}

	/**
	 * Runs work while the given traces are the consumed ones.
	 * @param <T> what the work returns
	 * @param traceparents W3C {@code traceparent} by the id of what each record concerns
	 * @param work the work
	 * @return what it returned
	 */
	public static <T> T during(Map<String, String> traceparents, Supplier<T> work) {
		Map<String, String> outer = TRACES.get();
		TRACES.set(traceparents);
		try {
			return work.get();
		}
		finally {
			if (outer != null) {
				TRACES.set(outer);
			}
			else {
				TRACES.remove();
			}
		}
	}

	/**
	 * The trace of the record being applied for an id.
	 * @param id what the record concerns
	 * @return its {@code traceparent}, or {@code null} outside a batch or for an id no
	 * record of the batch concerns
	 */
	public static String of(String id) {
		Map<String, String> traces = TRACES.get();
		return (traces != null && id != null) ? traces.get(id) : null;
	}

}
