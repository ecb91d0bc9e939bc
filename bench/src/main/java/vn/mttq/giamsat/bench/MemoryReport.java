package vn.mttq.giamsat.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The table's memory rows: each service's resident memory (its instances summed) when
 * idle after the start, at the end of the burst runs and at its peak over the run, the
 * three together, and the peer's.
 */
final class MemoryReport {

	private final List<String> modules = new ArrayList<>();

	private int instances = 1;

	private Memory.Snapshot atStart;

	private Memory.Snapshot afterBursts;

	private Memory.Snapshot peaks;

	private long peakTotal;

	private long peer;

	void instances(int count) {
		this.instances = count;
	}

	void atStart(Memory.Snapshot snapshot) {
		this.atStart = snapshot;
		this.modules.clear();
		this.modules.addAll(snapshot.resident().keySet());
	}

	void afterBursts(Memory.Snapshot snapshot) {
		this.afterBursts = snapshot;
	}

	void peaks(Memory.Snapshot snapshot, long total) {
		this.peaks = snapshot;
		this.peakTotal = total;
	}

	/** The peer's resident memory with its open items loaded. */
	void peer(long resident) {
		this.peer = resident;
	}

	/** The rows, headed; none before the services' memory was read. */
	List<String> lines() {
		List<String> lines = new ArrayList<>();
		if (this.atStart == null) {
			return lines;
		}
		lines.add(String.format(Locale.ROOT,
				"BENCH | memory: resident (VmRSS from /proc), MiB, %d instance%s of each service summed; "
						+ "PSS counts a page shared between processes (a class data archive's) once over them",
				this.instances, (this.instances > 1) ? "s" : ""));
		lines.add(Report.row("service", "idle after start", "end of the burst runs", "peak over the run",
				"PSS idle / end of bursts"));
		lines.add(Report.row("---", "---", "---", "---", "---"));
		for (String module : this.modules) {
			lines.add(Report.row(module + " (" + this.instances + "×)", mib(this.atStart.resident(), module),
					mib(this.afterBursts, module), (this.peaks != null) ? mib(this.peaks.resident(), module) : "",
					mib(this.atStart.proportional(), module) + " / "
							+ ((this.afterBursts != null) ? mib(this.afterBursts.proportional(), module) : "")));
		}
		lines.add(Report.row("the three together", mib(this.atStart.residentTotal()),
				(this.afterBursts != null) ? mib(this.afterBursts.residentTotal()) : "",
				(this.peaks != null) ? mib(this.peakTotal) : "", mib(this.atStart.proportionalTotal()) + " / "
						+ ((this.afterBursts != null) ? mib(this.afterBursts.proportionalTotal()) : "")));
		if (this.peer > 0 && this.peaks != null) {
			lines.add(Report.row("peer (Flowable, its open items loaded)", "", "", mib(this.peer), String
				.format(Locale.ROOT, "ours (peak, the three) / peer = %.2f", (double) this.peakTotal / this.peer)));
		}
		return lines;
	}

	private static String mib(Memory.Snapshot snapshot, String module) {
		return (snapshot != null) ? mib(snapshot.resident(), module) : "";
	}

	private static String mib(Map<String, Long> bytes, String module) {
		return mib(bytes.getOrDefault(module, 0L));
	}

	private static String mib(long bytes) {
		return String.format(Locale.ROOT, "%.0f", bytes / (1024.0 * 1024.0));
	}

}
