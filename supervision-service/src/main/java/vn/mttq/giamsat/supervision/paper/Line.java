package vn.mttq.giamsat.supervision.paper;

import java.text.Normalizer;

/**
 * One paragraph of a document as both writers set it; its text is in composed Unicode
 * (NFC), so every Vietnamese letter is one glyph of the font.
 *
 * @param text what it says; empty for a blank line
 * @param style how it is set
 * @param rule the length of the short rule drawn under it, as a share of its column
 * (below "BAN THƯỜNG TRỰC" and the motto), or 0 for none
 */
public record Line(String text, Style style, float rule) {

	public Line {
		text = Normalizer.normalize((text != null) ? text : "", Normalizer.Form.NFC);
	}

	static Line of(String text, Style style) {
		return new Line(text, style, 0);
	}

	static Line ruled(String text, Style style, float rule) {
		return new Line(text, style, rule);
	}

}
