package vn.mttq.giamsat.notification.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonValue;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the database commands a piece of work sends, as the driver starts them on the
 * thread that does the work (the sync driver runs a command on its caller's thread), so
 * the dispatcher's and the relay's own commands on their threads are not counted.
 */
public final class MongoCommands implements CommandListener {

	private final Map<Thread, List<String>> recording = new ConcurrentHashMap<>();

	/**
	 * The commands a piece of work sends on this thread.
	 * @param work the work
	 * @return each command's name and collection, in order
	 */
	public List<String> during(Runnable work) {
		List<String> commands = new ArrayList<>();
		this.recording.put(Thread.currentThread(), commands);
		try {
			work.run();
		}
		finally {
			this.recording.remove(Thread.currentThread());
		}
		return List.copyOf(commands);
	}

	@Override
	public void commandStarted(CommandStartedEvent event) {
		List<String> commands = this.recording.get(Thread.currentThread());
		if (commands != null) {
			BsonValue collection = event.getCommand().get(event.getCommandName());
			commands.add(event.getCommandName()
					+ ((collection != null && collection.isString()) ? " " + collection.asString().getValue() : ""));
		}
	}

	/**
	 * Registers the counter with the application's database client.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Listening {

		@Bean
		MongoCommands mongoCommands() {
			return new MongoCommands();
		}

		@Bean
		MongoClientSettingsBuilderCustomizer countedCommands(MongoCommands commands) {
			return (settings) -> settings.addCommandListener(commands);
		}

	}

}
