package vn.mttq.giamsat.console.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.bson.types.Binary;

import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.session.MapSession;
import org.springframework.session.SessionRepository;

/**
 * Keeps sessions in one MongoDB collection, a document per session: its times, when it
 * expires ({@code expireAt}, a TTL index removes it after) and its attributes in JDK
 * serialization (the security context and the authorized client are Serializable). A
 * request that changes nothing writes at most once a minute, to move the expiry on.
 */
public class MongoSessionRepository implements SessionRepository<StoredSession> {

	/** The collection. */
	public static final String COLLECTION = "console_sessions";

	private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

	private final MongoCollection<Document> sessions;

	private final Duration idleTimeout;

	private final Clock clock;

	private final SerializingConverter serializer = new SerializingConverter();

	private final DeserializingConverter deserializer;

	public MongoSessionRepository(MongoOperations mongo, Duration idleTimeout, Clock clock) {
		this.sessions = mongo.getCollection(COLLECTION);
		this.idleTimeout = idleTimeout;
		this.clock = clock;
		this.deserializer = new DeserializingConverter(MongoSessionRepository.class.getClassLoader());
		this.sessions.createIndex(Indexes.ascending("expireAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
	}

	@Override
	public StoredSession createSession() {
		MapSession session = new MapSession();
		Instant now = this.clock.instant();
		session.setCreationTime(now);
		session.setLastAccessedTime(now);
		session.setMaxInactiveInterval(this.idleTimeout);
		return new StoredSession(session, true);
	}

	@Override
	public void save(StoredSession session) {
		if (!session.needsWrite(TOUCH_INTERVAL)) {
			return;
		}
		String storedId = session.storedId();
		if (storedId != null && !storedId.equals(session.getId())) {
			// Signing in changes the id, so that an id known before is worth nothing
			// after.
			deleteById(storedId);
		}
		this.sessions.replaceOne(Filters.eq("_id", session.getId()), toDocument(session.delegate()),
				new ReplaceOptions().upsert(true));
		session.stored();
	}

	@Override
	public StoredSession findById(String id) {
		Document document = this.sessions.find(Filters.eq("_id", id)).first();
		if (document == null) {
			return null;
		}
		if (!document.getDate("expireAt").toInstant().isAfter(this.clock.instant())) {
			// The TTL monitor runs once a minute; an expired session is gone from the
			// moment it expires.
			deleteById(id);
			return null;
		}
		try {
			return new StoredSession(toSession(document), false);
		}
		catch (SerializationFailedException ex) {
			// Written by a version whose classes have changed since: the person signs in
			// again.
			deleteById(id);
			return null;
		}
	}

	@Override
	public void deleteById(String id) {
		this.sessions.deleteOne(Filters.eq("_id", id));
	}

	private Document toDocument(MapSession session) {
		Map<String, Object> attributes = new HashMap<>();
		for (String name : session.getAttributeNames()) {
			attributes.put(name, session.getAttribute(name));
		}
		Instant expireAt = session.getLastAccessedTime().plus(session.getMaxInactiveInterval());
		return new Document("_id", session.getId()).append("createdAt", Date.from(session.getCreationTime()))
			.append("lastAccessedAt", Date.from(session.getLastAccessedTime()))
			.append("maxInactiveSeconds", session.getMaxInactiveInterval().toSeconds())
			.append("expireAt", Date.from(expireAt))
			.append("attributes", new Binary(this.serializer.convert(attributes)));
	}

	@SuppressWarnings("unchecked")
	private MapSession toSession(Document document) {
		MapSession session = new MapSession(document.getString("_id"));
		session.setCreationTime(document.getDate("createdAt").toInstant());
		session.setLastAccessedTime(document.getDate("lastAccessedAt").toInstant());
		session
			.setMaxInactiveInterval(Duration.ofSeconds(document.get("maxInactiveSeconds", Number.class).longValue()));
		byte[] bytes = document.get("attributes", Binary.class).getData();
		((Map<String, Object>) this.deserializer.convert(bytes)).forEach(session::setAttribute);
		return session;
	}

}
