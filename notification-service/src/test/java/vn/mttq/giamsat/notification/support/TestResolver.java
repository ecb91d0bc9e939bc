package vn.mttq.giamsat.notification.support;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

import vn.mttq.giamsat.notification.channel.webhook.WebhookResolver;

/**
 * The tests' resolver of webhook host names, so no test needs the internet: a name a test
 * gave addresses to resolves to them, a name under {@code .invalid} does not resolve, and
 * any other name resolves to {@value #PUBLIC}, a public address nothing is sent to.
 */
@Component
@Primary
public class TestResolver implements WebhookResolver {

	/** Where a name no test set resolves to. */
	public static final String PUBLIC = "203.162.4.1";

	private final Map<String, List<InetAddress>> names = new ConcurrentHashMap<>();

	/**
	 * Makes a name resolve to addresses, until it is told otherwise.
	 * @param name the host name
	 * @param addresses its addresses
	 * @return this resolver
	 */
	public TestResolver answer(String name, String... addresses) {
		this.names.put(name, List.of(addresses).stream().map(TestResolver::address).toList());
		return this;
	}

	@Override
	public List<InetAddress> resolve(String name) throws UnknownHostException {
		if (name.endsWith(".invalid")) {
			throw new UnknownHostException(name);
		}
		return this.names.getOrDefault(name, List.of(address(PUBLIC)));
	}

	private static InetAddress address(String literal) {
		try {
			return InetAddress.getByName(literal);
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException(literal, ex);
		}
	}

}
