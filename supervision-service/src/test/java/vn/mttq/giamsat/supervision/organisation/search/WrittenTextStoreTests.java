package vn.mttq.giamsat.supervision.organisation.search;

import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.mttq.giamsat.localstack.WithLocalStack;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The letters' and activities' text search as the store runs it: the letters with their
 * diacritics in the expression reach the server and match there.
 */
@WithLocalStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WrittenTextStoreTests {

	@Autowired
	MongoTemplate mongo;

	@Test
	void theStoreFindsASubjectWrittenWithDiacriticsByAQueryWithout() {
		String collection = "writtenTextSearch" + System.nanoTime();
		this.mongo.insert(new Document("_id", "muong-phang").append("subject",
				"Kiến nghị về nước sạch tại xã Mường Phăng, tỉnh Điện Biên"), collection);
		this.mongo.insert(
				new Document("_id", "thanh-nua").append("subject", "Kiến nghị về đường giao thông xã Thanh Nưa"),
				collection);
		assertThat(ids(collection, "muong phang")).containsExactly("muong-phang");
		assertThat(ids(collection, "MƯỜNG PHĂNG, TINH DIEN BIEN")).containsExactly("muong-phang");
		assertThat(ids(collection, "duong giao thong")).containsExactly("thanh-nua");
		assertThat(ids(collection, "kien nghi")).containsExactlyInAnyOrder("muong-phang", "thanh-nua");
		assertThat(ids(collection, ".*")).isEmpty();
		this.mongo.dropCollection(collection);
	}

	private List<Object> ids(String collection, String q) {
		Query query = Query.query(Criteria.where("subject").regex(WrittenText.pattern(q), "i"));
		return this.mongo.find(query, Document.class, collection)
			.stream()
			.map((document) -> document.get("_id"))
			.toList();
	}

}
