package vn.mttq.giamsat.endtoend.dashboards;

/**
 * One token of a PromQL expression.
 *
 * @param kind what it is
 * @param text its text as written (strings with their quotes)
 */
record Token(Kind kind, String text) {

	boolean is(String punctuation) {
		return this.kind == Kind.PUNCTUATION && this.text.equals(punctuation);
	}

	boolean isIdentifier() {
		return this.kind == Kind.IDENTIFIER;
	}

	/**
	 * The kinds of token that matter to finding selectors.
	 */
	enum Kind {

		/** A metric, function, keyword or label name. */
		IDENTIFIER,

		/** A number or a duration outside a range ({@code 0.95}, {@code 7d}). */
		NUMBER,

		/** A quoted string. */
		STRING,

		/** Brackets, operators, commas. */
		PUNCTUATION

	}

}
