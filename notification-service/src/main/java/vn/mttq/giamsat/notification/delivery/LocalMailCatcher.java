package vn.mttq.giamsat.notification.delivery;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import vn.mttq.giamsat.support.PeriodicTask;

/**
 * For the local run only: an SMTP server inside this service (GreenMail) on
 * {@code spring.mail.port} of 127.0.0.1, which writes every message it receives to a
 * folder as an {@code .eml} file that any mail program opens. The service sends to it
 * through real SMTP, so the local run exercises the same path as production.
 */
@Component
@ConditionalOnBooleanProperty("giamsat.notification.mail.embedded-server.enabled")
class LocalMailCatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(LocalMailCatcher.class);

	private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
		.withZone(ZoneOffset.UTC);

	private final int port;

	private final Path folder;

	private final Clock clock;

	private final PeriodicTask task = new PeriodicTask("local-mail-catcher");

	private final AtomicLong written = new AtomicLong();

	private volatile GreenMail server;

	LocalMailCatcher(@Value("${spring.mail.port}") int port,
			@Value("${giamsat.notification.mail.embedded-server.folder}") Path folder, Clock clock) {
		this.port = port;
		this.folder = folder;
		this.clock = clock;
	}

	@Override
	public void start() {
		try {
			Files.createDirectories(this.folder);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot create the mail folder " + this.folder, ex);
		}
		this.server = new GreenMail(new ServerSetup(this.port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.server.start();
		this.task.start(this::writeReceived, Duration.ofSeconds(1), Duration.ofSeconds(1));
		log.info("Local SMTP server on 127.0.0.1:{}; messages are written to {}", this.port,
				this.folder.toAbsolutePath());
	}

	private void writeReceived() {
		MimeMessage[] received = this.server.getReceivedMessages();
		if (received.length == 0) {
			return;
		}
		try {
			this.server.purgeEmailFromAllMailboxes();
		}
		catch (com.icegreen.greenmail.store.FolderException ex) {
			log.warn("Could not empty the local mailboxes: {}", ex.toString());
		}
		for (MimeMessage message : received) {
			Path file = this.folder
				.resolve(FILE_TIME.format(this.clock.instant()) + "-" + this.written.incrementAndGet() + ".eml");
			// Written beside it and moved into place, so whoever watches the folder never
			// opens a message half written.
			Path partial = file.resolveSibling(file.getFileName() + ".part");
			try {
				try (OutputStream out = Files.newOutputStream(partial)) {
					message.writeTo(out);
				}
				Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (IOException | MessagingException ex) {
				log.warn("Could not write a received message to {}: {}", file, ex.toString());
			}
		}
	}

	@Override
	public void stop() {
		this.task.stop();
		if (this.server != null) {
			writeReceived();
			this.server.stop();
			this.server = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.server != null;
	}

	@Override
	public int getPhase() {
		// Up before the dispatcher sends, down after it stops.
		return Integer.MAX_VALUE - 3000;
	}

}
