package vn.mttq.giamsat.localstack;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

class LocalKafkaTests {

	@TempDir
	Path dataDir;

	@Test
	void producesAndConsumesWithAConsumerGroup() throws Exception {
		try (LocalKafka kafka = LocalKafka.start(this.dataDir, 0)) {
			assertThat(kafka.isRunning()).isTrue();
			assertThat(kafka.bootstrapServers()).isEqualTo("127.0.0.1:" + kafka.port());
			TestKafkaClients.createTopic(kafka.bootstrapServers(), "greetings");
			try (KafkaProducer<String, String> producer = TestKafkaClients.producer(kafka.bootstrapServers())) {
				producer.send(new ProducerRecord<>("greetings", "k", "xin chào")).get(30, TimeUnit.SECONDS);
			}
			List<String> received = new ArrayList<>();
			try (KafkaConsumer<String, String> consumer = TestKafkaClients.consumer(kafka.bootstrapServers(),
					"greeters")) {
				consumer.subscribe(List.of("greetings"));
				await().atMost(Duration.ofSeconds(30)).until(() -> {
					for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
						received.add(record.value());
					}
					return !received.isEmpty();
				});
				consumer.commitSync();
			}
			assertThat(received).containsExactly("xin chào");
			try (Admin admin = Admin
				.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
				// created with num.partitions=3; the group's offset was stored in
				// __consumer_offsets (replication factor 1)
				assertThat(
						admin.describeTopics(List.of("greetings")).allTopicNames().get().get("greetings").partitions())
					.hasSize(3);
				assertThat(admin.listConsumerGroupOffsets("greeters").partitionsToOffsetAndMetadata().get().values())
					.anySatisfy((offset) -> assertThat(offset.offset()).isEqualTo(1));
			}
		}
	}

	@Test
	void restartKeepsThePortAndTheRecordsAndDeliversWhatWasSentWhileDown() throws Exception {
		LocalKafka kafka = LocalKafka.start(this.dataDir, 0);
		int port = kafka.port();
		TestKafkaClients.createTopic(kafka.bootstrapServers(), "orders");
		try (KafkaProducer<String, String> producer = TestKafkaClients.producer(kafka.bootstrapServers())) {
			for (int i = 1; i <= 3; i++) {
				producer.send(new ProducerRecord<>("orders", "k", "before-" + i)).get(30, TimeUnit.SECONDS);
			}

			kafka.stop();
			assertThat(kafka.isRunning()).isFalse();
			assertThat(kafka.port()).isEqualTo(port);
			assertThat(accepts(port)).isFalse();
			// Like an application thread: send() may block (the client has fallen back to
			// its bootstrap address and waits for metadata) or return a pending future.
			CompletableFuture<RecordMetadata> sentWhileDown = CompletableFuture.supplyAsync(() -> {
				try {
					return producer.send(new ProducerRecord<>("orders", "k", "while-down")).get();
				}
				catch (InterruptedException | ExecutionException ex) {
					throw new IllegalStateException(ex);
				}
			});
			await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> !sentWhileDown.isDone());

			kafka.start();
			assertThat(kafka.isRunning()).isTrue();
			assertThat(kafka.port()).isEqualTo(port);
			assertThat(sentWhileDown.get(60, TimeUnit.SECONDS).offset()).isEqualTo(3);
		}
		assertThat(TestKafkaClients.readValues(kafka.bootstrapServers(), "orders", 4)).containsExactly("before-1",
				"before-2", "before-3", "while-down");
		kafka.close();
		assertThat(kafka.isRunning()).isFalse();

		// A new process of the local run: same directory, explicit port; the controller
		// port is a new one.
		try (LocalKafka again = LocalKafka.start(this.dataDir, port)) {
			assertThat(TestKafkaClients.readValues(again.bootstrapServers(), "orders", 4)).containsExactly("before-1",
					"before-2", "before-3", "while-down");
		}
	}

	@Test
	void createsNoTopicThatNobodyDeclared() throws Exception {
		try (LocalKafka kafka = LocalKafka.start(this.dataDir, 0);
				KafkaProducer<String, String> producer = new KafkaProducer<>(
						Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
								ProducerConfig.MAX_BLOCK_MS_CONFIG, "1000"),
						new StringSerializer(), new StringSerializer())) {
			assertThat(producer.send(new ProducerRecord<>("misspelt.topic", "k", "lost")))
				.failsWithin(Duration.ofSeconds(30))
				.withThrowableOfType(ExecutionException.class)
				.withCauseInstanceOf(TimeoutException.class)
				.withMessageContaining("not present in metadata");
			try (Admin admin = Admin
				.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
				assertThat(admin.listTopics().names().get()).doesNotContain("misspelt.topic");
			}
		}
	}

	@Test
	void refusesAPortThatIsTaken() throws IOException {
		try (ServerSocket taken = new ServerSocket(0)) {
			assertThatExceptionOfType(PortInUseException.class)
				.isThrownBy(() -> LocalKafka.start(this.dataDir, taken.getLocalPort()))
				.withMessageContaining("port " + taken.getLocalPort())
				.satisfies((ex) -> assertThat(ex.port()).isEqualTo(taken.getLocalPort()));
		}
	}

	private static boolean accepts(int port) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			return true;
		}
		catch (ConnectException ex) {
			return false;
		}
	}

}
