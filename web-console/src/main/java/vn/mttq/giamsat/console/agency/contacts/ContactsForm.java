package vn.mttq.giamsat.console.agency.contacts;

import java.util.Arrays;
import java.util.List;

import org.springframework.util.StringUtils;

/**
 * The contacts form: e-mails one a line, the language, the webhook's URL, and whether to
 * make a new secret.
 */
public class ContactsForm {

	private String emails = "";

	private String language = "VI";

	private String webhookUrl = "";

	private boolean newSecret;

	static ContactsForm of(Contacts contacts) {
		ContactsForm form = new ContactsForm();
		form.emails = String.join("\n", contacts.emails());
		form.language = (contacts.language() != null) ? contacts.language() : "VI";
		form.webhookUrl = (contacts.webhook() != null && contacts.webhook().url() != null) ? contacts.webhook().url()
				: "";
		return form;
	}

	List<String> emailList() {
		return Arrays.stream(this.emails.split("[\\r\\n,;]+")).map(String::strip).filter(StringUtils::hasText).toList();
	}

	public String getEmails() {
		return this.emails;
	}

	public void setEmails(String emails) {
		this.emails = (emails != null) ? emails : "";
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public String getWebhookUrl() {
		return this.webhookUrl;
	}

	public void setWebhookUrl(String webhookUrl) {
		this.webhookUrl = (webhookUrl != null) ? webhookUrl.strip() : "";
	}

	public boolean isNewSecret() {
		return this.newSecret;
	}

	public void setNewSecret(boolean newSecret) {
		this.newSecret = newSecret;
	}

}
