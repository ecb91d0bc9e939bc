package vn.mttq.giamsat.support.document;

import java.time.Clock;

import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every service with a database gets the document store, with the limits it configures.
 */
class DocumentAutoConfigurationTests {

	final ApplicationContextRunner context = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DocumentAutoConfiguration.class))
		.withBean(Clock.class, Clock::systemUTC);

	@Test
	void aServiceWithADatabaseGetsTheStoreWithItsLimits() {
		this.context
			.withBean(MongoTemplate.class, () -> new MongoTemplate(MongoClients.create("mongodb://localhost:1"), "d"))
			.withPropertyValues("giamsat.documents.max-file-size=5MB",
					"giamsat.documents.allowed-types=application/pdf")
			.run((started) -> {
				assertThat(started).hasSingleBean(Documents.class);
				DocumentProperties limits = started.getBean(DocumentProperties.class);
				assertThat(limits.maxFileSize()).isEqualTo(DataSize.ofMegabytes(5));
				assertThat(limits.maxOwnerSize()).isEqualTo(DataSize.ofMegabytes(100));
				assertThat(limits.maxOwnerCount()).isEqualTo(50);
				assertThat(limits.allowedTypes()).containsExactly(DocumentTypes.PDF);
			});
	}

	@Test
	void aServiceWithoutADatabaseGetsNone() {
		this.context.run((started) -> assertThat(started).doesNotHaveBean(Documents.class));
	}

}
