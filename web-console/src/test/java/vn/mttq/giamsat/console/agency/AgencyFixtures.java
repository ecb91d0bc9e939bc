package vn.mttq.giamsat.console.agency;

import java.util.ArrayList;
import java.util.List;

import vn.mttq.giamsat.console.agency.inbox.Notice;
import vn.mttq.giamsat.console.agency.recommendation.Recommendation;
import vn.mttq.giamsat.console.agency.recommendation.Recommendation.DocumentReference;
import vn.mttq.giamsat.console.agency.recommendation.Recommendation.Explanation;
import vn.mttq.giamsat.console.agency.recommendation.Recommendation.HistoryEntry;
import vn.mttq.giamsat.console.service.PageOf;

/**
 * Items and notices of the demo's size, as the services answer them.
 */
public final class AgencyFixtures {

	public static final String SCAN_ID = "scan-125";

	private AgencyFixtures() {
	}

	public static <T> PageOf<T> pageOf(List<T> items) {
		return new PageOf<>(items, 0, 20, items.size(), 1);
	}

	public static Notice notice(String id, boolean read) {
		return new Notice(id, "TRACKED", "Kiến nghị mới theo văn bản số 125/MTTQ-BTT",
				"Ủy ban MTTQ tỉnh kiến nghị Sở Nông nghiệp và Môi trường rà soát việc bồi thường giải phóng mặt bằng.",
				"2026-12-01T02:00:00Z", "2026-12-31", "rec-" + id, read ? "2026-12-01T03:00:00Z" : null, null,
				List.of());
	}

	/** An item awaiting the agency's answer, due on {@code dueDate}. */
	public static Recommendation.Builder item(String id) {
		return new Recommendation.Builder(id);
	}

	public static DocumentReference scan() {
		return new DocumentReference(SCAN_ID, "van-ban-125-co-chu-ky.pdf", "application/pdf", 48_213,
				"supervision-service", "/api/v1/letters/letter-125/documents/" + SCAN_ID);
	}

	public static List<HistoryEntry> history(int steps) {
		List<HistoryEntry> history = new ArrayList<>();
		history.add(new HistoryEntry(1, "2026-12-01T02:00:00Z", "TRACKED", "AWAITING_RESPONSE", null, List.of(scan())));
		for (int i = 2; i <= steps; i++) {
			history.add(new HistoryEntry(i, "2026-12-0" + Math.min(9, i) + "T02:00:00Z", "PROGRESS_REPORTED",
					"IN_PROGRESS", "Đã hoàn thành " + (i * 10) + "% khối lượng rà soát hồ sơ bồi thường.", List.of()));
		}
		return history;
	}

	public static Explanation explanation() {
		return new Explanation("30 ngày kể từ ngày ban hành văn bản 01/12/2026 (Điều 27 Luật MTTQ Việt Nam)",
				"30 days from the letter's date 01/12/2026 (Article 27 of the Law on the Fatherland Front)");
	}

}
