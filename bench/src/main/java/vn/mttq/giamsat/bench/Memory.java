package vn.mttq.giamsat.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import vn.mttq.giamsat.testfixtures.ServiceProcess;

/**
 * The services' resident memory (VmRSS from {@code /proc}), each service's instances
 * summed: sampled every half second for the peak over the run, and read at the moments
 * the table names, with the proportional set size (PSS: a page shared by several
 * processes, such as a class data archive's, counted once over them).
 */
final class Memory implements AutoCloseable {

	private final List<ServiceGroup> groups;

	private final Map<String, Long> peaks = new LinkedHashMap<>();

	private long peakTotal;

	private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "bench-memory");
		thread.setDaemon(true);
		return thread;
	});

	private Memory(List<ServiceGroup> groups) {
		this.groups = List.copyOf(groups);
		groups.forEach((group) -> this.peaks.put(group.module(), 0L));
	}

	/** Starts sampling the services. */
	static Memory watch(List<ServiceGroup> groups) {
		Memory memory = new Memory(groups);
		memory.sampler.scheduleAtFixedRate(memory::sample, 0, 500, TimeUnit.MILLISECONDS);
		return memory;
	}

	private synchronized void sample() {
		long total = 0;
		for (ServiceGroup group : this.groups) {
			long resident = sum(group, false);
			this.peaks.merge(group.module(), resident, Math::max);
			total += resident;
		}
		this.peakTotal = Math.max(this.peakTotal, total);
	}

	/** Reads every service's memory now. */
	Snapshot now() {
		sample();
		Map<String, Long> resident = new LinkedHashMap<>();
		Map<String, Long> proportional = new LinkedHashMap<>();
		for (ServiceGroup group : this.groups) {
			resident.put(group.module(), sum(group, false));
			proportional.put(group.module(), sum(group, true));
		}
		return new Snapshot(resident, proportional);
	}

	/** The highest resident memory sampled so far, by service. */
	synchronized Snapshot peaks() {
		return new Snapshot(Map.copyOf(this.peaks), Map.of());
	}

	/** The highest sum of the services' resident memory sampled so far. */
	synchronized long peakTotal() {
		return this.peakTotal;
	}

	private static long sum(ServiceGroup group, boolean proportional) {
		long bytes = 0;
		for (ServiceProcess instance : group.instances()) {
			bytes += proportional ? Machine.proportionalBytes(instance.pid()) : Machine.residentBytes(instance.pid());
		}
		return bytes;
	}

	@Override
	public void close() {
		this.sampler.shutdownNow();
	}

	/**
	 * Memory by service (module name), in bytes.
	 *
	 * @param resident resident set sizes
	 * @param proportional proportional set sizes (empty for peaks)
	 */
	record Snapshot(Map<String, Long> resident, Map<String, Long> proportional) {

		long residentTotal() {
			return this.resident.values().stream().mapToLong(Long::longValue).sum();
		}

		long proportionalTotal() {
			return this.proportional.values().stream().mapToLong(Long::longValue).sum();
		}

	}

}
