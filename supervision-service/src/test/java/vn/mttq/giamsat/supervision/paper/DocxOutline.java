package vn.mttq.giamsat.supervision.paper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * A DOCX as a plain outline a person can read and diff: one line per paragraph with its
 * alignment, bold (B), italic (I), size and font, then its text; a table as its rows and
 * cells, indented; a rule as "RULE". Page size and margins come first.
 */
final class DocxOutline {

	private DocxOutline() {
	}

	static String of(byte[] docx) {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			StringBuilder outline = new StringBuilder();
			var section = document.getDocument().getBody().getSectPr();
			outline.append("PAGE ")
				.append(section.getPgSz().getW())
				.append('x')
				.append(section.getPgSz().getH())
				.append(" margins top ")
				.append(section.getPgMar().getTop())
				.append(" bottom ")
				.append(section.getPgMar().getBottom())
				.append(" left ")
				.append(section.getPgMar().getLeft())
				.append(" right ")
				.append(section.getPgMar().getRight())
				.append('\n');
			outline.append("FIRST PAGE HEADER ").append(section.isSetTitlePg() ? "apart" : "shared").append('\n');
			for (XWPFHeader header : document.getHeaderList()) {
				for (XWPFParagraph paragraph : header.getParagraphs()) {
					String fields = paragraph.getCTP()
						.getFldSimpleList()
						.stream()
						.map((field) -> "field " + field.getInstr())
						.collect(Collectors.joining(" "));
					outline.append("HEADER ")
						.append(paragraph.getAlignment())
						.append(' ')
						.append(fields.isEmpty() ? "(empty)" : fields)
						.append('\n');
				}
			}
			elements(outline, document.getBodyElements(), "");
			return outline.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void elements(StringBuilder outline, List<IBodyElement> elements, String indent) {
		for (IBodyElement element : elements) {
			if (element instanceof XWPFParagraph paragraph) {
				outline.append(indent).append(paragraph(paragraph)).append('\n');
			}
			else if (element instanceof XWPFTable table) {
				outline.append(indent)
					.append("TABLE ")
					.append(table.getNumberOfRows())
					.append(" rows, borders ")
					.append(table.getTopBorderType() == null ? "none" : table.getTopBorderType())
					.append('\n');
				for (int r = 0; r < table.getNumberOfRows(); r++) {
					for (int c = 0; c < table.getRow(r).getTableCells().size(); c++) {
						outline.append(indent).append("  CELL ").append(r).append(',').append(c).append('\n');
						elements(outline, table.getRow(r).getCell(c).getBodyElements(), indent + "    ");
					}
				}
			}
		}
	}

	private static String paragraph(XWPFParagraph paragraph) {
		if (paragraph.getBorderTop() != Borders.NONE && paragraph.getText().isEmpty()) {
			return "RULE indents " + paragraph.getIndentationLeft() + "/" + paragraph.getIndentationRight();
		}
		List<XWPFRun> runs = paragraph.getRuns();
		if (runs.isEmpty() || paragraph.getText().isEmpty()) {
			return "(blank)";
		}
		XWPFRun run = runs.get(0);
		String flags = (run.isBold() ? "B" : "-") + (run.isItalic() ? "I" : "-");
		String indent = ((paragraph.getFirstLineIndent() > 0) ? " indent " + paragraph.getFirstLineIndent() : "")
				+ ((paragraph.getSpacingAfter() > 0) ? " after " + paragraph.getSpacingAfter() : "");
		return paragraph.getAlignment() + " " + flags + " " + run.getFontSizeAsDouble() + " " + run.getFontFamily()
				+ indent + " | " + runs.stream().map(XWPFRun::text).collect(Collectors.joining());
	}

}
