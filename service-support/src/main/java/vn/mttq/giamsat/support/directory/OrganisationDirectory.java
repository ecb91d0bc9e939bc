package vn.mttq.giamsat.support.directory;

import java.time.Clock;
import java.util.Optional;

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
 */
public class OrganisationDirectory {

	private final MongoTemplate mongo;

	private final Clock clock;

	public OrganisationDirectory(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
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
	}

	public Optional<KnownOrganisation> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, KnownOrganisation.class));
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
