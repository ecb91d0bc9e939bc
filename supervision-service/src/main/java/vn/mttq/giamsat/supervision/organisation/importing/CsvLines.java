package vn.mttq.giamsat.supervision.organisation.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import vn.mttq.giamsat.supervision.web.FieldProblem;

/**
 * Reads a CSV file (RFC 4180) strictly: its bytes must be text in its charset, a byte
 * order mark is dropped, the separator is the comma, semicolon or tab its header line
 * uses most (Excel writes semicolons in locales with a decimal comma), and a quoted cell
 * must end at its closing quote. A file that breaks a rule is refused naming the line.
 */
final class CsvLines {

	private static final String DELIMITERS = ",;\t";

	private static final String QUOTES = "a quoted cell ends at its closing quote, and a quote inside it is "
			+ "written twice (\"\")";

	private CsvLines() {
	}

	static List<FileLines.Line> read(byte[] file, Charset charset, ImportErrors errors) {
		String text = decode(file, charset, errors);
		if (text == null) {
			return List.of();
		}
		CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiterOf(text)).setIgnoreEmptyLines(false).get();
		List<FileLines.Line> lines = new ArrayList<>();
		long linesBefore = 0;
		try (CSVParser parser = CSVParser.parse(text, format)) {
			for (CSVRecord record : parser) {
				if (record.stream().anyMatch((value) -> !value.isBlank())) {
					if (lines.size() > FileLines.MAX_ROWS) {
						FileLines.tooManyRows(errors);
						return lines;
					}
					lines.add(new FileLines.Line((int) linesBefore + 1, record.toList()));
				}
				linesBefore = parser.getCurrentLineNumber();
			}
		}
		catch (IOException | UncheckedIOException ex) {
			int line = (int) linesBefore + 1;
			errors.add(line, String.valueOf(ex.getMessage()).contains("EOF")
					? FieldProblem.of("line[" + line + "]", "import.csv.unclosed-quote",
							"line {0} opens a quoted cell that never closes: " + QUOTES, String.valueOf(line))
					: FieldProblem.of("line[" + line + "]", "import.csv.text-after-quote",
							"line {0} has text after the closing quote of a cell: " + QUOTES, String.valueOf(line)));
		}
		return lines;
	}

	/**
	 * The separator the header line uses most; a comma when it uses none.
	 */
	static char delimiterOf(String text) {
		String header = text.lines().filter((line) -> !line.isBlank()).findFirst().orElse("");
		char delimiter = ',';
		long most = 0;
		for (char candidate : DELIMITERS.toCharArray()) {
			long count = header.chars().filter((c) -> c == candidate).count();
			if (count > most) {
				delimiter = candidate;
				most = count;
			}
		}
		return delimiter;
	}

	/**
	 * Decodes the whole file, refusing it at the first byte that is not text in the
	 * charset: a file saved in another encoding would otherwise be imported garbled.
	 */
	private static String decode(byte[] file, Charset charset, ImportErrors errors) {
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		CharBuffer text = CharBuffer.allocate((int) Math.ceil(file.length * (double) decoder.maxCharsPerByte()) + 1);
		CoderResult result = decoder.decode(ByteBuffer.wrap(file), text, true);
		if (!result.isError()) {
			result = decoder.flush(text);
		}
		text.flip();
		if (result.isError()) {
			int line = 1 + (int) text.chars().filter((c) -> c == '\n').count();
			errors.add(line, FieldProblem.of("line[" + line + "]", "import.csv.not-in-charset",
					"line {0} is not {1}: save the file as CSV UTF-8", String.valueOf(line), charset.name()));
			return null;
		}
		String decoded = text.toString();
		return decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
	}

}
