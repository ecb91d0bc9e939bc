package vn.mttq.giamsat.localstack;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes records to a topic as another producer would, for tests that feed a consumer.
 */
public final class TopicWriter {

	private TopicWriter() {
	}

	/**
	 * Sends one record and waits until the broker acknowledged it.
	 * @param bootstrapServers the broker
	 * @param topic the topic
	 * @param key the record key
	 * @param value the record value as text (UTF-8)
	 * @param headers header names and text values
	 */
	public static void send(String bootstrapServers, String topic, String key, String value,
			Map<String, String> headers) {
		send(bootstrapServers, topic, key, value.getBytes(StandardCharsets.UTF_8), headers);
	}

	/**
	 * Sends one record with a raw value and waits until the broker acknowledged it.
	 * @param bootstrapServers the broker
	 * @param topic the topic
	 * @param key the record key
	 * @param value the record value
	 * @param headers header names and text values
	 */
	public static void send(String bootstrapServers, String topic, String key, byte[] value,
			Map<String, String> headers) {
		Properties properties = new Properties();
		properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		properties.put(ProducerConfig.ACKS_CONFIG, "all");
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(properties, new StringSerializer(),
				new ByteArraySerializer())) {
			ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
			headers.forEach((name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
			producer.send(record).get(30, TimeUnit.SECONDS);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Could not send to " + topic, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while sending to " + topic, ex);
		}
	}

}
