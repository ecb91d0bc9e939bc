package vn.mttq.giamsat.localstack;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The parsed command line of {@link LocalStackMain}.
 *
 * @param server which server to run
 * @param port the port to listen on
 * @param dataPath the broker's data directory, the database file ({@code null} for an
 * in-memory database) or the mail folder
 */
record MainOptions(Server server, int port, Path dataPath) {

	static final String USAGE = """
			Usage:
			  kafka [--port 9092] [--data-dir .local-data/kafka]
			  mongo [--port 27017] [--data-file .local-data/mongo/mongo.mv | --memory]
			  mail [--port 3025] [--folder .local-data/mail]""";

	/**
	 * The servers the main class can run.
	 */
	enum Server {

		KAFKA, MONGO, MAIL

	}

	/**
	 * Parses the arguments.
	 * @param args the command line
	 * @return the options
	 * @throws IllegalArgumentException with a message for the user if the arguments are
	 * wrong
	 */
	static MainOptions parse(List<String> args) {
		if (args.isEmpty()) {
			throw new IllegalArgumentException("Missing the server to run: kafka, mongo or mail");
		}
		Server server = switch (args.get(0)) {
			case "kafka" -> Server.KAFKA;
			case "mongo" -> Server.MONGO;
			case "mail" -> Server.MAIL;
			default ->
				throw new IllegalArgumentException("Unknown server '" + args.get(0) + "': use kafka, mongo or mail");
		};
		Integer port = null;
		Path dataPath = null;
		boolean memory = false;
		for (int i = 1; i < args.size(); i++) {
			String option = args.get(i);
			switch (option) {
				case "--port" -> port = parsePort(value(args, ++i, option));
				case "--data-dir" -> {
					requireServer(server, Server.KAFKA, option);
					dataPath = Path.of(value(args, ++i, option));
				}
				case "--data-file" -> {
					requireServer(server, Server.MONGO, option);
					dataPath = Path.of(value(args, ++i, option));
				}
				case "--folder" -> {
					requireServer(server, Server.MAIL, option);
					dataPath = Path.of(value(args, ++i, option));
				}
				case "--memory" -> {
					requireServer(server, Server.MONGO, option);
					memory = true;
				}
				default -> throw new IllegalArgumentException("Unknown option '" + option + "'");
			}
		}
		if (memory && dataPath != null) {
			throw new IllegalArgumentException("Use either --data-file or --memory, not both");
		}
		if (server == Server.MAIL) {
			return new MainOptions(server, (port != null) ? port : 3025,
					(dataPath != null) ? dataPath : Path.of(".local-data", "mail"));
		}
		if (server == Server.KAFKA) {
			return new MainOptions(server, (port != null) ? port : 9092,
					(dataPath != null) ? dataPath : Path.of(".local-data", "kafka"));
		}
		Path file = (dataPath != null) ? dataPath : Path.of(".local-data", "mongo", "mongo.mv");
		return new MainOptions(server, (port != null) ? port : 27017, memory ? null : file);
	}

	private static String value(List<String> args, int index, String option) {
		if (index >= args.size() || args.get(index).startsWith("--")) {
			throw new IllegalArgumentException("Option " + option + " needs a value");
		}
		return args.get(index);
	}

	private static int parsePort(String value) {
		try {
			int port = Integer.parseInt(value);
			if (port >= 1 && port <= 65535) {
				return port;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new IllegalArgumentException("Invalid port '" + value + "': use 1 to 65535");
	}

	private static void requireServer(Server server, Server owner, String option) {
		if (server != owner) {
			throw new IllegalArgumentException(
					"Option " + option + " does not apply to " + server.name().toLowerCase(Locale.ROOT));
		}
	}

}
