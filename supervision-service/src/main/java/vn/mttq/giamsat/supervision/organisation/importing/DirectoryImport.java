package vn.mttq.giamsat.supervision.organisation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import vn.mttq.giamsat.support.web.InvalidField;
import vn.mttq.giamsat.support.web.UnicodeNormalization;

/**
 * The content of an import file turned into drafts, with every row that could not be
 * read; fields are named {@code organisations[2].parentId} in JSON and
 * {@code line[5].parentId} in CSV, the line of the file counting the header as 1.
 *
 * @param units the units, in file order
 * @param unitFields the field prefix of each unit
 * @param organisations the organisations, in file order
 * @param organisationFields the field prefix of each organisation
 * @param errors what could not be read
 */
record DirectoryImport(List<UnitDraft> units, List<String> unitFields, List<OrganisationDraft> organisations,
		List<String> organisationFields, List<InvalidField> errors) {

	static DirectoryImport ofJson(JsonNode body) {
		DirectoryImport result = empty();
		if (body == null || !body.isObject() || (!body.has("administrativeUnits") && !body.has("organisations"))) {
			result.errors.add(new InvalidField(null,
					"the body must be a JSON object with 'administrativeUnits' and/or 'organisations' arrays"));
			return result;
		}
		for (String name : body.propertyNames()) {
			if (!Set.of("administrativeUnits", "organisations").contains(name)) {
				result.errors.add(new InvalidField(name, "unknown field '" + name + "'"));
			}
		}
		JsonNode units = array(body, "administrativeUnits", result.errors);
		for (int i = 0; i < units.size(); i++) {
			String prefix = "administrativeUnits[" + i + "].";
			result.units.add(DirectoryRows.unit(jsonRow(units.get(i), prefix, result.errors), prefix, result.errors));
			result.unitFields.add(prefix);
		}
		JsonNode organisations = array(body, "organisations", result.errors);
		for (int i = 0; i < organisations.size(); i++) {
			String prefix = "organisations[" + i + "].";
			result.organisations.add(DirectoryRows.organisation(jsonRow(organisations.get(i), prefix, result.errors),
					prefix, result.errors));
			result.organisationFields.add(prefix);
		}
		return result;
	}

	static DirectoryImport ofCsv(String text, boolean organisations) {
		DirectoryImport result = empty();
		List<Csv.Line> lines = Csv.parse(UnicodeNormalization.nfc(text));
		List<String> expected = organisations ? DirectoryRows.ORGANISATION_COLUMNS : DirectoryRows.UNIT_COLUMNS;
		if (lines.isEmpty()) {
			result.errors
				.add(new InvalidField(null, "the file is empty; its first line names the columns " + expected));
			return result;
		}
		List<String> header = lines.get(0).fields().stream().map(String::trim).toList();
		for (Csv.Line line : lines.subList(1, lines.size())) {
			String prefix = "line[" + line.number() + "].";
			if (line.fields().size() != header.size()) {
				result.errors.add(new InvalidField("line[" + line.number() + "]",
						"has " + line.fields().size() + " fields, the header " + header.size()));
				continue;
			}
			Map<String, String> cells = new LinkedHashMap<>();
			for (int i = 0; i < header.size(); i++) {
				cells.put(header.get(i), line.fields().get(i));
			}
			DirectoryRows.Row row = csvRow(cells);
			if (organisations) {
				result.organisations.add(DirectoryRows.organisation(row, prefix, result.errors));
				result.organisationFields.add(prefix);
			}
			else {
				result.units.add(DirectoryRows.unit(row, prefix, result.errors));
				result.unitFields.add(prefix);
			}
		}
		return result;
	}

	private static JsonNode array(JsonNode body, String name, List<InvalidField> errors) {
		JsonNode value = body.path(name);
		if (value.isMissingNode() || value.isNull() || value.isArray()) {
			return value;
		}
		errors.add(new InvalidField(name, "must be an array"));
		return tools.jackson.databind.node.MissingNode.getInstance();
	}

	private static DirectoryImport empty() {
		return new DirectoryImport(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
				new ArrayList<>());
	}

	private static DirectoryRows.Row csvRow(Map<String, String> cells) {
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

	private static DirectoryRows.Row jsonRow(JsonNode node, String prefix, List<InvalidField> errors) {
		Map<String, String> texts = new HashMap<>();
		Map<String, List<String>> lists = new HashMap<>();
		if (!node.isObject()) {
			errors.add(new InvalidField(prefix.substring(0, prefix.length() - 1), "must be a JSON object"));
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
					errors.add(new InvalidField(prefix + name, "must be a value, not an object"));
					texts.put(name, null);
				}
				else if (!value.isNull()) {
					String text = UnicodeNormalization.nfc(value.asString());
					if (text.isBlank()) {
						errors.add(new InvalidField(prefix + name, "must not be blank; leave the field out instead"));
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
