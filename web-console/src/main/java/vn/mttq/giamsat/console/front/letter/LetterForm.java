package vn.mttq.giamsat.console.front.letter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.StringUtils;

/**
 * The letter as typed, row by row; it travels whole with each submit (add a row, remove
 * one, preview, issue), so nothing typed is lost. A form binding target, hence mutable.
 */
public class LetterForm {

	private String number;

	private String issuedOn;

	private String subject;

	private String kind = "RECOMMENDATION";

	private String signedScanId;

	private List<ItemRow> items = new ArrayList<>(List.of(new ItemRow()));

	/** The request supervision-service reads to issue the letter. */
	Map<String, Object> toRequest() {
		Map<String, Object> letter = new LinkedHashMap<>();
		letter.put("number", strip(this.number));
		letter.put("issuedOn", strip(this.issuedOn));
		letter.put("subject", strip(this.subject));
		letter.put("kind", strip(this.kind));
		letter.put("items", this.items.stream().map(ItemRow::toRequest).toList());
		if (StringUtils.hasText(this.signedScanId)) {
			letter.put("documents", List.of(this.signedScanId));
		}
		return letter;
	}

	/**
	 * Each field supervision-service may name, mapped to this form's field: the same
	 * names, but a row's period under {@code dueDays}/{@code dueCounting} and its copies
	 * under {@code copies}.
	 */
	Map<String, String> fieldNames() {
		Map<String, String> fields = new LinkedHashMap<>();
		for (String name : List.of("number", "issuedOn", "subject", "kind")) {
			fields.put(name, name);
		}
		fields.put("documents", "signedScan");
		fields.put("documents[0]", "signedScan");
		for (int i = 0; i < this.items.size(); i++) {
			String row = "items[" + i + "].";
			for (String name : List.of("addresseeAgencyId", "content", "type", "dueDate")) {
				fields.put(row + name, row + name);
			}
			fields.put(row + "dueRule", row + "dueDays");
			fields.put(row + "dueRule.days", row + "dueDays");
			fields.put(row + "dueRule.counting", row + "dueCounting");
			fields.put(row + "copyRecipientIds", row + "copies");
		}
		return fields;
	}

	void addRow() {
		this.items.add(new ItemRow());
	}

	/** Removes a row; the last one stays, emptied. */
	void removeRow(int index) {
		if (index >= 0 && index < this.items.size()) {
			this.items.remove(index);
		}
		if (this.items.isEmpty()) {
			this.items.add(new ItemRow());
		}
	}

	private static String strip(String value) {
		return StringUtils.hasText(value) ? value.strip() : null;
	}

	public String getNumber() {
		return this.number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public String getIssuedOn() {
		return this.issuedOn;
	}

	public void setIssuedOn(String issuedOn) {
		this.issuedOn = issuedOn;
	}

	public String getSubject() {
		return this.subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getSignedScanId() {
		return this.signedScanId;
	}

	public void setSignedScanId(String signedScanId) {
		this.signedScanId = signedScanId;
	}

	public List<ItemRow> getItems() {
		return this.items;
	}

	public void setItems(List<ItemRow> items) {
		this.items = (items != null) ? new ArrayList<>(items) : new ArrayList<>();
		this.items.replaceAll((row) -> (row != null) ? row : new ItemRow());
		if (this.items.isEmpty()) {
			this.items.add(new ItemRow());
		}
	}

	/**
	 * One item as typed: the addressee, the content, the type, and either a due date or a
	 * period (days and how they count), and the copies (organisation ids, separated by
	 * commas).
	 */
	public static class ItemRow {

		private String addresseeAgencyId;

		private String content;

		private String type;

		private String dueDate;

		private String dueDays;

		private String dueCounting;

		private String copies;

		Map<String, Object> toRequest() {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("addresseeAgencyId", strip(this.addresseeAgencyId));
			item.put("content", strip(this.content));
			item.put("type", strip(this.type));
			item.put("dueDate", strip(this.dueDate));
			if (StringUtils.hasText(this.dueDays) || StringUtils.hasText(this.dueCounting)) {
				Map<String, Object> rule = new LinkedHashMap<>();
				rule.put("days", days());
				rule.put("counting", strip(this.dueCounting));
				item.put("dueRule", rule);
			}
			item.put("copyRecipientIds", copyRecipientIds());
			return item;
		}

		/** The days typed, or null when none or not a whole number. */
		Integer days() {
			try {
				return StringUtils.hasText(this.dueDays) ? Integer.valueOf(this.dueDays.strip()) : null;
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}

		boolean daysUnreadable() {
			return StringUtils.hasText(this.dueDays) && days() == null;
		}

		List<String> copyRecipientIds() {
			if (!StringUtils.hasText(this.copies)) {
				return List.of();
			}
			return Arrays.stream(this.copies.split("[,;\\s]+")).filter(StringUtils::hasText).toList();
		}

		public String getAddresseeAgencyId() {
			return this.addresseeAgencyId;
		}

		public void setAddresseeAgencyId(String addresseeAgencyId) {
			this.addresseeAgencyId = addresseeAgencyId;
		}

		public String getContent() {
			return this.content;
		}

		public void setContent(String content) {
			this.content = content;
		}

		public String getType() {
			return this.type;
		}

		public void setType(String type) {
			this.type = type;
		}

		public String getDueDate() {
			return this.dueDate;
		}

		public void setDueDate(String dueDate) {
			this.dueDate = dueDate;
		}

		public String getDueDays() {
			return this.dueDays;
		}

		public void setDueDays(String dueDays) {
			this.dueDays = dueDays;
		}

		public String getDueCounting() {
			return this.dueCounting;
		}

		public void setDueCounting(String dueCounting) {
			this.dueCounting = dueCounting;
		}

		public String getCopies() {
			return this.copies;
		}

		public void setCopies(String copies) {
			this.copies = copies;
		}

	}

}
