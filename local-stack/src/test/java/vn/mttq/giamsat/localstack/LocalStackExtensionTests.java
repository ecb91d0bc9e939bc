package vn.mttq.giamsat.localstack;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@WithLocalStack
class LocalStackExtensionTests {

	@Test
	void resolvesTheSharedStackAndAdvertisesItInSystemProperties(LocalStack stack, LocalKafka kafka, LocalMongo mongo) {
		assertThat(stack).isSameAs(LocalStackExtension.stack());
		assertThat(kafka).isSameAs(stack.kafka());
		assertThat(mongo).isSameAs(stack.mongo());
		assertThat(kafka.isRunning()).isTrue();
		assertThat(mongo.isRunning()).isTrue();
		assertThat(mongo.isInMemory()).isTrue();
		assertThat(System.getProperty(LocalStackExtension.KAFKA_BOOTSTRAP)).isEqualTo(kafka.bootstrapServers());
		assertThat(System.getProperty(LocalStackExtension.MONGODB_URI)).isEqualTo(mongo.connectionString());
		SharedStackCheck.assertSameAsOtherClasses(stack);
	}

	@Test
	void theAdvertisedAddressesServeClients() throws Exception {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
				System.getProperty(LocalStackExtension.KAFKA_BOOTSTRAP)))) {
			assertThat(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS)).hasSize(1);
		}
		try (MongoClient client = MongoClients.create(System.getProperty(LocalStackExtension.MONGODB_URI))) {
			assertThat(client.getDatabase("admin").runCommand(new Document("ping", 1)).get("ok")).isIn(1, 1.0, true);
		}
	}

}
