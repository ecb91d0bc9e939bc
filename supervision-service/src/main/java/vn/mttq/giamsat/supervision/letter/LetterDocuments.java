package vn.mttq.giamsat.supervision.letter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.mttq.giamsat.events.DocumentReference;
import vn.mttq.giamsat.supervision.document.ActivityDocuments;
import vn.mttq.giamsat.supervision.web.FieldProblem;
import vn.mttq.giamsat.support.document.StoredDocument;

/**
 * The papers a letter names (its signed scan): each must be a document of the letter's
 * activity, with its content, and not yet attached to a letter. They are marked attached
 * once the letter is stored; the letter's own references are the truth, so a letter whose
 * marking failed still keeps its papers from another letter.
 */
@Component
class LetterDocuments {

	private static final Logger logger = LoggerFactory.getLogger(LetterDocuments.class);

	private final ActivityDocuments documents;

	private final MongoTemplate mongo;

	LetterDocuments(ActivityDocuments documents, MongoTemplate mongo) {
		this.documents = documents;
		this.mongo = mongo;
	}

	/**
	 * Checks the papers a letter names.
	 * @param activityId the letter's activity
	 * @param ids the papers, in the request's order
	 * @return their references, or what is wrong with each under {@code documents[i]}
	 */
	Checked check(String activityId, List<String> ids) {
		if (ids.isEmpty()) {
			return new Checked(List.of(), List.of());
		}
		Map<String, StoredDocument> found = this.documents.ofActivity(activityId, ids)
			.stream()
			.collect(Collectors.toMap(StoredDocument::id, Function.identity(), (first, second) -> first));
		Map<String, String> carried = carriedByLetters(ids);
		List<DocumentReference> references = new ArrayList<>();
		List<FieldProblem> problems = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < ids.size(); i++) {
			String field = "documents[" + i + "]";
			String id = ids.get(i);
			StoredDocument document = found.get(id);
			if (document == null) {
				problems.add(FieldProblem.of(field, "letter.document-unknown",
						"The activity has no document {0}; upload the letter''s scan on its activity first", id));
			}
			else if (!seen.add(id)) {
				problems.add(FieldProblem.of(field, "letter.document-twice", "\u201c{0}\u201d is named twice",
						document.name()));
			}
			else if (document.purged()) {
				problems.add(FieldProblem.of(field, "letter.document-purged",
						"The content of \u201c{0}\u201d was purged; a letter cannot carry it", document.name()));
			}
			else if (document.attachedTo() != null || carried.containsKey(id)) {
				repair(activityId, document, carried.get(id));
				problems.add(FieldProblem.of(field, "letter.document-attached",
						"\u201c{0}\u201d already came with another letter", document.name()));
			}
			else {
				references.add(ActivityDocuments.reference(document));
			}
		}
		return new Checked(references, problems);
	}

	/**
	 * Marks a stored letter's papers attached to it; marking them again changes nothing,
	 * and a failure leaves the letter as stored, its references still holding them.
	 * @param letter the stored letter
	 */
	void attach(RecommendationLetter letter) {
		List<String> ids = letter.documents().stream().map(DocumentReference::id).toList();
		try {
			this.documents.attach(letter.activityId(), ids, letter.id());
		}
		catch (DataAccessException ex) {
			logger.warn("Letter {} is stored but its documents {} are not marked attached yet: {}", letter.id(), ids,
					ex.getMessage());
		}
	}

	/**
	 * The letters already carrying some of the papers, by paper.
	 */
	private Map<String, String> carriedByLetters(List<String> ids) {
		Map<String, String> carried = new HashMap<>();
		Query query = Query.query(Criteria.where("documents.id").in(ids));
		for (RecommendationLetter letter : this.mongo.find(query, RecommendationLetter.class)) {
			letter.documents().stream().map(DocumentReference::id).forEach((id) -> carried.put(id, letter.id()));
		}
		return carried;
	}

	/**
	 * Marks a paper attached to the letter that carries it, when storing that letter left
	 * it unmarked.
	 */
	private void repair(String activityId, StoredDocument document, String letterId) {
		if (document.attachedTo() == null && letterId != null) {
			this.documents.attach(activityId, List.of(document.id()), letterId);
		}
	}

	/**
	 * The papers of a letter as checked.
	 *
	 * @param references those it may carry
	 * @param problems what is wrong with the others
	 */
	record Checked(List<DocumentReference> references, List<FieldProblem> problems) {
	}

}
