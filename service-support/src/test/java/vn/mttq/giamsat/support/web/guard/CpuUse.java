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
	 * Measures the cores this process keeps busy over a window.
	 * @param window how long to watch
	 * @return the CPU time used divided by the window (1.0 = one core busy throughout)
	 * @throws InterruptedException if interrupted while watching
	 */
	static double ofThisProcessOver(Duration window) throws InterruptedException {
		OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		long cpuBefore = os.getProcessCpuTime();
		long wallBefore = System.nanoTime();
		Thread.sleep(window.toMillis());
		return (double) (os.getProcessCpuTime() - cpuBefore) / (System.nanoTime() - wallBefore);
	}

}
