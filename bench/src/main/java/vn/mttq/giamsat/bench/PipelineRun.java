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
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

/**
 * Drives letters through the public API and times each item from the moment its letter
 * was (meant to be) sent until it was tracked and until it was in its addressee's inbox.
 */
final class PipelineRun {

	/** Concurrent clients issuing the letters of a burst. */
	static final int CLIENTS = 4;

	private final BenchStack stack;

	private final EventWatcher watcher;

	private final Letters letters;

	private final Map<String, String> agencyOf = new ConcurrentHashMap<>();

	PipelineRun(BenchStack stack, EventWatcher watcher, Letters letters) {
		this.stack = stack;
		this.watcher = watcher;
		this.letters = letters;
	}

	/**
	 * Issues all letters at once from {@value #CLIENTS} clients, as a migration of past
	 * years arrives.
	 */
	Result burst(int letterCount, int itemsPerLetter) {
		Counters before = Counters.read(this.stack);
		Map<String, Long> sentAt = new ConcurrentHashMap<>();
		long started = System.currentTimeMillis();
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		try {
			List<Future<?>> sent = new ArrayList<>();
			for (int i = 0; i < letterCount; i++) {
				sent.add(clients.submit(() -> issueOne(itemsPerLetter, System.currentTimeMillis(), sentAt)));
			}
			for (Future<?> letter : sent) {
				letter.get();
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("Issuing the burst failed", ex);
		}
		finally {
			clients.shutdownNow();
		}
		return finish(sentAt, started, before);
	}

	/**
	 * Issues letters at a steady rate; each item is timed from when its letter was due to
	 * go, so a stall is not hidden by the letters held back behind it.
	 */
	Result paced(int itemsPerSecond, int seconds, int itemsPerLetter) {
		Counters before = Counters.read(this.stack);
		Map<String, Long> sentAt = new ConcurrentHashMap<>();
		long periodMicros = 1_000_000L * itemsPerLetter / itemsPerSecond;
		int letterCount = (int) (seconds * 1_000_000L / periodMicros);
		ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		long started = System.currentTimeMillis();
		List<Future<?>> sent = new ArrayList<>();
		try {
			for (int i = 0; i < letterCount; i++) {
				long intended = started + i * periodMicros / 1000;
				timer.schedule(() -> sent.add(clients.submit(() -> issueOne(itemsPerLetter, intended, sentAt))),
						i * periodMicros, TimeUnit.MICROSECONDS);
			}
			timer.shutdown();
			timer.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
			for (Future<?> letter : List.copyOf(sent)) {
				letter.get();
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("Issuing the paced letters failed", ex);
		}
		finally {
			timer.shutdownNow();
			clients.shutdownNow();
		}
		return finish(sentAt, started, before);
	}

	/** Every item issued so far and its addressee. */
	Map<String, String> issued() {
		return Map.copyOf(this.agencyOf);
	}

	private void issueOne(int items, long sendTime, Map<String, Long> sentAt) {
		LocalDate today = LocalDate.now();
		for (Map.Entry<String, String> item : this.letters.issue(items, today, today.plusDays(60)).entrySet()) {
			sentAt.put(item.getKey(), sendTime);
			this.agencyOf.put(item.getKey(), item.getValue());
		}
	}

	private Result finish(Map<String, Long> sentAt, long started, Counters before) {
		List<String> ids = List.copyOf(sentAt.keySet());
		this.watcher.awaitThrough(ids, Duration.ofMinutes(10));
		// The last consumers' own writes (statistics, live status) follow the inbox; let
		// them finish before counting.
		Counters after = Counters.settle(this.stack, before);
		Histogram toTracked = new Histogram(3_600_000_000L, 3);
		Histogram toInbox = new Histogram(3_600_000_000L, 3);
		long last = started;
		for (String id : ids) {
			long sent = sentAt.get(id);
			long tracked = this.watcher.trackedAt(id);
			long inbox = this.watcher.inboxAt(id);
			toTracked.recordValue(Math.max(0, tracked - sent) * 1000);
			toInbox.recordValue(Math.max(0, inbox - sent) * 1000);
			last = Math.max(last, Math.max(tracked, inbox));
		}
		double seconds = Math.max(1, last - started) / 1000.0;
		return new Result(ids.size(), seconds, ids.size() / seconds, toTracked, toInbox,
				(after.databaseWrites() - before.databaseWrites()) / ids.size(),
				(double) (after.kafkaRecords() - before.kafkaRecords()) / ids.size(),
				after.writesPerItemSince(before, ids.size()));
	}

	/**
	 * What one run measured.
	 *
	 * @param items items issued
	 * @param seconds from the first letter sent to the last item in its inbox
	 * @param itemsPerSecond items ÷ seconds
	 * @param toTracked microseconds from issue to tracked, per item
	 * @param toInbox microseconds from issue to the addressee's inbox, per item
	 * @param writesPerItem database writes of the three services per item
	 * @param recordsPerItem Kafka records (all topics) per item
	 * @param writes the writes per item by service and command
	 */
	record Result(int items, double seconds, double itemsPerSecond, Histogram toTracked, Histogram toInbox,
			double writesPerItem, double recordsPerItem, String writes) {
	}

}
