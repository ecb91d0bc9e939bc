package vn.mttq.giamsat.notification.inbox;

import java.time.format.DateTimeFormatter;

import vn.mttq.giamsat.events.supervision.RecommendationIssued;

/**
 * The Vietnamese text that tells an agency it has a new recommendation to answer.
 */
final class NewRecommendationMessage {

	private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private NewRecommendationMessage() {
	}

	static Notification.Message of(RecommendationIssued event) {
		String title = "Kiến nghị mới theo văn bản số " + event.letterNumber();
		String due = (event.dueDate() != null) ? "Hạn trả lời: " + VIETNAMESE_DATE.format(event.dueDate()) + "."
				: "Hạn trả lời: theo quy định của pháp luật.";
		String body = event.issuingBodyId() + " kiến nghị (văn bản số " + event.letterNumber() + " ngày "
				+ VIETNAMESE_DATE.format(event.issuedOn()) + "): " + event.content() + "\n" + due;
		return new Notification.Message(title, body);
	}

}
