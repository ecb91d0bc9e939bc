package vn.mttq.giamsat.supervision.paper;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;

/**
 * Writes an {@link OfficialDocument} as PDF (OpenPDF): the same page, lines and tables as
 * the DOCX, in Liberation Serif embedded as Identity-H subsets, so every Vietnamese
 * letter prints and copies out as itself.
 */
final class PdfWriting {

	/** Single line spacing for Times-like faces. */
	private static final float LEADING = 1.17f;

	private PdfWriting() {
	}

	static byte[] write(OfficialDocument document) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document pdf = new Document(PageSize.A4, Page.points(Page.LEFT_MM), Page.points(Page.RIGHT_MM),
				Page.points(Page.TOP_MM), Page.points(Page.BOTTOM_MM));
		PdfWriter.getInstance(pdf, out).setPageEvent(new PageNumbers());
		pdf.addTitle(title(document));
		pdf.open();
		pdf.add(columns(document.issuerColumn(), document.nationColumn()));
		pdf.add(blank());
		for (Block block : document.body()) {
			if (block instanceof Block.Text text) {
				add(pdf, text.line(), true);
			}
			else if (block instanceof Block.Table table) {
				pdf.add(table(table));
			}
		}
		pdf.add(blank());
		PdfPTable foot = columns(document.recipients(), document.signature());
		foot.setKeepTogether(true);
		pdf.add(foot);
		pdf.close();
		return out.toByteArray();
	}

	private static String title(OfficialDocument document) {
		return document.body()
			.stream()
			.filter(Block.Text.class::isInstance)
			.map((block) -> ((Block.Text) block).line().text())
			.findFirst()
			.orElse("");
	}

	private static PdfPTable columns(List<Line> left, List<Line> right) {
		PdfPTable table = new PdfPTable(new float[] { Page.LEFT_COLUMN, 1 - Page.LEFT_COLUMN });
		table.setWidthPercentage(100);
		table.addCell(column(left));
		table.addCell(column(right));
		return table;
	}

	private static PdfPCell column(List<Line> lines) {
		PdfPCell cell = new PdfPCell();
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setPadding(0);
		for (Line line : lines) {
			cell.addElement(paragraph(line));
			if (line.rule() > 0) {
				cell.addElement(rule(line.rule()));
			}
		}
		return cell;
	}

	private static void add(Document pdf, Line line, boolean spaced) {
		Paragraph paragraph = paragraph(line);
		if (spaced) {
			paragraph.setSpacingAfter(Page.SPACING_AFTER_PT);
		}
		pdf.add(paragraph);
		if (line.rule() > 0) {
			pdf.add(rule(line.rule()));
		}
	}

	private static Paragraph paragraph(Line line) {
		Style style = line.style();
		Font font = Fonts.of(style);
		Paragraph paragraph = new Paragraph(style.size() * LEADING, line.text().isEmpty() ? " " : line.text(), font);
		paragraph.setAlignment(switch (style.align()) {
			case LEFT -> Element.ALIGN_LEFT;
			case CENTER -> Element.ALIGN_CENTER;
			case JUSTIFY -> Element.ALIGN_JUSTIFIED;
		});
		if (style.indent()) {
			paragraph.setFirstLineIndent(Page.points(Page.INDENT_MM));
		}
		return paragraph;
	}

	private static Paragraph rule(float share) {
		Chunk line = new Chunk(new LineSeparator(0.5f, share * 100, Color.BLACK, Element.ALIGN_CENTER, 0));
		// The separator is drawn, not written; the font only keeps the default face out.
		line.setFont(Fonts.of(Style.HEAD));
		Paragraph rule = new Paragraph(5, line);
		rule.setSpacingAfter(4);
		return rule;
	}

	private static PdfPTable table(Block.Table table) {
		float[] widths = new float[table.widths().size()];
		for (int i = 0; i < widths.length; i++) {
			widths[i] = table.widths().get(i);
		}
		PdfPTable grid = new PdfPTable(widths);
		grid.setWidthPercentage(100);
		grid.setHeaderRows(1);
		grid.setSpacingAfter(Page.SPACING_AFTER_PT);
		table.header().forEach((text) -> grid.addCell(cell(Line.of(text, Style.CELL_HEAD))));
		table.rows().forEach((row) -> row.forEach((text) -> grid.addCell(cell(Line.of(text, Style.CELL)))));
		return grid;
	}

	private static PdfPCell cell(Line line) {
		PdfPCell cell = new PdfPCell();
		cell.setBorderWidth(0.5f);
		cell.setPadding(3);
		cell.setPaddingTop(0);
		cell.setUseAscender(true);
		cell.addElement(paragraph(line));
		return cell;
	}

	/**
	 * Decree 30: pages are numbered from the second, centred in the top margin.
	 */
	private static final class PageNumbers extends PdfPageEventHelper {

		@Override
		public void onEndPage(PdfWriter writer, Document document) {
			int page = writer.getPageNumber();
			if (page > 1) {
				float x = (document.left() + document.right()) / 2;
				float y = document.getPageSize().getHeight() - Page.points(Page.TOP_MM) / 2;
				ColumnText
					.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
							new Phrase(String.valueOf(page),
									Fonts.of(new Style(Page.NUMBER_PT, false, false, Style.Align.CENTER, false))),
							x, y, 0);
			}
		}

	}

	private static Paragraph blank() {
		return new Paragraph(14, " ", Fonts.of(Style.BODY));
	}

}
