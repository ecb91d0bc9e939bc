package vn.mttq.giamsat.bench.peer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

import org.HdrHistogram.Histogram;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.task.api.Task;

/**
 * The job done by Flowable on an embedded H2 file database: one process per item, an
 * answer task for the agency's group with a non-interrupting reminder timer before the
 * due date and an escalation timer at it. Prints its figures as {@code PEER key=value}
 * lines for the benchmark, which runs it in a JVM of its own so that its memory is its
 * own.
 */
public final class FlowablePeer {

	static final int AGENCIES = 500;

	private static final String PROCESS = """
			<?xml version="1.0" encoding="UTF-8"?>
			<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
			    xmlns:flowable="http://flowable.org/bpmn" targetNamespace="giamsat">
			  <process id="recommendation" isExecutable="true">
			    <startEvent id="issued"/>
			    <sequenceFlow id="f1" sourceRef="issued" targetRef="answer"/>
			    <userTask id="answer" name="Trả lời kiến nghị" flowable:candidateGroups="${agency}"/>
			    <boundaryEvent id="reminder" attachedToRef="answer" cancelActivity="false">
			      <timerEventDefinition><timeDate>${reminderAt}</timeDate></timerEventDefinition>
			    </boundaryEvent>
			    <sequenceFlow id="f2" sourceRef="reminder" targetRef="remind"/>
			    <serviceTask id="remind" flowable:expression="${true}"/>
			    <sequenceFlow id="f3" sourceRef="remind" targetRef="reminded"/>
			    <endEvent id="reminded"/>
			    <boundaryEvent id="escalation" attachedToRef="answer" cancelActivity="false">
			      <timerEventDefinition><timeDate>${dueAt}</timeDate></timerEventDefinition>
			    </boundaryEvent>
			    <sequenceFlow id="f4" sourceRef="escalation" targetRef="escalate"/>
			    <serviceTask id="escalate" flowable:class="vn.mttq.giamsat.bench.peer.CountEscalation"/>
			    <sequenceFlow id="f5" sourceRef="escalate" targetRef="escalated"/>
			    <endEvent id="escalated"/>
			    <sequenceFlow id="f6" sourceRef="answer" targetRef="answered"/>
			    <endEvent id="answered"/>
			  </process>
			</definitions>
			""";

	private final ProcessEngine engine;

	private FlowablePeer(ProcessEngine engine) {
		this.engine = engine;
	}

	/**
	 * Runs the peer.
	 * @param args open items, answers, escalations
	 */
	public static void main(String[] args) throws Exception {
		int open = Integer.parseInt(args[0]);
		int answers = Integer.parseInt(args[1]);
		int escalations = Integer.parseInt(args[2]);
		Path dir = Files.createTempDirectory("bench-flowable-");
		ProcessEngineConfiguration configuration = ProcessEngineConfiguration
			.createStandaloneProcessEngineConfiguration()
			.setJdbcUrl("jdbc:h2:file:" + dir.resolve("flowable").toAbsolutePath() + ";DB_CLOSE_DELAY=-1")
			.setJdbcDriver("org.h2.Driver")
			.setJdbcUsername("sa")
			.setJdbcPassword("")
			.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
			.setAsyncExecutorActivate(false);
		ProcessEngine engine = configuration.buildProcessEngine();
		try {
			engine.getRepositoryService().createDeployment().addString("recommendation.bpmn20.xml", PROCESS).deploy();
			new FlowablePeer(engine).run(open, answers, escalations);
		}
		finally {
			close(engine);
			deleteRecursively(dir);
		}
		System.exit(0);
	}

	/**
	 * Stops the timers first; a timer job caught mid-transaction by the close is the
	 * engine's business, not a failed measurement.
	 */
	private static void close(ProcessEngine engine) {
		try {
			engine.getProcessEngineConfiguration().getAsyncExecutor().shutdown();
			engine.close();
		}
		catch (RuntimeException ex) {
			System.out.println("Closing the engine: " + ex);
		}
	}

	private void run(int open, int answers, int escalations) {
		Instant now = Instant.now();
		double started = startAll(open, now.plus(Duration.ofDays(30)), now.plus(Duration.ofDays(37)));
		print("started_per_second", started);
		Histogram list = time(200,
				(i) -> this.engine.getTaskService()
					.createTaskQuery()
					.taskCandidateGroup("agency-" + ((i * 7919) % AGENCIES))
					.active()
					.orderByTaskCreateTime()
					.desc()
					.listPage(0, 50));
		print("list_p50_ms", list.getValueAtPercentile(50) / 1000.0);
		print("list_p95_ms", list.getValueAtPercentile(95) / 1000.0);
		print("heap_bytes", ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
		print("answers_per_second", completeTasks(answers));
		// Items whose escalation is due now; the reminder is still ahead.
		startAll(escalations, now.plus(Duration.ofDays(30)), now.minusSeconds(1));
		long release = System.currentTimeMillis();
		this.engine.getProcessEngineConfiguration().getAsyncExecutor().start();
		int fired = awaitEscalations(escalations, Duration.ofMinutes(5));
		print("escalations_per_second", fired / (Math.max(1, lastEscalation() - release) / 1000.0));
		print("escalations_fired", fired);
		// Items whose reminder and escalation are both overdue at once.
		CountEscalation.ESCALATED.clear();
		startAll(escalations, now.minusSeconds(2), now.minusSeconds(1));
		int both = awaitEscalations(escalations, Duration.ofSeconds(60));
		print("both_overdue_escalated", both);
		print("both_overdue_items", escalations);
	}

	private double startAll(int count, Instant reminderAt, Instant dueAt) {
		return inParallel(count, (i) -> this.engine.getRuntimeService()
			.startProcessInstanceByKey("recommendation", "item-" + i + "-" + System.nanoTime(), Map.of("agency",
					"agency-" + (i % AGENCIES), "reminderAt", Date.from(reminderAt), "dueAt", Date.from(dueAt))));
	}

	private double completeTasks(int count) {
		List<String> ids = this.engine.getTaskService()
			.createTaskQuery()
			.active()
			.listPage(0, count)
			.stream()
			.map(Task::getId)
			.toList();
		return inParallel(ids.size(),
				(i) -> this.engine.getTaskService().complete(ids.get(i), Map.of("answer", "ACCEPTED")));
	}

	private int awaitEscalations(int expected, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		int last = -1;
		long lastChange = System.nanoTime();
		while (CountEscalation.ESCALATED.size() < expected && System.nanoTime() < deadline) {
			int now = CountEscalation.ESCALATED.size();
			if (now != last) {
				last = now;
				lastChange = System.nanoTime();
			}
			else if (System.nanoTime() - lastChange > Duration.ofSeconds(20).toNanos()) {
				// Nothing fired for 20 s: stalled.
				break;
			}
			sleep(50);
		}
		return CountEscalation.ESCALATED.size();
	}

	private static long lastEscalation() {
		return CountEscalation.ESCALATED.values().stream().max(Comparator.naturalOrder()).orElse(0L);
	}

	/** Runs {@code count} calls from two threads, as the figures were taken. */
	private static double inParallel(int count, IntConsumer call) {
		ExecutorService threads = Executors.newFixedThreadPool(2);
		long start = System.nanoTime();
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < 2; t++) {
				int first = t;
				done.add(threads.submit(() -> {
					for (int i = first; i < count; i += 2) {
						call.accept(i);
					}
				}));
			}
			for (Future<?> part : done) {
				part.get();
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			threads.shutdownNow();
		}
		return count / ((System.nanoTime() - start) / 1e9);
	}

	private static Histogram time(int queries, IntConsumer query) {
		for (int i = 0; i < 5; i++) {
			query.accept(i);
		}
		Histogram latency = new Histogram(600_000_000L, 3);
		for (int i = 0; i < queries; i++) {
			long start = System.nanoTime();
			query.accept(i);
			latency.recordValue(Math.max(1, (System.nanoTime() - start) / 1000));
		}
		return latency;
	}

	private static void print(String key, double value) {
		System.out.println(String.format(Locale.ROOT, "PEER %s=%.3f", key, value));
		System.out.flush();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void deleteRecursively(Path dir) {
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
