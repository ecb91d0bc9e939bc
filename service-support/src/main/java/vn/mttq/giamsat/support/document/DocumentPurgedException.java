package vn.mttq.giamsat.support.document;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

import vn.mttq.giamsat.support.domain.DomainException;
import vn.mttq.giamsat.support.domain.Phrase;

/**
 * A document whose content an administrator purged: answered 410 Gone as problem+json
 * saying when, by whom and why.
 */
public class DocumentPurgedException extends DomainException {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
		.withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

	private final transient StoredDocument document;

	/**
	 * The refusal to hand out a purged document.
	 * @param document the document, purged
	 */
	public DocumentPurgedException(StoredDocument document) {
		super(Phrase.of("document.purged", "The content of ''{0}'' was purged on {1} by {2}: {3}", document.name(),
				SHOWN.format(document.purge().at()), document.purge().by().organisationId(),
				Phrase.untranslated(Objects.toString(document.purge().reason(), ""))));
		this.document = document;
	}

	/** The purged document, with its purge. */
	public StoredDocument document() {
		return this.document;
	}

}
