package vn.mttq.giamsat.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Apache Kafka broker and KRaft controller running in this JVM.
 */
public final class LocalKafka implements AutoCloseable {

	private static final String CONTROLLER_LISTENER = "CONTROLLER";

	private final Path dataDir;

	private final int port;

	private final int controllerPort;

	private KafkaRaftServer server;

	private LocalKafka(Path dataDir, int port, int controllerPort) {
		this.dataDir = dataDir;
		this.port = port;
		this.controllerPort = controllerPort;
	}

	/**
	 * Starts a broker that keeps its data in {@code dataDir}, formatting the directory
	 * first if it has never been used.
	 * @param dataDir the log directory; created if missing
	 * @param port the client port, or 0 for a free one (kept for later restarts)
	 * @return the running broker
	 * @throws PortInUseException if the port is taken
	 */
	public static LocalKafka start(Path dataDir, int port) {
		int clientPort = (port != 0) ? port : Ports.pickFree();
		Ports.requireFree(clientPort, "Kafka broker");
		int controllerPort = Ports.pickFree();
		while (controllerPort == clientPort) {
			controllerPort = Ports.pickFree();
		}
		LocalKafka kafka = new LocalKafka(dataDir.toAbsolutePath(), clientPort, controllerPort);
		kafka.start();
		return kafka;
	}

	/**
	 * Starts the broker again after {@link #stop()}, on the same ports and with the same
	 * data. Does nothing if it is running.
	 * @throws PortInUseException if a port was taken while the broker was down
	 */
	public synchronized void start() {
		if (this.server != null) {
			return;
		}
		Ports.requireFree(this.port, "Kafka broker");
		Ports.requireFree(this.controllerPort, "Kafka controller");
		KafkaConfig config = new KafkaConfig(brokerProperties(), false);
		try {
			Files.createDirectories(this.dataDir);
			KafkaStorage.formatIfNeeded(config, CONTROLLER_LISTENER);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot prepare the Kafka log directory " + this.dataDir, ex);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot format the Kafka log directory " + this.dataDir, ex);
		}
		KafkaRaftServer raftServer = new KafkaRaftServer(config, Time.SYSTEM);
		try {
			// Blocks until the broker is unfenced and its listeners accept connections.
			raftServer.startup();
		}
		catch (RuntimeException ex) {
			// The controller may already be up when the broker part fails.
			shutdown(raftServer);
			throw ex;
		}
		this.server = raftServer;
	}

	/**
	 * Shuts the broker down, keeping its data and its ports for {@link #start()}. Does
	 * nothing if it is not running.
	 */
	public synchronized void stop() {
		KafkaRaftServer raftServer = this.server;
		this.server = null;
		if (raftServer != null) {
			shutdown(raftServer);
		}
	}

	/**
	 * Tells whether the broker is running.
	 * @return {@code true} between {@link #start()} and {@link #stop()}
	 */
	public synchronized boolean isRunning() {
		return this.server != null;
	}

	/**
	 * Returns the bootstrap servers for clients.
	 * @return {@code 127.0.0.1:<port>}
	 */
	public String bootstrapServers() {
		return Ports.HOST + ":" + this.port;
	}

	/**
	 * Returns the client (PLAINTEXT) port.
	 * @return the port
	 */
	public int port() {
		return this.port;
	}

	/**
	 * Returns the log directory.
	 * @return the absolute data directory
	 */
	public Path dataDir() {
		return this.dataDir;
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
		return "LocalKafka[" + bootstrapServers() + ", data: " + this.dataDir + "]";
	}

	private Map<String, Object> brokerProperties() {
		String host = Ports.HOST;
		Map<String, Object> props = new LinkedHashMap<>();
		props.put("process.roles", "broker,controller");
		props.put("node.id", "1");
		props.put("controller.quorum.voters", "1@" + host + ":" + this.controllerPort);
		props.put("listeners", "PLAINTEXT://" + host + ":" + this.port + "," + CONTROLLER_LISTENER + "://" + host + ":"
				+ this.controllerPort);
		props.put("advertised.listeners", "PLAINTEXT://" + host + ":" + this.port);
		props.put("controller.listener.names", CONTROLLER_LISTENER);
		props.put("inter.broker.listener.name", "PLAINTEXT");
		props.put("listener.security.protocol.map", CONTROLLER_LISTENER + ":PLAINTEXT,PLAINTEXT:PLAINTEXT");
		props.put("log.dirs", this.dataDir.toString());
		props.put("num.partitions", "3");
		props.put("default.replication.factor", "1");
		props.put("min.insync.replicas", "1");
		// As on a real deployment: a topic exists because the service that writes it
		// declared it, never because someone asked for a name (a typo, a reader
		// starting first).
		props.put("auto.create.topics.enable", "false");
		props.put("group.initial.rebalance.delay.ms", "0");
		props.put("offsets.topic.replication.factor", "1");
		props.put("transaction.state.log.replication.factor", "1");
		props.put("transaction.state.log.min.isr", "1");
		props.put("share.coordinator.state.topic.replication.factor", "1");
		props.put("share.coordinator.state.topic.min.isr", "1");
		// Internal topics default to 50 partitions each; creating them slows the first
		// consumer group (or transaction) noticeably on two cores and buys nothing here.
		props.put("offsets.topic.num.partitions", "5");
		props.put("transaction.state.log.num.partitions", "5");
		props.put("share.coordinator.state.topic.num.partitions", "5");
		// The log cleaner (for the compacted __consumer_offsets) would otherwise allocate
		// a 128 MB buffer inside the host JVM.
		props.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
		return props;
	}

	private static void shutdown(KafkaRaftServer raftServer) {
		raftServer.shutdown();
		raftServer.awaitShutdown();
	}

}
