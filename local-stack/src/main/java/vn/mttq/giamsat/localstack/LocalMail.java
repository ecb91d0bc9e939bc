package vn.mttq.giamsat.localstack;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local run's mail server: real SMTP (GreenMail) on 127.0.0.1, which writes every
 * message it receives to a folder as an {@code .eml} file that any mail program opens.
 * notification-service sends to it as it would to any SMTP server, so the local run
 * exercises the same path as production, and the service's own jar carries no mail
 * server.
 */
public final class LocalMail implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(LocalMail.class);

	private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
		.withZone(ZoneOffset.UTC);

	private final GreenMail server;

	private final Path folder;

	private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "local-mail-writer");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicLong written = new AtomicLong();

	private LocalMail(int port, Path folder) {
		this.folder = folder;
		this.server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
	}

	/**
	 * Starts the server.
	 * @param port the SMTP port on 127.0.0.1
	 * @param folder where each received message is written
	 * @return the running server
	 */
	public static LocalMail start(int port, Path folder) {
		try {
			Files.createDirectories(folder);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot create the mail folder " + folder, ex);
		}
		LocalMail mail = new LocalMail(port, folder);
		mail.server.start();
		mail.writer.scheduleWithFixedDelay(mail::writeReceived, 1, 1, TimeUnit.SECONDS);
		return mail;
	}

	/**
	 * @return the SMTP port
	 */
	public int port() {
		return this.server.getSmtp().getPort();
	}

	/**
	 * @return the folder the messages are written to
	 */
	public Path folder() {
		return this.folder;
	}

	private synchronized void writeReceived() {
		MimeMessage[] received = this.server.getReceivedMessages();
		if (received.length == 0) {
			return;
		}
		try {
			this.server.purgeEmailFromAllMailboxes();
		}
		catch (FolderException ex) {
			log.warn("Could not empty the local mailboxes: {}", ex.toString());
		}
		for (MimeMessage message : received) {
			write(message);
		}
	}

	private void write(MimeMessage message) {
		Path file = this.folder
			.resolve(FILE_TIME.format(Instant.now()) + "-" + this.written.incrementAndGet() + ".eml");
		// Written beside it and moved into place, so whoever watches the folder never
		// opens
		// a message half written.
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

	@Override
	public void close() {
		this.writer.shutdownNow();
		writeReceived();
		this.server.stop();
	}

	@Override
	public String toString() {
		return "mail server on 127.0.0.1:" + port();
	}

}
