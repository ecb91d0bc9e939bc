package vn.mttq.giamsat.supervision.paper;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.mttq.giamsat.supervision.activity.Activity;
import vn.mttq.giamsat.supervision.legalbasis.LegalBasis;
import vn.mttq.giamsat.supervision.letter.LetterKind;
import vn.mttq.giamsat.supervision.web.Dates;

/**
 * The sentences of a letter that are not held but follow from what is: the opening naming
 * its activity, each item's lead and due date, the closing request.
 */
final class LetterWording {

	private static final Pattern DOCUMENT_KIND = Pattern
		.compile("^(Nghị quyết liên tịch|Thông tư liên tịch|Quyết định|Nghị quyết|Nghị định|Thông tư|Chỉ thị|Kết luận|"
				+ "Hướng dẫn|Quy định)\\s+(.+)$", Pattern.DOTALL);

	private LetterWording() {
	}

	/**
	 * "… đã tổ chức giám sát “…” từ ngày … đến ngày …. Trên cơ sở đó, … kiến nghị như
	 * sau:".
	 */
	static String opening(String speaker, Activity activity, LetterKind kind) {
		String what = switch (activity.kind()) {
			case SUPERVISION -> "giám sát";
			case SOCIAL_CRITICISM -> "phản biện xã hội";
			case OPINION_CONTRIBUTION -> "góp ý xây dựng Đảng, xây dựng chính quyền";
			case DIALOGUE_CONFERENCE -> "hội nghị đối thoại";
		};
		StringBuilder text = new StringBuilder(speaker).append(" đã tổ chức ")
			.append(what)
			.append(" \u201c")
			.append(activity.title())
			.append('\u201d');
		if (activity.startDate() != null) {
			text.append((activity.endDate() != null) ? " từ ngày " : " ngày ")
				.append(Dates.shown(activity.startDate()));
		}
		if (activity.endDate() != null) {
			text.append(" đến ngày ").append(Dates.shown(activity.endDate()));
		}
		String says = switch (kind) {
			case RECOMMENDATION -> "kiến nghị";
			case SOCIAL_CRITICISM -> "có ý kiến phản biện";
			case OPINION -> "có ý kiến góp ý";
		};
		return text.append(". Trên cơ sở kết quả ")
			.append(what)
			.append(", ")
			.append(speaker)
			.append(' ')
			.append(says)
			.append(" như sau:")
			.toString();
	}

	/**
	 * "Căn cứ Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế
	 * …;": a decision, resolution, decree or circular names its number after its kind, a
	 * law after its name ("Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13 …").
	 */
	static String basis(LegalBasis basis) {
		String dated = " số " + basis.number()
				+ ((basis.issuedOn() != null) ? " ngày " + Dates.shown(basis.issuedOn()) : "")
				+ ((basis.issuer() != null) ? " của " + basis.issuer() : "");
		Matcher kind = DOCUMENT_KIND.matcher(basis.title());
		if (kind.matches()) {
			return "Căn cứ " + kind.group(1) + dated + " " + kind.group(2) + ";";
		}
		return "Căn cứ " + basis.title() + dated + ";";
	}

	/** "Đối với Sở …: nội dung. Thời hạn trả lời: trước ngày …". */
	static String item(String addressee, String content, String due) {
		String text = "Đối với " + addressee + ": " + content.strip();
		if (due == null) {
			return text;
		}
		return (text.matches(".*[.!?;:]$") ? text : text + ".") + " Thời hạn trả lời: " + due + ".";
	}

	/** The request to answer, ending the body with "./.". */
	static String closing(LetterKind kind) {
		String what = switch (kind) {
			case RECOMMENDATION -> "các nội dung kiến nghị trên";
			case SOCIAL_CRITICISM -> "các ý kiến phản biện trên";
			case OPINION -> "các ý kiến góp ý trên";
		};
		return "Đề nghị các cơ quan, đơn vị xem xét, tiếp thu, giải quyết " + what
				+ " và trả lời bằng văn bản theo quy định./.";
	}

}
