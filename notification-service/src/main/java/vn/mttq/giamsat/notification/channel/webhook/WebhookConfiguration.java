package vn.mttq.giamsat.notification.channel.webhook;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the webhook rules: the key ring of their secrets and the resolver of their host
 * names (the system's; the tests give their own).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecretKeyProperties.class)
class WebhookConfiguration {

	@Bean
	WebhookResolver webhookResolver() {
		return WebhookResolver.system();
	}

}
