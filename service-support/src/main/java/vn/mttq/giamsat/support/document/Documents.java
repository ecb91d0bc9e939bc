package vn.mttq.giamsat.support.document;

import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import vn.mttq.giamsat.support.security.RecordedActor;

/**
 * The store of the parties' files: content in MongoDB GridFS, one record per document
 * beside it. Every lookup goes through the document's owner, so a document of another
 * owner is never found.
 */
public interface Documents {

	/**
	 * Stores a file, streaming it: its type is detected from its first bytes and must be
	 * allowed and match the declared one; its size must be within the limit per file and,
	 * with the owner's other documents, within the limit per owner; its SHA-256 is
	 * computed as it is written. A refused or broken upload leaves nothing stored.
	 * @param document the file
	 * @return what was stored
	 * @throws DocumentRefusedException when its type or size is refused (415, 413)
	 * @throws java.io.UncheckedIOException when its bytes cannot be read to the end
	 */
	StoredDocument store(NewDocument document);

	/**
	 * One of an owner's documents.
	 * @param owner the owner
	 * @param id the document
	 * @return it, or empty when the owner has no such document
	 */
	Optional<StoredDocument> find(DocumentOwner owner, String id);

	/**
	 * An owner's documents, oldest first.
	 * @param owner the owner
	 * @return its documents, purged ones included
	 */
	List<StoredDocument> list(DocumentOwner owner);

	/**
	 * Several of an owner's documents in one read, in the order asked.
	 * @param owner the owner
	 * @param ids the documents
	 * @return those found; an id the owner does not have is left out
	 */
	List<StoredDocument> findAll(DocumentOwner owner, Collection<String> ids);

	/**
	 * Marks documents attached to what they came with, so they are not attached twice.
	 * @param owner their owner
	 * @param ids the documents
	 * @param attachedTo what they were attached to
	 */
	void attach(DocumentOwner owner, Collection<String> ids, String attachedTo);

	/**
	 * Opens a document's content to stream it to a reader.
	 * @param document the document, not purged
	 * @return its bytes
	 * @throws DocumentPurgedException when its content was purged since it was read
	 */
	InputStream open(StoredDocument document);

	/**
	 * Deletes a document's content, keeping its record with who purged it and why.
	 * @param owner its owner
	 * @param id the document
	 * @param by the administrator
	 * @param reason why
	 * @return the document as it now stands, or empty when the owner has no such document
	 */
	Optional<StoredDocument> purge(DocumentOwner owner, String id, RecordedActor by, String reason);

}
