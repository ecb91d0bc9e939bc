package vn.mttq.giamsat.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * One Kafka broker, one MongoDB server and one token issuer, started and closed together.
 */
public final class LocalStack implements AutoCloseable {

	private final LocalKafka kafka;

	private final LocalMongo mongo;

	private final LocalIssuer issuer = LocalIssuer.start();

	private final Path temporaryDir;

	private LocalStack(LocalKafka kafka, LocalMongo mongo, Path temporaryDir) {
		this.kafka = kafka;
		this.mongo = mongo;
		this.temporaryDir = temporaryDir;
	}

	/**
	 * Starts a broker on a free port with its data in {@code kafkaDataDir} and an
	 * in-memory database server on a free port.
	 * @param kafkaDataDir the broker's log directory
	 * @return the running stack
	 */
	public static LocalStack start(Path kafkaDataDir) {
		return start(kafkaDataDir, null);
	}

	/**
	 * Starts a broker with its data in a new temporary directory, deleted by
	 * {@link #close()}, and an in-memory database server, both on free ports.
	 * @return the running stack
	 */
	public static LocalStack startTemporary() {
		Path dir;
		try {
			dir = Files.createTempDirectory("local-stack-kafka-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			return start(dir, dir);
		}
		catch (RuntimeException ex) {
			deleteRecursively(dir);
			throw ex;
		}
	}

	private static LocalStack start(Path kafkaDataDir, Path temporaryDir) {
		LocalMongo mongo = LocalMongo.inMemory(0);
		try {
			return new LocalStack(LocalKafka.start(kafkaDataDir, 0), mongo, temporaryDir);
		}
		catch (RuntimeException ex) {
			mongo.close();
			throw ex;
		}
	}

	/**
	 * Returns the broker.
	 * @return the broker
	 */
	public LocalKafka kafka() {
		return this.kafka;
	}

	/**
	 * Returns the database server.
	 * @return the database server
	 */
	public LocalMongo mongo() {
		return this.mongo;
	}

	/**
	 * Returns the token issuer the services trust in tests.
	 * @return the issuer
	 */
	public LocalIssuer issuer() {
		return this.issuer;
	}

	/**
	 * Stops the servers and deletes a temporary data directory.
	 */
	@Override
	public void close() {
		try {
			this.issuer.close();
			this.mongo.close();
		}
		finally {
			// The broker must be down before its directory goes: Kafka halts the JVM when
			// all of its log directories fail.
			this.kafka.close();
			if (this.temporaryDir != null) {
				deleteRecursively(this.temporaryDir);
			}
		}
	}

	@Override
	public String toString() {
		return "LocalStack[" + this.kafka + ", " + this.mongo + "]";
	}

	private static void deleteRecursively(Path dir) {
		try {
			Files.walkFileTree(dir, new SimpleFileVisitor<>() {

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
					Files.delete(file);
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult postVisitDirectory(Path directory, IOException ex) throws IOException {
					Files.delete(directory);
					return FileVisitResult.CONTINUE;
				}

			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot delete " + dir, ex);
		}
	}

}
