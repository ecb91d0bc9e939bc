package vn.mttq.giamsat.console.agency.inbox;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A notice in the inbox, as notification-service shows it.
 *
 * @param id its id
 * @param kind what happened ({@code TRACKED}, {@code REMINDED}, ...), labelled by
 * {@code enum.NotificationKind.<kind>}
 * @param title its title, in the agency's language
 * @param body its text
 * @param createdAt when it was stored (ISO instant)
 * @param dueDate the due date it announces, if any (ISO date)
 * @param recommendationId the recommendation it is about, if any
 * @param readAt when someone of the agency read it, if so
 * @param receiptConfirmedAt when someone of the agency confirmed its receipt, if so
 * @param documents the stored documents it tells of, downloaded through the console
 */
public record Notice(String id, String kind, String title, String body, String createdAt, String dueDate,
		String recommendationId, String readAt, String receiptConfirmedAt, List<Document> documents) {

	public Notice {
		documents = (documents != null) ? List.copyOf(documents) : List.of();
	}

	/**
	 * The text to show: the body without its lines that give a document's address on the
	 * service that keeps it (a line that is one of the documents' {@code url}s, or ends
	 * with a space and one, compared exactly), since people download documents through
	 * the console only.
	 * @return the body to show
	 */
	public String shownBody() {
		Set<String> urls = this.documents.stream()
			.map(Document::url)
			.filter(Objects::nonNull)
			.filter((url) -> !url.isBlank())
			.collect(Collectors.toSet());
		if (this.body == null || urls.isEmpty()) {
			return this.body;
		}
		return this.body.lines()
			.filter((line) -> urls.stream().noneMatch((url) -> givesAddress(line.strip(), url)))
			.collect(Collectors.joining("\n"));
	}

	private static boolean givesAddress(String line, String url) {
		return line.equals(url) || line.endsWith(" " + url);
	}

	/**
	 * Its documents are downloaded from its item's page, so only a notice about an item
	 * links them.
	 */
	public boolean linksDocuments() {
		return this.recommendationId != null && !this.documents.isEmpty();
	}

	public boolean unread() {
		return this.readAt == null;
	}

	public boolean receiptConfirmed() {
		return this.receiptConfirmedAt != null;
	}

	/**
	 * A document a notice tells of, as notification-service names it.
	 *
	 * @param id its id in the service that keeps it
	 * @param name its file name
	 * @param contentType its media type
	 * @param size its length in bytes
	 * @param service the service that keeps it
	 * @param url its address on that service, never shown: only to find it in the body
	 */
	public record Document(String id, String name, String contentType, long size, String service, String url) {

	}

}
