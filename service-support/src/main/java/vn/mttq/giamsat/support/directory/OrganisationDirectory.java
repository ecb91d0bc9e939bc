package vn.mttq.giamsat.support.directory;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.client.result.UpdateResult;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import vn.mttq.giamsat.events.supervision.OrganisationChanged;
import vn.mttq.giamsat.support.domain.ResourceNotFoundException;

/**
 * Keeps the directory copy: the record with the highest revision of each organisation
 * wins, whatever the order or the number of times records arrive.
 * <p>
 * The directory is read on nearly every event and request and changes a few times a year,
 * so reads go through a small cache: a record this consumer applies evicts its
 * organisation at once, and every entry expires after {@code timeToLive}, so a change
 * applied by another instance of the service shows within it.
 */
public class OrganisationDirectory {

	private static final int CACHED_ORGANISATIONS = 20_000;

	private final MongoTemplate mongo;

	private final Clock clock;

	private final Cache<String, Optional<KnownOrganisation>> cache;

	public OrganisationDirectory(MongoTemplate mongo, Clock clock, Duration timeToLive) {
		this.mongo = mongo;
		this.clock = clock;
		this.cache = Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(CACHED_ORGANISATIONS).build();
	}

	/**
	 * Applies a directory record.
	 * @param event the record
	 * @return {@code true} if it replaced an older record or was new
	 */
	public boolean apply(OrganisationChanged event) {
		Query olderOrAbsent = Query
			.query(Criteria.where("_id").is(event.organisationId()).and("revision").lt(event.revision()));
		Update update = new Update().set("revision", event.revision())
			.set("name", event.name())
			.set("kind", event.kind())
			.set("level", event.level())
			.set("parentId", event.parentId())
			.set("validFrom", event.validFrom())
			.set("validTo", event.validTo())
			.set("successorIds", event.successorIds())
			.set("eventId", event.eventId())
			.set("receivedAt", this.clock.instant());
		try {
			UpdateResult result = this.mongo.upsert(olderOrAbsent, update, KnownOrganisation.class);
			return result.getMatchedCount() > 0 || result.getUpsertedId() != null;
		}
		catch (DuplicateKeyException ex) {
			// A record with this or a higher revision is already kept.
			return false;
		}
		finally {
			this.cache.invalidate(event.organisationId());
		}
	}

	public Optional<KnownOrganisation> find(String id) {
		return this.cache.get(id, (key) -> Optional.ofNullable(this.mongo.findById(key, KnownOrganisation.class)));
	}

	/**
	 * Returns the organisations the directory knows among some ids, reading those not
	 * cached with one query.
	 * @param ids the organisation ids
	 * @return the known ones by id
	 */
	public Map<String, KnownOrganisation> findAll(Collection<String> ids) {
		Map<String, Optional<KnownOrganisation>> found = this.cache.getAll(ids, (missing) -> {
			Map<String, Optional<KnownOrganisation>> read = new HashMap<>();
			missing.forEach((id) -> read.put(id, Optional.empty()));
			this.mongo.find(Query.query(Criteria.where("_id").in(missing)), KnownOrganisation.class)
				.forEach((organisation) -> read.put(organisation.id(), Optional.of(organisation)));
			return read;
		});
		Map<String, KnownOrganisation> known = new HashMap<>();
		found.forEach((id, organisation) -> organisation.ifPresent((value) -> known.put(id, value)));
		return known;
	}

	/**
	 * Returns an organisation the directory knows, or fails with 404.
	 * @param id the organisation id
	 * @return the organisation
	 * @throws ResourceNotFoundException if the directory does not know it
	 */
	public KnownOrganisation require(String id) {
		return find(id).orElseThrow(() -> new ResourceNotFoundException("Organisation", id));
	}

	/**
	 * Returns the superior body of an organisation, if the directory knows it.
	 * @param id the organisation id
	 * @return its parent's id
	 */
	public Optional<String> parentOf(String id) {
		return find(id).map(KnownOrganisation::parentId);
	}

	/**
	 * Returns the official name of an organisation, or its id when the directory does not
	 * know it yet.
	 * @param id the organisation id
	 * @return a name to print
	 */
	public String nameOf(String id) {
		return find(id).map(KnownOrganisation::name).orElse(id);
	}

}
