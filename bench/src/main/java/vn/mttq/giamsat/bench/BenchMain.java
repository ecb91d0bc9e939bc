package vn.mttq.giamsat.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Runs the benchmark and prints its table; see {@link BenchOptions} for what it measures.
 * Everything it starts (broker, database server, token issuer, the three services, the
 * peer's JVM) is stopped at the end, also on failure or Ctrl-C.
 */
public final class BenchMain {

	private BenchMain() {
	}

	public static void main(String[] args) {
		BenchOptions options = BenchOptions.parse(args);
		Path logDir = Path.of("target", "bench").toAbsolutePath();
		Report report = new Report(options);
		System.out
			.println("BENCH | starting the embedded broker, database server and the three services; logs in " + logDir);
		try (BenchStack stack = BenchStack.start(logDir, options);
				EventWatcher watcher = new EventWatcher(stack.bootstrapServers())) {
			report.services(options.instances(), stack.sharing());
			// Idle: the services' start-up work (topic and index declarations, first
			// polls) is over.
			Pause.millis(10_000);
			report.memoryAtStart(stack.memory().now());
			List<String> agencies = Letters.agencies("so-bench", options.agencies());
			Letters letters = Letters.prepare(stack, agencies, "pipeline");
			PipelineRun pipeline = new PipelineRun(stack, watcher, letters);
			for (int run = 1; run <= options.warmups(); run++) {
				progress("warm-up run " + run + " of " + options.warmups());
				progress("  " + Report.perSecond(pipeline.burst(options.letters(), options.items()).itemsPerSecond())
						+ " items/s");
			}
			stack.queryPlans().reset();
			List<PipelineRun.Result> bursts = new ArrayList<>();
			for (int run = 1; run <= options.runs(); run++) {
				progress("burst run " + run + " of " + options.runs());
				bursts.add(pipeline.burst(options.letters(), options.items()));
				progress("  " + Report.perSecond(bursts.get(bursts.size() - 1).itemsPerSecond()) + " items/s");
			}
			report.bursts(bursts);
			report.memoryAfterBursts(stack.memory().now());
			report.reads(stack.queryPlans(), bursts.stream().mapToLong(PipelineRun.Result::items).sum());
			progress("paced run at " + options.rate() + " items/s for " + options.pacedSeconds() + " s");
			report.paced(pipeline.paced(options.rate(), options.pacedSeconds(), options.pacedItems()));
			progress("raw limits: Kafka produce-then-consume, database single-document writes");
			List<RawLimits.Kafka> kafka = new ArrayList<>();
			List<RawLimits.Mongo> mongo = new ArrayList<>();
			for (int run = 0; run < 3; run++) {
				kafka.add(RawLimits.kafka(stack.bootstrapServers(), options.limitRecords()));
				mongo.add(RawLimits.mongo(stack.mongoUri(), options.limitRecords() / 4));
			}
			report.limits(median(kafka, Comparator.comparingDouble(RawLimits.Kafka::produceThenConsume)),
					median(mongo, Comparator.comparingDouble(RawLimits.Mongo::singleWrites)));
			report.heap(stack);
			if (options.peer()) {
				OurJob job = new OurJob(stack, watcher);
				progress("ours: answers");
				Map<String, String> issued = pipeline.issued();
				double answers = job.answers(issued);
				progress("ours: escalations of " + options.escalations() + " overdue items");
				double escalations = job.escalations(letters, options.escalations());
				progress("ours: agency list with " + options.open() + " open items across 500 agencies");
				List<String> openAgencies = ScaleLoader.load(stack.mongoUri(), "so-open", options.open(), 500);
				var list = job.agencyList(openAgencies, 200);
				long rss = stack.memory().now().residentTotal();
				long heap = stack.services().stream().mapToLong(stack.meters()::heapUsed).sum();
				progress("peer: Flowable on H2 with " + options.open() + " open items (its own JVM)");
				Peer.Result peer = Peer.run(logDir, options.open(), issued.size(), options.escalations());
				report.peer(bursts, answers, escalations, list, rss, heap, peer);
			}
			if (options.scale()) {
				progress("scale: loading " + options.scaleItems() + " tracked items");
				OurJob job = new OurJob(stack, watcher);
				long start = System.nanoTime();
				List<String> scaleAgencies = ScaleLoader.load(stack.mongoUri(), "so-scale",
						options.scaleItems() - (options.peer() ? options.open() : 0), 500);
				double loadSeconds = (System.nanoTime() - start) / 1e9;
				// The bulk load leaves this JVM, which hosts the in-memory database
				// server,
				// gigabytes of garbage to collect: collected now, that housekeeping of
				// the
				// embedded server does not land in the services' latencies measured next.
				System.gc();
				stack.queryPlans().reset();
				var statistics = job.statistics(100);
				var agencyList = job.agencyList(scaleAgencies, 100);
				report.scaleReads(stack.queryPlans());
				report.scale(options.scaleItems(), loadSeconds, statistics, agencyList, stack);
			}
			report.memoryPeaks(stack.memory().peaks(), stack.memory().peakTotal());
		}
		catch (RuntimeException ex) {
			System.out.println("BENCH | FAILED: " + ex);
			ex.printStackTrace(System.out);
			report.print();
			System.exit(1);
		}
		report.print();
		System.exit(0);
	}

	private static void progress(String what) {
		System.out.println("BENCH | " + java.time.LocalTime.now().withNano(0) + " " + what);
	}

	static <T> T median(List<T> values, Comparator<T> order) {
		List<T> sorted = new ArrayList<>(values);
		sorted.sort(order);
		return sorted.get(sorted.size() / 2);
	}

}
