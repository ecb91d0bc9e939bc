package vn.mttq.giamsat.recommendation.statistics.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonDocument;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import vn.mttq.giamsat.recommendation.statistics.StatisticsYear;

/**
 * Records the fields each read of the year documents asks for, as the driver starts the
 * reads on the thread that does the work (the sync driver runs a command on its caller's
 * thread), so that the consumers' reads on their own threads are not recorded.
 */
public final class YearReads implements CommandListener {

	private final Map<Thread, List<Set<String>>> recording = new ConcurrentHashMap<>();

	/**
	 * The reads of the year documents a piece of work makes on this thread.
	 * @param work the work
	 * @return for each read, in order, the fields it asks for
	 */
	List<Set<String>> during(Runnable work) {
		List<Set<String>> reads = new ArrayList<>();
		this.recording.put(Thread.currentThread(), reads);
		try {
			work.run();
		}
		finally {
			this.recording.remove(Thread.currentThread());
		}
		return List.copyOf(reads);
	}

	@Override
	public void commandStarted(CommandStartedEvent event) {
		List<Set<String>> reads = this.recording.get(Thread.currentThread());
		BsonDocument command = event.getCommand();
		if (reads != null && "find".equals(event.getCommandName())
				&& StatisticsYear.COLLECTION.equals(command.getString("find").getValue())) {
			reads.add(Set.copyOf(command.getDocument("projection", new BsonDocument()).keySet()));
		}
	}

	/**
	 * Registers the recorder with the application's database client.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Listening {

		@Bean
		YearReads yearReads() {
			return new YearReads();
		}

		@Bean
		MongoClientSettingsBuilderCustomizer recordedYearReads(YearReads reads) {
			return (settings) -> settings.addCommandListener(reads);
		}

	}

}
