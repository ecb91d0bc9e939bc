package vn.mttq.giamsat.notification.channel.webhook;

import java.net.UnknownHostException;

/**
 * A webhook host that resolves to, or is, an address a webhook must not be sent to. An
 * {@link UnknownHostException}, so that an HTTP client asking for the addresses to
 * connect to gets none and connects nowhere.
 */
public class WebhookAddressRefused extends UnknownHostException {

	WebhookAddressRefused(String message) {
		super(message);
	}

}
