package vn.mttq.giamsat.notification.delivery;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexField;
import org.springframework.data.mongodb.core.index.IndexInfo;

import vn.mttq.giamsat.localstack.WithLocalStack;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dispatcher's poll and an organisation's inbox read the notifications through
 * indexes created at start-up, on MongoDB and on the embedded server alike: without them
 * every poll, every second, read every notification ever stored.
 */
@WithLocalStack
@SpringBootTest
class DeclaredIndexesTests {

	@Autowired
	MongoTemplate mongo;

	@Test
	void theDispatcherFindsDueNotificationsOfAChannelFromAnIndex() {
		assertThat(fieldsOf("dispatch")).containsExactly("status ASC", "channel ASC", "nextAttemptAt ASC", "_id ASC");
	}

	@Test
	void anOrganisationsInboxIsReadNewestFirstFromAnIndex() {
		assertThat(fieldsOf("recipient")).containsExactly("recipientOrganisationId ASC", "channel ASC",
				"createdAt DESC", "_id ASC");
	}

	private List<String> fieldsOf(String name) {
		IndexInfo index = this.mongo.indexOps(Notification.class)
			.getIndexInfo()
			.stream()
			.filter((info) -> info.getName().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No index " + name));
		return index.getIndexFields()
			.stream()
			.map((IndexField field) -> field.getKey() + " "
					+ ((field.getDirection() == Sort.Direction.DESC) ? "DESC" : "ASC"))
			.toList();
	}

}
