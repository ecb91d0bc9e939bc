package vn.mttq.giamsat.notification.channel;

import java.time.LocalTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.mttq.giamsat.notification.channel.webhook.WebhookSecretForm;
import vn.mttq.giamsat.notification.channel.webhook.WebhookUrlForm;
import vn.mttq.giamsat.notification.message.Language;

/**
 * An organisation's contacts and channels as a client sets them; each field replaces what
 * was there, except a reminder digest left out, which stays as it was.
 *
 * @param language the language of its messages
 * @param emails the addresses that receive each message (at most 10)
 * @param webhook its webhook, or {@code null} for none
 * @param quietHours when no email is sent, or {@code null} for none
 * @param reminderDigest whether reminders by email come together once a day; left out, it
 * stays as it was (off for an organisation that never set it)
 */
public record ContactsRequest(@NotNull Language language,
		@NotNull @Size(max = 10) List<@NotBlank @Size(max = 254) @Pattern(regexp = EMAIL,
				message = "{giamsat.contacts.email}") String> emails,
		@Valid WebhookRequest webhook, @Valid QuietHoursRequest quietHours, Boolean reminderDigest) {

	/**
	 * One address, one domain with at least one dot; no display names, no comments.
	 */
	static final String EMAIL = "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
			+ "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$";

	/**
	 * A webhook as a client sets it.
	 *
	 * @param url the endpoint: https (http only where the service allows it), on the
	 * public network, with no user name or password in it
	 * @param secret the shared secret that signs each request, {@code whsec_} and the
	 * Base64 of 24 to 64 random bytes (Standard Webhooks); may be left out to keep the
	 * secret of the same URL. A new secret replaces the current one, which still signs
	 * beside it for a while
	 */
	public record WebhookRequest(@NotBlank @Size(max = 2000) @WebhookUrlForm String url,
			@Size(max = 256) @WebhookSecretForm String secret) {
	}

	/**
	 * Quiet hours as a client sets them, in the organisation's time zone.
	 *
	 * @param from when they start, e.g. {@code 21:00}
	 * @param to when they end, e.g. {@code 07:00}
	 */
	public record QuietHoursRequest(@NotNull LocalTime from, @NotNull LocalTime to) {
	}

}
