package vn.mttq.giamsat.console.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.springframework.session.MapSession;
import org.springframework.session.Session;

/**
 * A session as {@link MongoSessionRepository} hands it out: a {@link MapSession} that
 * remembers whether it is new, what id it was stored under, and whether anything but its
 * last-accessed time has changed since.
 */
public final class StoredSession implements Session {

	private final MapSession delegate;

	private String storedId;

	private Instant storedLastAccessedTime;

	private boolean changed;

	StoredSession(MapSession delegate, boolean isNew) {
		this.delegate = delegate;
		this.storedId = isNew ? null : delegate.getId();
		this.storedLastAccessedTime = isNew ? null : delegate.getLastAccessedTime();
		this.changed = isNew;
	}

	MapSession delegate() {
		return this.delegate;
	}

	/** The id this session is stored under, or null if it has not been stored yet. */
	String storedId() {
		return this.storedId;
	}

	/** Whether a write is needed: something changed, or the last write is a while ago. */
	boolean needsWrite(Duration touchInterval) {
		return this.changed || this.storedLastAccessedTime == null || !this.delegate.getId().equals(this.storedId)
				|| Duration.between(this.storedLastAccessedTime, this.delegate.getLastAccessedTime())
					.compareTo(touchInterval) >= 0;
	}

	void stored() {
		this.storedId = this.delegate.getId();
		this.storedLastAccessedTime = this.delegate.getLastAccessedTime();
		this.changed = false;
	}

	@Override
	public String getId() {
		return this.delegate.getId();
	}

	@Override
	public String changeSessionId() {
		return this.delegate.changeSessionId();
	}

	@Override
	public <T> T getAttribute(String attributeName) {
		return this.delegate.getAttribute(attributeName);
	}

	@Override
	public Set<String> getAttributeNames() {
		return this.delegate.getAttributeNames();
	}

	@Override
	public void setAttribute(String attributeName, Object attributeValue) {
		this.delegate.setAttribute(attributeName, attributeValue);
		this.changed = true;
	}

	@Override
	public void removeAttribute(String attributeName) {
		this.delegate.removeAttribute(attributeName);
		this.changed = true;
	}

	@Override
	public Instant getCreationTime() {
		return this.delegate.getCreationTime();
	}

	@Override
	public void setLastAccessedTime(Instant lastAccessedTime) {
		this.delegate.setLastAccessedTime(lastAccessedTime);
	}

	@Override
	public Instant getLastAccessedTime() {
		return this.delegate.getLastAccessedTime();
	}

	@Override
	public void setMaxInactiveInterval(Duration interval) {
		this.delegate.setMaxInactiveInterval(interval);
		this.changed = true;
	}

	@Override
	public Duration getMaxInactiveInterval() {
		return this.delegate.getMaxInactiveInterval();
	}

	@Override
	public boolean isExpired() {
		return this.delegate.isExpired();
	}

}
