package vn.mttq.giamsat.localstack;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the Kafka broker, the MongoDB server or the mail server of the local stack as its
 * own process, until it receives SIGTERM or Ctrl-C.
 */
public final class LocalStackMain {

	private LocalStackMain() {
	}

	/**
	 * Starts the server named by the first argument; see {@link MainOptions#USAGE}.
	 * @param args the command line
	 * @throws InterruptedException if the main thread is interrupted while serving
	 */
	public static void main(String[] args) throws InterruptedException {
		configureLogging();
		MainOptions options;
		try {
			options = MainOptions.parse(Arrays.asList(args));
		}
		catch (IllegalArgumentException ex) {
			System.err.println("local-stack: " + ex.getMessage());
			System.err.println(MainOptions.USAGE);
			System.exit(2);
			return;
		}
		AutoCloseable server;
		try {
			server = start(options);
		}
		catch (RuntimeException ex) {
			System.err.println("local-stack: " + describe(ex));
			System.exit(1);
			return;
		}
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, stopped), "local-stack-shutdown"));
		stopped.await();
	}

	private static AutoCloseable start(MainOptions options) {
		if (options.server() == MainOptions.Server.MAIL) {
			LocalMail mail = LocalMail.start(options.port(), options.dataPath());
			System.out.println("Mail server ready on 127.0.0.1:" + mail.port() + " (each message written to "
					+ mail.folder().toAbsolutePath() + ")");
			return mail;
		}
		if (options.server() == MainOptions.Server.KAFKA) {
			LocalKafka kafka = LocalKafka.start(options.dataPath(), options.port());
			System.out
				.println("Kafka broker ready on " + kafka.bootstrapServers() + " (data: " + kafka.dataDir() + ")");
			return kafka;
		}
		LocalMongo mongo = (options.dataPath() != null) ? LocalMongo.onDisk(options.dataPath(), options.port())
				: LocalMongo.inMemory(options.port());
		String data = (options.dataPath() != null) ? options.dataPath().toAbsolutePath().toString()
				: "memory, lost on exit";
		System.out.println("MongoDB server ready on " + mongo.connectionString() + " (data: " + data + ")");
		return mongo;
	}

	private static void stop(AutoCloseable server, CountDownLatch stopped) {
		System.out.println("Stopping " + server);
		try {
			server.close();
			System.out.println("Stopped " + server);
		}
		catch (Exception ex) {
			System.err.println("local-stack: failed to stop " + server + ": " + describe(ex));
		}
		finally {
			stopped.countDown();
		}
	}

	private static String describe(Throwable ex) {
		StringBuilder message = new StringBuilder(String.valueOf(ex.getMessage()));
		// The user needs the root cause too (e.g. "Address already in use"), once.
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause.getMessage() != null && !message.toString().contains(cause.getMessage())) {
				message.append(": ").append(cause.getMessage());
			}
		}
		return message.toString();
	}

	/**
	 * Keeps the broker's INFO chatter out of the console. These are slf4j-simple settings
	 * (the binding of the -exec jar only), set here rather than in a
	 * {@code simplelogger.properties} so that the library jar carries no logging
	 * configuration; a {@code -D} on the command line still wins.
	 */
	private static void configureLogging() {
		System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
				System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
		System.setProperty("org.slf4j.simpleLogger.showDateTime",
				System.getProperty("org.slf4j.simpleLogger.showDateTime", "true"));
		System.setProperty("org.slf4j.simpleLogger.dateTimeFormat",
				System.getProperty("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS"));
	}

}
