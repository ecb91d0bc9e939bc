package vn.mttq.giamsat.supervision.paper;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

import vn.mttq.giamsat.supervision.activity.Activity;
import vn.mttq.giamsat.supervision.legalbasis.LegalBases;
import vn.mttq.giamsat.supervision.letter.DueRule;
import vn.mttq.giamsat.supervision.letter.LetterItem;
import vn.mttq.giamsat.supervision.letter.RecommendationLetter;
import vn.mttq.giamsat.supervision.organisation.DirectoryQueries;
import vn.mttq.giamsat.supervision.organisation.Organisation;
import vn.mttq.giamsat.supervision.web.Dates;
import vn.mttq.giamsat.support.domain.ResourceNotFoundException;

/**
 * Puts a letter on paper as the Front's công văn: the letterhead of its issuer on its
 * date, the trích yếu from its subject, the addressees, an opening naming its activity
 * and legal bases, its items numbered, the recipients with every item's copies and the
 * signature block. Only what the records hold is printed, and names, never ids.
 */
@Service
class LetterPaper {

	private final Letterheads letterheads;

	private final DirectoryQueries directory;

	private final LegalBases legalBases;

	private final MongoTemplate mongo;

	LetterPaper(Letterheads letterheads, DirectoryQueries directory, LegalBases legalBases, MongoTemplate mongo) {
		this.letterheads = letterheads;
		this.directory = directory;
		this.legalBases = legalBases;
		this.mongo = mongo;
	}

	OfficialDocument of(ReadableLetter readable) {
		RecommendationLetter letter = readable.letter();
		Organisation issuer = this.directory.organisation(letter.issuingBodyId())
			.orElseThrow(() -> new ResourceNotFoundException("Organisation", letter.issuingBodyId()));
		Letterhead head = this.letterheads.of(issuer, letter.administrativeUnitId(), letter.issuedOn(),
				letter.number());
		OfficialDocument.Builder paper = OfficialDocument.under(head, summary(letter.subject()));
		List<LetterItem> items = readable.items();
		paper.addressees(items.stream().map((item) -> name(item.addresseeAgencyId())).toList());
		Activity activity = this.mongo.findById(letter.activityId(), Activity.class);
		if (activity != null) {
			bases(activity).forEach(paper::paragraph);
			paper.paragraph(LetterWording.opening(this.letterheads.speaker(issuer), activity, letter.kind()));
		}
		for (int i = 0; i < items.size(); i++) {
			LetterItem item = items.get(i);
			paper.item(i + 1, LetterWording.item(name(item.addresseeAgencyId()), item.content(), due(item)));
		}
		paper.paragraph(LetterWording.closing(letter.kind()));
		List<String> recipients = new ArrayList<>();
		items.forEach((item) -> recipients.add(name(item.addresseeAgencyId())));
		items.forEach((item) -> item.copyRecipientIds()
			.forEach((id) -> this.letterheads.nameOf(id).ifPresent(recipients::add)));
		return paper.recipients(recipients).signature(this.letterheads.signatureOf(issuer)).build();
	}

	private static String summary(String subject) {
		if (subject == null || subject.isBlank()) {
			return null;
		}
		return subject.regionMatches(true, 0, "V/v", 0, 3) ? subject : "V/v " + subject;
	}

	private List<String> bases(Activity activity) {
		return activity.legalBasisIds()
			.stream()
			.map(this.legalBases::find)
			.flatMap(Optional::stream)
			.map(LetterWording::basis)
			.toList();
	}

	private static String due(LetterItem item) {
		if (item.dueDate() != null) {
			return "trước ngày " + Dates.shown(item.dueDate());
		}
		DueRule rule = item.dueRule();
		if (rule != null) {
			return "trong " + rule.days()
					+ ((rule.counting() == DueRule.Counting.WORKING_DAYS) ? " ngày làm việc" : " ngày")
					+ " kể từ ngày nhận được văn bản";
		}
		return null;
	}

	private String name(String organisationId) {
		return this.letterheads.nameOf(organisationId).orElse("cơ quan, đơn vị được kiến nghị");
	}

}
