package vn.mttq.giamsat.console.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

import vn.mttq.giamsat.console.ConsoleProperties;

/**
 * Builds the {@link ServiceClients}: base URL by configuration, the person's token, their
 * language, time-outs (connect 2 s, read 10 s by default), and the mapping of failures.
 */
@Configuration(proxyBeanMethods = false)
class ServiceClientConfiguration {

	static final String REGISTRATION = "giamsat";

	@Bean
	ServiceClients serviceClients(RestClient.Builder builder, ConsoleProperties properties,
			OAuth2AuthorizedClientManager authorizedClients, OAuth2AuthorizedClientRepository repository) {
		ConsoleProperties.Services services = properties.services();
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(services.connectTimeout())
			.build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
		requests.setReadTimeout(services.readTimeout());
		OAuth2ClientHttpRequestInterceptor token = new OAuth2ClientHttpRequestInterceptor(authorizedClients);
		token.setClientRegistrationIdResolver((request) -> REGISTRATION);
		// A token the service refuses is forgotten, so the next sign-in gets a fresh one.
		token
			.setAuthorizationFailureHandler(OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(repository));
		Map<Service, URI> urls = Map.of(Service.SUPERVISION, services.supervision(), Service.RECOMMENDATION,
				services.recommendation(), Service.NOTIFICATION, services.notification());
		Map<Service, RestClient> clients = new EnumMap<>(Service.class);
		urls.forEach((service, url) -> clients.put(service,
				builder.clone()
					.baseUrl(url.toString())
					.requestFactory(requests)
					.requestInterceptor(unreachableAs(service))
					.requestInterceptor(language())
					.requestInterceptor(token)
					.defaultStatusHandler(HttpStatusCode::isError,
							(request, response) -> ServiceFailures.raise(service, REGISTRATION, request, response))
					.build()));
		return new ServiceClients(clients);
	}

	private static ClientHttpRequestInterceptor unreachableAs(Service service) {
		return (request, body, execution) -> {
			try {
				return execution.execute(request, body);
			}
			catch (IOException ex) {
				throw new ServiceUnavailable(service, ex);
			}
		};
	}

	private static ClientHttpRequestInterceptor language() {
		return (request, body, execution) -> {
			request.getHeaders().set(HttpHeaders.ACCEPT_LANGUAGE, LocaleContextHolder.getLocale().toLanguageTag());
			return execution.execute(request, body);
		};
	}

}
