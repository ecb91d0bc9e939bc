package vn.mttq.giamsat.support;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.info.Info;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.cloud.stream.binder.kafka.common.BinderHeaderMapper;
import org.springframework.cloud.stream.binder.kafka.utils.DlqPartitionFunction;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.util.unit.DataSize;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.support.KafkaHeaderMapper;
import org.springframework.messaging.MessageHeaders;

import vn.mttq.giamsat.support.health.MongoPingHealthIndicator;
import vn.mttq.giamsat.support.messaging.ConsumedEvents;
import vn.mttq.giamsat.support.messaging.EventReader;
import vn.mttq.giamsat.support.messaging.InfrastructureRetry;
import vn.mttq.giamsat.support.outbox.OutboxBacklog;
import vn.mttq.giamsat.support.outbox.OutboxEvents;
import vn.mttq.giamsat.support.outbox.OutboxGauges;
import vn.mttq.giamsat.support.outbox.OutboxRelay;
import vn.mttq.giamsat.support.outbox.OutboxSource;
import vn.mttq.giamsat.support.outbox.OutboxTracing;
import vn.mttq.giamsat.support.web.ProblemDetailsAdvice;
import vn.mttq.giamsat.support.web.guard.RequestGuardFilter;

/**
 * Wires the shared pieces into each service: the ping-based database health check (in
 * place of Boot's, which the wire server cannot answer), problem+json errors, the event
 * reader and the outbox relay of the collections a service declares.
 */
@AutoConfiguration(before = MongoHealthContributorAutoConfiguration.class)
public class ServiceSupportAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	/**
	 * Fails fast when the database is unreachable (the driver would wait 30 s): a request
	 * gets its error promptly, and a consumer waits the outage out in
	 * {@link InfrastructureRetry}.
	 */
	@Bean
	MongoClientSettingsBuilderCustomizer databaseTimeouts(
			@Value("${giamsat.mongodb.server-selection-timeout:5s}") Duration serverSelection) {
		return (settings) -> settings.applyToClusterSettings(
				(cluster) -> cluster.serverSelectionTimeout(serverSelection.toMillis(), TimeUnit.MILLISECONDS));
	}

	@Bean("mongoHealthContributor")
	MongoPingHealthIndicator mongoHealthContributor(MongoTemplate mongo) {
		return new MongoPingHealthIndicator(mongo);
	}

	@Bean
	FilterRegistrationBean<RequestGuardFilter> requestGuardFilter(
			@Value("${giamsat.http.max-request-size:1MB}") DataSize max,
			@Value("${giamsat.http.max-parameters:1000}") int maxParameters, JsonMapper json) {
		return RequestGuardFilter.first(max, maxParameters, json);
	}

	@Bean
	ProblemDetailsAdvice problemDetailsAdvice() {
		return new ProblemDetailsAdvice();
	}

	@Bean
	@ConditionalOnMissingBean
	OpenAPI openApi(@Value("${spring.application.name}") String name,
			@Value("${giamsat.api.description:}") String description,
			@Value("${giamsat.api.oauth.authorization-url}") String authorizationUrl,
			@Value("${giamsat.api.oauth.token-url}") String tokenUrl) {
		OAuthFlow authorizationCode = new OAuthFlow().authorizationUrl(authorizationUrl)
			.tokenUrl(tokenUrl)
			.scopes(new Scopes().addString("openid", "who you are").addString("profile", "your name"));
		return new OpenAPI()
			.info(new Info().title(name + " API")
				.version("v1")
				.description(description + " Every error is RFC 9457 problem+json with a stable type"
						+ " (urn:giamsat:problem:*); validation problems list each invalid field under errors."))
			.components(new Components()
				.addSecuritySchemes("signIn",
						new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
							.description("Sign in at the OpenID Connect provider (Authorize button)")
							.flows(new OAuthFlows().authorizationCode(authorizationCode)))
				.addSecuritySchemes("bearer",
						new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
			.addSecurityItem(new SecurityRequirement().addList("signIn"))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

	/**
	 * The binder's header mapper, but reading a {@code contentType} header that another
	 * producer wrote as plain bytes as text: left as bytes, it fails the record before
	 * the consumer's own code runs, so it would not even be recognised as a poison
	 * record.
	 */
	@Bean("kafkaBinderHeaderMapper")
	KafkaHeaderMapper kafkaBinderHeaderMapper() {
		BinderHeaderMapper mapper = new BinderHeaderMapper();
		mapper.addRawMappedHeader(MessageHeaders.CONTENT_TYPE, true);
		return mapper;
	}

	@Bean
	EventReader eventReader(JsonMapper json) {
		return new EventReader(json);
	}

	/**
	 * Counts consumed records, from 0 for every topic an input binding names.
	 */
	@Bean
	ConsumedEvents consumedEvents(MeterRegistry meters, BindingServiceProperties bindings) {
		ConsumedEvents consumed = new ConsumedEvents(meters);
		bindings.getBindings().forEach((name, binding) -> {
			if (name.contains("-in-") && binding.getDestination() != null) {
				Arrays.stream(binding.getDestination().split(",")).map(String::strip).forEach(consumed::expect);
			}
		});
		return consumed;
	}

	/**
	 * Counts each record the binder sends to a dead-letter topic as rejected; the
	 * partition stays the original record's, as without a function.
	 */
	@Bean
	@ConditionalOnMissingBean
	DlqPartitionFunction countingDlqPartitionFunction(ConsumedEvents consumed) {
		return consumed.countingDeadLetters();
	}

	/**
	 * Keeps each outbox event in the trace it happened in; without a tracer (tracing
	 * switched off) entries carry no trace and the relay sends them as they are.
	 */
	@Bean
	OutboxTracing outboxTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
		return new OutboxTracing(tracer.getIfAvailable(() -> Tracer.NOOP),
				propagator.getIfAvailable(() -> Propagator.NOOP));
	}

	@Bean
	OutboxEvents outboxEvents(JsonMapper json, OutboxTracing tracing) {
		return new OutboxEvents(json, tracing);
	}

	@Bean
	InfrastructureRetry infrastructureRetry(
			@Value("${giamsat.messaging.infrastructure-retry.initial:500ms}") Duration initial,
			@Value("${giamsat.messaging.infrastructure-retry.max:10s}") Duration max) {
		return new InfrastructureRetry(initial, max);
	}

	@Bean
	@ConditionalOnBean(OutboxSource.class)
	OutboxBacklog outboxBacklog(MongoTemplate mongo, List<OutboxSource> sources, Clock clock) {
		return new OutboxBacklog(mongo, sources, clock);
	}

	/**
	 * The backlog's gauges, counted every
	 * {@code giamsat.monitoring.gauge-refresh-interval}, not on each scrape.
	 */
	@Bean
	@ConditionalOnBean(OutboxSource.class)
	OutboxGauges outboxGauges(OutboxBacklog backlog, Clock clock, MeterRegistry meters,
			@Value("${giamsat.monitoring.gauge-refresh-interval:1m}") Duration interval) {
		return new OutboxGauges(backlog, clock, interval, meters);
	}

	@Bean("outboxHealthContributor")
	@ConditionalOnBean(OutboxSource.class)
	HealthIndicator outboxHealthContributor(OutboxBacklog backlog) {
		return () -> {
			OutboxBacklog.Measure measure = backlog.measure();
			return Health.up()
				.withDetail("pending", measure.pending())
				.withDetail("oldestPendingSeconds", measure.oldestAge().toSeconds())
				.build();
		};
	}

	@Bean
	@ConditionalOnBean(OutboxSource.class)
	OutboxRelay outboxRelay(MongoTemplate mongo, StreamBridge bridge, List<OutboxSource> sources,
			@Value("${giamsat.outbox.poll-interval:500ms}") Duration interval, MeterRegistry meters, Clock clock,
			OutboxTracing tracing, BindingServiceProperties bindings) {
		return new OutboxRelay(mongo, bridge, sources, interval, meters, clock, tracing,
				bindings::getBindingDestination);
	}

}
