package vn.mttq.giamsat.console.session;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;

import vn.mttq.giamsat.console.ConsoleProperties;

/**
 * Spring Session over {@link MongoSessionRepository}: the session cookie
 * ({@code SESSION}, HttpOnly, SameSite=Lax, Secure over HTTPS) is all the browser holds.
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringHttpSession
class SessionConfiguration {

	@Bean
	MongoSessionRepository sessionRepository(MongoOperations mongo, ConsoleProperties properties) {
		return new MongoSessionRepository(mongo, properties.session().idleTimeout(), Clock.systemUTC());
	}

	/** In place of Boot's MongoDB health check (named alike, so Boot's backs off). */
	@Bean("mongoHealthContributor")
	SessionStoreHealthIndicator mongoHealthContributor(MongoOperations mongo) {
		return new SessionStoreHealthIndicator(mongo);
	}

}
