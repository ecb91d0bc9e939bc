package vn.mttq.giamsat.endtoend.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * What the people of a supervision do in the console, page by page: the Front official
 * records an activity and issues its letter, each agency finds its items and answers, the
 * official closes one, the monitor reads the figures. Every step is a form a person fills
 * in; only the services' event pipeline is waited for, by reloading a page.
 */
final class SupervisionStory {

	static final String DEPARTMENT = "so-nong-nghiep-moi-truong-dien-bien";

	static final String DEPARTMENT_NAME = "Sở Nông nghiệp và Môi trường tỉnh Điện Biên";

	static final String COMMUNE = "ubnd-xa-muong-phang";

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

	private final Browser browser;

	private final ConsolePages console;

	SupervisionStory(Browser browser, ConsolePages console) {
		this.browser = browser;
		this.console = console;
	}

	/** Signs out whoever was signed in and signs in as the given demo user. */
	void signIn(String username, String home) {
		this.browser.forgetEverything();
		this.console.signIn(username, home);
	}

	/**
	 * Records a supervision by a delegation of the official's body, finding each agency
	 * by searching the directory.
	 * @return the activity's page
	 */
	String recordActivity(String title) {
		this.console.open("/mat-tran/hoat-dong/moi");
		tick("Nông nghiệp và Môi trường", DEPARTMENT);
		tick("Mường Phăng", COMMUNE);
		this.browser.choose("#kind", "SUPERVISION");
		this.browser.choose("#form", "DELEGATION");
		this.browser.choose("#level", "PROVINCE");
		this.browser.find("#title").sendKeys(title);
		this.browser.date("#startDate", TODAY.minusDays(10));
		this.browser.date("#endDate", TODAY.minusDays(3));
		this.browser.submit(this.browser.find("button[name=record]:not(.front-default-submit)"),
				"/mat-tran/hoat-dong/{id}");
		return this.console.path();
	}

	private void tick(String query, String agencyId) {
		WebElement search = this.browser.find("#agencyQuery");
		search.clear();
		search.sendKeys(query);
		this.browser.submit(this.browser.find("button[name=searchAgencies]"), "/mat-tran/hoat-dong (search)");
		WebElement agency = this.browser.find("input[name=supervisedAgencyIds][value='" + agencyId + "']");
		if (!agency.isSelected()) {
			agency.click();
		}
	}

	/**
	 * Writes a letter of the given items on the activity's new-letter form, one row each
	 * (added with the form's button), due dates left to the law, and previews it.
	 * @return what the preview shows of each item
	 */
	List<PreviewedItem> previewLetter(String activityPage, String number, List<Item> items) {
		this.console.open(activityPage + "/van-ban/moi");
		this.browser.find("#number").sendKeys(number);
		this.browser.date("#issuedOn", TODAY);
		this.browser.find("#subject").sendKeys("Kiến nghị sau giám sát " + number);
		this.browser.choose("#kind", "RECOMMENDATION");
		for (int row = 1; row < items.size(); row++) {
			this.browser.submit(this.browser.find("button[name=addItem]"), "/mat-tran/hoat-dong/{id}/van-ban (add)");
		}
		for (int row = 0; row < items.size(); row++) {
			String field = "[name='items[" + row + "].";
			this.browser.choose("select" + field + "addresseeAgencyId']", items.get(row).agencyId());
			this.browser.find("textarea" + field + "content']").sendKeys(items.get(row).content());
			this.browser.choose("select" + field + "type']", "REMEDY_VIOLATION");
		}
		this.browser.submit(this.browser.find("p.actions button[name=preview]"),
				"/mat-tran/hoat-dong/{id}/van-ban (preview)");
		return this.browser.findAll("ol.front-preview > li")
			.stream()
			.map((item) -> new PreviewedItem(item.findElement(By.cssSelector(".front-due")).getText(),
					item.findElement(By.cssSelector(".front-explanation")).getText()))
			.toList();
	}

	/** Issues the previewed letter, without a signed scan. */
	void issue() {
		this.browser.submit(this.browser.find("button[name=issue]"), "/mat-tran/hoat-dong/{id}/van-ban/{id}");
	}

	/**
	 * Reloads the agency's list of items until the one with this content shows (the
	 * letter reaches recommendation-service by an event), then opens it.
	 * @return the item's id
	 */
	String openNewItem(String content) {
		this.browser.poll("the agency's list never showed: " + content, () -> {
			this.console.open("/co-quan/kien-nghi");
			return this.console.text().contains(content);
		});
		WebElement item = this.browser.findAll("ul.items > li")
			.stream()
			.filter((listed) -> listed.getText().contains(content))
			.findFirst()
			.orElseThrow();
		this.browser.submit(item.findElement(By.cssSelector("a")), "/co-quan/kien-nghi/{id}");
		return this.console.path().substring("/co-quan/kien-nghi/".length());
	}

	/**
	 * Answers the open item on the agency's form.
	 * @param evidence a file to upload as evidence, or null
	 * @return the confirmation the page shows
	 */
	String answer(String action, String note, Path evidence) {
		this.browser.find("input[name=action][value=" + action + "]").click();
		this.browser.find("#note").sendKeys(note);
		if (evidence != null) {
			this.browser.find("#evidence").sendKeys(evidence.toAbsolutePath().toString());
		}
		this.browser.submit(this.browser.find("form[action*='/tra-loi'] button[type=submit]"),
				"/co-quan/kien-nghi/{id} (answered)");
		return this.browser.find(".notice-ok").getText();
	}

	/**
	 * The Front official takes a step on the item's page, e.g. closes it as resolved.
	 * @return the confirmation the page shows
	 */
	String review(String itemId, String action) {
		this.console.open("/mat-tran/kien-nghi/" + itemId);
		this.browser.submit(
				this.browser
					.find("form.front-action:has(input[name=action][value=" + action + "]) button[type=submit]"),
				"/mat-tran/kien-nghi/{id} (reviewed)");
		return this.browser.find(".notice-ok").getText();
	}

	/** The agency's row of the overview's table of results, cell by cell. */
	List<String> figuresOf(String agencyName) {
		this.console.open("/tong-quan");
		return this.browser.findAll("#scorecards tbody tr")
			.stream()
			.filter((row) -> row.findElement(By.cssSelector("th")).getText().contains(agencyName))
			.findFirst()
			.map((row) -> row.findElements(By.cssSelector("td")).stream().map(WebElement::getText).toList())
			.orElse(List.of());
	}

	/** A small PDF to upload as evidence. */
	static Path evidencePdf() {
		try {
			Path pdf = Files.createTempFile("bien-ban-nghiem-thu-", ".pdf");
			Files.writeString(pdf, """
					%PDF-1.4
					1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
					2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
					trailer << /Root 1 0 R >>
					%%EOF
					""", StandardCharsets.US_ASCII);
			pdf.toFile().deleteOnExit();
			return pdf;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * An item of the letter as the official types it.
	 *
	 * @param agencyId its addressee
	 * @param content what the Front recommends
	 */
	record Item(String agencyId, String content) {

	}

	/**
	 * An item as the preview shows it.
	 *
	 * @param dueDate its due date, dd/MM/yyyy
	 * @param explanation how the date was reckoned
	 */
	record PreviewedItem(String dueDate, String explanation) {

	}

}
