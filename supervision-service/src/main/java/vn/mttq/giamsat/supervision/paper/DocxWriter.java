package vn.mttq.giamsat.supervision.paper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Supplier;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;

/**
 * Writes an {@link OfficialDocument} as DOCX (Apache POI): A4, Decree 30's margins, Times
 * New Roman, the letterhead and foot as borderless two-column tables.
 */
final class DocxWriter {

	private DocxWriter() {
	}

	static byte[] write(OfficialDocument document) {
		try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			page(docx);
			columns(docx, document.issuerColumn(), document.nationColumn());
			blank(docx);
			for (Block block : document.body()) {
				if (block instanceof Block.Text text) {
					add(() -> spaced(docx.createParagraph()), text.line(), Page.textWidthMm());
				}
				else if (block instanceof Block.Table table) {
					table(docx, table);
				}
			}
			blank(docx);
			columns(docx, document.recipients(), document.signature());
			docx.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the document", ex);
		}
	}

	private static void page(XWPFDocument docx) {
		CTBody document = docx.getDocument().getBody();
		CTSectPr section = document.isSetSectPr() ? document.getSectPr() : document.addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(Page.twips(Page.WIDTH_MM)));
		size.setH(BigInteger.valueOf(Page.twips(Page.HEIGHT_MM)));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(Page.twips(Page.TOP_MM)));
		margins.setBottom(BigInteger.valueOf(Page.twips(Page.BOTTOM_MM)));
		margins.setLeft(BigInteger.valueOf(Page.twips(Page.LEFT_MM)));
		margins.setRight(BigInteger.valueOf(Page.twips(Page.RIGHT_MM)));
		margins.setHeader(BigInteger.valueOf(Page.twips(Page.TOP_MM / 2)));
		margins.setFooter(BigInteger.valueOf(Page.twips(Page.BOTTOM_MM / 2)));
		margins.setGutter(BigInteger.ZERO);
		pageNumbers(docx, section);
	}

	/**
	 * Decree 30: pages are numbered from the second, centred in the top margin, 13 pt;
	 * the first page's header is empty.
	 */
	private static void pageNumbers(XWPFDocument docx, CTSectPr section) {
		docx.createHeader(HeaderFooterType.FIRST).createParagraph();
		XWPFParagraph number = docx.createHeader(HeaderFooterType.DEFAULT).createParagraph();
		number.setAlignment(ParagraphAlignment.CENTER);
		CTSimpleField field = number.getCTP().addNewFldSimple();
		field.setInstr("PAGE");
		CTRPr font = field.addNewR().addNewRPr();
		font.addNewRFonts().setAscii(Page.FONT);
		font.getRFontsArray(0).setHAnsi(Page.FONT);
		font.addNewSz().setVal(BigInteger.valueOf(Math.round(Page.NUMBER_PT * 2)));
		if (!section.isSetTitlePg()) {
			section.addNewTitlePg();
		}
	}

	private static void columns(XWPFDocument docx, List<Line> left, List<Line> right) {
		XWPFTable table = docx.createTable(1, 2);
		table.removeBorders();
		table.setWidthType(TableWidthType.DXA);
		table.setWidth(Page.twips(Page.textWidthMm()));
		float leftMm = Page.textWidthMm() * Page.LEFT_COLUMN;
		fill(table.getRow(0).getCell(0), left, leftMm);
		fill(table.getRow(0).getCell(1), right, Page.textWidthMm() - leftMm);
	}

	private static void fill(XWPFTableCell cell, List<Line> lines, float widthMm) {
		cell.setWidthType(TableWidthType.DXA);
		cell.setWidth(String.valueOf(Page.twips(widthMm)));
		cell.removeParagraph(0);
		lines.forEach((line) -> add(cell::addParagraph, line, widthMm));
	}

	private static void table(XWPFDocument docx, Block.Table table) {
		XWPFTable grid = docx.createTable(table.rows().size() + 1, table.header().size());
		grid.setWidthType(TableWidthType.DXA);
		grid.setWidth(Page.twips(Page.textWidthMm()));
		int total = table.widths().stream().mapToInt(Integer::intValue).sum();
		row(grid.getRow(0), table.header(), Style.CELL_HEAD, table.widths(), total);
		for (int i = 0; i < table.rows().size(); i++) {
			row(grid.getRow(i + 1), table.rows().get(i), Style.CELL, table.widths(), total);
		}
	}

	private static void row(XWPFTableRow row, List<String> cells, Style style, List<Integer> widths, int total) {
		for (int i = 0; i < cells.size(); i++) {
			XWPFTableCell cell = row.getCell(i);
			float widthMm = Page.textWidthMm() * widths.get(i) / total;
			cell.setWidthType(TableWidthType.DXA);
			cell.setWidth(String.valueOf(Page.twips(widthMm)));
			set(cell.getParagraphs().get(0), Line.of(cells.get(i), style));
		}
	}

	/**
	 * A line, and under it its rule: an empty paragraph of 1 pt whose top border the
	 * indents shorten to the rule's length, centred in the column.
	 */
	private static void add(Supplier<XWPFParagraph> next, Line line, float columnMm) {
		set(next.get(), line);
		if (line.rule() > 0) {
			XWPFParagraph rule = next.get();
			int indent = Page.twips(columnMm * (1 - line.rule()) / 2);
			rule.setIndentationLeft(indent);
			rule.setIndentationRight(indent);
			rule.setBorderTop(Borders.SINGLE);
			rule.setSpacingAfter(0);
			rule.setSpacingBefore(0);
			rule.createRun().setFontSize(1);
		}
	}

	private static void set(XWPFParagraph paragraph, Line line) {
		Style style = line.style();
		paragraph.setAlignment(switch (style.align()) {
			case LEFT -> ParagraphAlignment.LEFT;
			case CENTER -> ParagraphAlignment.CENTER;
			case JUSTIFY -> ParagraphAlignment.BOTH;
		});
		paragraph.setSpacingBefore(0);
		if (paragraph.getSpacingAfter() < 0) {
			paragraph.setSpacingAfter(0);
		}
		if (style.indent()) {
			paragraph.setFirstLineIndent(Page.twips(Page.INDENT_MM));
		}
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(Page.FONT);
		run.setFontSize(style.size());
		run.setBold(style.bold());
		run.setItalic(style.italic());
		run.setText(line.text());
	}

	/** A paragraph of the body, 6 pt above the next. */
	private static XWPFParagraph spaced(XWPFParagraph paragraph) {
		paragraph.setSpacingAfter(Math.round(Page.SPACING_AFTER_PT * 20));
		return paragraph;
	}

	private static void blank(XWPFDocument docx) {
		docx.createParagraph().setSpacingAfter(0);
	}

}
