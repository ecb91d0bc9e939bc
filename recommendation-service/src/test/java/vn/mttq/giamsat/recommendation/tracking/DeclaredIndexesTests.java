package vn.mttq.giamsat.recommendation.tracking;

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
 * The indexes the agency list, the Front's list and the scheduler read through are
 * created at start-up, on MongoDB and on the embedded server alike.
 */
@WithLocalStack
@SpringBootTest
class DeclaredIndexesTests {

	@Autowired
	MongoTemplate mongo;

	@Test
	void theAgencyListReadsAnAgencysItemsNewestFirstFromAnIndex() {
		assertThat(fieldsOf("agency_list")).containsExactly("addresseeAgencyId ASC", "issuedAt DESC", "_id ASC");
		assertThat(fieldsOf("agency_status_list")).containsExactly("addresseeAgencyId ASC", "status ASC",
				"issuedAt DESC", "_id ASC");
	}

	@Test
	void theFrontsListReadsTheItemsABodyIssuedNewestFirstFromAnIndex() {
		assertThat(fieldsOf("issuer_list")).containsExactly("issuingBodyId ASC", "issuedAt DESC", "_id ASC");
		assertThat(fieldsOf("issuer_status_list")).containsExactly("issuingBodyId ASC", "status ASC", "issuedAt DESC",
				"_id ASC");
	}

	@Test
	void theSchedulerReadsOpenItemsByNextCheckFromAnIndex() {
		assertThat(fieldsOf("scheduler")).containsExactly("open ASC", "nextCheckOn ASC", "_id ASC");
	}

	private List<String> fieldsOf(String name) {
		IndexInfo index = this.mongo.indexOps(TrackedRecommendation.class)
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
