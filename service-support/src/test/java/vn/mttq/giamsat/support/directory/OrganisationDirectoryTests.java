package vn.mttq.giamsat.support.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import vn.mttq.giamsat.events.supervision.OrganisationChanged;
import vn.mttq.giamsat.localstack.LocalMongo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory copy on the embedded MongoDB wire server, read through its cache.
 */
class OrganisationDirectoryTests {

	static LocalMongo server;

	static MongoClient client;

	final MongoTemplate mongo = new MongoTemplate(client, "directory-" + System.nanoTime());

	final Clock clock = Clock.fixed(Instant.parse("2026-03-02T03:04:05Z"), ZoneOffset.UTC);

	@BeforeAll
	static void startDatabase() {
		server = LocalMongo.inMemory(0);
		client = MongoClients.create(server.connectionString());
	}

	@AfterAll
	static void stopDatabase() {
		client.close();
		server.close();
	}

	@Test
	void aRecordTheConsumerAppliesShowsAtOnceThoughTheOldOneWasCached() {
		OrganisationDirectory directory = new OrganisationDirectory(this.mongo, this.clock, Duration.ofHours(1));
		directory.apply(changed("so-tai-chinh", 1, "Sở Tài chính"));
		assertThat(directory.nameOf("so-tai-chinh")).isEqualTo("Sở Tài chính");

		directory.apply(changed("so-tai-chinh", 2, "Sở Tài chính tỉnh Điện Biên"));

		assertThat(directory.nameOf("so-tai-chinh")).isEqualTo("Sở Tài chính tỉnh Điện Biên");
	}

	@Test
	void anOrganisationNotKnownYetIsFoundOnceItsRecordArrives() {
		OrganisationDirectory directory = new OrganisationDirectory(this.mongo, this.clock, Duration.ofHours(1));
		assertThat(directory.find("so-y-te")).isEmpty();

		directory.apply(changed("so-y-te", 1, "Sở Y tế"));

		assertThat(directory.find("so-y-te")).map(KnownOrganisation::name).contains("Sở Y tế");
	}

	@Test
	void aChangeAnotherInstanceAppliedShowsOnceTheCachedEntryExpires() {
		OrganisationDirectory directory = new OrganisationDirectory(this.mongo, this.clock, Duration.ofHours(1));
		OrganisationDirectory uncached = new OrganisationDirectory(this.mongo, this.clock, Duration.ZERO);
		directory.apply(changed("so-xay-dung", 1, "Sở Xây dựng"));
		assertThat(directory.nameOf("so-xay-dung")).isEqualTo("Sở Xây dựng");

		this.mongo.updateFirst(Query.query(Criteria.where("_id").is("so-xay-dung")),
				new Update().set("name", "Sở Xây dựng (mới)").set("revision", 2), KnownOrganisation.class);

		assertThat(directory.nameOf("so-xay-dung")).isEqualTo("Sở Xây dựng");
		assertThat(uncached.nameOf("so-xay-dung")).isEqualTo("Sở Xây dựng (mới)");
	}

	@Test
	void manyOrganisationsAreReadTogetherAndTheUnknownOnesLeftOut() {
		OrganisationDirectory directory = new OrganisationDirectory(this.mongo, this.clock, Duration.ofHours(1));
		directory.apply(changed("ubnd-tinh", 1, "Ủy ban nhân dân tỉnh"));
		directory.apply(changed("so-cong-thuong", 1, "Sở Công Thương"));
		directory.find("ubnd-tinh");

		assertThat(directory.findAll(List.of("ubnd-tinh", "so-cong-thuong", "khong-co"))).containsOnlyKeys("ubnd-tinh",
				"so-cong-thuong");
	}

	private static OrganisationChanged changed(String id, long revision, String name) {
		return new OrganisationChanged(UUID.randomUUID().toString(), Instant.parse("2026-03-01T00:00:00Z"), id,
				revision, name, "PEOPLES_COMMITTEE", "PROVINCE", "dien-bien", null, LocalDate.of(2025, 7, 1), null,
				List.of());
	}

}
