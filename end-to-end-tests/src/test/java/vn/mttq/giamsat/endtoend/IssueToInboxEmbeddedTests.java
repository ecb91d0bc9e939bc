package vn.mttq.giamsat.endtoend;

import vn.mttq.giamsat.localstack.LocalStackExtension;
import vn.mttq.giamsat.localstack.WithLocalStack;

/**
 * The scenario on the embedded stack: a real Kafka broker and the MongoDB wire server.
 */
@WithLocalStack
class IssueToInboxEmbeddedTests extends IssueToInboxScenario {

	@Override
	String kafkaBootstrap() {
		return LocalStackExtension.stack().kafka().bootstrapServers();
	}

	@Override
	String mongoUri() {
		return LocalStackExtension.stack().mongo().connectionString();
	}

}
