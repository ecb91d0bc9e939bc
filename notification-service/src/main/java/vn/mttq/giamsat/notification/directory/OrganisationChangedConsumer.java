package vn.mttq.giamsat.notification.directory;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.mttq.giamsat.events.supervision.OrganisationChanged;
import vn.mttq.giamsat.support.messaging.EventReader;
import vn.mttq.giamsat.support.messaging.InfrastructureRetry;

/**
 * Follows the compacted {@code supervision.organisations} topic into the directory copy.
 */
@Configuration(proxyBeanMethods = false)
class OrganisationChangedConsumer {

	@Bean
	Consumer<Message<byte[]>> organisationChanged(EventReader reader, OrganisationDirectory directory,
			InfrastructureRetry retry) {
		return (message) -> {
			OrganisationChanged event = reader.read(message, OrganisationChanged.class, OrganisationChanged.TYPE);
			retry.untilAvailable(() -> directory.apply(event));
		};
	}

}
