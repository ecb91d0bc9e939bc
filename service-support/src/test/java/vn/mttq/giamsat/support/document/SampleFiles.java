package vn.mttq.giamsat.support.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Small files of each kind, shaped as their programs write them: the first bytes that
 * tell their type, then filler.
 */
final class SampleFiles {

	private SampleFiles() {
	}

	static byte[] pdf(int size) {
		return padded("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", size);
	}

	static byte[] png() {
		return padded("\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000\u0000\u0001\u0000\u0000\u0000\u0001",
				200);
	}

	static byte[] jpeg() {
		return padded("\u00ff\u00d8\u00ff\u00e0\u0000\u0010JFIF\u0000\u0001\u0001", 200);
	}

	static byte[] exe() {
		return padded("MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000\u0000\u0000\u00ff\u00ff", 300);
	}

	static byte[] html() {
		return "<!DOCTYPE html>\n<html><head><title>x</title></head><body><script>alert(1)</script></body></html>"
			.getBytes(StandardCharsets.UTF_8);
	}

	static byte[] docx() {
		return office("word/document.xml",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
	}

	static byte[] xlsx() {
		return office("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
	}

	static byte[] pptx() {
		return office("ppt/presentation.xml",
				"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml");
	}

	static byte[] zip() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("notes.txt"));
			zip.write("hello".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** An OpenDocument text: its first entry {@code mimetype}, stored, names its type. */
	static byte[] odt() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			byte[] mimetype = DocumentTypes.ODT.getBytes(StandardCharsets.US_ASCII);
			ZipEntry first = new ZipEntry("mimetype");
			first.setMethod(ZipEntry.STORED);
			first.setSize(mimetype.length);
			CRC32 crc = new CRC32();
			crc.update(mimetype);
			first.setCrc(crc.getValue());
			zip.putNextEntry(first);
			zip.write(mimetype);
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("content.xml"));
			zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static byte[] office(String mainPart, String mainType) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(
					("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
							+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/"
							+ mainPart + "\" ContentType=\"" + mainType + "\"/></Types>")
						.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("_rels/.rels"));
			zip.write("<Relationships/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry(mainPart));
			zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static byte[] padded(String start, int size) {
		byte[] head = start.getBytes(StandardCharsets.ISO_8859_1);
		byte[] file = new byte[Math.max(size, head.length)];
		System.arraycopy(head, 0, file, 0, head.length);
		for (int i = head.length; i < file.length; i++) {
			file[i] = (byte) ('a' + (i % 26));
		}
		return file;
	}

}
