package vn.mttq.giamsat.supervision.document;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import vn.mttq.giamsat.events.DocumentReference;
import vn.mttq.giamsat.supervision.activity.Activity;
import vn.mttq.giamsat.supervision.activity.ActivityManagement;
import vn.mttq.giamsat.supervision.web.Dates;
import vn.mttq.giamsat.support.document.DocumentOwner;
import vn.mttq.giamsat.support.document.Documents;
import vn.mttq.giamsat.support.document.StoredDocument;
import vn.mttq.giamsat.support.document.web.DocumentUploads;
import vn.mttq.giamsat.support.domain.InvalidStateException;
import vn.mttq.giamsat.support.domain.Phrase;
import vn.mttq.giamsat.support.domain.ResourceNotFoundException;
import vn.mttq.giamsat.support.security.Actor;

/**
 * Keeps an activity's papers: the officials of its supervising body add them, whoever may
 * see the activity reads them, an agency only those that came with a letter concerning
 * it, and an administrator purges one's content with a reason kept on the activity's
 * history.
 */
@Service
public class ActivityDocuments {

	/** The service that keeps the documents, as events name it. */
	public static final String SERVICE = "supervision-service";

	private final Documents documents;

	private final ActivityManagement activities;

	private final LetterAddressees letters;

	ActivityDocuments(Documents documents, ActivityManagement activities, LetterAddressees letters) {
		this.documents = documents;
		this.activities = activities;
		this.letters = letters;
	}

	/**
	 * The path a document is downloaded from.
	 * @param activityId its activity
	 * @param documentId the document
	 * @return the path on this service's API
	 */
	public static String href(String activityId, String documentId) {
		return "/api/v1/activities/" + activityId + "/documents/" + documentId;
	}

	/**
	 * A document's reference, for a letter and its events.
	 * @param document the document
	 * @return its reference, naming this service and its download path
	 */
	public static DocumentReference reference(StoredDocument document) {
		return document.reference(SERVICE, href(document.owner().id(), document.id()));
	}

	/**
	 * Several documents of an activity, for a letter that names them; the caller was
	 * already allowed to work on the activity.
	 * @param activityId the activity
	 * @param ids the documents
	 * @return those the activity has, in the order asked
	 */
	public List<StoredDocument> ofActivity(String activityId, Collection<String> ids) {
		return this.documents.findAll(DocumentOwner.activity(activityId), ids);
	}

	/**
	 * Marks documents attached to a letter; attaching them again to the same letter
	 * changes nothing.
	 * @param activityId their activity
	 * @param ids the documents
	 * @param letterId the letter
	 */
	public void attach(String activityId, Collection<String> ids, String letterId) {
		if (!ids.isEmpty()) {
			this.documents.attach(DocumentOwner.activity(activityId), ids, letterId);
		}
	}

	StoredDocument upload(String activityId, DocumentPurpose purpose, MultipartFile file, Actor actor) {
		Activity activity = this.activities.ownActivity(activityId, actor);
		DocumentPurpose kept = (purpose != null) ? purpose : DocumentPurpose.OTHER;
		return this.documents
			.store(DocumentUploads.of(file, DocumentOwner.activity(activity.id()), kept.name(), actor.recorded()));
	}

	List<StoredDocument> list(String activityId, Actor actor) {
		Predicate<StoredDocument> visible = visibleTo(activityId, actor);
		return this.documents.list(DocumentOwner.activity(activityId)).stream().filter(visible).toList();
	}

	StoredDocument get(String activityId, String documentId, Actor actor) {
		Predicate<StoredDocument> visible = visibleTo(activityId, actor);
		return this.documents.find(DocumentOwner.activity(activityId), documentId)
			.filter(visible)
			.orElseThrow(() -> new ResourceNotFoundException("Document", documentId));
	}

	StoredDocument purge(String activityId, String documentId, String reason, Actor actor) {
		Activity activity = this.activities.get(activityId, actor);
		DocumentOwner owner = DocumentOwner.activity(activity.id());
		StoredDocument document = this.documents.find(owner, documentId)
			.orElseThrow(() -> new ResourceNotFoundException("Document", documentId));
		if (document.purged()) {
			throw new InvalidStateException(Phrase.of("document.already-purged",
					"The content of \u201c{0}\u201d was already purged on {1}: {2}", document.name(),
					Dates.shown(document.purge().at().atZone(Dates.VIETNAM).toLocalDate()), document.purge().reason()),
					"PURGED", List.of());
		}
		StoredDocument purged = this.documents.purge(owner, documentId, actor.recorded(), reason)
			.orElseThrow(() -> new ResourceNotFoundException("Document", documentId));
		this.activities.recordPurge(activity, documentId, reason, actor);
		return purged;
	}

	/**
	 * Which of an activity's documents the actor may see: all of them when the actor may
	 * see the activity, but for an agency officer only those attached to a letter
	 * concerning their agency. Not found when the actor may see neither the activity nor
	 * a letter of it.
	 */
	private Predicate<StoredDocument> visibleTo(String activityId, Actor actor) {
		if (!actor.limitedToOwnOrganisation()) {
			this.activities.get(activityId, actor);
			return (document) -> true;
		}
		Set<String> own = this.letters.lettersConcerning(activityId, actor.organisationId());
		if (own.isEmpty()) {
			this.activities.get(activityId, actor);
		}
		return (document) -> document.attachedTo() != null && own.contains(document.attachedTo());
	}

}
