package vn.mttq.giamsat.notification.cache;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * Makes the small in-memory caches of the data read on every event and changed seldom
 * (template wordings, contacts): each entry expires {@code time-to-live} after it was
 * read, so a change made through another instance shows within it, while a change made
 * through this one evicts its entry at once. Each cache's hits and misses are the
 * {@code cache.gets} meters, tagged with its name.
 */
@Component
@EnableConfigurationProperties(ReadCaches.Settings.class)
public class ReadCaches {

	private final Settings settings;

	private final MeterRegistry meters;

	ReadCaches(Settings settings, MeterRegistry meters) {
		this.settings = settings;
		this.meters = meters;
	}

	/**
	 * A new cache.
	 * @param <K> the key type
	 * @param <V> the value type
	 * @param name its name in the meters
	 * @return the cache
	 */
	public <K, V> Cache<K, V> named(String name) {
		Cache<K, V> cache = Caffeine.newBuilder()
			.expireAfterWrite(this.settings.timeToLive())
			.maximumSize(this.settings.maximumSize())
			.recordStats()
			.build();
		return CaffeineCacheMetrics.monitor(this.meters, cache, name);
	}

	/**
	 * How long cached data may be behind another instance's change
	 * ({@code giamsat.notification.cache}).
	 *
	 * @param timeToLive how long an entry is used after it was read
	 * @param maximumSize the most entries one cache keeps
	 */
	@ConfigurationProperties("giamsat.notification.cache")
	public record Settings(@DefaultValue("30s") Duration timeToLive, @DefaultValue("10000") long maximumSize) {
	}

}
