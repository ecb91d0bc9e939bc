package vn.mttq.giamsat.notification.channel.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Finds the addresses of a webhook's host name: the system's resolver in a deployment, a
 * fixed table in the tests (which must not need the internet).
 */
@FunctionalInterface
public interface WebhookResolver {

	/**
	 * Resolves a host name.
	 * @param name a host name, never an IP address
	 * @return its addresses, at least one
	 * @throws UnknownHostException if it has none
	 */
	List<InetAddress> resolve(String name) throws UnknownHostException;

	/**
	 * The resolver of the machine the service runs on.
	 * @return it
	 */
	static WebhookResolver system() {
		return (name) -> List.of(InetAddress.getAllByName(name));
	}

}
