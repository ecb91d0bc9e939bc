package vn.mttq.giamsat.support.health;

import org.bson.Document;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Database health by {@code ping}, which real MongoDB and the embedded wire server both
 * answer; Boot's own check sends {@code hello}, which the wire server lacks, and so would
 * report DOWN.
 */
public class MongoPingHealthIndicator extends AbstractHealthIndicator {

	private final MongoTemplate mongo;

	public MongoPingHealthIndicator(MongoTemplate mongo) {
		super("MongoDB ping failed");
		this.mongo = mongo;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Document answer = this.mongo.executeCommand(new Document("ping", 1));
		builder.up().withDetail("database", this.mongo.getDb().getName()).withDetail("ok", answer.get("ok"));
	}

}
