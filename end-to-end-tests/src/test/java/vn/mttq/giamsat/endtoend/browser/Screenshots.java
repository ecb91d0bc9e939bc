package vn.mttq.giamsat.endtoend.browser;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The README's pictures of the console: written to {@code docs/screenshots/<name>.png}
 * only when the tests run with {@code -Dscreenshots.write=true}.
 */
final class Screenshots {

	private static final Path DIRECTORY = Paths.get("..", "docs", "screenshots");

	private Screenshots() {
	}

	static void take(Browser browser, String name) {
		if (Boolean.getBoolean("screenshots.write")) {
			browser.screenshot(DIRECTORY.resolve(name + ".png"));
		}
	}

}
