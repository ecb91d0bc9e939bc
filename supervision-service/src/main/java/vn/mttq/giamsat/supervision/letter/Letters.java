package vn.mttq.giamsat.supervision.letter;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.bson.Document;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;

import vn.mttq.giamsat.supervision.document.LetterAddressees;
import vn.mttq.giamsat.supervision.organisation.search.WrittenText;
import vn.mttq.giamsat.support.security.Actor;

/**
 * Finds letters across activities: the search of the API and the letters a report counts.
 */
@Service
public class Letters implements LetterAddressees {

	private final MongoTemplate mongo;

	Letters(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Returns every letter the search selects, for reports.
	 * @param search the filters
	 * @return the letters, oldest first
	 */
	public List<RecommendationLetter> all(LetterSearch search) {
		return this.mongo.find(Query.query(criteria(search, null)).with(Sort.by("issuedOn", "_id")),
				RecommendationLetter.class);
	}

	@Override
	public Set<String> lettersConcerning(String activityId, String organisationId) {
		Query query = Query.query(Criteria.where("activityId")
			.is(activityId)
			.orOperator(Criteria.where("items.addresseeAgencyId").is(organisationId),
					Criteria.where("items.copyRecipientIds").is(organisationId)));
		query.fields().include("_id");
		return this.mongo.find(query, Document.class, "letters")
			.stream()
			.map((letter) -> letter.getString("_id"))
			.collect(Collectors.toSet());
	}

	Page<RecommendationLetter> search(LetterSearch search, Actor actor, int page, int size) {
		Criteria criteria = criteria(search, actor);
		PageRequest pageable = PageRequest.of(page, size, Sort.by(Sort.Order.desc("issuedOn"), Sort.Order.asc("_id")));
		List<RecommendationLetter> found = this.mongo.find(Query.query(criteria).with(pageable),
				RecommendationLetter.class);
		if (actor.limitedToOwnOrganisation()) {
			found = found.stream().map((letter) -> letter.addressedTo(actor.organisationId()).orElseThrow()).toList();
		}
		return PageableExecutionUtils.getPage(found, pageable,
				() -> this.mongo.count(Query.query(criteria), RecommendationLetter.class));
	}

	private static Criteria criteria(LetterSearch search, Actor actor) {
		Criteria criteria = new Criteria();
		if (actor != null && actor.limitedToOwnOrganisation()) {
			criteria.orOperator(Criteria.where("items.addresseeAgencyId").is(actor.organisationId()),
					Criteria.where("items.copyRecipientIds").is(actor.organisationId()));
		}
		if (search.issuingBodyIds() != null) {
			criteria.and("issuingBodyId").in(search.issuingBodyIds());
		}
		equal(criteria, "administrativeUnitId", search.administrativeUnitId());
		equal(criteria, "level", search.level());
		equal(criteria, "kind", search.kind());
		equal(criteria, "activityKind", search.activityKind());
		equal(criteria, "supervisionForm", search.form());
		if (search.from() != null || search.to() != null) {
			Criteria issued = criteria.and("issuedOn");
			if (search.from() != null) {
				issued.gte(search.from());
			}
			if (search.to() != null) {
				issued.lte(search.to());
			}
		}
		if (search.text() != null) {
			String text = WrittenText.pattern(search.text());
			Criteria matches = new Criteria().orOperator(Criteria.where("number").regex(text, "i"),
					Criteria.where("subject").regex(text, "i"), Criteria.where("items.content").regex(text, "i"));
			criteria = new Criteria().andOperator(criteria, matches);
		}
		return criteria;
	}

	private static void equal(Criteria criteria, String field, Object value) {
		if (value != null) {
			criteria.and(field).is(value);
		}
	}

}
