package vn.mttq.giamsat.endtoend.browser;

import org.openqa.selenium.WebElement;

/**
 * What a person does in the console, in the browser: sign in at auth-server's form, open
 * a page, switch the language, sign out.
 */
final class ConsolePages {

	private final Browser browser;

	private final String consoleUrl;

	private final String authUrl;

	ConsolePages(Browser browser, ConsoleSystem system) {
		this.browser = browser;
		this.consoleUrl = system.consoleUrl();
		this.authUrl = system.authUrl();
	}

	/**
	 * Opens the console, is sent to auth-server's sign-in form, signs in with the demo
	 * password and comes back to the console.
	 */
	void signIn(DemoUser user) {
		signIn(user, () -> {
		});
	}

	/**
	 * Signs in as {@link #signIn(DemoUser)} does, doing something on the sign-in form
	 * first.
	 */
	void signIn(DemoUser user, Runnable onTheForm) {
		signIn(user.username(), user.home(), onTheForm);
	}

	/**
	 * Signs in as another demo user, e.g. {@code canbo.so.nnmt}, who lands on the given
	 * home.
	 */
	void signIn(String username, String home) {
		signIn(username, home, () -> {
		});
	}

	private void signIn(String username, String home, Runnable onTheForm) {
		this.browser.open(this.consoleUrl + "/", "sign-in form (auth-server)");
		this.browser.awaitAddress(this.authUrl + "/login");
		onTheForm.run();
		this.browser.find("#username").sendKeys(username);
		this.browser.find("#password").sendKeys("demo");
		this.browser.find("button[type=submit]").click();
		this.browser.awaitAddress(this.consoleUrl + home);
		this.browser.find("#signed-in-user");
		this.browser.measure(home);
	}

	/**
	 * Opens a page of the console by its path, e.g. {@code /co-quan}, measured under its
	 * path with ids as {@code {id}}.
	 */
	void open(String path) {
		this.browser.open(this.consoleUrl + path, path.replaceAll("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", "{id}"));
	}

	void switchLanguage(String language) {
		this.browser.find("a[href*='lang=" + language + "']").click();
		this.browser.measure(path() + "?lang=" + language);
	}

	void signOut() {
		this.browser.find("form[action$='/logout'] [type=submit]").click();
	}

	/** Whether the browser shows auth-server's sign-in form. */
	boolean asksToSignIn() {
		this.browser.awaitAddress(this.authUrl + "/login");
		return this.browser.find("#password").isDisplayed();
	}

	/** The HTTP status of the page the browser shows, as its navigation timing saw it. */
	long status() {
		return ((Number) this.browser.script("return performance.getEntriesByType('navigation')[0].responseStatus"))
			.longValue();
	}

	/** The text the page shows. */
	String text() {
		return (String) this.browser.script("return document.body.innerText");
	}

	String signedInUser() {
		return this.browser.find("#signed-in-user").getText();
	}

	String language() {
		return (String) this.browser.script("return document.documentElement.lang");
	}

	long pageWidth() {
		return ((Number) this.browser.script("return document.documentElement.scrollWidth")).longValue();
	}

	/**
	 * The innermost elements that reach past the given width, e.g.
	 * {@code table.inbox (right edge 535)}, to say what makes a page scroll sideways.
	 */
	String elementsReachingPast(int width) {
		return String.valueOf(this.browser.script(
				"""
						const width = arguments[0] + 0.5;
						const name = (e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
							+ (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
						const past = [];
						const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
						for (let node = texts.nextNode(); node; node = texts.nextNode()) {
							const range = document.createRange();
							range.selectNodeContents(node);
							const right = range.getBoundingClientRect().right;
							if (right > width) {
								const longest = node.textContent.split(/\\s+/).reduce((a, b) => (b.length > a.length ? b : a), '');
						past.push(name(node.parentElement) + ' "' + longest.slice(0, 80) + '" (right edge ' + Math.round(right) + ')');
							}
						}
						for (const e of document.querySelectorAll('body *')) {
							const right = e.getBoundingClientRect().right;
							if (right > width && ![...e.children].some((c) => c.getBoundingClientRect().right > width)) {
								past.push(name(e) + ' (right edge ' + Math.round(right) + ')');
							}
						}
						return past.slice(0, 10).join(', ');""",
				width));
	}

	WebElement heading() {
		return this.browser.find("h1");
	}

	String path() {
		return this.browser.address().substring(this.consoleUrl.length()).replaceFirst("[?#].*", "");
	}

}
