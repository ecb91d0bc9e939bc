package vn.mttq.giamsat.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends a notification by email through SMTP, as UTF-8 plain text. The Message-ID is
 * derived from the notification, so if a crash makes the service send it twice, mail
 * clients show it once. A refused connection or a temporary refusal is retried; addresses
 * the server refuses for good end the delivery.
 */
@Component
class EmailSender {

	private final JavaMailSender mail;

	private final String from;

	EmailSender(JavaMailSender mail, @Value("${giamsat.notification.mail.from}") String from) {
		this.mail = mail;
		this.from = from;
	}

	void send(String messageKey, List<String> to, String subject, String text) throws DeliveryFailure {
		try {
			MimeMessage message = this.mail.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
			helper.setFrom(this.from);
			helper.setTo(to.toArray(String[]::new));
			helper.setSubject(subject);
			helper.setText(text, false);
			message.saveChanges();
			message.setHeader("Message-ID", "<" + messageKey + "@notification.giamsat>");
			this.mail.send(message);
		}
		catch (MessagingException ex) {
			throw new DeliveryFailure("The message could not be written: " + ex.getMessage(), false);
		}
		catch (MailException ex) {
			throw new DeliveryFailure("SMTP: " + rootMessage(ex), !refusedForGood(ex));
		}
	}

	/**
	 * The key of a digest, from the notifications it carries.
	 */
	static String digestKey(List<String> notificationIds) {
		return UUID.nameUUIDFromBytes(String.join("|", notificationIds).getBytes(StandardCharsets.UTF_8)).toString();
	}

	private static boolean refusedForGood(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = nextCause(cause)) {
			if (cause instanceof SendFailedException failed) {
				boolean noneSent = failed.getValidSentAddresses() == null || failed.getValidSentAddresses().length == 0;
				boolean invalid = failed.getInvalidAddresses() != null && failed.getInvalidAddresses().length > 0;
				boolean unsent = failed.getValidUnsentAddresses() != null
						&& failed.getValidUnsentAddresses().length > 0;
				return noneSent && invalid && !unsent;
			}
		}
		return false;
	}

	private static Throwable nextCause(Throwable ex) {
		if (ex instanceof MessagingException messaging && messaging.getNextException() != null) {
			return messaging.getNextException();
		}
		if (ex instanceof org.springframework.mail.MailSendException send && !send.getFailedMessages().isEmpty()) {
			Exception first = send.getFailedMessages().values().iterator().next();
			return (first != ex) ? first : null;
		}
		return (ex.getCause() != ex) ? ex.getCause() : null;
	}

	private static String rootMessage(Throwable ex) {
		String message = ex.getMessage();
		for (Throwable cause = ex; cause != null; cause = nextCause(cause)) {
			if (cause.getMessage() != null) {
				message = cause.getMessage();
			}
		}
		return (message != null && message.length() > 500) ? message.substring(0, 500) : message;
	}

}
