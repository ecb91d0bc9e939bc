package vn.mttq.giamsat.endtoend.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and its chromedriver ({@code apt-get install chromium
 * chromium-driver}), found at {@code /usr/bin} or where {@code CHROME_BIN} and
 * {@code CHROMEDRIVER} say. Both are named to Selenium, so Selenium Manager never looks
 * for, let alone downloads, a browser or a driver.
 *
 * @param binary the browser
 * @param driver its chromedriver
 */
record Chromium(Path binary, Path driver) {

	/** The phone the console is checked on: 360 by 740 CSS pixels. */
	static final Size PHONE = new Size(360, 740, true);

	/** The desktop window of the screenshots. */
	static final Size DESKTOP = new Size(1280, 900, false);

	static Chromium located() {
		return new Chromium(Path.of(setting("CHROME_BIN", "/usr/bin/chromium")),
				Path.of(setting("CHROMEDRIVER", "/usr/bin/chromedriver")));
	}

	/**
	 * Skips the calling test class when the browser or its driver is missing, except
	 * under CI ({@code CI=true}), where a missing browser fails the build: CI installs
	 * both (.ci/run).
	 */
	void assumeInstalled() {
		String missing = Files.isExecutable(this.binary)
				? (Files.isExecutable(this.driver) ? null : "chromedriver at " + this.driver + " (CHROMEDRIVER)")
				: "Chromium at " + this.binary + " (CHROME_BIN)";
		if (missing == null) {
			return;
		}
		String message = "No " + missing + ": apt-get install chromium chromium-driver";
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException(message + " (CI must run the browser tests)");
		}
		Assumptions.abort(message + "; the browser tests are skipped");
	}

	/**
	 * Starts a headless browser with a profile of its own.
	 * @param profile an empty directory for the browser's profile
	 * @return the driver
	 */
	ChromeDriver start(Path profile) {
		// Selenium Manager is asked nothing when both paths are given, and would be
		// offline
		// all the same: Selenium hands SE_* system properties to it as its environment.
		System.setProperty("SE_OFFLINE", "true");
		ChromeOptions options = new ChromeOptions().setBinary(this.binary.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-extensions", "--no-first-run",
					"--window-size=" + DESKTOP.width() + "," + DESKTOP.height(), "--lang=vi-VN",
					"--user-data-dir=" + profile)
			.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi-VN,vi"));
		options.setExperimentalOption("excludeSwitches", List.of("enable-automation"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(this.driver.toFile())
			.withLogFile(new File(profile.getParent().toFile(), "chromedriver.log"))
			.withTimeout(Duration.ofSeconds(30))
			.build();
		return new ChromeDriver(service, options);
	}

	private static String setting(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

	/**
	 * A viewport.
	 *
	 * @param width CSS pixels
	 * @param height CSS pixels
	 * @param mobile whether the page is told it is on a phone
	 */
	record Size(int width, int height, boolean mobile) {

	}

}
