package vn.mttq.giamsat.recommendation.tracking;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.mttq.giamsat.recommendation.deadline.DeadlineEngine;
import vn.mttq.giamsat.support.outbox.OutboxSource;

/**
 * Wires the lifecycle: its schedule, the deadline engine, and the outbox of the
 * recommendations, published on {@code recommendation.lifecycle}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LifecycleProperties.class)
class LifecycleConfiguration {

	static final String BINDING = "recommendationLifecycle-out-0";

	@Bean
	SchedulePolicy schedulePolicy(LifecycleProperties properties) {
		return properties.policy();
	}

	@Bean
	DueDates dueDates(DeadlineEngine engine) {
		return engine::compute;
	}

	@Bean
	OutboxSource recommendationOutbox() {
		return new OutboxSource(RecommendationStore.COLLECTION, BINDING);
	}

}
