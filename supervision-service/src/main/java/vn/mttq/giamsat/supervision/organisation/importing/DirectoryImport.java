package vn.mttq.giamsat.supervision.organisation.importing;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import vn.mttq.giamsat.supervision.organisation.OrganisationDraft;
import vn.mttq.giamsat.supervision.organisation.UnitDraft;
import vn.mttq.giamsat.supervision.web.FieldProblem;
import vn.mttq.giamsat.support.domain.Phrase;
import vn.mttq.giamsat.support.text.TextRules;
import vn.mttq.giamsat.support.web.UnicodeNormalization;

/**
 * The content of an import file turned into drafts, with every row that could not be
 * read; fields are named {@code organisations[2].parentId} in JSON and
 * {@code line[5].parentId} in CSV and XLSX, the line of the file counting the header as
 * 1.
 *
 * @param rows how many rows the file has, read or not
 * @param units the units, in file order
 * @param organisations the organisations, in file order
 * @param errors what could not be read
 */
record DirectoryImport(int rows, List<ImportRow<UnitDraft>> units, List<ImportRow<OrganisationDraft>> organisations,
		ImportErrors errors) {

	static DirectoryImport ofJson(JsonNode body) {
		List<ImportRow<UnitDraft>> units = new ArrayList<>();
		List<ImportRow<OrganisationDraft>> organisations = new ArrayList<>();
		ImportErrors errors = new ImportErrors();
		if (body == null || !body.isObject() || (!body.has("administrativeUnits") && !body.has("organisations"))) {
			errors.add(0, FieldProblem.of(null, "import.json.not-an-object",
					"the body must be a JSON object with ''administrativeUnits'' and/or ''organisations'' arrays"));
			return new DirectoryImport(0, units, organisations, errors);
		}
		for (String name : body.propertyNames()) {
			if (!Set.of("administrativeUnits", "organisations").contains(name)) {
				errors.add(0, FieldProblem.of(name, "import.json.unknown-field", "unknown field ''{0}''", name));
			}
		}
		JsonNode unitNodes = array(body, "administrativeUnits", errors);
		for (int i = 0; i < unitNodes.size(); i++) {
			String prefix = "administrativeUnits[" + i + "].";
			List<FieldProblem> read = new ArrayList<>();
			UnitDraft unit = DirectoryRows.unit(jsonRow(unitNodes.get(i), prefix, read), prefix, read);
			units.add(ImportRow.of(i + 1, prefix, unit, read, errors));
		}
		JsonNode organisationNodes = array(body, "organisations", errors);
		for (int i = 0; i < organisationNodes.size(); i++) {
			String prefix = "organisations[" + i + "].";
			List<FieldProblem> read = new ArrayList<>();
			OrganisationDraft organisation = DirectoryRows.organisation(jsonRow(organisationNodes.get(i), prefix, read),
					prefix, read);
			organisations.add(ImportRow.of(units.size() + i + 1, prefix, organisation, read, errors));
		}
		return new DirectoryImport(units.size() + organisations.size(), units, organisations, errors);
	}

	/**
	 * Reads a CSV or XLSX file of units or of organisations. Every cell is one line of
	 * text: a cell with a tab, a line break, a control, bidirectional or zero-width
	 * character is an error naming its line and column. A file that cannot be read
	 * ({@link FileLines}) is reported by its reading errors alone.
	 */
	static DirectoryImport ofTable(byte[] file, Charset charset, boolean organisations) {
		List<ImportRow<UnitDraft>> units = new ArrayList<>();
		List<ImportRow<OrganisationDraft>> bodies = new ArrayList<>();
		ImportErrors errors = new ImportErrors();
		List<FileLines.Line> lines = FileLines.read(file, charset, errors);
		List<String> expected = organisations ? DirectoryRows.ORGANISATION_COLUMNS : DirectoryRows.UNIT_COLUMNS;
		if (lines.isEmpty() && errors.isEmpty()) {
			errors.add(0, FieldProblem.of(null, "import.file.empty",
					"the file is empty; its first line names the columns {0}", expected.toString()));
		}
		if (!errors.isEmpty()) {
			return new DirectoryImport(Math.max(0, lines.size() - 1), units, bodies, errors);
		}
		List<String> header = lines.get(0)
			.fields()
			.stream()
			.map((name) -> UnicodeNormalization.nfc(name).trim())
			.toList();
		for (FileLines.Line line : lines.subList(1, lines.size())) {
			String prefix = "line[" + line.number() + "].";
			if (line.fields().size() != header.size()) {
				errors.add(line.number(),
						FieldProblem.of("line[" + line.number() + "]", "import.file.field-count",
								"has {0} fields, the header {1}", String.valueOf(line.fields().size()),
								String.valueOf(header.size())));
				continue;
			}
			List<FieldProblem> read = new ArrayList<>();
			Map<String, String> cells = new LinkedHashMap<>();
			for (int i = 0; i < header.size(); i++) {
				String cell = UnicodeNormalization.nfc(line.fields().get(i));
				Phrase problem = TextRules.singleLineProblemPhraseOf(cell);
				if (problem != null) {
					read.add(new FieldProblem(prefix + header.get(i), problem));
				}
				cells.put(header.get(i), (problem != null) ? null : cell);
			}
			DirectoryRows.Row row = tableRow(cells);
			if (organisations) {
				bodies.add(ImportRow.of(line.number(), prefix, DirectoryRows.organisation(row, prefix, read), read,
						errors));
			}
			else {
				units.add(ImportRow.of(line.number(), prefix, DirectoryRows.unit(row, prefix, read), read, errors));
			}
		}
		return new DirectoryImport(lines.size() - 1, units, bodies, errors);
	}

	private static JsonNode array(JsonNode body, String name, ImportErrors errors) {
		JsonNode value = body.path(name);
		if (value.isMissingNode() || value.isNull() || value.isArray()) {
			return value;
		}
		errors.add(0, FieldProblem.of(name, "import.json.not-an-array", "must be an array"));
		return tools.jackson.databind.node.MissingNode.getInstance();
	}

	private static DirectoryRows.Row tableRow(Map<String, String> cells) {
		return new DirectoryRows.Row() {

			@Override
			public Set<String> columns() {
				return cells.keySet();
			}

			@Override
			public String text(String column) {
				String value = cells.get(column);
				return (value == null || value.isBlank()) ? null : value.trim();
			}

			@Override
			public List<String> list(String column) {
				return DirectoryRows.splitList(cells.get(column));
			}

		};
	}

	private static DirectoryRows.Row jsonRow(JsonNode node, String prefix, List<FieldProblem> errors) {
		Map<String, String> texts = new HashMap<>();
		Map<String, List<String>> lists = new HashMap<>();
		if (!node.isObject()) {
			errors.add(FieldProblem.of(prefix.substring(0, prefix.length() - 1), "import.json.row-not-an-object",
					"must be a JSON object"));
		}
		else {
			for (String name : node.propertyNames()) {
				JsonNode value = node.get(name);
				if (value.isArray()) {
					List<String> values = new ArrayList<>();
					value.forEach((element) -> values.add(UnicodeNormalization.nfc(element.asString())));
					lists.put(name, values);
					texts.put(name, null);
				}
				else if (value.isObject()) {
					errors.add(FieldProblem.of(prefix + name, "import.json.object-value",
							"must be a value, not an object"));
					texts.put(name, null);
				}
				else if (!value.isNull()) {
					String text = UnicodeNormalization.nfc(value.asString());
					if (text.isBlank()) {
						errors.add(FieldProblem.of(prefix + name, "import.json.blank",
								"must not be blank; leave the field out instead"));
					}
					texts.put(name, text.isBlank() ? null : text);
				}
				else {
					texts.put(name, null);
				}
			}
		}
		return new DirectoryRows.Row() {

			@Override
			public Set<String> columns() {
				return texts.keySet();
			}

			@Override
			public String text(String column) {
				return texts.get(column);
			}

			@Override
			public List<String> list(String column) {
				return lists.getOrDefault(column, List.of());
			}

		};
	}

}
