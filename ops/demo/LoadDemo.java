import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

/**
 * Loads the demo scenario through the public API: a year of the Điện Biên Front's work in 2026 under the
 * two-level local government, and one supervision of early 2025 under the three levels.
 *
 * <ul>
 * <li>the directory seeded by supervision-service: the province, its communes and ward (and the districts and
 * communes before 1 July 2025, with their successors), the People's Committees and Councils, the departments, the
 * member organisations and the two boards of each commune;</li>
 * <li>the provincial Front's yearly plan 05/KH-MTTQ-BTT;</li>
 * <li>a supervision by delegation of the poverty-reduction policy, with every step dated as NQLT 403 wants it
 * (decision, notice 20 days and report 8 days before the first session, two sessions, result report 11 days
 * after), concluded, and its letter 125/KN-MTTQ-BTT with three recommendations to two agencies;</li>
 * <li>a social criticism of the draft agricultural support resolution and its letter 38/PB-MTTQ-BTT;</li>
 * <li>Mường Phăng commune's annual dialogue conference (Law 10/2022 Art. 32) and its opinion letter, and a
 * supervision through the commune's People's Inspection Board;</li>
 * <li>a provincial document review of March 2025, counted under the three levels.</li>
 * </ul>
 * Letter 125 carries its signed scan, uploaded to the activity before it is issued. Then waits until every
 * recommendation of letter 125 is tracked and in its addressee's inbox; the department accepts the first item and
 * reports it done with its reply and a photograph as evidence, waiting for the Front's check; and prints the
 * Front's work report for 2026 and for the first half of 2025 as Vietnamese text.
 *
 * <p>Running it again adds nothing: references, plan and letter numbers are unique, and a repeat finds them.
 * Every call carries a token of a demo user (auth-server's users.yml), got with the demo-only password grant.
 *
 * <p>Run with {@code java ops/demo/LoadDemo.java <auth-url> <supervision-url> <recommendation-url> <notification-url>}.
 */
public class LoadDemo {

	static final String PLAN = """
			{ "year": 2026, "number": "05/KH-MTTQ-BTT",
			  "title": "Kế hoạch giám sát, phản biện xã hội của Ủy ban MTTQ Việt Nam tỉnh Điện Biên năm 2026",
			  "issuedOn": "2025-12-10" }""";

	static final String ACTIVITY = """
			{ "kind": "SUPERVISION",
			  "reference": "KH-GS-05/2026-DB",
			  "title": "Giám sát việc thực hiện chính sách hỗ trợ giảm nghèo bền vững năm 2026",
			  "supervisingBodyId": "ubmttq-tinh-dien-bien",
			  "coLeadIds": ["hoi-nong-dan-tinh-dien-bien", "hoi-lhpn-tinh-dien-bien"],
			  "supervisedAgencyIds": ["so-nong-nghiep-moi-truong-dien-bien", "ubnd-xa-muong-phang"],
			  "form": "DELEGATION", "planId": "%s",
			  "legalBasisIds": ["luat-75-2015-qh13", "luat-97-2025-qh15", "nqlt-403-2017", "qd-217-qd-tw-2013"],
			  "content": "Việc rà soát hộ nghèo, hỗ trợ giống cây trồng, vật nuôi và nhà ở cho hộ nghèo tại các xã biên giới.",
			  "field": "Giảm nghèo", "periodFrom": "2025-07-01", "periodTo": "2026-06-30",
			  "startDate": "2026-09-15", "endDate": "2026-10-30",
			  "delegation": { "decisionNumber": "125/QĐ-MTTQ-BTT", "decisionDate": "2026-09-15",
			    "headName": "Nguyễn Văn An, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh",
			    "memberNames": ["Lường Thị Hoa", "Đại diện Hội Nông dân tỉnh", "Đại diện Hội LHPN tỉnh"],
			    "noticeDate": "2026-09-18", "subjectReportDate": "2026-09-30",
			    "sessionDates": ["2026-10-08", "2026-10-09"], "resultReportDate": "2026-10-20" } }""";

	static final String LETTER = """
			{ "number": "125/KN-MTTQ-BTT", "issuedOn": "2026-11-20",
			  "subject": "Kiến nghị sau giám sát việc thực hiện chính sách hỗ trợ giảm nghèo bền vững năm 2026",
			  "items": [
			    { "addresseeAgencyId": "so-nong-nghiep-moi-truong-dien-bien", "type": "REMEDY_VIOLATION",
			      "content": "Rà soát, công khai danh sách hộ được hỗ trợ giống cây trồng, vật nuôi năm 2026 tại các xã biên giới.",
			      "dueDate": "2026-12-21" },
			    { "addresseeAgencyId": "ubnd-xa-muong-phang", "type": "REMEDY_VIOLATION",
			      "content": "Niêm yết công khai kết quả bình xét hộ nghèo, hộ cận nghèo tại nhà văn hóa các bản.",
			      "dueDate": "2026-12-15" },
			    { "addresseeAgencyId": "ubnd-xa-muong-phang", "type": "OTHER",
			      "content": "Báo cáo tiến độ giải ngân vốn hỗ trợ nhà ở cho hộ nghèo trên địa bàn xã." }
			  ] }""";

	static final String CRITICISM = """
			{ "kind": "SOCIAL_CRITICISM", "reference": "PB-02/2026-DB",
			  "title": "Phản biện xã hội dự thảo Nghị quyết của HĐND tỉnh quy định chính sách hỗ trợ phát triển sản xuất nông nghiệp giai đoạn 2026-2030",
			  "supervisingBodyId": "ubmttq-tinh-dien-bien", "supervisedAgencyIds": ["ubnd-tinh-dien-bien"],
			  "planId": "%s",
			  "legalBasisIds": ["luat-75-2015-qh13", "luat-97-2025-qh15", "nqlt-403-2017", "qd-217-qd-tw-2013"],
			  "content": "Hội nghị phản biện xã hội dự thảo Nghị quyết do Sở Nông nghiệp và Môi trường chủ trì soạn thảo.",
			  "field": "Nông nghiệp", "startDate": "2026-06-10", "endDate": "2026-06-25" }""";

	static final String CRITICISM_LETTER = """
			{ "number": "38/PB-MTTQ-BTT", "issuedOn": "2026-06-25", "kind": "SOCIAL_CRITICISM",
			  "subject": "Văn bản phản biện xã hội dự thảo Nghị quyết hỗ trợ phát triển sản xuất nông nghiệp 2026-2030",
			  "items": [
			    { "addresseeAgencyId": "ubnd-tinh-dien-bien", "type": "AMEND_POLICY",
			      "content": "Bổ sung đối tượng hộ cận nghèo vào chính sách hỗ trợ giống cây trồng tại Điều 3 dự thảo." },
			    { "addresseeAgencyId": "ubnd-tinh-dien-bien", "type": "AMEND_POLICY",
			      "content": "Quy định rõ trách nhiệm công khai danh sách hộ được hỗ trợ của Ủy ban nhân dân cấp xã." }
			  ] }""";

	static final String DIALOGUE = """
			{ "kind": "DIALOGUE_CONFERENCE", "reference": "DT-01/2026-MP",
			  "title": "Hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền xã Mường Phăng với Nhân dân năm 2026",
			  "supervisingBodyId": "ubmttq-xa-muong-phang", "supervisedAgencyIds": ["ubnd-xa-muong-phang"],
			  "basis": "ANNUAL_PLAN",
			  "legalBasisIds": ["luat-10-2022-qh15", "qd-218-qd-tw-2013"],
			  "content": "Đối thoại về giải phóng mặt bằng đường giao thông liên bản và nước sinh hoạt.",
			  "field": "Dân chủ ở cơ sở", "startDate": "2026-08-20" }""";

	static final String DIALOGUE_LETTER = """
			{ "number": "12/GY-MTTQ", "issuedOn": "2026-08-27", "kind": "OPINION",
			  "subject": "Tổng hợp ý kiến, kiến nghị của Nhân dân tại hội nghị đối thoại năm 2026",
			  "items": [
			    { "addresseeAgencyId": "ubnd-xa-muong-phang", "type": "OTHER",
			      "content": "Sửa chữa tuyến ống nước sinh hoạt bản Che Căn trước mùa khô." } ] }""";

	static final String BOARD = """
			{ "kind": "SUPERVISION", "reference": "TTND-03/2026-MP",
			  "title": "Giám sát việc thu, chi các khoản đóng góp tự nguyện xây dựng nhà văn hóa bản",
			  "supervisingBodyId": "ubmttq-xa-muong-phang", "supervisedAgencyIds": ["ubnd-xa-muong-phang"],
			  "form": "PEOPLES_INSPECTION_BOARD", "basis": "PETITION",
			  "legalBasisIds": ["luat-10-2022-qh15"], "field": "Tài chính", "startDate": "2026-05-12" }""";

	static final String BEFORE_REFORM = """
			{ "kind": "SUPERVISION", "reference": "KH-GS-02/2025-DB",
			  "title": "Giám sát việc thực hiện chính sách hỗ trợ nhà ở cho hộ nghèo năm 2024",
			  "supervisingBodyId": "ubmttq-tinh-dien-bien", "supervisedAgencyIds": ["so-tai-chinh-dien-bien"],
			  "form": "DOCUMENT_REVIEW", "legalBasisIds": ["luat-75-2015-qh13", "nqlt-403-2017"],
			  "field": "Nhà ở", "startDate": "2025-03-15", "endDate": "2025-04-15" }""";

	static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	static final Map<String, String> AGENCY_USERS = Map.of("so-nong-nghiep-moi-truong-dien-bien", "canbo.so.nnmt",
			"ubnd-xa-muong-phang", "canbo.ubnd.xa");

	static final List<String> TO_CONCLUDED = List.of("IN_PROGRESS", "REPORTED", "CONCLUDED");

	static String auth;

	static String supervision;

	public static void main(String[] args) throws Exception {
		if (args.length != 4) {
			System.err.println(
					"usage: java LoadDemo.java <auth-url> <supervision-url> <recommendation-url> <notification-url>");
			System.exit(2);
		}
		auth = args[0];
		supervision = args[1];
		String recommendation = args[2], notification = args[3];
		String province = token("canbo.mttq.tinh");
		String commune = token("canbo.mttq.xa");
		String monitor = token("giamsat.vien");

		String directory = get(supervision + "/api/v1/organisations?parentId=ubmttq-tinh-dien-bien&size=100", monitor)
			.body();
		System.out.printf("Directory: %s bodies directly under the provincial Front (communes' Fronts, member organisations)%n",
				first(directory, "totalElements"));

		String planId = idOfCreatedOrExisting(post(supervision + "/api/v1/plans", PLAN, province), "plan");
		String activityId = idOfCreatedOrExisting(
				post(supervision + "/api/v1/activities", ACTIVITY.formatted(planId), province), "activity");
		String letter = letter(activityId, PaperTrail.withSignedScan(activityId, LETTER, province), province);
		conclude(activityId, province, "Sở Nông nghiệp và Môi trường và UBND xã Mường Phăng cần công khai danh sách "
				+ "hộ được hỗ trợ và báo cáo tiến độ giải ngân vốn hỗ trợ nhà ở.");
		String warnings = get(supervision + "/api/v1/activities/" + activityId, province).body();
		System.out.printf("Supervision by delegation %s (plan 05/KH-MTTQ-BTT): %d NQLT 403 warning(s); letter "
				+ "125/KN-MTTQ-BTT with %d recommendations%n", activityId, all(warnings, "code").size(),
				all(letter, "recommendationId").size());

		String criticismId = idOfCreatedOrExisting(
				post(supervision + "/api/v1/activities", CRITICISM.formatted(planId), province), "social criticism");
		letter(criticismId, CRITICISM_LETTER, province);
		conclude(criticismId, province, "Đề nghị cơ quan soạn thảo tiếp thu hai ý kiến phản biện.");
		System.out.printf("Social criticism %s: letter 38/PB-MTTQ-BTT%n", criticismId);

		String dialogueId = idOfCreatedOrExisting(post(supervision + "/api/v1/activities", DIALOGUE, commune),
				"dialogue");
		letter(dialogueId, DIALOGUE_LETTER, commune);
		conclude(dialogueId, commune, "Chủ tịch UBND xã trả lời trực tiếp 9 trên 10 ý kiến tại hội nghị.");
		String boardId = idOfCreatedOrExisting(post(supervision + "/api/v1/activities", BOARD, commune),
				"board supervision");
		String earlyId = idOfCreatedOrExisting(post(supervision + "/api/v1/activities", BEFORE_REFORM, province),
				"2025 supervision");
		System.out.printf("Mường Phăng: dialogue %s, People's Inspection Board supervision %s; before the reform: %s%n",
				dialogueId, boardId, earlyId);

		List<String> recommendations = all(letter, "recommendationId");
		Set<String> agencies = new LinkedHashSet<>(all(letter, "addresseeAgencyId"));
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		for (String id : recommendations) {
			String body = waitFor(recommendation + "/api/v1/recommendations/" + id, monitor, deadline);
			System.out.printf("  tracked  %s  %s  -> %s%n", id, first(body, "status"), first(body, "addresseeAgencyId"));
		}
		for (String agency : agencies) {
			String url = notification + "/api/v1/organisations/" + agency + "/notifications";
			String officer = token(AGENCY_USERS.get(agency));
			while (!inboxHasAll(url, officer, letter, agency)) {
				pause(deadline, "inbox of " + agency);
			}
			System.out.printf("  inbox    %-36s %s notification(s), read as %s%n", agency,
					first(get(url, officer).body(), "totalElements"), AGENCY_USERS.get(agency));
		}
		// The agencies answer: the first item is acknowledged and accepted, the second explained (each step
		// only if it is still allowed, so that the demo can be loaded again).
		for (int i = 0; i < Math.min(2, recommendations.size()); i++) {
			String id = recommendations.get(i);
			String url = recommendation + "/api/v1/recommendations/" + id;
			String officer = token(AGENCY_USERS.get(first(get(url, monitor).body(), "addresseeAgencyId")));
			if (i == 0) {
				step(url, officer, "ACKNOWLEDGE", null);
				step(url, officer, "ACCEPT", "Sở tiếp thu; danh sách hộ được hỗ trợ sẽ công khai tại 20 xã trước 30/5.");
				PaperTrail.reportDone(url, officer);
			}
			else {
				step(url, officer, "EXPLAIN", "Danh sách có thông tin cá nhân; UBND xã niêm yết theo từng thôn.");
			}
			String shown = get(url, monitor).body();
			Matcher explanation = Pattern.compile("\"textVi\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(shown);
			System.out.printf("  answered %s  %s; %s%n", id, first(shown, "status"),
					explanation.find() ? explanation.group(1) : "due " + first(shown, "dueDate"));
		}
		System.out.println();
		System.out.println(report(monitor, "2026-01-01", "2026-12-31"));
		System.out.println();
		System.out.println(report(monitor, "2025-01-01", "2025-06-30"));
		System.out.println();
		System.out.println("Demo loaded. The report as a spreadsheet: " + supervision
				+ "/api/v1/reports/work?bodyId=ubmttq-tinh-dien-bien&from=2026-01-01&to=2026-12-31&format=XLSX");
		String official = supervision + "/api/v1/activities/" + activityId + "/letters/" + first(letter, "id")
				+ "/official-document?format=";
		System.out.println("Letter 125/KN-MTTQ-BTT as the official document: " + official + "DOCX and " + official
				+ "PDF (" + PaperTrail.download(official + "PDF", province) + " bytes)");
		System.out.println("Tokens for the demo users: see the README (password grant, password 'demo').");
	}

	/** Takes a lifecycle step on a recommendation if the officer may take it now. */
	static void step(String url, String token, String action, String note) throws Exception {
		Matcher allowed = Pattern.compile("\"allowedActions\"\\s*:\\s*\\[([^\\]]*)\\]").matcher(get(url, token).body());
		if (!allowed.find() || !allowed.group(1).contains("\"" + action + "\"")) {
			return;
		}
		String body = (note != null) ? "{\"action\": \"" + action + "\", \"note\": \"" + note + "\"}"
				: "{\"action\": \"" + action + "\"}";
		HttpResponse<String> response = post(url + "/steps", body, token);
		if (response.statusCode() != 201 && response.statusCode() != 409) {
			throw new IllegalStateException(action + " on " + url + " answered " + response.statusCode() + ": "
					+ response.body());
		}
	}

	/** Issues a letter of an activity, or finds it when it was issued before; returns its JSON. */
	static String letter(String activityId, String body, String token) throws Exception {
		HttpResponse<String> issued = post(supervision + "/api/v1/activities/" + activityId + "/letters", body, token);
		String letterId = idOfCreatedOrExisting(issued, "letter");
		return (issued.statusCode() == 201) ? issued.body()
				: get(supervision + "/api/v1/activities/" + activityId + "/letters/" + letterId, token).body();
	}

	/** Moves an activity on until it is concluded, from wherever it stands. */
	static void conclude(String activityId, String token, String conclusion) throws Exception {
		String status = first(get(supervision + "/api/v1/activities/" + activityId, token).body(), "status");
		for (int i = TO_CONCLUDED.indexOf(status) + 1; i < TO_CONCLUDED.size(); i++) {
			String to = TO_CONCLUDED.get(i);
			String body = "CONCLUDED".equals(to) ? "{ \"to\": \"CONCLUDED\", \"conclusion\": \"" + conclusion + "\" }"
					: "{ \"to\": \"" + to + "\" }";
			HttpResponse<String> moved = post(supervision + "/api/v1/activities/" + activityId + "/transitions", body,
					token);
			if (moved.statusCode() != 200) {
				throw new IllegalStateException("Could not move activity " + activityId + " to " + to + ": HTTP "
						+ moved.statusCode() + " " + moved.body());
			}
		}
	}

	/** The Front's work report of the province and the bodies under it, as Vietnamese text. */
	static String report(String token, String from, String to) throws Exception {
		HttpResponse<String> response = get(supervision + "/api/v1/reports/work?bodyId=ubmttq-tinh-dien-bien&from="
				+ from + "&to=" + to + "&format=TEXT", token);
		if (response.statusCode() != 200) {
			throw new IllegalStateException("No report: HTTP " + response.statusCode() + " " + response.body());
		}
		return response.body();
	}

	/** Tells whether the agency's inbox holds every recommendation of the letter addressed to it. */
	static boolean inboxHasAll(String url, String token, String letter, String agency) throws Exception {
		HttpResponse<String> response = get(url + "?size=200", token);
		if (response.statusCode() != 200) {
			return false;
		}
		String inbox = response.body();
		List<String> items = all(letter, "recommendationId");
		List<String> addressees = all(letter, "addresseeAgencyId");
		for (int i = 0; i < items.size(); i++) {
			if (addressees.get(i).equals(agency) && !inbox.contains(items.get(i))) {
				return false;
			}
		}
		return true;
	}

	static String idOfCreatedOrExisting(HttpResponse<String> response, String what) {
		if (response.statusCode() == 201) {
			return first(response.body(), "id");
		}
		if (response.statusCode() == 409) {
			return first(response.body(), "existingId");
		}
		throw new IllegalStateException("Could not create the demo " + what + ": HTTP " + response.statusCode()
				+ " " + response.body());
	}

	static String waitFor(String url, String token, long deadline) throws Exception {
		while (true) {
			HttpResponse<String> response = get(url, token);
			if (response.statusCode() == 200) {
				return response.body();
			}
			pause(deadline, url);
		}
	}

	static void pause(long deadline, String what) throws InterruptedException {
		if (System.nanoTime() > deadline) {
			throw new IllegalStateException("Timed out waiting for " + what);
		}
		Thread.sleep(250);
	}

	/** A demo user's access token, by the password grant that auth-server offers for the demo only. */
	static String token(String username) throws Exception {
		String client = Base64.getEncoder().encodeToString("giamsat-cli:giamsat-cli-secret".getBytes());
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(auth + "/oauth2/token"))
			.header("Authorization", "Basic " + client)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=password&username=" + username + "&password=demo"))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("No token for " + username + ": HTTP " + response.statusCode() + " "
					+ response.body());
		}
		return first(response.body(), "access_token");
	}

	static HttpResponse<String> post(String url, String json, String token) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	static HttpResponse<String> get(String url, String token) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	static String first(String json, String field) {
		List<String> values = all(json, field);
		if (values.isEmpty()) {
			throw new IllegalStateException("No '" + field + "' in " + json);
		}
		return values.get(0);
	}

	static List<String> all(String json, String field) {
		Matcher matcher = Pattern.compile("\"" + field + "\"\\s*:\\s*\"?([^\",}]*)\"?").matcher(json);
		List<String> values = new ArrayList<>();
		while (matcher.find()) {
			values.add(matcher.group(1));
		}
		return values;
	}

}

/**
 * The demo's paper trail: the letter's signed scan, and the department's reply and evidence, as real files uploaded
 * through the API (a one-page PDF, a PNG picture), each only once however often the demo is loaded.
 */
class PaperTrail {

	/** The letter's request with its signed scan, uploaded unless the activity holds one (the letter exists). */
	static String withSignedScan(String activityId, String letter, String token) throws Exception {
		String documents = LoadDemo.supervision + "/api/v1/activities/" + activityId + "/documents";
		if (LoadDemo.get(documents, token).body().contains("SIGNED_LETTER")) {
			return letter;
		}
		String scan = LoadDemo.first(upload(documents, token, "125-KN-MTTQ-BTT (đã ký, đóng dấu).pdf", "application/pdf",
				pdf("125/KN-MTTQ-BTT - ban da ky, dong dau"), "SIGNED_LETTER"), "id");
		return letter.replaceFirst("\\{", "{ \"documents\": [\"" + scan + "\"],");
	}

	/** The agency reports the item done with its reply and a photograph, if it may do so now. */
	static void reportDone(String url, String officer) throws Exception {
		if (!LoadDemo.get(url, officer).body().matches("(?s).*\"allowedActions\"\\s*:\\s*\\[[^\\]]*\"REPORT_RESOLUTION\".*")) {
			return;
		}
		String reply = LoadDemo.first(upload(url + "/documents", officer, "CV 412-SNNMT trả lời kiến nghị.pdf",
				"application/pdf", pdf("So Nong nghiep va Moi truong - Cong van 412/SNNMT"), "REPLY"), "id");
		String photo = LoadDemo.first(upload(url + "/documents", officer, "Niêm yết danh sách tại bản Co Mận.png",
				"image/png", png(), "EVIDENCE"), "id");
		HttpResponse<String> done = LoadDemo.post(url + "/steps", """
				{ "action": "REPORT_RESOLUTION", "note": "Đã công khai danh sách tại 20 xã biên giới; kèm công văn và ảnh niêm yết.",
				  "documents": ["%s", "%s"] }""".formatted(reply, photo), officer);
		if (done.statusCode() != 201) {
			throw new IllegalStateException("Reporting " + url + " done answered " + done.statusCode() + ": " + done.body());
		}
	}

	/** Downloads a file and returns its length. */
	static int download(String url, String token) throws Exception {
		HttpResponse<byte[]> response = LoadDemo.http.send(HttpRequest.newBuilder(URI.create(url))
			.header("Authorization", "Bearer " + token)
			.GET()
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("GET " + url + " answered " + response.statusCode());
		}
		return response.body().length;
	}

	static String upload(String url, String token, String name, String type, byte[] content, String purpose)
			throws Exception {
		String boundary = "----demo" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\n" + purpose
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = LoadDemo.http.send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 201) {
			throw new IllegalStateException("Uploading " + name + " answered " + response.statusCode() + ": "
					+ response.body());
		}
		return response.body();
	}

	/** A one-page PDF saying the given ASCII words. */
	static byte[] pdf(String words) {
		String stream = "BT /F1 14 Tf 72 760 Td (" + words.replace("(", "[").replace(")", "]") + ") Tj ET";
		String[] objects = { "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
				"<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>" };
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < objects.length; i++) {
			offsets.add(pdf.length());
			pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
		offsets.forEach((offset) -> pdf.append(String.format("%010d 00000 n \n", offset)));
		pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
			.append(xref)
			.append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.US_ASCII);
	}

	/** A small picture, as PNG. */
	static byte[] png() throws Exception {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 64; x++) {
			image.setRGB(x, (x * 3) % 48, 0xDA251D);
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageIO.write(image, "png", bytes);
		return bytes.toByteArray();
	}

}
