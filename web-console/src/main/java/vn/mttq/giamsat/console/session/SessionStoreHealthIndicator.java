package vn.mttq.giamsat.console.session;

import org.bson.Document;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * The session store's health by {@code ping}, which real MongoDB and the embedded wire
 * server both answer (Boot's own check sends {@code hello}, which the wire server lacks);
 * readiness includes it, since without sessions nobody can sign in.
 */
class SessionStoreHealthIndicator extends AbstractHealthIndicator {

	private final MongoOperations mongo;

	SessionStoreHealthIndicator(MongoOperations mongo) {
		super("MongoDB ping failed");
		this.mongo = mongo;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Document answer = this.mongo.executeCommand(new Document("ping", 1));
		builder.up().withDetail("ok", answer.get("ok"));
	}

}
