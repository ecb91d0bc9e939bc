package vn.mttq.giamsat.localstack;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.mttq.giamsat.localstack.MainOptions.Server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MainOptionsTests {

	@Test
	void parsesKafka() {
		assertThat(MainOptions.parse(List.of("kafka", "--port", "19092", "--data-dir", "x/kafka")))
			.isEqualTo(new MainOptions(Server.KAFKA, 19092, Path.of("x/kafka")));
		assertThat(MainOptions.parse(List.of("kafka")))
			.isEqualTo(new MainOptions(Server.KAFKA, 9092, Path.of(".local-data/kafka")));
	}

	@Test
	void parsesMongo() {
		assertThat(MainOptions.parse(List.of("mongo", "--data-file", "m.mv", "--port", "27018")))
			.isEqualTo(new MainOptions(Server.MONGO, 27018, Path.of("m.mv")));
		assertThat(MainOptions.parse(List.of("mongo")))
			.isEqualTo(new MainOptions(Server.MONGO, 27017, Path.of(".local-data/mongo/mongo.mv")));
		assertThat(MainOptions.parse(List.of("mongo", "--memory")))
			.isEqualTo(new MainOptions(Server.MONGO, 27017, null));
	}

	@Test
	void rejectsBadArguments() {
		assertThatIllegalArgumentException().isThrownBy(() -> MainOptions.parse(List.of()))
			.withMessageContaining("kafka, mongo or mail");
		assertThatIllegalArgumentException().isThrownBy(() -> MainOptions.parse(List.of("redis")))
			.withMessageContaining("Unknown server 'redis'");
		assertThatIllegalArgumentException().isThrownBy(() -> MainOptions.parse(List.of("kafka", "--port", "99999")))
			.withMessageContaining("Invalid port '99999'");
		assertThatIllegalArgumentException().isThrownBy(() -> MainOptions.parse(List.of("kafka", "--port")))
			.withMessageContaining("--port needs a value");
		assertThatIllegalArgumentException().isThrownBy(() -> MainOptions.parse(List.of("kafka", "--memory")))
			.withMessageContaining("does not apply to kafka");
		assertThatIllegalArgumentException().isThrownBy(() -> MainOptions.parse(List.of("mongo", "--folder", "m")))
			.withMessageContaining("does not apply to mongo");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MainOptions.parse(List.of("mongo", "--memory", "--data-file", "m.mv")))
			.withMessageContaining("not both");
		assertThatIllegalArgumentException().isThrownBy(() -> MainOptions.parse(List.of("mongo", "--verbose")))
			.withMessageContaining("Unknown option '--verbose'");
	}

}
