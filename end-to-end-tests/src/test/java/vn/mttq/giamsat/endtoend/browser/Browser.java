package vn.mttq.giamsat.endtoend.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for a test class, with a fresh profile deleted at the end. Every
 * page it opens is measured ({@link PageMeasurements}).
 */
final class Browser implements AutoCloseable {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static final Duration POLL = Duration.ofSeconds(60);

	private final Path directory;

	private final ChromeDriver driver;

	private final PageMeasurements measurements = new PageMeasurements();

	private Browser(Path directory, ChromeDriver driver) {
		this.directory = directory;
		this.driver = driver;
	}

	static Browser start(Chromium chromium) {
		try {
			Path directory = Files.createTempDirectory("giamsat-browser-");
			Path profile = Files.createDirectory(directory.resolve("profile"));
			return new Browser(directory, chromium.start(profile));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Opens a page and measures it under the given name. */
	void open(String url, String page) {
		this.driver.get(url);
		measure(page);
	}

	/** Measures the page the browser shows now, under the given name. */
	void measure(String page) {
		waitForLoad();
		this.measurements.record(page, this.driver.executeScript("""
				const n = performance.getEntriesByType('navigation')[0];
				return [n ? n.responseStart - n.requestStart : -1, n ? n.decodedBodySize : -1];"""));
	}

	WebElement find(String css) {
		return new WebDriverWait(this.driver, WAIT)
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
	}

	/**
	 * Clicks a button that sends a form and waits until the page it leads to replaces it
	 * (the button goes stale), then measures that page under the given name.
	 */
	void submit(WebElement button, String page) {
		button.click();
		new WebDriverWait(this.driver, WAIT).until((driver) -> replaced(button));
		measure(page);
	}

	/**
	 * Whether the element belongs to a page the browser no longer shows. During a
	 * navigation Chromium sometimes answers with an unknown error saying the node does
	 * not belong to the document, instead of the stale element error it means
	 * (SeleniumHQ/selenium#15401); both say the page was replaced.
	 */
	private static boolean replaced(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException | NoSuchElementException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	/** Chooses the option of a {@code select} by its value. */
	void choose(String css, String value) {
		new Select(find(css)).selectByValue(value);
	}

	/**
	 * Sets a date field as its date picker would: typing a date depends on the browser's
	 * locale, the picker's value does not.
	 */
	void date(String css, LocalDate date) {
		this.driver.executeScript("arguments[0].value = arguments[1]", find(css), date.toString());
	}

	/**
	 * Asks again, every two seconds for at most a minute, until the answer is yes: for
	 * what the services' event pipeline brings a little later.
	 */
	void poll(String what, BooleanSupplier done) {
		new WebDriverWait(this.driver, POLL).pollingEvery(Duration.ofSeconds(2))
			.withMessage(what)
			.until((driver) -> done.getAsBoolean());
	}

	List<WebElement> findAll(String css) {
		return this.driver.findElements(By.cssSelector(css));
	}

	/** Waits until the browser's address starts with the given one. */
	void awaitAddress(String prefix) {
		new WebDriverWait(this.driver, WAIT)
			.until(ExpectedConditions.urlMatches("^" + java.util.regex.Pattern.quote(prefix)));
		waitForLoad();
	}

	String address() {
		return this.driver.getCurrentUrl();
	}

	Object script(String script, Object... arguments) {
		return this.driver.executeScript(script, arguments);
	}

	Object asyncScript(String script, Object... arguments) {
		return this.driver.executeAsyncScript(script, arguments);
	}

	/** Shows pages in this viewport from now on (the next navigation included). */
	void viewport(Chromium.Size size) {
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size.width(), "height",
				size.height(), "deviceScaleFactor", 1, "mobile", size.mobile()));
	}

	/** Forgets every cookie of every site: signed out everywhere, the language reset. */
	void forgetEverything() {
		this.driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
	}

	void back() {
		this.driver.navigate().back();
		waitForLoad();
	}

	/** Saves what the viewport shows as a PNG. */
	void screenshot(Path file) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.write(file, this.driver.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	PageMeasurements measurements() {
		return this.measurements;
	}

	private void waitForLoad() {
		new WebDriverWait(this.driver, WAIT)
			.until((driver) -> "complete".equals(this.driver.executeScript("return document.readyState")));
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			try (Stream<Path> files = Files.walk(this.directory)) {
				files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
			catch (IOException ex) {
				// A temporary directory left behind is no failure of the console.
			}
		}
	}

}
