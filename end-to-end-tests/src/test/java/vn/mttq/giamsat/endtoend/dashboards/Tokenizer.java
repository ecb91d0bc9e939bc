package vn.mttq.giamsat.endtoend.dashboards;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits PromQL into tokens, leaving out what never names a series: range and subquery
 * brackets ({@code [5m]}, {@code [$__range]}, {@code [1h:5m]}), Grafana variables
 * ({@code $level}, {@code ${level}}) and whitespace.
 */
final class Tokenizer {

	private static final List<String> OPERATORS = List.of("=~", "!~", "!=", "==", ">=", "<=");

	private Tokenizer() {
	}

	static List<Token> tokenize(String expression) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		while (i < expression.length()) {
			char c = expression.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (c == '[') {
				i = skipPast(expression, i, ']');
			}
			else if (c == '#') {
				i = skipPast(expression, i, '\n');
			}
			else if (c == '"' || c == '\'' || c == '`') {
				int end = endOfString(expression, i);
				tokens.add(new Token(Token.Kind.STRING, expression.substring(i, end)));
				i = end;
			}
			else if (c == '$') {
				i = endOfVariable(expression, i);
			}
			else if (Character.isDigit(c)
					|| (c == '.' && i + 1 < expression.length() && Character.isDigit(expression.charAt(i + 1)))) {
				int end = endOfWord(expression, i, true);
				tokens.add(new Token(Token.Kind.NUMBER, expression.substring(i, end)));
				i = end;
			}
			else if (Character.isLetter(c) || c == '_' || c == ':') {
				int end = endOfWord(expression, i, false);
				tokens.add(new Token(Token.Kind.IDENTIFIER, expression.substring(i, end)));
				i = end;
			}
			else {
				int length = twoCharOperator(expression, i) ? 2 : 1;
				tokens.add(new Token(Token.Kind.PUNCTUATION, expression.substring(i, i + length)));
				i += length;
			}
		}
		return tokens;
	}

	private static boolean twoCharOperator(String expression, int i) {
		return OPERATORS.stream().anyMatch((op) -> expression.startsWith(op, i));
	}

	private static int skipPast(String expression, int i, char end) {
		int at = expression.indexOf(end, i);
		return (at < 0) ? expression.length() : at + 1;
	}

	private static int endOfString(String expression, int start) {
		char quote = expression.charAt(start);
		for (int i = start + 1; i < expression.length(); i++) {
			char c = expression.charAt(i);
			if (c == '\\' && quote != '`') {
				i++;
			}
			else if (c == quote) {
				return i + 1;
			}
		}
		throw new IllegalArgumentException("Unterminated string in " + expression);
	}

	private static int endOfVariable(String expression, int start) {
		if (start + 1 < expression.length() && expression.charAt(start + 1) == '{') {
			return skipPast(expression, start, '}');
		}
		return endOfWord(expression, start + 1, false);
	}

	/** Identifiers are letters, digits, '_' and ':'; numbers and durations add '.'. */
	private static int endOfWord(String expression, int start, boolean number) {
		int i = start;
		while (i < expression.length()) {
			char c = expression.charAt(i);
			boolean part = Character.isLetterOrDigit(c) || c == '_' || c == ':' || (number && c == '.') || (number
					&& (c == '+' || c == '-') && (expression.charAt(i - 1) == 'e' || expression.charAt(i - 1) == 'E'));
			if (!part) {
				return i;
			}
			i++;
		}
		return i;
	}

}
