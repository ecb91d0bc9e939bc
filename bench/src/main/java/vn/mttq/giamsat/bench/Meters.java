package vn.mttq.giamsat.bench;

import java.util.List;
import java.util.function.Supplier;

import vn.mttq.giamsat.testfixtures.ServiceProcess;

/**
 * What the benchmark reads of a service's meters: its management port's
 * {@code /actuator/metrics}, with an operator's token.
 */
final class Meters {

	static final List<String> WRITE_COMMANDS = List.of("insert", "update", "delete", "findAndModify");

	private final Supplier<String> tokens;

	/**
	 * Reads meters.
	 * @param tokens mints an ADMIN or MONITOR token for each read (a token lives 30
	 * minutes, a run longer)
	 */
	Meters(Supplier<String> tokens) {
		this.tokens = tokens;
	}

	/**
	 * Returns the heap in use.
	 * @return bytes, summed over the heap's pools
	 */
	long heapUsed(ServiceProcess service) {
		return (long) BenchStack.API.metric(service.managementUrl(), this.tokens.get(), "jvm.memory.used", "VALUE",
				"area:heap");
	}

	/**
	 * Counts the commands of one kind the service's database driver sent.
	 * @param command e.g. {@code insert}
	 */
	double commands(ServiceProcess service, String command) {
		return BenchStack.API.metric(service.managementUrl(), this.tokens.get(), "mongodb.driver.commands", "COUNT",
				"command:" + command);
	}

	/**
	 * Counts the database writes the service's driver sent: insert, update, delete and
	 * findAndModify commands (a bulk command counts once).
	 */
	double databaseWrites(ServiceProcess service) {
		double writes = 0;
		for (String command : WRITE_COMMANDS) {
			writes += commands(service, command);
		}
		return writes;
	}

}
