package vn.mttq.giamsat.notification.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;

/**
 * A real SMTP server (GreenMail) for this module's tests, one per JVM on a free port,
 * published as the system property {@code MAIL_PORT} before any application context
 * starts (the extension is registered for every test class by autodetection). A test may
 * stop it, to play a mail server outage, and start it again on the same port.
 */
public final class TestSmtp implements BeforeAllCallback, TestInstancePreConstructCallback {

	private static GreenMail server;

	private static int port;

	@Override
	public void beforeAll(ExtensionContext context) {
		ensureStarted();
	}

	@Override
	public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
		ensureStarted();
	}

	static synchronized void ensureStarted() {
		if (server == null) {
			port = freePort();
			System.setProperty("MAIL_PORT", Integer.toString(port));
			start();
		}
	}

	public static synchronized void start() {
		server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
	}

	public static synchronized void stop() {
		server.stop();
	}

	/**
	 * The messages received so far to an address.
	 * @param address the recipient address
	 * @return the messages, oldest first
	 */
	public static synchronized List<MimeMessage> to(String address) {
		return Arrays.stream(server.getReceivedMessages()).filter((message) -> {
			try {
				return Arrays.stream(message.getAllRecipients()).anyMatch((a) -> a.toString().contains(address));
			}
			catch (jakarta.mail.MessagingException ex) {
				return false;
			}
		}).toList();
	}

	public static Duration patience() {
		return Duration.ofSeconds(30);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
