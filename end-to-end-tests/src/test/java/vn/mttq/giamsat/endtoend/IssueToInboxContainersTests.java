package vn.mttq.giamsat.endtoend;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The scenario on real Kafka and MongoDB images; skipped where there is no Docker engine.
 */
@Testcontainers(disabledWithoutDocker = true)
class IssueToInboxContainersTests extends IssueToInboxScenario {

	@Container
	static final KafkaContainer kafka = new KafkaContainer("apache/kafka-native:4.1.1");

	@Container
	static final MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");

	@Override
	String kafkaBootstrap() {
		return kafka.getBootstrapServers();
	}

	@Override
	String mongoUri() {
		return mongo.getConnectionString();
	}

}
