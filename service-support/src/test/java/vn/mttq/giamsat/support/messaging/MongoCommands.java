package vn.mttq.giamsat.support.messaging;

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
 * the commands of other threads (the outbox relay, a dispatcher) are not counted. It can
 * also let another writer in just before a command of the work is sent, as a concurrent
 * change would come. Shared with the services' tests, which count what a batch costs.
 */
public final class MongoCommands implements CommandListener {

	private final Map<Thread, List<String>> recording = new ConcurrentHashMap<>();

	private final Map<String, Runnable> before = new ConcurrentHashMap<>();

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
			this.before.clear();
		}
		return List.copyOf(commands);
	}

	/**
	 * Runs a change once, just before the next recorded command of that name is sent; its
	 * own commands are not recorded.
	 * @param command the command's name and collection, e.g.
	 * {@code update recommendations}
	 * @param change the change
	 */
	public void beforeNext(String command, Runnable change) {
		this.before.put(command, change);
	}

	@Override
	public void commandStarted(CommandStartedEvent event) {
		List<String> commands = this.recording.get(Thread.currentThread());
		if (commands == null) {
			return;
		}
		BsonValue collection = event.getCommand().get(event.getCommandName());
		String command = event.getCommandName()
				+ ((collection != null && collection.isString()) ? " " + collection.asString().getValue() : "");
		Runnable change = this.before.remove(command);
		if (change != null) {
			this.recording.remove(Thread.currentThread());
			try {
				change.run();
			}
			finally {
				this.recording.put(Thread.currentThread(), commands);
			}
		}
		commands.add(command);
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
