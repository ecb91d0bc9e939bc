package vn.mttq.giamsat.supervision.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.mttq.giamsat.supervision.organisation.DirectoryQueries;
import vn.mttq.giamsat.supervision.organisation.Organisation;
import vn.mttq.giamsat.supervision.organisation.OrganisationKind;
import vn.mttq.giamsat.supervision.paper.Letterhead;
import vn.mttq.giamsat.supervision.paper.Letterheads;
import vn.mttq.giamsat.supervision.paper.OfficialDocument;
import vn.mttq.giamsat.supervision.web.Dates;
import vn.mttq.giamsat.support.domain.ResourceNotFoundException;

/**
 * The work report as the Front's báo cáo: the body's letterhead dated today, the name
 * "BÁO CÁO" and its subject, the paragraph the report writes split into its sentences'
 * parts, the figures as a table, the recipients and the signature block. A report has no
 * number yet: the number's place is left blank for the clerk, before the symbol.
 */
@Component
class ReportPaper {

	/** A new sentence starts after a full stop followed by an upper-case letter. */
	private static final Pattern SENTENCE = Pattern.compile("(?<=\\.)\\s+(?=\\p{Lu})");

	private final Letterheads letterheads;

	private final DirectoryQueries directory;

	private final Clock clock;

	ReportPaper(Letterheads letterheads, DirectoryQueries directory, Clock clock) {
		this.letterheads = letterheads;
		this.directory = directory;
		this.clock = clock;
	}

	OfficialDocument of(WorkReport report) {
		Organisation body = this.directory.organisation(report.bodyId())
			.orElseThrow(() -> new ResourceNotFoundException("Organisation", report.bodyId()));
		LocalDate today = LocalDate.now(this.clock.withZone(Dates.VIETNAM));
		String symbol = (body.kind() == OrganisationKind.FRONT_COMMITTEE) ? "/BC-MTTQ-BTT" : "/BC";
		Letterhead head = this.letterheads.of(body, body.administrativeUnitId(), today, "Số:       " + symbol);
		OfficialDocument.Builder paper = OfficialDocument.under(head, null)
			.title("BÁO CÁO", "Kết quả công tác giám sát, phản biện xã hội từ ngày " + Dates.shown(report.from())
					+ " đến ngày " + Dates.shown(report.to()));
		SENTENCE.splitAsStream(report.text()).forEach(paper::paragraph);
		List<List<String>> rows = ReportRows.of(report)
			.stream()
			.filter((row) -> !(row.value() instanceof String text && text.equals(report.text())))
			.map((row) -> List.of(row.section(), row.indicator(), value(row.value())))
			.toList();
		paper.table(ReportRows.HEADER, rows, List.of(4, 4, 2));
		List<String> recipients = new ArrayList<>();
		this.letterheads.nameOf(body.parentId()).ifPresent(recipients::add);
		return paper.recipients(recipients).signature(this.letterheads.signatureOf(body)).build();
	}

	private static String value(Object value) {
		if (value instanceof Double rate) {
			return VietnameseText.percent(rate);
		}
		if (value instanceof Number number) {
			return VietnameseText.number(number.longValue());
		}
		return String.valueOf(value);
	}

}
