import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads the demo scenario through the public API: the Điện Biên provincial Front committee
 * supervises two agencies and issues a letter with three recommendations. Running it again adds
 * nothing: the activity's reference and the letter's number are unique, and a repeat finds them.
 * Then waits until every recommendation is tracked and in its addressee's inbox.
 *
 * <p>Every call carries a token of a demo user (auth-server's users.yml), got with the demo-only
 * password grant: the Front official issues, the monitor reads the tracking, each agency officer
 * reads their own inbox.
 *
 * <p>Run with {@code java ops/demo/LoadDemo.java <auth-url> <supervision-url> <recommendation-url> <notification-url>}.
 */
public class LoadDemo {

	static final String ACTIVITY = """
			{ "kind": "SUPERVISION",
			  "reference": "KH-GS-05/2026-DB",
			  "title": "Giám sát việc thực hiện chính sách hỗ trợ giảm nghèo bền vững năm 2026",
			  "supervisingBodyId": "ubmttq-tinh-dien-bien",
			  "supervisedAgencyIds": ["so-nong-nghiep-moi-truong-dien-bien", "ubnd-xa-muong-phang"],
			  "form": "DELEGATION", "level": "PROVINCE",
			  "startDate": "2026-10-05", "endDate": "2026-10-30" }""";

	static final String LETTER = """
			{ "number": "125/KN-MTTQ-BTT", "issuedOn": "2026-11-20",
			  "items": [
			    { "addresseeAgencyId": "so-nong-nghiep-moi-truong-dien-bien",
			      "content": "Rà soát, công khai danh sách hộ được hỗ trợ giống cây trồng, vật nuôi năm 2026 tại các xã biên giới.",
			      "dueDate": "2026-12-21" },
			    { "addresseeAgencyId": "ubnd-xa-muong-phang",
			      "content": "Niêm yết công khai kết quả bình xét hộ nghèo, hộ cận nghèo tại nhà văn hóa các bản.",
			      "dueDate": "2026-12-15" },
			    { "addresseeAgencyId": "ubnd-xa-muong-phang",
			      "content": "Báo cáo tiến độ giải ngân vốn hỗ trợ nhà ở cho hộ nghèo trên địa bàn xã." }
			  ] }""";

	static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	static final Map<String, String> AGENCY_USERS = Map.of("so-nong-nghiep-moi-truong-dien-bien", "canbo.so.nnmt",
			"ubnd-xa-muong-phang", "canbo.ubnd.xa");

	static String auth;

	public static void main(String[] args) throws Exception {
		if (args.length != 4) {
			System.err.println(
					"usage: java LoadDemo.java <auth-url> <supervision-url> <recommendation-url> <notification-url>");
			System.exit(2);
		}
		auth = args[0];
		String supervision = args[1], recommendation = args[2], notification = args[3];
		String official = token("canbo.mttq.tinh");
		String monitor = token("giamsat.vien");

		String activityId = idOfCreatedOrExisting(post(supervision + "/api/v1/activities", ACTIVITY, official),
				"activity");
		HttpResponse<String> issued = post(supervision + "/api/v1/activities/" + activityId + "/letters", LETTER,
				official);
		String letterId = idOfCreatedOrExisting(issued, "letter");
		String letter = (issued.statusCode() == 201) ? issued.body()
				: get(supervision + "/api/v1/activities/" + activityId + "/letters/" + letterId, official).body();
		List<String> recommendations = all(letter, "recommendationId");
		Set<String> agencies = new LinkedHashSet<>(all(letter, "addresseeAgencyId"));
		System.out.printf("Demo: activity %s, letter 125/KN-MTTQ-BTT (%s) with %d recommendations%n", activityId,
				letterId, recommendations.size());

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
		System.out.println("Demo loaded. Tokens for the demo users: see the README (password grant, password 'demo').");
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
