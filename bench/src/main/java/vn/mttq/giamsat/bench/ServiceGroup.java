package vn.mttq.giamsat.bench;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import vn.mttq.giamsat.testfixtures.ServiceProcess;

/**
 * The instances of one service (same group ids, database and broker, each on its own
 * ports); the benchmark's clients take them in turn.
 */
final class ServiceGroup {

	private final String module;

	private final List<ServiceProcess> instances;

	private final AtomicInteger turn = new AtomicInteger();

	ServiceGroup(String module, List<ServiceProcess> instances) {
		this.module = module;
		this.instances = List.copyOf(instances);
	}

	/** The instance the next call goes to (round robin). */
	ServiceProcess next() {
		return this.instances.get(Math.floorMod(this.turn.getAndIncrement(), this.instances.size()));
	}

	List<ServiceProcess> instances() {
		return this.instances;
	}

	String module() {
		return this.module;
	}

	/** The module's name without {@code -service}, as the table shows it. */
	String shortName() {
		return this.module.replace("-service", "");
	}

}
