package vn.mttq.giamsat.notification.message;

import java.util.List;

import vn.mttq.giamsat.notification.document.AttachedDocument;

/**
 * The text of one notification.
 *
 * @param language the language it is written in
 * @param title the one-line subject
 * @param body the full text
 * @param link where the item can be seen
 * @param documents the documents it says are attached, with their links where known
 */
public record RenderedMessage(Language language, String title, String body, String link,
		List<AttachedDocument> documents) {

	public RenderedMessage {
		documents = (documents != null) ? List.copyOf(documents) : List.of();
	}

}
