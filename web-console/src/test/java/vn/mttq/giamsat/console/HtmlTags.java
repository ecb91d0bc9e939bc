package vn.mttq.giamsat.console;

import java.util.regex.Pattern;

import org.hamcrest.Matcher;

import static org.hamcrest.Matchers.matchesPattern;

/**
 * Matches a page holding an element with the given attributes, in whatever order the
 * template writes them.
 */
public final class HtmlTags {

	private HtmlTags() {
	}

	/**
	 * A page with an element of the name that has every attribute given.
	 * @param element the element's name, e.g. {@code form}
	 * @param attributes each as it is written, e.g. {@code hx-swap="outerHTML"}
	 * @return the matcher
	 */
	public static Matcher<String> hasTag(String element, String... attributes) {
		StringBuilder pattern = new StringBuilder("(?s).*<").append(element);
		for (String attribute : attributes) {
			pattern.append("(?=[^>]*\\s").append(Pattern.quote(attribute)).append("[\\s>/])");
		}
		return matchesPattern(pattern.append("\\s[^>]*>.*").toString());
	}

}
