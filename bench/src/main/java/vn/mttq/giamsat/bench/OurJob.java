package vn.mttq.giamsat.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The parts of the job the peer is compared on, done through our public API: agencies
 * answering, overdue items escalated by the scheduler, and listing an agency's open
 * items.
 */
final class OurJob {

	private final BenchStack stack;

	private final EventWatcher watcher;

	private final Map<String, String> tokens = new ConcurrentHashMap<>();

	OurJob(BenchStack stack, EventWatcher watcher) {
		this.stack = stack;
		this.watcher = watcher;
	}

	/**
	 * Each item's addressee accepts it (tiếp thu) with a note, from two clients.
	 * @return answers stored per second
	 */
	double answers(Map<String, String> agencyOf) {
		List<Map.Entry<String, String>> items = new ArrayList<>(agencyOf.entrySet());
		ExecutorService clients = Executors.newFixedThreadPool(2);
		long start = System.nanoTime();
		try {
			List<Future<?>> done = new ArrayList<>();
			for (Map.Entry<String, String> item : items) {
				done.add(clients.submit(() -> BenchStack.API
					.send("POST",
							this.stack.recommendation().baseUrl() + "/api/v1/recommendations/" + item.getKey()
									+ "/steps",
							agencyToken(item.getValue()),
							"{\"action\": \"ACCEPT\", \"note\": \"Sở tiếp thu; sẽ công khai kết quả trước hạn.\"}")
					.expect("answering " + item.getKey(), 200, 201)));
			}
			for (Future<?> answer : done) {
				answer.get();
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("Answering failed", ex);
		}
		finally {
			clients.shutdownNow();
		}
		return items.size() / ((System.nanoTime() - start) / 1e9);
	}

	/**
	 * Issues items already 45 days past their due date (both reminders and both
	 * escalations overdue at once), waits until they are tracked while the benchmark
	 * holds the scheduler's lease, then lets the scheduler go and times the escalations.
	 * @return items escalated per second, from the lease's release to the last
	 */
	double escalations(Letters letters, int count) {
		LocalDate today = LocalDate.now();
		List<String> ids = new ArrayList<>();
		for (int issued = 0; issued < count; issued += 20) {
			ids.addAll(letters.issue(Math.min(20, count - issued), today.minusDays(60), today.minusDays(45)).keySet());
		}
		this.watcher.awaitThrough(ids, Duration.ofMinutes(10));
		long released = System.currentTimeMillis();
		SchedulerLease.release(this.stack.mongoUri());
		try {
			this.watcher.awaitEscalated(ids, Duration.ofMinutes(10));
		}
		finally {
			SchedulerLease.hold(this.stack.mongoUri());
		}
		long last = ids.stream().mapToLong(this.watcher::escalatedAt).max().orElse(released);
		return ids.size() / (Math.max(1, last - released) / 1000.0);
	}

	/**
	 * Times an agency officer's first page of 50 (GET /api/v1/recommendations), for
	 * agencies picked round the given ones.
	 * @return the latencies in microseconds
	 */
	org.HdrHistogram.Histogram agencyList(List<String> agencies, int queries) {
		// Tokens are minted before the clock starts: signing one is the issuer's work.
		for (int i = 0; i < queries; i++) {
			agencyToken(agencies.get((i * 7919) % agencies.size()));
		}
		return time(queries, (i) -> {
			String agency = agencies.get((i * 7919) % agencies.size());
			BenchStack.API.getJson(this.stack.recommendation().baseUrl() + "/api/v1/recommendations?size=50&page=0",
					agencyToken(agency));
		});
	}

	/**
	 * Times the agency statistics over a year (GET /api/v1/statistics/agencies), as a
	 * monitor reads them.
	 */
	org.HdrHistogram.Histogram statistics(int queries) {
		String monitor = this.stack.token("giamsat.vien", BenchStack.FRONT_BODY, "MONITOR");
		int year = LocalDate.now().getYear();
		return time(queries, (i) -> BenchStack.API.getJson(this.stack.recommendation().baseUrl()
				+ "/api/v1/statistics/agencies?from=" + year + "-01&to=" + year + "-12&size=50", monitor));
	}

	private static org.HdrHistogram.Histogram time(int queries, java.util.function.IntConsumer query) {
		for (int i = 0; i < Math.min(5, queries); i++) {
			warmUp(query, i);
		}
		org.HdrHistogram.Histogram latency = new org.HdrHistogram.Histogram(600_000_000L, 3);
		for (int i = 0; i < queries; i++) {
			long start = System.nanoTime();
			query.accept(i);
			latency.recordValue(Math.max(1, (System.nanoTime() - start) / 1_000));
		}
		return latency;
	}

	/**
	 * Runs an untimed query, once more after a failure: a service's first authenticated
	 * request fetches the token issuer's keys, which may time out while the benchmark's
	 * JVM (the issuer's host) is still collecting the garbage of a bulk load.
	 */
	private static void warmUp(java.util.function.IntConsumer query, int i) {
		try {
			query.accept(i);
		}
		catch (IllegalStateException ex) {
			System.out.println("BENCH | warm-up query failed, once more in 5 s: " + ex.getMessage());
			Pause.millis(5000);
			query.accept(i);
		}
	}

	private String agencyToken(String agency) {
		return this.tokens.computeIfAbsent(agency, (id) -> this.stack.token("canbo." + id, id, "AGENCY_OFFICER"));
	}

}
