package vn.mttq.giamsat.console.front;

import java.time.LocalDate;
import java.util.List;

import vn.mttq.giamsat.console.front.activity.Activity;
import vn.mttq.giamsat.console.front.item.Recommendation;
import vn.mttq.giamsat.console.front.letter.Letter;

/**
 * The demo's province Front committee and what it works on, as the services answer.
 */
public final class FrontSamples {

	/** The Front body of {@code TestUsers.frontOfficial()}. */
	public static final String BODY = "ubmttq-tinh-dien-bien";

	/** The department the demo's letter 125 is addressed to. */
	public static final String DEPARTMENT = "so-nong-nghiep-moi-truong-dien-bien";

	/** A commune's People's Committee. */
	public static final String COMMUNE = "ubnd-xa-muong-phang";

	private FrontSamples() {
	}

	public static Activity activity(String id, String title, List<Activity.Warning> warnings) {
		return new Activity(id, title, "SUPERVISION", "DELEGATION", "PROVINCE", "IN_PROGRESS", LocalDate.of(2026, 3, 2),
				LocalDate.of(2026, 3, 20), BODY, List.of(DEPARTMENT, COMMUNE),
				new Activity.Delegation(LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 27), null, null), warnings);
	}

	public static Letter letter(String id, String activityId, String issuingBodyId, List<Letter.Item> items) {
		return new Letter(id, activityId, issuingBodyId, "125/KN-MTTQ-BTT", LocalDate.of(2026, 4, 9),
				"Kiến nghị về xử lý chất thải chăn nuôi", "RECOMMENDATION", items,
				List.of(new Letter.DocumentReference("scan-1", "125-ky.pdf", "application/pdf", 2048)));
	}

	public static Letter.Item letterItem(String recommendationId, String content, String liveStatus) {
		return new Letter.Item(recommendationId, DEPARTMENT, content, "REMEDY_VIOLATION", LocalDate.of(2026, 4, 28),
				null, liveStatus);
	}

	public static Recommendation recommendation(String id, String content, String status, boolean overdue,
			List<String> allowedActions) {
		return new Recommendation(id, 3, "act-1", "letter-125", "125/KN-MTTQ-BTT", BODY, DEPARTMENT, content, status,
				null, LocalDate.of(2026, 4, 9), LocalDate.of(2026, 4, 28), overdue, false,
				new Recommendation.Explanation("Hạn trả lời 28/04/2026: 15 ngày kể từ ngày nhận 11/04/2026",
						"Answer due 28 April 2026"),
				allowedActions, List.of());
	}

}
