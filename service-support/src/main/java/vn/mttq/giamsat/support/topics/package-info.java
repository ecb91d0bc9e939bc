/**
 * Kafka topics declared by the service that writes them: its output bindings'
 * destinations and its consumers' dead-letter topics, with the partitions, replication
 * and minimum in-sync replicas of {@code giamsat.kafka.topics}; readers never create a
 * topic.
 */
package vn.mttq.giamsat.support.topics;
