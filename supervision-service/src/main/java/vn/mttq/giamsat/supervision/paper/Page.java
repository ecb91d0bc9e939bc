package vn.mttq.giamsat.supervision.paper;

/**
 * The page both writers set: A4 with Decree 30's margins (top and bottom 20 mm, left 30
 * mm, right 15 mm), pages numbered from the second, the letterhead and foot split 40/60,
 * paragraphs 6 pt apart and body text indented 1.27 cm.
 */
final class Page {

	static final float WIDTH_MM = 210;

	static final float HEIGHT_MM = 297;

	static final float TOP_MM = 20;

	static final float BOTTOM_MM = 20;

	static final float LEFT_MM = 30;

	static final float RIGHT_MM = 15;

	static final float INDENT_MM = 12.7f;

	static final float SPACING_AFTER_PT = 6;

	/** Page numbers, from the second page, centred in the top margin. */
	static final float NUMBER_PT = 13;

	/** The share of the text width the left column of the letterhead and foot takes. */
	static final float LEFT_COLUMN = 0.4f;

	/** The font the DOCX names; the PDF embeds its metric-compatible free twin. */
	static final String FONT = "Times New Roman";

	private Page() {
	}

	static float textWidthMm() {
		return WIDTH_MM - LEFT_MM - RIGHT_MM;
	}

	/** Millimetres in twentieths of a point (DOCX). */
	static int twips(float mm) {
		return Math.round(mm / 25.4f * 1440);
	}

	/** Millimetres in points (PDF). */
	static float points(float mm) {
		return mm / 25.4f * 72;
	}

}
