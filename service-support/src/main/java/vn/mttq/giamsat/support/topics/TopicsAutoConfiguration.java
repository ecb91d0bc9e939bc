package vn.mttq.giamsat.support.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Declares the topics this service writes, so each topic is created once, by its owner,
 * with the settings it needs: Boot's {@link KafkaAdmin} creates the missing ones at start
 * (and, with {@code spring.kafka.admin.modify-topic-configs}, corrects the settings of
 * existing ones) before any binding starts.
 */
@AutoConfiguration
@ConditionalOnClass(KafkaAdmin.class)
@EnableConfigurationProperties(TopicProperties.class)
public class TopicsAutoConfiguration {

	private static final Log logger = LogFactory.getLog(TopicsAutoConfiguration.class);

	@Bean
	KafkaAdmin.NewTopics declaredTopics(Environment environment, TopicProperties properties) {
		List<NewTopic> topics = declarations(StreamBindings.from(environment), properties);
		logger.info("Declares the topics " + topics.stream().map(NewTopic::name).toList() + " (partitions "
				+ properties.partitions() + ", replication factor " + properties.replicationFactor()
				+ ", min in-sync replicas " + properties.minInsyncReplicas() + ")");
		return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
	}

	static List<NewTopic> declarations(StreamBindings bindings, TopicProperties properties) {
		List<NewTopic> topics = new ArrayList<>();
		bindings.written().forEach((name, settings) -> topics.add(topic(name, settings, properties)));
		if (properties.declareConsumed()) {
			bindings.read()
				.stream()
				.filter((name) -> !bindings.written().containsKey(name))
				.forEach((name) -> topics.add(topic(name, Map.of(), properties)));
		}
		return topics;
	}

	private static NewTopic topic(String name, Map<String, String> settings, TopicProperties properties) {
		return TopicBuilder.name(name)
			.partitions(properties.partitions())
			.replicas(properties.replicationFactor())
			.config(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(properties.minInsyncReplicas()))
			.configs(settings)
			.build();
	}

}
