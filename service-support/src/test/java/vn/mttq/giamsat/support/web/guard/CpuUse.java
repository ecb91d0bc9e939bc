package vn.mttq.giamsat.support.web.guard;

import java.lang.management.ManagementFactory;
import java.time.Duration;

import com.sun.management.OperatingSystemMXBean;

/**
 * How busy this JVM keeps the processor: CPU time used over a wall-clock window, in
 * cores.
 */
final class CpuUse {

	private CpuUse() {
	}

	/**
	 * Watches this process window after window until one is under half a core or the time
	 * is up, and tells the quietest window seen.
	 * @param window how long each measure lasts
	 * @param atMost how long to watch in all
	 * @return the cores busy in the quietest window
	 * @throws InterruptedException if interrupted while watching
	 */
	static double quietestOfThisProcess(Duration window, Duration atMost) throws InterruptedException {
		long deadline = System.nanoTime() + atMost.toNanos();
		double quietest = Double.MAX_VALUE;
		do {
			quietest = Math.min(quietest, measure(window));
		}
		while (quietest >= 0.5 && System.nanoTime() < deadline);
		return quietest;
	}

	/** The CPU time this process used over a window, in cores. */
	private static double measure(Duration window) throws InterruptedException {
		OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		long cpuBefore = os.getProcessCpuTime();
		long wallBefore = System.nanoTime();
		Thread.sleep(window.toMillis());
		return (double) (os.getProcessCpuTime() - cpuBefore) / (System.nanoTime() - wallBefore);
	}

}
