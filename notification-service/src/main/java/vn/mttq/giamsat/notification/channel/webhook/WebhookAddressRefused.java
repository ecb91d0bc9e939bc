package vn.mttq.giamsat.notification.channel.webhook;

import java.net.UnknownHostException;

import vn.mttq.giamsat.support.domain.Phrase;

/**
 * A webhook host that resolves to, or is, an address a webhook must not be sent to. An
 * {@link UnknownHostException}, so that an HTTP client asking for the addresses to
 * connect to gets none and connects nowhere.
 */
public class WebhookAddressRefused extends UnknownHostException {

	private final transient Phrase phrase;

	WebhookAddressRefused(Phrase phrase) {
		super(phrase.inEnglish());
		this.phrase = phrase;
	}

	/** Why the host is refused, for people. */
	Phrase phrase() {
		return this.phrase;
	}

}
