package vn.mttq.giamsat.endtoend.dashboards;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The series a PromQL expression reads: each metric name with the labels the expression
 * matches on ({@code {label="..."}}) or groups by ({@code by (...)},
 * {@code without (...)}, {@code on (...)}, {@code ignoring (...)}). Not a PromQL parser:
 * a tokenizer that knows enough of the grammar to tell a metric name from a function, a
 * keyword, a label name, a duration or a Grafana variable.
 */
final class PromQlSelectors {

	private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
			"and", "or", "unless", "offset", "bool", "atan2", "inf", "nan");

	private static final Set<String> GROUPING = Set.of("by", "without", "on", "ignoring", "group_left", "group_right");

	private PromQlSelectors() {
	}

	/**
	 * The selectors of an expression.
	 * @param expression a PromQL expression, Grafana variables allowed
	 * @return each metric selector, in order, with the labels it must carry
	 */
	static List<Selector> of(String expression) {
		List<Token> tokens = Tokenizer.tokenize(expression);
		List<MutableSelector> selectors = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			if (token.kind() == Token.Kind.IDENTIFIER && isMetricName(tokens, i)) {
				MutableSelector selector = new MutableSelector(token.text(), i);
				if (next(tokens, i, "{")) {
					selector.labels.addAll(matcherLabels(tokens, i + 1, selector));
				}
				selectors.add(selector);
			}
			else if (token.is("{") && (i == 0 || !tokens.get(i - 1).isIdentifier())) {
				MutableSelector selector = new MutableSelector(null, i);
				selector.labels.addAll(matcherLabels(tokens, i, selector));
				selectors.add(selector);
			}
		}
		for (int i = 0; i < tokens.size(); i++) {
			if (tokens.get(i).isIdentifier() && GROUPING.contains(tokens.get(i).text()) && next(tokens, i, "(")) {
				int close = matching(tokens, i + 1);
				List<String> labels = identifiers(tokens, i + 2, close);
				int[] scope = scope(tokens, i, close);
				for (MutableSelector selector : selectors) {
					if (selector.position >= scope[0] && selector.position <= scope[1]) {
						selector.labels.addAll(labels);
					}
				}
			}
		}
		return selectors.stream().map(MutableSelector::toSelector).toList();
	}

	private static boolean isMetricName(List<Token> tokens, int i) {
		String name = tokens.get(i).text();
		if (KEYWORDS.contains(name.toLowerCase(java.util.Locale.ROOT)) || next(tokens, i, "(")) {
			return false;
		}
		if (i + 1 < tokens.size() && tokens.get(i + 1).isIdentifier()
				&& Set.of("by", "without").contains(tokens.get(i + 1).text())) {
			// An aggregation written "sum by (level) (...)".
			return false;
		}
		// A label name inside a grouping list or a matcher is not a metric.
		return !insideLabelList(tokens, i) && !next(tokens, i, "=", "!=", "=~", "!~");
	}

	private static boolean insideLabelList(List<Token> tokens, int i) {
		int depth = 0;
		for (int j = i - 1; j >= 0; j--) {
			Token token = tokens.get(j);
			if (token.is(")")) {
				depth++;
			}
			else if (token.is("(")) {
				if (depth == 0) {
					return j > 0 && tokens.get(j - 1).isIdentifier() && GROUPING.contains(tokens.get(j - 1).text());
				}
				depth--;
			}
		}
		return false;
	}

	/**
	 * The part of the expression a grouping clause at {@code keyword} applies to: for
	 * {@code by}/{@code without}, the aggregation's argument before
	 * ({@code sum(x) by (l)}) or after ({@code sum by (l) (x)}) it; for vector matching
	 * ({@code on}, {@code ignoring}, {@code group_left}), the whole expression, as both
	 * sides must carry the label.
	 */
	private static int[] scope(List<Token> tokens, int keyword, int closeOfLabels) {
		String name = tokens.get(keyword).text();
		if (!name.equals("by") && !name.equals("without")) {
			return new int[] { 0, tokens.size() };
		}
		if (keyword > 0 && tokens.get(keyword - 1).is(")")) {
			return new int[] { opening(tokens, keyword - 1), keyword - 1 };
		}
		if (next(tokens, closeOfLabels, "(")) {
			return new int[] { closeOfLabels + 1, matching(tokens, closeOfLabels + 1) };
		}
		throw new IllegalArgumentException("'" + name + "' without an aggregation argument");
	}

	private static List<String> matcherLabels(List<Token> tokens, int open, MutableSelector selector) {
		List<String> labels = new ArrayList<>();
		int close = matching(tokens, open);
		for (int j = open + 1; j < close; j++) {
			if (tokens.get(j).isIdentifier() && next(tokens, j, "=", "!=", "=~", "!~")) {
				if (tokens.get(j).text().equals("__name__")) {
					selector.metric = unquote(tokens.get(j + 2).text());
				}
				else {
					labels.add(tokens.get(j).text());
				}
			}
		}
		return labels;
	}

	private static List<String> identifiers(List<Token> tokens, int from, int to) {
		List<String> names = new ArrayList<>();
		for (int j = from; j < to; j++) {
			if (tokens.get(j).isIdentifier()) {
				names.add(tokens.get(j).text());
			}
		}
		return names;
	}

	private static boolean next(List<Token> tokens, int i, String... texts) {
		if (i + 1 >= tokens.size()) {
			return false;
		}
		for (String text : texts) {
			if (tokens.get(i + 1).is(text)) {
				return true;
			}
		}
		return false;
	}

	private static int matching(List<Token> tokens, int open) {
		String opening = tokens.get(open).text();
		String closing = opening.equals("(") ? ")" : "}";
		int depth = 0;
		for (int j = open; j < tokens.size(); j++) {
			if (tokens.get(j).is(opening)) {
				depth++;
			}
			else if (tokens.get(j).is(closing) && --depth == 0) {
				return j;
			}
		}
		throw new IllegalArgumentException("Unbalanced '" + opening + "'");
	}

	private static int opening(List<Token> tokens, int close) {
		int depth = 0;
		for (int j = close; j >= 0; j--) {
			if (tokens.get(j).is(")")) {
				depth++;
			}
			else if (tokens.get(j).is("(") && --depth == 0) {
				return j;
			}
		}
		throw new IllegalArgumentException("Unbalanced ')'");
	}

	private static String unquote(String text) {
		return text.substring(1, text.length() - 1);
	}

	/**
	 * One metric a query reads.
	 *
	 * @param metric the metric's name as Prometheus shows it
	 * @param labels the labels the query matches on or groups by
	 */
	record Selector(String metric, Set<String> labels) {
	}

	private static final class MutableSelector {

		private String metric;

		private final int position;

		private final Set<String> labels = new LinkedHashSet<>();

		MutableSelector(String metric, int position) {
			this.metric = metric;
			this.position = position;
		}

		Selector toSelector() {
			if (this.metric == null) {
				throw new IllegalArgumentException("A selector without a metric name: " + this.labels);
			}
			return new Selector(this.metric, Set.copyOf(this.labels));
		}

	}

}
