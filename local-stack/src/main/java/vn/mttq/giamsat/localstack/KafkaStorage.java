package vn.mttq.giamsat.localstack;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import kafka.server.KafkaConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.storage.Formatter;

/**
 * Formats a KRaft log directory the way {@code kafka-storage.sh format} does, once.
 */
final class KafkaStorage {

	private static final String META_PROPERTIES = "meta.properties";

	private KafkaStorage() {
	}

	/**
	 * Formats the log directory of the given configuration unless it already holds a
	 * {@code meta.properties}, so data written by an earlier run is kept.
	 * @param config the broker configuration (single log dir, which is also the metadata
	 * log dir)
	 * @param controllerListenerName the name of the controller listener
	 * @return {@code true} if the directory was formatted now
	 * @throws Exception if formatting fails
	 */
	static boolean formatIfNeeded(KafkaConfig config, String controllerListenerName) throws Exception {
		Path logDir = Path.of(config.metadataLogDir());
		if (Files.exists(logDir.resolve(META_PROPERTIES))) {
			return false;
		}
		Files.createDirectories(logDir);
		new Formatter().setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
			.setNodeId(config.nodeId())
			.setClusterId(Uuid.randomUuid().toString())
			.setControllerListenerName(controllerListenerName)
			.setMetadataLogDirectory(config.metadataLogDir())
			.addDirectory(config.metadataLogDir())
			// Static quorum (controller.quorum.voters): kraft.version 0, no bootstrap
			// snapshot, so the controller port may differ from one run to the next.
			.setHasDynamicQuorum(false)
			.run();
		return true;
	}

}
