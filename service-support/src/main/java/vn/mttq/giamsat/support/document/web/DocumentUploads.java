package vn.mttq.giamsat.support.document.web;

import org.springframework.web.multipart.MultipartFile;

import vn.mttq.giamsat.support.document.DocumentOwner;
import vn.mttq.giamsat.support.document.NewDocument;
import vn.mttq.giamsat.support.security.RecordedActor;

/**
 * Turns the file part of a multipart upload into a document to store. The part is on disk
 * already (the container writes every part there), so its bytes are streamed from there,
 * never held whole in memory.
 */
public final class DocumentUploads {

	private DocumentUploads() {
	}

	/**
	 * The document an upload brings.
	 * @param file the {@code file} part
	 * @param owner what it belongs to
	 * @param purpose why it is uploaded
	 * @param by who uploads it
	 * @return the document to store
	 */
	public static NewDocument of(MultipartFile file, DocumentOwner owner, String purpose, RecordedActor by) {
		return new NewDocument(owner, purpose, file.getOriginalFilename(), file.getContentType(), file.getSize(),
				file::getInputStream, by);
	}

}
