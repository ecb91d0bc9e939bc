package vn.mttq.giamsat.bench;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;

/**
 * What the broker and the database server can physically do on this machine, measured
 * with the services' own client settings: the broker with an idempotent producer
 * ({@code acks=all}, one request in flight, batched) and a read-committed consumer on a
 * topic of three partitions, the database with single-document writes from one thread
 * through the same driver.
 */
final class RawLimits {

	private static final int WINDOW = 500;

	private RawLimits() {
	}

	/**
	 * Produces records of a lifecycle event's size, then consumes them all.
	 * @return records per second over both, and each alone
	 */
	static Kafka kafka(String bootstrapServers, int records) {
		IllegalStateException failure = null;
		for (int attempt = 1; attempt <= 3; attempt++) {
			try {
				return kafkaOnce(bootstrapServers, records);
			}
			catch (IllegalStateException ex) {
				// Seen only on a heavily overloaded machine: a timed-out request makes
				// the
				// idempotent producer restart its sequence, which the broker refuses. A
				// new
				// producer on a new topic measures again.
				System.out.println("BENCH |   raw Kafka measurement failed (" + ex.getCause() + "), measuring again");
				failure = ex;
			}
		}
		throw failure;
	}

	private static Kafka kafkaOnce(String bootstrapServers, int records) {
		String topic = "bench.raw-" + UUID.randomUUID();
		Properties admin = new Properties();
		admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		try (Admin client = Admin.create(admin)) {
			client.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get(20, TimeUnit.SECONDS);
			// The first sends to a topic whose leaders are not known yet are retried, and
			// an overloaded broker can then refuse the retried sequence; start once they
			// are.
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			while (client.describeTopics(List.of(topic))
				.allTopicNames()
				.get(20, TimeUnit.SECONDS)
				.get(topic)
				.partitions()
				.stream()
				.anyMatch((partition) -> partition.leader() == null) && System.nanoTime() < deadline) {
				Pause.millis(100);
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot create " + topic, ex);
		}
		byte[] value = new byte[1500];
		java.util.Arrays.fill(value, (byte) 'x');
		Properties producer = new Properties();
		producer.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		producer.put(ProducerConfig.ACKS_CONFIG, "all");
		producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
		// One request in flight per connection: with five, a request retried after a
		// timeout on this loaded machine came back with its sequence restarted and the
		// broker refused every later batch (OutOfOrderSequenceException), run after run.
		// Batching (linger) keeps the broker busy instead.
		producer.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "1");
		producer.put(ProducerConfig.LINGER_MS_CONFIG, "5");
		producer.put(ProducerConfig.BATCH_SIZE_CONFIG, "131072");
		long start = System.nanoTime();
		KafkaProducer<String, byte[]> sender = new KafkaProducer<>(producer, new StringSerializer(),
				new ByteArraySerializer());
		try {
			// At most a window of records unacknowledged, as a relay that waits for its
			// batch would have; an overloaded machine then never expires a batch.
			List<Future<RecordMetadata>> sent = new ArrayList<>(WINDOW);
			for (int i = 0; i < records; i++) {
				sent.add(sender.send(new ProducerRecord<>(topic, UUID.randomUUID().toString(), value)));
				if (sent.size() == WINDOW || i == records - 1) {
					for (Future<RecordMetadata> ack : sent) {
						ack.get(60, TimeUnit.SECONDS);
					}
					sent.clear();
				}
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("Producing to " + topic + " failed", ex);
		}
		finally {
			// Never wait for ever on records a failed producer keeps retrying.
			sender.close(java.time.Duration.ofSeconds(10));
		}
		long produced = System.nanoTime();
		Properties consumer = new Properties();
		consumer.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		consumer.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-raw-" + UUID.randomUUID());
		consumer.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		consumer.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
		int read = 0;
		try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(consumer, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			kafka.subscribe(List.of(topic));
			while (read < records) {
				read += kafka.poll(java.time.Duration.ofMillis(200)).count();
				if (System.nanoTime() - produced > TimeUnit.MINUTES.toNanos(2)) {
					throw new IllegalStateException("Consumed only " + read + " of " + records);
				}
			}
			kafka.commitSync();
		}
		long consumed = System.nanoTime();
		return new Kafka(records / seconds(start, consumed), records / seconds(start, produced),
				records / seconds(produced, consumed));
	}

	/**
	 * Inserts documents of a tracked recommendation's size one at a time, then updates
	 * each once (a {@code $set} and an {@code $inc} guarded by its version, as the
	 * services' writes are).
	 * @return single-document writes per second, inserts and updates together, and each
	 */
	static Mongo mongo(String uri, int documents) {
		try (MongoClient client = MongoClients.create(uri)) {
			MongoCollection<Document> collection = client.getDatabase("bench-raw")
				.getCollection("raw-" + UUID.randomUUID());
			String padding = "x".repeat(3000);
			List<String> ids = new ArrayList<>(documents);
			long start = System.nanoTime();
			for (int i = 0; i < documents; i++) {
				String id = UUID.randomUUID().toString();
				ids.add(id);
				collection.insertOne(new Document("_id", id).append("version", 0L)
					.append("status", "AWAITING_RESPONSE")
					.append("at", new Date())
					.append("body", padding));
			}
			long inserted = System.nanoTime();
			for (String id : ids) {
				collection.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("version", 0L)),
						Updates.combine(Updates.set("status", "ACCEPTED"), Updates.inc("version", 1)));
			}
			long updated = System.nanoTime();
			collection.drop();
			return new Mongo(2.0 * documents / seconds(start, updated), documents / seconds(start, inserted),
					documents / seconds(inserted, updated));
		}
	}

	private static double seconds(long from, long to) {
		return (to - from) / 1e9;
	}

	/**
	 * @param produceThenConsume records per second produced and then consumed
	 * @param produce records per second produced (acknowledged)
	 * @param consume records per second consumed
	 */
	record Kafka(double produceThenConsume, double produce, double consume) {
	}

	/**
	 * @param singleWrites single-document writes per second, inserts and updates
	 * @param inserts inserts per second
	 * @param updates updates per second
	 */
	record Mongo(double singleWrites, double inserts, double updates) {
	}

}
