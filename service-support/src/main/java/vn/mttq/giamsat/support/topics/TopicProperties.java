package vn.mttq.giamsat.support.topics;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the topics a service declares are laid out, under {@code giamsat.kafka.topics}; the
 * defaults suit one broker (the embedded one, or docker-compose's), a cluster of three
 * sets a replication factor of 3 and a minimum of 2 in-sync replicas.
 *
 * @param partitions partitions of every declared topic (3); a dead-letter topic needs at
 * least as many as the topic it receives from, since a rejected record keeps its
 * partition
 * @param replicationFactor copies of each partition (1)
 * @param minInsyncReplicas copies that must have a record before the broker acknowledges
 * it to a producer with {@code acks=all} (1)
 * @param declareConsumed whether the service also declares the topics it reads, standing
 * in for the services that own them: for a service tested or run alone, never in a
 * deployment (false)
 */
@ConfigurationProperties("giamsat.kafka.topics")
public record TopicProperties(Integer partitions, Short replicationFactor, Integer minInsyncReplicas,
		boolean declareConsumed) {

	public TopicProperties {
		partitions = (partitions != null) ? partitions : 3;
		replicationFactor = (replicationFactor != null) ? replicationFactor : 1;
		minInsyncReplicas = (minInsyncReplicas != null) ? minInsyncReplicas : 1;
		if (partitions < 1 || replicationFactor < 1 || minInsyncReplicas < 1 || minInsyncReplicas > replicationFactor) {
			throw new IllegalArgumentException(
					"giamsat.kafka.topics: partitions (" + partitions + ") and replication-factor (" + replicationFactor
							+ ") must be at least 1, and min-insync-replicas (" + minInsyncReplicas
							+ ") between 1 and the replication factor");
		}
	}

}
