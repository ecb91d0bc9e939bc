package vn.mttq.giamsat.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

/**
 * Holds recommendation-service's scheduler lease (the ShedLock document in
 * {@code scheduler_leases} its instances take turns with), so that no pass runs until the
 * benchmark lets go: the pipeline runs are not disturbed by passes, and the timed
 * escalations start all at once.
 */
final class SchedulerLease {

	static final String DATABASE = "bench-recommendation";

	private SchedulerLease() {
	}

	static void hold(String mongoUri) {
		write(mongoUri, Instant.now().plus(Duration.ofDays(1)));
	}

	static void release(String mongoUri) {
		write(mongoUri, Instant.EPOCH);
	}

	private static void write(String mongoUri, Instant until) {
		try (MongoClient client = MongoClients.create(mongoUri)) {
			client.getDatabase(DATABASE)
				.getCollection("scheduler_leases")
				.replaceOne(Filters.eq("_id", "lifecycle-scheduler"),
						new Document("_id", "lifecycle-scheduler").append("lockUntil", Date.from(until))
							.append("lockedAt", new Date())
							.append("lockedBy", "bench"),
						new ReplaceOptions().upsert(true));
		}
	}

}
