package vn.mttq.giamsat.notification.channel;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import vn.mttq.giamsat.notification.cache.ReadCaches;
import vn.mttq.giamsat.support.directory.OrganisationDirectory;
import vn.mttq.giamsat.support.domain.BusinessRuleException;
import vn.mttq.giamsat.support.domain.ForbiddenException;
import vn.mttq.giamsat.support.domain.Phrase;
import vn.mttq.giamsat.support.domain.ResourceNotFoundException;
import vn.mttq.giamsat.support.security.Actor;
import vn.mttq.giamsat.support.security.Role;

/**
 * Keeps each organisation's contacts: its own people (or an administrator) read and set
 * them, for an organisation the directory knows; everyone else is told they do not exist.
 * Notices and deliveries read them as cached ({@link ReadCaches}): a change holds at once
 * on the instance that saved it and within the cache's time to live on the others; the
 * contacts API reads and changes them as stored.
 */
@Service
public class ContactsManagement {

	private final MongoTemplate mongo;

	private final OrganisationDirectory directory;

	private final WebhookRegistration webhooks;

	private final Clock clock;

	private final Cache<String, ContactSettings> cached;

	ContactsManagement(MongoTemplate mongo, OrganisationDirectory directory, WebhookRegistration webhooks, Clock clock,
			ReadCaches caches) {
		this.mongo = mongo;
		this.directory = directory;
		this.webhooks = webhooks;
		this.clock = clock;
		this.cached = caches.named("notification.contacts");
	}

	/**
	 * The settings used to tell an organisation something.
	 * @param organisationId the organisation
	 * @return its settings, or the defaults
	 */
	public ContactSettings settingsOf(String organisationId) {
		return this.cached.get(organisationId, this::stored);
	}

	/**
	 * The settings used to tell several organisations something, those not cached read
	 * together.
	 * @param organisationIds the organisations
	 * @return each one's settings, or the defaults, by organisation id
	 */
	public Map<String, ContactSettings> settingsOf(Collection<String> organisationIds) {
		return this.cached.getAll(organisationIds, (missing) -> {
			Map<String, ContactSettings> settings = new HashMap<>();
			this.mongo.find(Query.query(Criteria.where("_id").in(missing)), ContactSettings.class)
				.forEach((stored) -> settings.put(stored.organisationId(), stored));
			missing.forEach((id) -> settings.computeIfAbsent(id, ContactSettings::defaults));
			return settings;
		});
	}

	private ContactSettings stored(String organisationId) {
		ContactSettings settings = this.mongo.findById(organisationId, ContactSettings.class);
		return (settings != null) ? settings : ContactSettings.defaults(organisationId);
	}

	/**
	 * The signing secrets of an organisation's webhook, decrypted for one request: its
	 * secret, and during a rotation the previous one too.
	 * @param settings its settings
	 * @return the secrets, the current one first
	 * @throws IllegalStateException if a secret cannot be decrypted
	 */
	public List<String> webhookSecrets(ContactSettings settings) {
		return this.webhooks.secretsOf(settings, this.clock.instant());
	}

	/**
	 * Stops posting to an organisation's webhook after its endpoint answered 410 Gone,
	 * unless the organisation set another URL meanwhile.
	 * @param organisationId the organisation
	 * @param url the URL that answered
	 * @param reason what it answered
	 */
	public void webhookGone(String organisationId, String url, String reason) {
		this.mongo.updateFirst(Query
			.query(Criteria.where("_id").is(organisationId).and("webhook.url").is(url).and("webhook.goneAt").is(null)),
				new Update().set("webhook.goneAt", this.clock.instant()).set("webhook.goneReason", reason),
				ContactSettings.class);
		this.cached.invalidate(organisationId);
	}

	ContactSettings read(String organisationId, Actor actor) {
		checkVisible(organisationId, actor);
		return stored(organisationId);
	}

	ContactSettings replace(String organisationId, ContactsRequest request, Actor actor) {
		checkVisible(organisationId, actor);
		if (actor.has(Role.MONITOR) && !actor.has(Role.ADMIN) && !actor.has(Role.FRONT_OFFICIAL)
				&& !actor.has(Role.AGENCY_OFFICER)) {
			throw new ForbiddenException(Phrase.of("contacts.monitor", "A monitor reads and changes nothing"));
		}
		ContactSettings current = stored(organisationId);
		Instant now = this.clock.instant();
		QuietHours quiet = null;
		if (request.quietHours() != null) {
			if (request.quietHours().from().equals(request.quietHours().to())) {
				throw new BusinessRuleException("quietHours.to", Phrase.of("contacts.quiet-hours.empty",
						"Quiet hours must end at another time than they start"));
			}
			quiet = new QuietHours(request.quietHours().from(), request.quietHours().to());
		}
		ContactSettings settings = new ContactSettings(organisationId, request.language(),
				request.emails().stream().map(String::trim).distinct().toList(),
				this.webhooks.register(organisationId, request.webhook(), current.webhook(), now), quiet,
				(request.reminderDigest() != null) ? request.reminderDigest() : current.reminderDigest(), now,
				actor.recorded());
		this.mongo.save(settings);
		this.cached.invalidate(organisationId);
		return settings;
	}

	/**
	 * Checks that an actor may see an organisation's contacts.
	 * @param organisationId the organisation
	 * @param actor who asks
	 * @throws ResourceNotFoundException for another organisation's contacts (an
	 * administrator sees all), or an organisation the directory does not know
	 */
	void checkVisible(String organisationId, Actor actor) {
		if (!organisationId.equals(actor.organisationId()) && !actor.has(Role.ADMIN)) {
			throw new ResourceNotFoundException("Organisation", organisationId);
		}
		this.directory.require(organisationId);
	}

}
