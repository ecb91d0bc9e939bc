package vn.mttq.giamsat.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.platform.testkit.engine.EngineTestKit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * Runs Spring Boot test classes in a fresh test engine, where no stack is running yet, to
 * check that their application context sees the stack whichever annotation comes first.
 * (In this module's own run, an earlier class may already have started the stack, which
 * would hide an ordering problem.)
 */
class SpringOrderingTests {

	@Test
	void withLocalStackFirst() {
		runInFreshEngine(WithLocalStackFirst.class);
	}

	@Test
	void springBootTestFirstWithPerClassLifecycle() {
		runInFreshEngine(SpringBootTestFirstPerClass.class);
	}

	private static void runInFreshEngine(Class<?> testClass) {
		String outerKafka = System.getProperty(LocalStackExtension.KAFKA_BOOTSTRAP);
		EngineTestKit.engine("junit-jupiter")
			.selectors(selectClass(testClass))
			.execute()
			.testEvents()
			.assertStatistics((stats) -> stats.started(1).succeeded(1));
		// The nested run's stack is gone again and the outer state is back.
		assertThat(System.getProperty(LocalStackExtension.KAFKA_BOOTSTRAP)).isEqualTo(outerKafka);
	}

	static void assertContextSeesTheStack(String kafkaBootstrap, String mongodbUri) {
		assertThat(kafkaBootstrap).isEqualTo(LocalStackExtension.stack().kafka().bootstrapServers());
		assertThat(mongodbUri).isEqualTo(LocalStackExtension.stack().mongo().connectionString());
	}

	@WithLocalStack
	@SpringBootTest(classes = WithLocalStackFirst.Config.class)
	static class WithLocalStackFirst {

		@Value("${KAFKA_BOOTSTRAP:localhost:9092}")
		String kafkaBootstrap;

		@Value("${MONGODB_URI:mongodb://localhost:27017}")
		String mongodbUri;

		@Test
		void contextSeesTheStack() {
			assertContextSeesTheStack(this.kafkaBootstrap, this.mongodbUri);
		}

		@SpringBootConfiguration
		static class Config {

		}

	}

	/**
	 * The hardest order: Spring's extension is registered first and, with a per-class
	 * lifecycle, creates the application context before any {@code beforeAll} callback.
	 */
	@SpringBootTest(classes = SpringBootTestFirstPerClass.Config.class)
	@WithLocalStack
	@TestInstance(Lifecycle.PER_CLASS)
	static class SpringBootTestFirstPerClass {

		@Value("${KAFKA_BOOTSTRAP:localhost:9092}")
		String kafkaBootstrap;

		@Value("${MONGODB_URI:mongodb://localhost:27017}")
		String mongodbUri;

		@Test
		void contextSeesTheStack() {
			assertContextSeesTheStack(this.kafkaBootstrap, this.mongodbUri);
		}

		@SpringBootConfiguration
		static class Config {

		}

	}

}
