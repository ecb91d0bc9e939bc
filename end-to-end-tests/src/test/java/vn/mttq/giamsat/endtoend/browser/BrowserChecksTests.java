package vn.mttq.giamsat.endtoend.browser;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser tests' own checks catch what they are there to catch, on pages made here: a
 * page that passes them passes because it is right, not because a check sees nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserChecksTests {

	Browser browser;

	@BeforeAll
	void start() {
		Chromium chromium = Chromium.located();
		chromium.assumeInstalled();
		this.browser = Browser.start(chromium);
	}

	@AfterAll
	void stop() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void theAccessibilityCheckFindsAnImageWithoutTextAndTooLittleContrast() {
		this.browser.viewport(Chromium.DESKTOP);
		show("""
				<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Hộp thư</title></head>
				<body><main><h1>Hộp thư</h1><img src="x.png"><p style="color:#eee">Đã đọc</p></main></body></html>""");

		assertThat(Accessibility.fromClasspath().seriousViolations(this.browser)).hasSize(2)
			.anySatisfy((violation) -> assertThat(violation).startsWith("critical image-alt"))
			.anySatisfy((violation) -> assertThat(violation).startsWith("serious color-contrast").contains("#eeeeee"));
	}

	@Test
	void theAccessibilityCheckPassesAPlainLabelledForm() {
		this.browser.viewport(Chromium.DESKTOP);
		show("""
				<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Trả lời</title></head>
				<body><main><h1>Trả lời kiến nghị</h1><form><label for="note">Nội dung</label>
				<textarea id="note" name="note"></textarea><button type="submit">Gửi</button></form></main></body></html>""");

		assertThat(Accessibility.fromClasspath().seriousViolations(this.browser)).isEmpty();
	}

	@Test
	void onAPhoneAPageMadeForTheDesktopScrollsSideways() {
		this.browser.viewport(Chromium.PHONE);
		show("""
				<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Bảng</title></head>
				<body><table><tr><td style="min-width:600px">Kiến nghị</td></tr></table></body></html>""");

		assertThat(width()).isGreaterThan(Chromium.PHONE.width());
	}

	@Test
	void onAPhoneAPageMadeForAnyWidthFitsTheScreen() {
		this.browser.viewport(Chromium.PHONE);
		show("""
				<!doctype html><html lang="vi"><head><meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1"><title>Hộp thư</title></head>
				<body><main><h1>Hộp thư đến</h1><p>Ủy ban nhân dân xã Mường Phăng</p></main></body></html>""");

		assertThat(width()).isLessThanOrEqualTo(Chromium.PHONE.width());
	}

	private void show(String html) {
		this.browser.open(
				"data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20"),
				"data: page");
	}

	private long width() {
		return ((Number) this.browser.script("return document.documentElement.scrollWidth")).longValue();
	}

}
