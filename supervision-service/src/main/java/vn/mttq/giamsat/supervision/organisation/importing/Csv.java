package vn.mttq.giamsat.supervision.organisation.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV: fields separated by commas, optionally quoted with double quotes (a
 * quote inside doubled), records separated by line breaks, which a quoted field may hold.
 */
final class Csv {

	private Csv() {
	}

	/**
	 * One record and the line of the file it starts on.
	 */
	record Line(int number, List<String> fields) {
	}

	static List<Line> parse(String text) {
		List<Line> lines = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		int line = 1;
		int recordStart = 1;
		String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
		for (int i = 0; i < body.length(); i++) {
			char c = body.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					line += (c == '\n') ? 1 : 0;
					field.append(c);
				}
			}
			else if (c == '"' && field.isEmpty()) {
				quoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
					i++;
				}
				fields.add(field.toString());
				field.setLength(0);
				addUnlessBlank(lines, recordStart, fields);
				fields = new ArrayList<>();
				line++;
				recordStart = line;
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		addUnlessBlank(lines, recordStart, fields);
		return lines;
	}

	private static void addUnlessBlank(List<Line> lines, int number, List<String> fields) {
		if (fields.stream().anyMatch((value) -> !value.isBlank())) {
			lines.add(new Line(number, List.copyOf(fields)));
		}
	}

}
