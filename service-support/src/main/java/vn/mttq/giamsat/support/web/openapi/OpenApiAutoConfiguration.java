package vn.mttq.giamsat.support.web.openapi;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

import vn.mttq.giamsat.support.security.Actor;

/**
 * Every service's OpenAPI description tells the truth about its answers: each operation
 * lists the problems it can answer with and its real success status.
 */
@AutoConfiguration
@ConditionalOnClass(GlobalOpenApiCustomizer.class)
public class OpenApiAutoConfiguration {

	static {
		// The caller comes from the token, never from the request's parameters.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
	}

	@Bean
	ProblemResponses problemResponses() {
		return new ProblemResponses();
	}

	@Bean
	ProblemSchema problemSchema() {
		return new ProblemSchema();
	}

}
