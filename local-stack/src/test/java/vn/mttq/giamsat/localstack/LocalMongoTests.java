package vn.mttq.giamsat.localstack;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LocalMongoTests {

	@TempDir
	Path dir;

	@Test
	void insertsAndFindsInMemory() {
		try (LocalMongo mongo = LocalMongo.inMemory(0)) {
			assertThat(mongo.connectionString()).isEqualTo("mongodb://127.0.0.1:" + mongo.port());
			assertThat(mongo.isInMemory()).isTrue();
			insert(mongo, "r-1", "open");
			insert(mongo, "r-2", "closed");
			assertThat(statusOf(mongo, "r-2")).isEqualTo("closed");
			assertThat(idsIn(mongo)).containsExactlyInAnyOrder("r-1", "r-2");
		}
	}

	@Test
	void memoryDataSurvivesStopAndStartOnTheSamePort() throws IOException {
		try (LocalMongo mongo = LocalMongo.inMemory(0)) {
			int port = mongo.port();
			insert(mongo, "r-1", "open");

			mongo.stop();
			assertThat(mongo.isRunning()).isFalse();
			assertThat(accepts(port)).isFalse();

			mongo.start();
			assertThat(mongo.isRunning()).isTrue();
			assertThat(mongo.port()).isEqualTo(port);
			assertThat(idsIn(mongo)).containsExactly("r-1");
		}
	}

	@Test
	void diskDataSurvivesStopAndStartAndANewServerOnTheSameFile() {
		Path file = this.dir.resolve("nested/mongo.mv");
		int port;
		try (LocalMongo mongo = LocalMongo.onDisk(file, 0)) {
			port = mongo.port();
			assertThat(mongo.isInMemory()).isFalse();
			insert(mongo, "r-1", "open");
			mongo.stop();
			mongo.start();
			assertThat(mongo.port()).isEqualTo(port);
			assertThat(idsIn(mongo)).containsExactly("r-1");
			insert(mongo, "r-2", "closed");
		}
		assertThat(file).isRegularFile();
		// close() released the file, so another server (a later run) can open it.
		try (LocalMongo reopened = LocalMongo.onDisk(file, port)) {
			assertThat(idsIn(reopened)).containsExactlyInAnyOrder("r-1", "r-2");
			assertThat(statusOf(reopened, "r-2")).isEqualTo("closed");
		}
	}

	@Test
	void refusesAPortThatIsTaken() throws IOException {
		try (ServerSocket taken = new ServerSocket(0)) {
			assertThatExceptionOfType(PortInUseException.class)
				.isThrownBy(() -> LocalMongo.inMemory(taken.getLocalPort()))
				.withMessageContaining("port " + taken.getLocalPort());
		}
	}

	private static void insert(LocalMongo mongo, String id, String status) {
		try (MongoClient client = MongoClients.create(mongo.connectionString())) {
			recommendations(client).insertOne(new Document("_id", id).append("status", status));
		}
	}

	private static String statusOf(LocalMongo mongo, String id) {
		try (MongoClient client = MongoClients.create(mongo.connectionString())) {
			Document found = recommendations(client).find(Filters.eq("_id", id)).first();
			return (found != null) ? found.getString("status") : null;
		}
	}

	private static List<String> idsIn(LocalMongo mongo) {
		try (MongoClient client = MongoClients.create(mongo.connectionString())) {
			return recommendations(client).find().map((document) -> document.getString("_id")).into(new ArrayList<>());
		}
	}

	private static MongoCollection<Document> recommendations(MongoClient client) {
		return client.getDatabase("tests").getCollection("recommendations");
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
