package vn.mttq.giamsat.support.directory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;

import vn.mttq.giamsat.events.supervision.OrganisationChanged;
import vn.mttq.giamsat.support.ServiceSupportAutoConfiguration;
import vn.mttq.giamsat.support.messaging.ConsumedEvents;
import vn.mttq.giamsat.support.messaging.EventBatch;
import vn.mttq.giamsat.support.messaging.EventReader;

/**
 * The directory copy of a service that reads the directory without owning it (enabled by
 * {@code giamsat.directory-copy.enabled}): the {@link OrganisationDirectory} and the
 * {@code organisationChanged} consumer, which the service binds to
 * {@code supervision.organisations} in its {@code application.yml}.
 */
@AutoConfiguration(after = ServiceSupportAutoConfiguration.class)
@ConditionalOnBooleanProperty("giamsat.directory-copy.enabled")
public class DirectoryCopyAutoConfiguration {

	@Bean
	OrganisationDirectory organisationDirectory(MongoTemplate mongo, Clock clock,
			@Value("${giamsat.directory-copy.cache-time-to-live:30s}") Duration timeToLive) {
		return new OrganisationDirectory(mongo, clock, timeToLive);
	}

	@Bean
	Consumer<Message<List<byte[]>>> organisationChanged(EventReader reader, OrganisationDirectory directory,
			ConsumedEvents consumed) {
		return (batch) -> EventBatch.of(batch).applyEach((message) -> {
			OrganisationChanged event = reader.read(message, OrganisationChanged.class, OrganisationChanged.TYPE);
			consumed.handled(message, directory.apply(event));
		});
	}

}
