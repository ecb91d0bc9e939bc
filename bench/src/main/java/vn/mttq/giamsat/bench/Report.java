package vn.mttq.giamsat.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.HdrHistogram.Histogram;

import vn.mttq.giamsat.localstack.QueryPlans;

/**
 * The table the benchmark prints: the pipeline against the raw limits, ours against the
 * peer, and the read endpoints at scale. Latencies are kept in microseconds and shown in
 * milliseconds.
 */
final class Report {

	private final BenchOptions options;

	private final String machine = Machine.describe();

	private final List<String> lines = new ArrayList<>();

	private List<PipelineRun.Result> bursts = List.of();

	private PipelineRun.Result paced;

	private RawLimits.Kafka kafka;

	private RawLimits.Mongo mongo;

	private String services = "";

	private String heap = "";

	private final List<String> reads = new ArrayList<>();

	private final List<String> scaleReads = new ArrayList<>();

	private final MemoryReport memory = new MemoryReport();

	Report(BenchOptions options) {
		this.options = options;
	}

	void services(int instances, String sharing) {
		this.memory.instances(instances);
		String extra = System.getProperty("bench.service.jvm", "").trim();
		this.services = instances + " instance" + ((instances > 1) ? "s" : "") + " of each, " + ServiceJvm.describe()
				+ (extra.isEmpty() ? "" : " " + extra) + "; class data sharing: " + sharing;
	}

	void memoryAtStart(Memory.Snapshot snapshot) {
		this.memory.atStart(snapshot);
	}

	void memoryAfterBursts(Memory.Snapshot snapshot) {
		this.memory.afterBursts(snapshot);
	}

	void memoryPeaks(Memory.Snapshot peaks, long total) {
		this.memory.peaks(peaks, total);
	}

	void bursts(List<PipelineRun.Result> results) {
		this.bursts = List.copyOf(results);
	}

	void paced(PipelineRun.Result result) {
		this.paced = result;
	}

	/**
	 * Keeps how the database server answered the burst runs' reads: through an index, or
	 * by reading a whole collection, and the most frequent shapes of the latter.
	 */
	void reads(QueryPlans plans, long items) {
		long scans = plans.scanCount();
		long indexed = plans.indexedCount();
		this.reads.add(row("database reads per item through an index / reading a whole collection",
				decimal((double) indexed / items) + " / " + decimal((double) scans / items), "", "",
				"finds, counts, updates' and deletes' selection, aggregations' first $match"));
		plans.scansByShape()
			.entrySet()
			.stream()
			.limit(8)
			.forEach((entry) -> this.reads.add(row("  whole-collection read: " + entry.getKey(),
					decimal((double) entry.getValue() / items) + " per item", "", "", "")));
	}

	void limits(RawLimits.Kafka kafkaLimit, RawLimits.Mongo mongoLimit) {
		this.kafka = kafkaLimit;
		this.mongo = mongoLimit;
	}

	void heap(BenchStack stack) {
		this.heap = heapByService(stack) + " MiB";
	}

	void peer(List<PipelineRun.Result> bursts, double answers, double escalations, Histogram list, long resident,
			long heapUsed, Peer.Result peer) {
		this.lines.add("");
		this.lines.add("BENCH | ours vs peer: Flowable 8.0 + H2 file database, a process per item (answer task for the "
				+ "agency's group, reminder timer, escalation timer), 2 threads; " + this.options.open()
				+ " open items across 500 agencies");
		this.lines.add(row("measure", "ours", "peer", "ours/peer", "better"));
		this.lines.add(row("---", "---", "---", "---", "---"));
		double ours = medianBurst().itemsPerSecond();
		this.lines.add(ratioRow("items started/s (ours: issued → tracked → inbox)", ours,
				peer.get("started_per_second"), true));
		this.lines.add(ratioRow("answers completed/s", answers, peer.get("answers_per_second"), true));
		this.lines.add(ratioRow("escalations fired/s", escalations, peer.get("escalations_per_second"), true));
		this.lines.add(ratioRow("agency list, first 50 open, p50 ms", ms(list.getValueAtPercentile(50)),
				peer.get("list_p50_ms"), false));
		this.lines.add(ratioRow("agency list, first 50 open, p95 ms", ms(list.getValueAtPercentile(95)),
				peer.get("list_p95_ms"), false));
		this.lines.add(ratioRow("memory, resident MiB (ours: the 3 services, all instances)", mib(resident),
				mib(peer.resident()), false));
		this.memory.peer(peer.resident());
		this.lines.add(
				ratioRow("heap used MiB (ours: 3 services)", mib(heapUsed), mib((long) peer.get("heap_bytes")), false));
		this.lines.add(row("reminder and escalation both overdue: escalated",
				this.options.escalations() + " of " + this.options.escalations(),
				(long) peer.get("both_overdue_escalated") + " of " + (long) peer.get("both_overdue_items"), "", ""));
	}

	/**
	 * Keeps the whole-collection reads the database server made while the scale queries
	 * ran (theirs and the services' background work).
	 */
	void scaleReads(QueryPlans plans) {
		this.scaleReads.add("BENCH | database reads while the scale queries ran: " + plans.indexedCount()
				+ " through an index, " + plans.scanCount() + " of a whole collection");
		plans.scansByShape()
			.entrySet()
			.stream()
			.limit(6)
			.forEach((entry) -> this.scaleReads.add("BENCH |   " + entry.getValue() + " × " + entry.getKey()));
	}

	void scale(int items, double loadSeconds, Histogram statistics, Histogram list, BenchStack stack) {
		this.lines.add("");
		this.lines.add(String.format(Locale.ROOT,
				"BENCH | scale: %,d tracked items across 500 agencies (bulk-loaded in %.0f s), 100 queries each", items,
				loadSeconds));
		this.lines.add(row("endpoint", "p50 ms", "p95 ms", "target p95", "met"));
		this.lines.add(row("---", "---", "---", "---", "---"));
		this.lines.add(latencyRow("GET /api/v1/statistics/agencies (a year, page of 50)", statistics, 50));
		this.lines.add(latencyRow("GET /api/v1/recommendations (agency officer, first 50)", list, 100));
		this.lines.add("BENCH | heap used at scale: " + heapByService(stack) + " MiB");
		this.lines.addAll(this.scaleReads);
	}

	private static String heapByService(BenchStack stack) {
		List<String> used = new ArrayList<>();
		for (ServiceGroup group : stack.groups()) {
			long bytes = group.instances().stream().mapToLong(stack.meters()::heapUsed).sum();
			used.add(group.shortName() + " " + decimal(mib(bytes)));
		}
		return String.join(", ", used);
	}

	void print() {
		System.out.println();
		System.out.println("BENCH | machine: " + this.machine);
		System.out.println("BENCH | services: " + this.services + "; broker, database server (in memory) and "
				+ "token issuer embedded in the benchmark's JVM");
		if (!this.bursts.isEmpty() && this.kafka != null) {
			printPipeline();
		}
		this.memory.lines().forEach(System.out::println);
		this.lines.forEach(System.out::println);
	}

	private void printPipeline() {
		PipelineRun.Result median = medianBurst();
		double writeCeiling = this.mongo.singleWrites() / median.writesPerItem();
		double kafkaCeiling = this.kafka.produceThenConsume() / median.recordsPerItem();
		double ceiling = Math.min(writeCeiling, kafkaCeiling);
		System.out.printf(Locale.ROOT,
				"BENCH | pipeline: %d burst runs of %d letters x %d items from %d clients (median run; all runs: %s items/s)%n",
				this.bursts.size(), this.options.letters(), this.options.items(), PipelineRun.CLIENTS,
				String.join(", ", this.bursts.stream().map((r) -> perSecond(r.itemsPerSecond())).toList()));
		System.out.println(row("measure", "pipeline", "limit", "pipeline/limit", "note"));
		System.out.println(row("---", "---", "---", "---", "---"));
		System.out.println(row("end to end, items/s (issue → tracked → inbox)", perSecond(median.itemsPerSecond()),
				perSecond(ceiling), ratio(median.itemsPerSecond() / ceiling),
				"limit = the lower ceiling below; target ≥ 0.50 and ≥ 800/s"));
		System.out.println(row("database writes per item (3 services)", decimal(median.writesPerItem()), "", "",
				"insert/update/delete/findAndModify commands"));
		System.out.println(row("  by service and command", median.writes(), "", "", ""));
		this.reads.forEach(System.out::println);
		System.out.println(row("Kafka records per item (all topics)", decimal(median.recordsPerItem()), "", "",
				"events, copies' and deliveries' records"));
		System.out.println(row("database single-document writes/s (same server, same driver)", "",
				perSecond(this.mongo.singleWrites()), "", "insertOne " + perSecond(this.mongo.inserts())
						+ "/s, updateOne " + perSecond(this.mongo.updates()) + "/s"));
		System.out.println(row("ceiling by the database, items/s (writes/s ÷ writes per item)", "",
				perSecond(writeCeiling), ratio(median.itemsPerSecond() / writeCeiling), ""));
		System.out.println(row("Kafka produce-then-consume records/s (acks=all, idempotent)", "",
				perSecond(this.kafka.produceThenConsume()), "", "produce " + perSecond(this.kafka.produce())
						+ "/s, consume " + perSecond(this.kafka.consume()) + "/s"));
		System.out.println(row("ceiling by Kafka, items/s (records/s ÷ records per item)", "", perSecond(kafkaCeiling),
				ratio(median.itemsPerSecond() / kafkaCeiling), ""));
		System.out.println(latencies("burst: issue → tracked, ms", median.toTracked()));
		System.out.println(latencies("burst: issue → inbox, ms", median.toInbox()));
		if (this.paced != null) {
			System.out.println(latencies(String.format(Locale.ROOT, "paced %d items/s for %d s: issue → tracked, ms",
					this.options.rate(), this.options.pacedSeconds()), this.paced.toTracked()));
			System.out
				.println(latencies(String.format(Locale.ROOT, "paced %d items/s: issue → inbox, ms (target p99 < 500)",
						this.options.rate()), this.paced.toInbox()));
		}
		System.out.println(row("heap used after the runs (each service's instances summed)", this.heap, "", "", ""));
	}

	private PipelineRun.Result medianBurst() {
		return BenchMain.median(this.bursts, Comparator.comparingDouble(PipelineRun.Result::itemsPerSecond));
	}

	private static String latencies(String what, Histogram histogram) {
		return row(what, String.format(Locale.ROOT, "p50 %s / p95 %s / p99 %s / max %s",
				decimal(ms(histogram.getValueAtPercentile(50))), decimal(ms(histogram.getValueAtPercentile(95))),
				decimal(ms(histogram.getValueAtPercentile(99))), decimal(ms(histogram.getMaxValue()))), "", "",
				histogram.getTotalCount() + " items");
	}

	private static String latencyRow(String what, Histogram histogram, double targetMs) {
		double p95 = ms(histogram.getValueAtPercentile(95));
		return row(what, decimal(ms(histogram.getValueAtPercentile(50))), decimal(p95), "< " + decimal(targetMs),
				(p95 < targetMs) ? "yes" : "NO");
	}

	private static String ratioRow(String what, double ours, double peer, boolean higherIsBetter) {
		double ratio = ours / peer;
		boolean ahead = higherIsBetter ? ratio > 1 : ratio < 1;
		return row(what, decimal(ours), decimal(peer), ratio(ratio), ahead ? "ours" : "PEER");
	}

	static String row(String... cells) {
		return "| " + String.join(" | ", cells) + " |";
	}

	static String perSecond(double value) {
		return String.format(Locale.ROOT, "%,.0f", value);
	}

	private static String decimal(double value) {
		return (Math.abs(value) >= 100) ? String.format(Locale.ROOT, "%,.0f", value)
				: String.format(Locale.ROOT, "%.1f", value);
	}

	private static String ratio(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

	private static double ms(double micros) {
		return micros / 1000.0;
	}

	private static double mib(long bytes) {
		return bytes / (1024.0 * 1024.0);
	}

}
