package vn.mttq.giamsat.supervision.paper;

/**
 * How a line is set: the size in points, weight, slant, alignment and whether its first
 * line is indented (body text, Decree 30 Appendix I).
 *
 * @param size the font size in points
 * @param bold bold
 * @param italic italic
 * @param align where it sits
 * @param indent whether the first line is indented
 */
public record Style(float size, boolean bold, boolean italic, Align align, boolean indent) {

	/** The body text: 14 pt, justified, first line indented. */
	public static final Style BODY = new Style(14, false, false, Align.JUSTIFY, true);

	/** A centred line of the letterhead, 13 pt. */
	static final Style HEAD = new Style(13, false, false, Align.CENTER, false);

	/** A bold centred line of the letterhead, 13 pt. */
	static final Style HEAD_BOLD = new Style(13, true, false, Align.CENTER, false);

	/**
	 * The national title, 12 pt bold (Decree 30 allows 12 to 13; 13 overflows the
	 * column).
	 */
	static final Style NATION = new Style(12, true, false, Align.CENTER, false);

	/** The document's name, 14 pt bold. */
	static final Style TITLE = new Style(14, true, false, Align.CENTER, false);

	/** The line under the name, 14 pt bold. */
	static final Style SUBJECT = new Style(14, true, false, Align.CENTER, false);

	/** "Kính gửi:" centred, 14 pt. */
	static final Style HEAD_ADDRESSEE = new Style(14, false, false, Align.CENTER, false);

	/** One of several addressees, under "Kính gửi:", 14 pt. */
	static final Style ADDRESSEE = new Style(14, false, false, Align.LEFT, true);

	/** The trích yếu of a letter under its number, 12 pt. */
	static final Style SUMMARY = new Style(12, false, false, Align.CENTER, false);

	/** Place and date, 14 pt italic. */
	static final Style DATE = new Style(14, false, true, Align.CENTER, false);

	/** "Nơi nhận:", 12 pt bold italic. */
	static final Style RECIPIENTS = new Style(12, true, true, Align.LEFT, false);

	/** One recipient, 11 pt. */
	static final Style RECIPIENT = new Style(11, false, false, Align.LEFT, false);

	/** The signature block, 14 pt bold. */
	static final Style SIGNATURE = new Style(14, true, false, Align.CENTER, false);

	/** A cell of a table, 12 pt. */
	static final Style CELL = new Style(12, false, false, Align.LEFT, false);

	/** A heading cell of a table, 12 pt bold. */
	static final Style CELL_HEAD = new Style(12, true, false, Align.CENTER, false);

	/**
	 * Where a line sits between the margins.
	 */
	public enum Align {

		/** Flush left. */
		LEFT,

		/** Centred. */
		CENTER,

		/** Flush left and right. */
		JUSTIFY

	}

}
