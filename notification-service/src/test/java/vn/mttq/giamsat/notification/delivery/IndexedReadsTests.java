package vn.mttq.giamsat.notification.delivery;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.mttq.giamsat.localstack.LocalStack;
import vn.mttq.giamsat.localstack.QueryPlans;
import vn.mttq.giamsat.localstack.WithLocalStack;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reads that run on a timer, whatever the traffic, go through the indexes the
 * notifications declare (on MongoDB as on the embedded server, which counts what it reads
 * whole): without them every poll, each second and per channel, read every notification
 * ever stored.
 */
@WithLocalStack
@SpringBootTest
class IndexedReadsTests {

	@Autowired
	NotificationStore store;

	@Autowired
	MongoTemplate mongo;

	@Test
	void theDispatcherPollTheDigestAndTheDeadLetterCountReadNoWholeCollection(LocalStack stack) {
		QueryPlans plans = stack.mongo().queryPlans();
		plans.reset();

		Instant now = Instant.now();
		this.store.claimDue(Channel.EMAIL, now, Duration.ofMinutes(1), 10);
		this.store.claimDue(Channel.WEBHOOK, now, Duration.ofMinutes(1), 10);
		this.store.claimDigest("ubnd-tinh-dien-bien", now, Duration.ofMinutes(1));
		this.mongo.count(Query.query(Criteria.where("status").is(DeliveryStatus.DEAD_LETTERED)), Notification.class);

		assertThat(plans.scansByShape().keySet()).noneMatch((shape) -> shape.contains(".notifications "));
		assertThat(plans.indexedCount()).isGreaterThanOrEqualTo(4);
	}

}
