package vn.mttq.giamsat.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * A MongoDB wire-protocol server (mongo-java-server) in this JVM, holding its data in
 * memory or in an H2 MVStore file. In memory, it keeps the non-unique indexes the
 * services declare and answers equality reads through them ({@link QueryPlans} counts
 * what it still reads in full); on disk, every read not on exactly a unique index's
 * fields reads the whole collection.
 */
public final class LocalMongo implements AutoCloseable {

	private final int port;

	private final Path file;

	private final RetainedMemoryBackend memoryBackend;

	private MongoServer server;

	private LocalMongo(int port, Path file, RetainedMemoryBackend memoryBackend) {
		this.port = port;
		this.file = file;
		this.memoryBackend = memoryBackend;
	}

	/**
	 * Starts a server that keeps its data in memory. The data survives {@link #stop()}
	 * and {@link #start()} of this instance, not the end of the JVM.
	 * @param port the port, or 0 for a free one (kept for later restarts)
	 * @return the running server
	 * @throws PortInUseException if the port is taken
	 */
	public static LocalMongo inMemory(int port) {
		LocalMongo mongo = new LocalMongo(resolvePort(port), null, new RetainedMemoryBackend());
		mongo.start();
		return mongo;
	}

	/**
	 * Starts a server that keeps its data in an H2 MVStore file, which survives
	 * {@link #stop()}, {@link #close()} and the end of the process.
	 * @param file the MVStore file; it and its parent directories are created if missing
	 * @param port the port, or 0 for a free one (kept for later restarts)
	 * @return the running server
	 * @throws PortInUseException if the port is taken
	 */
	public static LocalMongo onDisk(Path file, int port) {
		LocalMongo mongo = new LocalMongo(resolvePort(port), file.toAbsolutePath(), null);
		mongo.start();
		return mongo;
	}

	/**
	 * Starts the server again after {@link #stop()}, on the same port and with the same
	 * data. Does nothing if it is running.
	 * @throws PortInUseException if the port was taken while the server was down
	 */
	public synchronized void start() {
		if (this.server != null) {
			return;
		}
		Ports.requireFree(this.port, "MongoDB server");
		MongoBackend backend = (this.memoryBackend != null) ? this.memoryBackend : openFile();
		MongoServer mongoServer = new MongoServer(backend);
		try {
			mongoServer.bind(Ports.HOST, this.port);
		}
		catch (Exception ex) {
			// Netty rethrows a BindException unchecked. bind() has already shut the
			// server down, which closes an H2 file again.
			if (ex instanceof BindException) {
				throw new PortInUseException(this.port, "MongoDB server", ex);
			}
			throw new IllegalStateException("Cannot start the MongoDB server on port " + this.port, ex);
		}
		this.server = mongoServer;
	}

	/**
	 * Closes all client connections and the port, keeping the data for {@link #start()};
	 * an H2 file is closed cleanly. Does nothing if it is not running.
	 */
	public synchronized void stop() {
		MongoServer mongoServer = this.server;
		this.server = null;
		if (mongoServer != null) {
			mongoServer.shutdownNow();
		}
	}

	/**
	 * Tells whether the server is running.
	 * @return {@code true} between {@link #start()} and {@link #stop()}
	 */
	public synchronized boolean isRunning() {
		return this.server != null;
	}

	/**
	 * Returns the connection string, without a database name.
	 * @return {@code mongodb://127.0.0.1:<port>}
	 */
	public String connectionString() {
		return "mongodb://" + Ports.HOST + ":" + this.port;
	}

	/**
	 * Returns the port.
	 * @return the port
	 */
	public int port() {
		return this.port;
	}

	/**
	 * Tells whether the data lives in memory only.
	 * @return {@code true} for {@link #inMemory(int)}
	 */
	public boolean isInMemory() {
		return this.memoryBackend != null;
	}

	/**
	 * Returns how the in-memory database answered its queries: through an index, or by
	 * reading a whole collection, and the shapes of the latter.
	 * @return the counts, over all databases of this server
	 * @throws IllegalStateException for a server on disk, which does not count them
	 */
	public QueryPlans queryPlans() {
		if (this.memoryBackend == null) {
			throw new IllegalStateException("Query plans are counted only in memory: " + this);
		}
		return this.memoryBackend.plans();
	}

	/**
	 * Same as {@link #stop()}.
	 */
	@Override
	public void close() {
		stop();
	}

	@Override
	public String toString() {
		return "LocalMongo[" + connectionString() + ", data: " + (isInMemory() ? "memory" : this.file) + "]";
	}

	private H2Backend openFile() {
		try {
			Path parent = this.file.getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the directory of " + this.file, ex);
		}
		return new H2Backend(this.file.toString());
	}

	private static int resolvePort(int port) {
		return (port != 0) ? port : Ports.pickFree();
	}

}
