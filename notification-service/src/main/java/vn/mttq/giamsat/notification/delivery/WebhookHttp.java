package vn.mttq.giamsat.notification.delivery;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import vn.mttq.giamsat.notification.channel.webhook.WebhookUrls;

/**
 * The HTTP client of webhooks: Boot's {@link RestClient} (so each call is measured and
 * traced) on Apache HttpClient, whose only resolver is {@link WebhookUrls#resolve}. Each
 * new connection asks it for the host's addresses, and it answers only addresses it has
 * just checked, so the address connected to is the address checked (no window for DNS
 * rebinding), while the URL's host name still goes in the Host header and in TLS SNI and
 * certificate checks. No redirects are followed, no proxy is used, nothing is retried
 * here: the dispatcher retries.
 */
final class WebhookHttp {

	private WebhookHttp() {
	}

	static RestClient client(RestClient.Builder builder, WebhookUrls urls, DeliveryProperties.ChannelPolicy policy) {
		DnsResolver checked = new DnsResolver() {

			@Override
			public InetAddress[] resolve(String host) throws UnknownHostException {
				return urls.resolve(host).toArray(InetAddress[]::new);
			}

			@Override
			public String resolveCanonicalHostname(String host) {
				return host;
			}

		};
		PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
			.setDnsResolver(checked)
			.setDefaultConnectionConfig(ConnectionConfig.custom()
				.setConnectTimeout(Timeout.of(policy.connectTimeout()))
				.setSocketTimeout(Timeout.of(policy.timeout()))
				.setTimeToLive(TimeValue.ofMinutes(1))
				.build())
			// Organisations may share a receiving host; the dispatcher caps each one's
			// share.
			.setMaxConnTotal(policy.threads())
			.setMaxConnPerRoute(policy.threads())
			.build();
		var http = HttpClients.custom()
			.setConnectionManager(connections)
			.disableRedirectHandling()
			.disableAutomaticRetries()
			.disableCookieManagement()
			.setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(policy.timeout())).build())
			.build();
		return builder.clone().requestFactory(new HttpComponentsClientHttpRequestFactory(http)).build();
	}

}
