package vn.mttq.giamsat.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;

import vn.mttq.giamsat.testfixtures.ServiceProcess;

/**
 * The work the services did so far: database writes their drivers sent (from their
 * metrics endpoints) and records on the application topics (their end offsets).
 *
 * @param databaseWrites insert, update, delete and findAndModify commands of the three
 * services
 * @param kafkaRecords records on every topic but the broker's internal ones
 */
record Counters(double databaseWrites, long kafkaRecords, Map<String, Double> writesByCommand) {

	static Counters read(BenchStack stack) {
		double writes = 0;
		Map<String, Double> byCommand = new java.util.TreeMap<>();
		for (ServiceGroup group : stack.groups()) {
			for (ServiceProcess service : group.instances()) {
				writes += stack.meters().databaseWrites(service);
				for (String command : Meters.WRITE_COMMANDS) {
					byCommand.merge(group.shortName() + " " + command, stack.meters().commands(service, command),
							Double::sum);
				}
			}
		}
		return new Counters(writes, kafkaRecords(stack.bootstrapServers()), byCommand);
	}

	/**
	 * The writes per item of each service and command since {@code before}, the ones that
	 * happened.
	 */
	String writesPerItemSince(Counters before, int items) {
		StringBuilder text = new StringBuilder();
		this.writesByCommand.forEach((key, count) -> {
			double perItem = (count - before.writesByCommand.getOrDefault(key, 0.0)) / items;
			if (perItem >= 0.005) {
				text.append((text.length() > 0) ? ", " : "")
					.append(String.format(java.util.Locale.ROOT, "%s %.2f", key, perItem));
			}
		});
		return text.toString();
	}

	/**
	 * Reads the counters until they stop moving for a second: the work that follows the
	 * last item into its inbox (statistics, live status, receipts) is part of the item's
	 * cost.
	 */
	static Counters settle(BenchStack stack, Counters before) {
		Counters last = read(stack);
		long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
		for (int quiet = 0; quiet < 4 && System.nanoTime() < deadline;) {
			Pause.millis(250);
			Counters now = read(stack);
			quiet = now.equals(last) ? quiet + 1 : 0;
			last = now;
		}
		return last;
	}

	static long kafkaRecords(String bootstrapServers) {
		Properties properties = new Properties();
		properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		try (Admin admin = Admin.create(properties)) {
			Map<TopicPartition, OffsetSpec> request = new HashMap<>();
			var names = admin.listTopics().names().get(20, TimeUnit.SECONDS);
			for (TopicDescription topic : admin.describeTopics(names)
				.allTopicNames()
				.get(20, TimeUnit.SECONDS)
				.values()) {
				if (topic.isInternal() || topic.name().startsWith("__") || topic.name().startsWith("bench.")) {
					continue;
				}
				topic.partitions()
					.forEach((p) -> request.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.latest()));
			}
			long records = 0;
			for (ListOffsetsResultInfo info : admin.listOffsets(request).all().get(20, TimeUnit.SECONDS).values()) {
				records += info.offset();
			}
			return records;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot count the records on the topics", ex);
		}
	}

}
