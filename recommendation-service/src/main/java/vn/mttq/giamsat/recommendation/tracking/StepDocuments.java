package vn.mttq.giamsat.recommendation.tracking;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

import vn.mttq.giamsat.events.DocumentReference;
import vn.mttq.giamsat.support.document.DocumentOwner;
import vn.mttq.giamsat.support.document.Documents;
import vn.mttq.giamsat.support.document.StoredDocument;
import vn.mttq.giamsat.support.domain.BusinessRuleException;
import vn.mttq.giamsat.support.domain.Phrase;
import vn.mttq.giamsat.support.security.Actor;

/**
 * The documents that come with a person's step: uploaded on the same recommendation by
 * the stepping person's own organisation, still waiting to be attached and not purged;
 * once the step is written they are marked attached to it, so no other step takes them.
 */
@Component
class StepDocuments {

	/** The service that keeps the documents, as their references name it. */
	static final String SERVICE = "recommendation-service";

	private final Documents documents;

	StepDocuments(Documents documents) {
		this.documents = documents;
	}

	/**
	 * The references of the documents a step names, in its order.
	 * @throws BusinessRuleException on {@code documents[i]} for an id that is not one of
	 * this recommendation's documents waiting for the caller's organisation to attach it
	 */
	List<DocumentReference> forStep(String recommendationId, List<String> ids, Actor actor) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<String, StoredDocument> found = this.documents.findAll(DocumentOwner.recommendation(recommendationId), ids)
			.stream()
			.collect(Collectors.toMap(StoredDocument::id, Function.identity(), (first, second) -> first));
		Set<String> named = new HashSet<>();
		for (int i = 0; i < ids.size(); i++) {
			StoredDocument document = found.get(ids.get(i));
			if (!named.add(ids.get(i)) || !attachableBy(document, actor)) {
				throw new BusinessRuleException("documents[" + i + "]", Phrase.of("step.document-not-uploaded",
						"The file ''{0}'' was not uploaded for this recommendation", ids.get(i)));
			}
		}
		return ids.stream().map(found::get).map(StepDocuments::reference).toList();
	}

	/** Marks the documents of a step written as attached to its event. */
	void attach(String recommendationId, List<String> ids, String stepEventId) {
		if (!ids.isEmpty()) {
			this.documents.attach(DocumentOwner.recommendation(recommendationId), ids, stepEventId);
		}
	}

	private static boolean attachableBy(StoredDocument document, Actor actor) {
		return document != null && !document.purged() && document.attachedTo() == null && document.uploadedBy() != null
				&& Objects.equals(document.uploadedBy().organisationId(), actor.organisationId());
	}

	/** A document's reference, with the path of its download on this service. */
	static DocumentReference reference(StoredDocument document) {
		return document.reference(SERVICE, href(document.owner().id(), document.id()));
	}

	/** The path of a document's download on this service. */
	static String href(String recommendationId, String documentId) {
		return "/api/v1/recommendations/" + UriUtils.encodePathSegment(recommendationId, StandardCharsets.UTF_8)
				+ "/documents/" + UriUtils.encodePathSegment(documentId, StandardCharsets.UTF_8);
	}

}
