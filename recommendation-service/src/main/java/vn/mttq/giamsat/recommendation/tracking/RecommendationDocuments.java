package vn.mttq.giamsat.recommendation.tracking;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.mttq.giamsat.support.document.DocumentOwner;
import vn.mttq.giamsat.support.document.Documents;
import vn.mttq.giamsat.support.document.NewDocument;
import vn.mttq.giamsat.support.document.StoredDocument;
import vn.mttq.giamsat.support.domain.ForbiddenException;
import vn.mttq.giamsat.support.domain.InvalidStateException;
import vn.mttq.giamsat.support.domain.Phrase;
import vn.mttq.giamsat.support.domain.ResourceNotFoundException;
import vn.mttq.giamsat.support.security.Actor;

/**
 * Hồ sơ kèm theo kiến nghị: the files kept with a recommendation, the agency's signed
 * reply and its evidence among them. Whoever may see the item sees its files, and nobody
 * else: another agency's item and its files are not found. Nothing is deleted when an
 * item is withdrawn or closed; only an administrator purges a file's content, and the
 * item's history records it.
 */
@Service
public class RecommendationDocuments {

	private final RecommendationStore store;

	private final Documents documents;

	private final Clock clock;

	RecommendationDocuments(RecommendationStore store, Documents documents, Clock clock) {
		this.store = store;
		this.documents = documents;
		this.clock = clock;
	}

	/**
	 * Stores a file uploaded by a person who takes steps on the item, to be attached to
	 * one of their steps.
	 * @param upload the file, owned by the recommendation and uploaded by the actor
	 * @return what was stored
	 * @throws ResourceNotFoundException the item is not tracked or not visible to the
	 * actor
	 * @throws ForbiddenException the actor sees it but takes no steps on it
	 */
	public StoredDocument upload(NewDocument upload, Actor actor) {
		TrackedRecommendation recommendation = visible(upload.owner().id(), actor);
		if (!new StepGuards(recommendation).takesSteps(actor)) {
			throw new ForbiddenException(Phrase.of("documents.parties-only",
					"Only officers of the addressee agency ''{0}'' and officials of the issuing body ''{1}'' may "
							+ "upload documents on this recommendation",
					recommendation.addresseeAgencyId(), recommendation.issuingBodyId()));
		}
		return this.documents.store(upload);
	}

	/**
	 * An item's documents, oldest first, purged ones included.
	 * @throws ResourceNotFoundException the item is not tracked or not visible to the
	 * actor
	 */
	public List<StoredDocument> list(String recommendationId, Actor actor) {
		visible(recommendationId, actor);
		return this.documents.list(DocumentOwner.recommendation(recommendationId));
	}

	/**
	 * One of an item's documents.
	 * @throws ResourceNotFoundException the item is not visible to the actor or has no
	 * such document
	 */
	public StoredDocument get(String recommendationId, String documentId, Actor actor) {
		visible(recommendationId, actor);
		return find(recommendationId, documentId);
	}

	/**
	 * Purges a document's content, keeping its record, and records the purge in the
	 * item's history (without a lifecycle event: the purge is no step of its lifecycle).
	 * @param reason why, in the administrator's words
	 * @return the document as it now stands
	 * @throws ResourceNotFoundException the item or the document is not there
	 * @throws InvalidStateException the document's content was already purged
	 */
	public StoredDocument purge(String recommendationId, String documentId, String reason, Actor admin) {
		visible(recommendationId, admin);
		StoredDocument document = find(recommendationId, documentId);
		if (document.purged()) {
			throw new InvalidStateException(
					Phrase.of("document.already-purged", "The content of ''{0}'' was already purged on {1}: {2}",
							document.name(), StepNotes.VI
								.day(LocalDate.ofInstant(document.purge().at(), TrackedRecommendation.VIETNAM), null),
							document.purge().reason()),
					"PURGED", List.of());
		}
		StoredDocument purged = this.documents
			.purge(DocumentOwner.recommendation(recommendationId), documentId, admin.recorded(), reason)
			.orElseThrow(() -> notFound(recommendationId, documentId));
		this.store.change(recommendationId, (recommendation) -> {
			recommendation.documentPurged(StepDocuments.reference(purged), reason, admin, this.clock.instant());
			return true;
		});
		return purged;
	}

	/** The path of a document's download on this service. */
	public static String href(StoredDocument document) {
		return StepDocuments.href(document.owner().id(), document.id());
	}

	private TrackedRecommendation visible(String id, Actor actor) {
		return this.store.find(id)
			.filter((recommendation) -> recommendation.visibleTo(actor))
			.orElseThrow(() -> new ResourceNotFoundException("Recommendation", id));
	}

	private StoredDocument find(String recommendationId, String documentId) {
		return this.documents.find(DocumentOwner.recommendation(recommendationId), documentId)
			.orElseThrow(() -> notFound(recommendationId, documentId));
	}

	private static ResourceNotFoundException notFound(String recommendationId, String documentId) {
		return new ResourceNotFoundException("Document", recommendationId + "/" + documentId);
	}

}
