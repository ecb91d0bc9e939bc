package vn.mttq.giamsat.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * What one benchmark run measures, from {@code key=value} words (and {@code --scale},
 * {@code --no-peer}, {@code --profile}).
 *
 * @param letters letters per burst run
 * @param items items per letter in a burst run
 * @param agencies addressee agencies the burst items go round
 * @param runs burst runs (the table shows their median)
 * @param warmups burst runs of the same size before the measured ones, so that the
 * services' JIT compilers have done most of their work (on 2 cores they compete with the
 * pipeline for the CPU)
 * @param rate items per second of the paced run
 * @param pacedSeconds length of the paced run
 * @param pacedItems items per letter in the paced run
 * @param escalations overdue items whose escalation is timed
 * @param open open items across 500 agencies for the agency-list comparison with the peer
 * @param limitRecords records and documents of each raw-limit measurement
 * @param peer whether to run the peer
 * @param scale whether to load {@code scaleItems} and time the read endpoints
 * @param scaleItems tracked items loaded by the scale mode
 * @param profile whether to record a JFR profile of each service and print its hottest
 * frames
 * @param instances processes of each service (same group ids, database and broker, each
 * on its own ports); the clients' calls go round them
 * @param cds whether the services start with their class data sharing archive (made on
 * first use)
 */
record BenchOptions(int letters, int items, int agencies, int runs, int warmups, int rate, int pacedSeconds,
		int pacedItems, int escalations, int open, int limitRecords, boolean peer, boolean scale, int scaleItems,
		boolean profile, int instances, boolean cds) {

	static BenchOptions parse(String[] args) {
		Map<String, String> values = new HashMap<>();
		for (String arg : args) {
			for (String word : arg.trim().split("\\s+")) {
				if (word.isEmpty()) {
					continue;
				}
				String plain = word.startsWith("--") ? word.substring(2) : word;
				int eq = plain.indexOf('=');
				if (eq < 0) {
					values.put(plain, plain.startsWith("no-") ? "false" : "true");
				}
				else {
					values.put(plain.substring(0, eq), plain.substring(eq + 1));
				}
			}
		}
		boolean peer = !values.containsKey("no-peer") && Boolean.parseBoolean(values.getOrDefault("peer", "true"));
		BenchOptions options = new BenchOptions(number(values, "letters", 50), number(values, "items", 20),
				number(values, "agencies", 20), number(values, "runs", 3), number(values, "warmups", 2),
				number(values, "rate", 100), number(values, "pacedSeconds", 30), number(values, "pacedItems", 5),
				number(values, "escalations", 1000), number(values, "open", 100_000),
				number(values, "limitRecords", 20_000), peer,
				Boolean.parseBoolean(values.getOrDefault("scale", "false")), number(values, "scaleItems", 1_000_000),
				Boolean.parseBoolean(values.getOrDefault("profile", "false")),
				Math.max(1, number(values, "instances", 1)),
				!values.containsKey("no-cds") && Boolean.parseBoolean(values.getOrDefault("cds", "true")));
		values.keySet()
			.removeAll(java.util.Set.of("letters", "items", "agencies", "runs", "warmups", "rate", "pacedSeconds",
					"pacedItems", "escalations", "open", "limitRecords", "peer", "no-peer", "scale", "scaleItems",
					"profile", "instances", "cds", "no-cds"));
		if (!values.isEmpty()) {
			throw new IllegalArgumentException("Unknown options " + values.keySet());
		}
		return options;
	}

	private static int number(Map<String, String> values, String key, int fallback) {
		String value = values.get(key);
		return (value != null) ? Integer.parseInt(value.replace("_", "")) : fallback;
	}

}
