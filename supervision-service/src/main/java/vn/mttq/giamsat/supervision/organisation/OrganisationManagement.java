package vn.mttq.giamsat.supervision.organisation;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;

import vn.mttq.giamsat.supervision.organisation.search.SearchKey;
import vn.mttq.giamsat.support.domain.ConflictException;
import vn.mttq.giamsat.support.domain.Phrase;
import vn.mttq.giamsat.support.domain.ResourceNotFoundException;
import vn.mttq.giamsat.support.security.RecordedActor;

/**
 * Manages organisations: reads and searches them, and adds or changes one at the id an
 * administrator chose, keeping the directory's rules (superiors and units that exist,
 * validity dates that fit) and storing each change with the event that announces it.
 */
@Service
class OrganisationManagement {

	private final OrganisationRepository organisations;

	private final MongoTemplate mongo;

	private final DirectoryWrites writes;

	private final StoredLookup stored;

	OrganisationManagement(OrganisationRepository organisations, MongoTemplate mongo, DirectoryWrites writes,
			StoredLookup stored) {
		this.organisations = organisations;
		this.mongo = mongo;
		this.writes = writes;
		this.stored = stored;
	}

	Organisation getOrganisation(String id) {
		return this.organisations.findById(id).orElseThrow(() -> new ResourceNotFoundException("Organisation", id));
	}

	/**
	 * Adds an organisation or changes it, at the id an administrator chose.
	 * @return the organisation as stored, and whether it is new
	 */
	Put<Organisation> put(OrganisationDraft draft, RecordedActor actor) {
		Organisation previous = this.organisations.findById(draft.id()).orElse(null);
		DirectoryRules.enforce(DirectoryRules.checkOrganisation(draft, "", this.stored));
		if (previous != null && previous.draft().equals(draft)) {
			return new Put<>(previous, false);
		}
		try {
			return new Put<>(this.writes.save(draft, previous, actor), previous == null);
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException(Phrase.of("directory.organisation-added-meanwhile",
					"The organisation \u201c{0}\u201d was added by someone else meanwhile; read it and try again",
					draft.name()), draft.id());
		}
	}

	Page<Organisation> search(OrganisationSearch search, int page, int size) {
		Criteria criteria = new Criteria();
		if (search.kind() != null) {
			criteria.and("kind").is(search.kind());
		}
		if (search.level() != null) {
			criteria.and("level").is(search.level());
		}
		if (search.parentId() != null) {
			criteria.and("parentId").is(search.parentId());
		}
		if (search.administrativeUnitId() != null) {
			criteria.and("administrativeUnitId").is(search.administrativeUnitId());
		}
		if (search.validOn() != null) {
			criteria.and("validFrom").lte(search.validOn());
			criteria.orOperator(Criteria.where("validTo").is(null), Criteria.where("validTo").gte(search.validOn()));
		}
		if (search.text() != null) {
			criteria.and(SearchKey.FIELD).regex(SearchKey.pattern(search.text()));
		}
		PageRequest pageable = PageRequest.of(page, size, Sort.by("_id"));
		Query query = Query.query(criteria).with(pageable);
		return PageableExecutionUtils.getPage(this.mongo.find(query, Organisation.class), pageable,
				() -> this.mongo.count(Query.query(criteria), Organisation.class));
	}

}
