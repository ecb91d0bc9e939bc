package vn.mttq.giamsat.endtoend.browser;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.mttq.giamsat.localstack.LocalStackExtension;
import vn.mttq.giamsat.localstack.WithLocalStack;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web console in a real headless Chromium, signed in at the real auth-server, over
 * the three services with the demo loaded: one browser and one system for the class.
 * Skipped where Chromium is not installed, except under CI.
 */
@WithLocalStack
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebConsoleInTheBrowserTests {

	/** The overview's columns: the level, then issued, in force, answered, resolved. */
	private static final int ISSUED = 1;

	private static final int RESOLVED = 4;

	ConsoleSystem system;

	Browser browser;

	ConsolePages console;

	@BeforeAll
	void start() {
		Chromium chromium = Chromium.located();
		chromium.assumeInstalled();
		this.system = ConsoleSystem.start(LocalStackExtension.stack());
		this.browser = Browser.start(chromium);
		this.console = new ConsolePages(this.browser, this.system);
	}

	@BeforeEach
	void freshVisitor() {
		this.browser.forgetEverything();
		this.browser.viewport(Chromium.DESKTOP);
	}

	@AfterAll
	void stop() {
		if (this.browser != null) {
			System.out.println(
					"Pages of the web console, as the browser timed them:\n" + this.browser.measurements().table());
			this.browser.close();
		}
		if (this.system != null) {
			this.system.close();
		}
	}

	@ParameterizedTest
	@EnumSource(DemoUser.class)
	void eachRoleSignsInAtTheProviderAndLandsOnItsHomeInVietnamese(DemoUser user) {
		this.console.signIn(user);

		assertThat(this.console.path()).isEqualTo(user.home());
		assertThat(this.console.signedInUser()).contains(user.displayName());
		assertThat(this.console.language()).startsWith("vi");
		Screenshots.take(this.browser, user.slug());
	}

	@Test
	void theLanguageSwitchShowsTheConsoleInEnglish() {
		this.console.signIn(DemoUser.AGENCY_OFFICER);
		String vietnamese = this.console.heading().getText();

		this.console.switchLanguage("en");

		assertThat(this.console.language()).startsWith("en");
		assertThat(this.console.heading().getText()).isNotEqualTo(vietnamese);
		assertThat(this.console.signedInUser()).contains(DemoUser.AGENCY_OFFICER.displayName());
	}

	@Test
	void onAPhoneTheAgencyHomeFitsTheScreenWithoutScrollingSideways() {
		this.browser.viewport(Chromium.PHONE);
		this.console.signIn(DemoUser.AGENCY_OFFICER);
		Screenshots.take(this.browser, DemoUser.AGENCY_OFFICER.slug() + "-phone");

		assertThat(this.console.pageWidth())
			.as(() -> "wider than the phone: " + this.console.elementsReachingPast(Chromium.PHONE.width()))
			.isLessThanOrEqualTo(Chromium.PHONE.width());
		assertThat(this.console.signedInUser()).contains(DemoUser.AGENCY_OFFICER.displayName());
	}

	@Test
	void anAgencyOfficerCannotReachAnotherAgencysItemByEditingTheAddress() {
		DemoData.Item own = this.system.firstItemOf("ubnd-xa-muong-phang");
		DemoData.Item others = this.system.firstItemOf("so-nong-nghiep-moi-truong-dien-bien");
		this.console.signIn(DemoUser.AGENCY_OFFICER);
		this.console.open("/co-quan/kien-nghi/" + own.id());
		assertThat(this.console.status()).isEqualTo(200);
		assertThat(this.console.text()).contains(excerpt(own));

		this.console.open("/co-quan/kien-nghi/" + others.id());

		assertThat(this.console.status()).isEqualTo(404);
		assertThat(this.console.text()).doesNotContain(excerpt(others)).doesNotContain("Sở Nông nghiệp");
	}

	@Test
	void signingOutEndsTheSessionSoThatAPageAsksToSignInAgain() {
		this.console.signIn(DemoUser.FRONT_OFFICIAL);

		this.console.signOut();
		this.console.open(DemoUser.FRONT_OFFICIAL.home());

		assertThat(this.console.asksToSignIn()).isTrue();
	}

	@Test
	void theSignInFormAndEveryMainPageHaveNoSeriousOrCriticalAccessibilityViolation() {
		Accessibility axe = Accessibility.fromClasspath();
		String ownItem = "/co-quan/kien-nghi/" + this.system.firstItemOf("ubnd-xa-muong-phang").id();
		List<String> violations = new ArrayList<>();
		for (DemoUser user : DemoUser.values()) {
			this.browser.forgetEverything();
			this.console.signIn(user, () -> axe.seriousViolations(this.browser)
				.forEach((violation) -> violations.add("sign-in form " + violation)));
			List<String> pages = new ArrayList<>(user.mainPages());
			if (user == DemoUser.AGENCY_OFFICER) {
				pages.add(ownItem);
			}
			for (String page : pages) {
				this.console.open(page);
				axe.seriousViolations(this.browser).forEach((violation) -> violations.add(page + " " + violation));
			}
		}

		assertThat(violations).as(String.join("\n", violations)).isEmpty();
	}

	@Test
	void aLetterTheFrontIssuesIsAnsweredByBothAgenciesClosedByTheFrontAndCountedInTheOverview() {
		SupervisionStory story = new SupervisionStory(this.browser, this.console);
		story.signIn(DemoUser.MONITOR.username(), DemoUser.MONITOR.home());
		List<String> before = story.figuresOf(SupervisionStory.DEPARTMENT_NAME);
		String run = Long.toString(System.currentTimeMillis() % 1_000_000);
		SupervisionStory.Item wastewater = new SupervisionStory.Item(SupervisionStory.DEPARTMENT,
				"Kiểm tra, xử lý việc xả nước thải chưa qua xử lý ra suối Nậm Rốm (" + run + ")");
		SupervisionStory.Item landRecords = new SupervisionStory.Item(SupervisionStory.COMMUNE,
				"Công khai hồ sơ giao đất, cho thuê đất tại trụ sở xã (" + run + ")");
		SupervisionStory.Item forestFund = new SupervisionStory.Item(SupervisionStory.DEPARTMENT,
				"Chi trả đủ, đúng hạn tiền dịch vụ môi trường rừng cho các hộ nhận khoán (" + run + ")");

		story.signIn(DemoUser.FRONT_OFFICIAL.username(), DemoUser.FRONT_OFFICIAL.home());
		String activity = story.recordActivity("Giám sát việc bảo vệ môi trường và quản lý đất đai " + run);
		assertThat(this.console.heading().getText()).endsWith(run);
		assertThat(this.console.text()).contains(SupervisionStory.DEPARTMENT_NAME, "Ủy ban nhân dân xã Mường Phăng");
		List<SupervisionStory.PreviewedItem> preview = story.previewLetter(activity, run + "/KN-MTTQ-BTT",
				List.of(wastewater, landRecords, forestFund));
		assertThat(preview).hasSize(3).allSatisfy((item) -> {
			assertThat(item.dueDate()).matches("\\d{2}/\\d{2}/\\d{4}");
			assertThat(item.explanation()).isNotBlank().isNotEqualTo("Hạn do anh/chị ghi.");
		});
		story.issue();
		assertThat(this.console.text()).contains(run + "/KN-MTTQ-BTT");

		story.signIn(DemoUser.AGENCY_OFFICER.username(), DemoUser.AGENCY_OFFICER.home());
		story.openNewItem(landRecords.content());
		assertThat(story.answer("ACCEPT", "Xã sẽ niêm yết hồ sơ tại trụ sở trong tháng này.", null))
			.contains("Tiếp thu, sẽ thực hiện");

		story.signIn("canbo.so.nnmt", "/co-quan");
		String wastewaterItem = story.openNewItem(wastewater.content());
		assertThat(story.answer("ACCEPT", "Sở đã lập đoàn kiểm tra các cơ sở xả thải.", null))
			.contains("Tiếp thu, sẽ thực hiện");
		assertThat(story.answer("REPORT_RESOLUTION", "Đã xử phạt và buộc khắc phục; biên bản kèm theo.",
				SupervisionStory.evidencePdf()))
			.contains("Báo cáo đã thực hiện xong");

		story.signIn(DemoUser.FRONT_OFFICIAL.username(), DemoUser.FRONT_OFFICIAL.home());
		assertThat(story.review(wastewaterItem, "CLOSE_RESOLVED")).contains("Kết thúc: đã giải quyết");
		assertThat(this.console.text()).contains("Đã kết thúc", "bien-ban-nghiem-thu-");

		story.signIn(DemoUser.MONITOR.username(), DemoUser.MONITOR.home());
		List<List<String>> after = new ArrayList<>(List.of(List.of()));
		this.browser.poll("the overview never counted the department's two new items and one resolved", () -> {
			after.set(0, story.figuresOf(SupervisionStory.DEPARTMENT_NAME));
			return count(after.get(0), ISSUED) == count(before, ISSUED) + 2
					&& count(after.get(0), RESOLVED) == count(before, RESOLVED) + 1;
		});
		assertThat(after.get(0)).doesNotContain("—");
	}

	/** A count of the overview's row, 0 where the agency had no row yet. */
	private static int count(List<String> row, int column) {
		return row.isEmpty() ? 0 : Integer.parseInt(row.get(column).replaceAll("\\D", ""));
	}

	private static String excerpt(DemoData.Item item) {
		return item.content().substring(0, Math.min(40, item.content().length()));
	}

}
