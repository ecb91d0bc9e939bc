package vn.mttq.giamsat.notification.message;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import vn.mttq.giamsat.notification.document.DocumentLinks;
import vn.mttq.giamsat.notification.recipients.DueDate;
import vn.mttq.giamsat.notification.recipients.NotifiableEvent;
import vn.mttq.giamsat.notification.recipients.Recipient;
import vn.mttq.giamsat.notification.recipients.RecipientRole;
import vn.mttq.giamsat.notification.recipients.RecipientRules;
import vn.mttq.giamsat.support.directory.KnownOrganisation;
import vn.mttq.giamsat.support.directory.OrganisationDirectory;
import vn.mttq.giamsat.support.domain.ResourceNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * The message templates, in both languages, for every kind of event and role.
 */
class MessageTemplatesTests {

	static final String[] LETTER_KINDS = { "RECOMMENDATION", "SOCIAL_CRITICISM", "OPINION", null };

	final OrganisationDirectory directory = mock(OrganisationDirectory.class);

	final Map<String, String> overrides = new java.util.HashMap<>();

	MessageTemplates templates() {
		given(this.directory.nameOf(anyString())).willAnswer((call) -> "«" + call.getArgument(0) + "»");
		given(this.directory.find(anyString())).willReturn(Optional.<KnownOrganisation>empty());
		return new MessageTemplates(this.directory, (language) -> this.overrides, "https://giamsat.example/api/v1/",
				LINKS);
	}

	@Test
	void rendersEveryKindAndRoleInBothLanguagesWithContentDueDateAndLink() {
		MessageTemplates templates = templates();
		for (Language language : Language.values()) {
			for (String kind : RecipientRules.KINDS) {
				for (RecipientRole role : RecipientRole.values()) {
					for (String letterKind : LETTER_KINDS) {
						RenderedMessage message = templates.render(event(kind, letterKind, PROVISIONAL),
								new Recipient("so-x", role), language);
						assertThat(message.title() + "\n" + message.body())
							.as("%s %s %s %s", language, kind, role, letterKind)
							.doesNotContain("{")
							.doesNotContain("}");
					}
					RenderedMessage message = templates.render(event(kind), new Recipient("so-x", role), language);
					String text = message.title() + "\n" + message.body();
					assertThat(text).as("%s %s %s", language, kind, role).doesNotContain("{").doesNotContain("}");
					assertThat(message.body()).as("%s %s", language, kind)
						.contains("Rà soát danh sách hộ nghèo")
						.contains("04/05/2026")
						.contains("https://giamsat.example/api/v1/recommendations/rec-1");
				}
			}
		}
	}

	@Test
	void theFirstNoticeTellsWhenToAnswerByAndHowTheDateWasComputed() {
		MessageTemplates templates = templates();
		Recipient agency = new Recipient("so-x", RecipientRole.ADDRESSEE);

		RenderedMessage vi = templates.render(event("TRACKED"), agency, Language.VI);
		RenderedMessage en = templates.render(event("TRACKED"), agency, Language.EN);

		assertThat(vi.title()).isEqualTo("Kiến nghị mới theo văn bản số 125/KN-MTTQ-BTT");
		assertThat(vi.body())
			.contains("«ubmttq-tinh» kiến nghị (văn bản số 125/KN-MTTQ-BTT ngày 02/04/2026) gửi «so-x»")
			.contains("Hạn trả lời: 04/05/2026.")
			.contains(
					"Cách xác định hạn: Hạn tính theo 15 ngày làm việc kể từ ngày nhận (Điều 40.1.c Luật số 10/2022).");
		assertThat(en.title()).isEqualTo("New recommendation in letter 125/KN-MTTQ-BTT");
		assertThat(en.body()).contains("of 02/04/2026").contains("Answer by 04/05/2026.");
		assertThat(
				templates.render(event("TRACKED"), new Recipient("ubnd-tinh", RecipientRole.COPY), Language.VI).body())
			.contains("gửi bản sao")
			.contains("Hạn trả lời: 04/05/2026.");
	}

	@Test
	void theFirstNoticeSaysWhetherARecommendationASocialCriticismOrAnOpinionWasIssued() {
		MessageTemplates templates = templates();
		Recipient agency = new Recipient("so-x", RecipientRole.ADDRESSEE);
		Recipient copy = new Recipient("ubnd-tinh", RecipientRole.COPY);

		RenderedMessage criticism = templates.render(event("TRACKED", "SOCIAL_CRITICISM", FIRM), agency, Language.VI);
		RenderedMessage opinion = templates.render(event("TRACKED", "OPINION", FIRM), agency, Language.VI);

		assertThat(criticism.title()).isEqualTo("Văn bản phản biện xã hội mới số 125/KN-MTTQ-BTT");
		assertThat(criticism.body())
			.contains("«ubmttq-tinh» gửi văn bản phản biện xã hội (số 125/KN-MTTQ-BTT ngày 02/04/2026) đến «so-x».")
			.contains("Nội dung phản biện: Rà soát danh sách hộ nghèo")
			.doesNotContain("kiến nghị");
		assertThat(opinion.title()).isEqualTo("Văn bản góp ý mới số 125/KN-MTTQ-BTT");
		assertThat(opinion.body()).contains("Nội dung góp ý: Rà soát").doesNotContain("kiến nghị");
		assertThat(templates.render(event("TRACKED", "OPINION", FIRM), copy, Language.VI).title())
			.isEqualTo("Bản sao văn bản góp ý số 125/KN-MTTQ-BTT gửi «so-x»");
		assertThat(templates.render(event("TRACKED", "SOCIAL_CRITICISM", FIRM), agency, Language.EN).title())
			.isEqualTo("New social criticism in letter 125/KN-MTTQ-BTT");
		assertThat(templates.render(event("TRACKED", "OPINION", FIRM), copy, Language.EN).body())
			.contains("sends you a copy of its opinion (letter 125/KN-MTTQ-BTT of 02/04/2026) to «so-x»")
			.contains("Opinion: Rà soát")
			.doesNotContain("its recommendation");
		assertThat(templates.render(event("TRACKED", null, FIRM), agency, Language.VI).title())
			.as("a producer that does not say the kind of letter issued a recommendation")
			.isEqualTo("Kiến nghị mới theo văn bản số 125/KN-MTTQ-BTT");
	}

	@Test
	void aProvisionalDueDateIsSaidToBeProvisionalAndAFirmOneIsNot() {
		MessageTemplates templates = templates();
		Recipient agency = new Recipient("so-x", RecipientRole.ADDRESSEE);

		assertThat(templates.render(event("TRACKED", "RECOMMENDATION", PROVISIONAL), agency, Language.VI).body())
			.contains("Hạn trả lời: 23/04/2026 (tạm tính");
		assertThat(templates.render(event("TRACKED", "RECOMMENDATION", PROVISIONAL), agency, Language.EN).body())
			.contains("Answer by 23/04/2026 (provisional: counted from the letter's date until your receipt is "
					+ "recorded).");
		assertThat(templates.render(event("TRACKED", "RECOMMENDATION", FIRM), agency, Language.VI).body())
			.contains("Hạn trả lời: 04/05/2026.")
			.doesNotContain("tạm tính");
		assertThat(templates.render(event("TRACKED", "RECOMMENDATION", FIRM), agency, Language.EN).body())
			.contains("Answer by 04/05/2026.")
			.doesNotContain("provisional");
	}

	@Test
	void theReceiptTellsTheAgencyItsFirmDueDateCountedFromItsReceipt() {
		MessageTemplates templates = templates();
		Recipient agency = new Recipient("so-x", RecipientRole.ADDRESSEE);
		NotifiableEvent e = event("RECEIVED", "RECOMMENDATION", RECEIPT_FIRM);
		NotifiableEvent received = new NotifiableEvent(e.eventId(), e.eventType(), e.kind(),
				Instant.parse("2026-12-07T18:30:00Z"), e.recommendationId(), e.letterKind(), e.letterNumber(),
				e.issuingBodyId(), e.addresseeAgencyId(), e.copyRecipientIds(), e.escalatedToIds(), e.content(),
				e.issuedOn(), e.due(), null, true, null);

		RenderedMessage vi = templates.render(received, agency, Language.VI);
		RenderedMessage en = templates.render(received, agency, Language.EN);

		assertThat(vi.title()).isEqualTo("Hạn trả lời chính thức kiến nghị số 125/KN-MTTQ-BTT: 05/01/2027");
		assertThat(vi.body()).as("the receipt's day in Vietnam")
			.contains("Hạn trả lời chính thức kiến nghị số 125/KN-MTTQ-BTT: 05/01/2027 (tính từ ngày cơ quan nhận "
					+ "văn bản 08/12/2026)")
			.contains("Cách xác định hạn: Hạn tính theo 15 ngày làm việc kể từ ngày cơ quan nhận văn bản")
			.doesNotContain("(tạm tính");
		assertThat(en.title()).isEqualTo("Answer by 05/01/2027: recommendation in letter 125/KN-MTTQ-BTT");
		assertThat(en.body()).contains("Answer by 05/01/2027 (counted from your receipt on 08/12/2026)")
			.contains("How the due date was set: Due 15 working days after your receipt on 08/12/2026.")
			.doesNotContain("(provisional")
			.doesNotContain("Hạn tính");
		for (String letterKind : List.of("SOCIAL_CRITICISM", "OPINION")) {
			assertThat(templates.render(event("RECEIVED", letterKind, RECEIPT_FIRM), agency, Language.VI).title())
				.as(letterKind)
				.startsWith("Hạn trả lời chính thức")
				.doesNotContain("kiến nghị");
		}
	}

	@Test
	void englishMessagesExplainTheDueDateInEnglishAndNeverInVietnamese() {
		MessageTemplates templates = templates();
		Recipient agency = new Recipient("so-x", RecipientRole.ADDRESSEE);
		DueDate vietnameseOnly = DueDate.firm(LocalDate.of(2026, 5, 4), FIRM.explanation());

		assertThat(templates.render(event("TRACKED"), agency, Language.EN).body())
			.contains("How the due date was set: Due 15 working days after receipt (Law 10/2022, Art. 40.1.c).")
			.doesNotContain("Hạn tính");
		assertThat(templates.render(event("TRACKED"), agency, Language.VI).body())
			.contains("Cách xác định hạn: Hạn tính theo 15 ngày làm việc")
			.doesNotContain("Due 15");
		assertThat(templates.render(event("TRACKED", "RECOMMENDATION", vietnameseOnly), agency, Language.EN).body())
			.as("a producer that gave no English explanation")
			.contains("Answer by 04/05/2026.")
			.doesNotContain("How the due date was set")
			.doesNotContain("Hạn tính");
	}

	@Test
	void englishMessagesCarryNoUntranslatedVietnamese() {
		MessageTemplates templates = templates();
		for (String kind : RecipientRules.KINDS) {
			for (RecipientRole role : RecipientRole.values()) {
				assertThat(templates.render(byTheSystem(event(kind)), new Recipient("so-x", role), Language.EN).body())
					.as("%s %s", kind, role)
					.doesNotContain("Luật số 10/2022")
					.doesNotContain("Nhắc trả lời")
					.doesNotContain("Điều");
			}
		}
		assertThat(
				templates.render(event("REMINDED"), new Recipient("so-x", RecipientRole.ADDRESSEE), Language.EN).body())
			.as("an official's own words are shown as they were written")
			.contains("Ghi chú của cán bộ");
	}

	@Test
	void aWithdrawalSaysItWasWithdrawnAndWhy() {
		MessageTemplates templates = templates();
		NotifiableEvent withdrawn = closed("WITHDRAWN", "Trùng với kiến nghị tại văn bản số 130/KN-MTTQ-BTT");

		RenderedMessage vi = templates.render(withdrawn, new Recipient("so-x", RecipientRole.ADDRESSEE), Language.VI);
		RenderedMessage en = templates.render(withdrawn, new Recipient("so-x", RecipientRole.ADDRESSEE), Language.EN);

		assertThat(vi.title()).isEqualTo("Kiến nghị theo văn bản số 125/KN-MTTQ-BTT đã được rút");
		assertThat(vi.body()).contains("«ubmttq-tinh» đã rút kiến nghị")
			.contains("không phải trả lời")
			.contains("Lý do rút: Trùng với kiến nghị tại văn bản số 130/KN-MTTQ-BTT")
			.doesNotContain("Hạn trả lời");
		assertThat(en.title()).isEqualTo("Recommendation in letter 125/KN-MTTQ-BTT withdrawn");
		assertThat(en.body()).contains("Reason for the withdrawal: Trùng với").doesNotContain("Answer by");
	}

	@Test
	void theIssuingBodyIsToldInItsOwnWordsWhenItsItemIsOverdueOrEscalated() {
		MessageTemplates templates = templates();
		Recipient front = new Recipient("ubmttq-tinh", RecipientRole.ISSUER);

		assertThat(templates.render(event("MARKED_OVERDUE"), front, Language.VI).title())
			.isEqualTo("Kiến nghị số 125/KN-MTTQ-BTT gửi «so-x» đã quá hạn trả lời");
		assertThat(templates.render(event("MARKED_OVERDUE"), front, Language.EN).title())
			.isEqualTo("Recommendation 125/KN-MTTQ-BTT to «so-x» is past its answer date");
		assertThat(templates.render(event("ESCALATED"), front, Language.VI).title())
			.isEqualTo("Kiến nghị số 125/KN-MTTQ-BTT gửi «so-x» đã được chuyển lên «bo»");
	}

	@Test
	void namesOrganisationsNotIdsInTheSystemsNotes() {
		MessageTemplates templates = templates();
		NotifiableEvent escalated = byTheSystem(event("ESCALATED"), "Chuyển đến bo (quá hạn 12 ngày).");

		assertThat(templates.render(escalated, new Recipient("so-x", RecipientRole.ADDRESSEE), Language.VI).body())
			.contains("Chuyển đến «bo» (quá hạn 12 ngày).")
			.doesNotContain(" bo ");
	}

	@Test
	void namesTheClosureAndTheBodyEscalatedTo() {
		MessageTemplates templates = templates();

		assertThat(templates.render(closed(), new Recipient("so-x", RecipientRole.ADDRESSEE), Language.VI).title())
			.endsWith("đã kết thúc: đã giải quyết");
		assertThat(
				templates.render(event("ESCALATED"), new Recipient("bo", RecipientRole.ESCALATION), Language.EN).body())
			.contains("asks «bo» to consider");
	}

	@Test
	void usesTheWordingAnAdministratorSetAndChecksItFirst() {
		MessageTemplates templates = templates();
		this.overrides.put("REMINDED.title", "Nhắc lần nữa: văn bản {letterNumber}");

		assertThat(templates.render(event("REMINDED"), new Recipient("so-x", RecipientRole.ADDRESSEE), Language.VI)
			.title()).isEqualTo("Nhắc lần nữa: văn bản 125/KN-MTTQ-BTT");
		assertThat(MessageTemplates.wordingProblem("Nhắc: {letterNumber}, hạn {dueDate}")).isEmpty();
		assertThat(MessageTemplates.wordingProblem("Kính gửi {tenCoQuan}")).hasValueSatisfying(
				(problem) -> assertThat(problem.inEnglish()).startsWith("{tenCoQuan} is not a placeholder"));
		assertThat(MessageTemplates.wordingProblem("Văn bản {letterNumber"))
			.hasValueSatisfying((problem) -> assertThat(problem.inEnglish()).contains("'{' or '}'"));
		assertThatExceptionOfType(ResourceNotFoundException.class)
			.isThrownBy(() -> templates.shipped(Language.EN, "NO_SUCH.title"));
	}

	@Test
	void refusesAPlaceholderItDoesNotKnow() {
		assertThatExceptionOfType(TemplateException.class)
			.isThrownBy(() -> MessageTemplates.fill("Kính gửi {recipientName}", Map.of("issuer", "x")))
			.withMessageContaining("{recipientName}");
	}

	@Test
	void looksUpAnEventsTextsAndNamesOnceHoweverManyRecipientsShareThem() {
		AtomicInteger overrideReads = new AtomicInteger();
		given(this.directory.nameOf(anyString())).willAnswer((call) -> "«" + call.getArgument(0) + "»");
		MessageTemplates templates = new MessageTemplates(this.directory, (language) -> {
			overrideReads.incrementAndGet();
			return this.overrides;
		}, "https://giamsat.example/api/v1/", LINKS);
		NotifiableEvent event = event("TRACKED");
		List<Recipient> recipients = List.of(new Recipient("so-x", RecipientRole.ADDRESSEE),
				new Recipient("ubnd-tinh", RecipientRole.COPY), new Recipient("bo", RecipientRole.COPY));

		MessageTemplates.EventMessages messages = templates.messagesOf(event);
		List<RenderedMessage> rendered = recipients.stream()
			.map((recipient) -> messages.render(recipient, Language.VI))
			.toList();

		assertThat(overrideReads).hasValue(1);
		verify(this.directory, times(1)).nameOf("ubmttq-tinh");
		verify(this.directory, times(1)).nameOf("so-x");
		assertThat(rendered).as("the same messages as rendered one by one")
			.containsExactlyElementsOf(
					recipients.stream().map((recipient) -> templates.render(event, recipient, Language.VI)).toList());
	}

	static final DocumentLinks LINKS = new DocumentLinks(Map.of());

	static final DueDate FIRM = DueDate.of(LocalDate.of(2026, 5, 4), false,
			"Hạn tính theo 15 ngày làm việc kể từ ngày nhận (Điều 40.1.c Luật số 10/2022).",
			"Due 15 working days after receipt (Law 10/2022, Art. 40.1.c).");

	static final DueDate PROVISIONAL = DueDate.of(LocalDate.of(2026, 4, 23), true,
			"Hạn tính theo 15 ngày làm việc kể từ ngày của văn bản, cho đến khi cơ quan nhận văn bản.",
			"Due 15 working days after the letter's date, until the agency's receipt is recorded.");

	static final DueDate RECEIPT_FIRM = DueDate.of(LocalDate.of(2027, 1, 5), false,
			"Hạn tính theo 15 ngày làm việc kể từ ngày cơ quan nhận văn bản 08/12/2026.",
			"Due 15 working days after your receipt on 08/12/2026.");

	private static NotifiableEvent event(String kind) {
		return event(kind, "RECOMMENDATION", FIRM);
	}

	private static NotifiableEvent event(String kind, String letterKind, DueDate due) {
		return new NotifiableEvent("e-1", "type", kind, Instant.parse("2026-04-02T03:15:00Z"), "rec-1", letterKind,
				"125/KN-MTTQ-BTT", "ubmttq-tinh", "so-x", List.of("ubnd-tinh"), List.of("ubnd-tinh", "bo"),
				"Rà soát danh sách hộ nghèo", LocalDate.of(2026, 4, 2), due, "Ghi chú của cán bộ", false, null);
	}

	private static NotifiableEvent byTheSystem(NotifiableEvent e) {
		return byTheSystem(e, "Nhắc trả lời: hạn 04/05/2026, còn 3 ngày.");
	}

	private static NotifiableEvent byTheSystem(NotifiableEvent e, String note) {
		return new NotifiableEvent(e.eventId(), e.eventType(), e.kind(), e.occurredAt(), e.recommendationId(),
				e.letterKind(), e.letterNumber(), e.issuingBodyId(), e.addresseeAgencyId(), e.copyRecipientIds(),
				e.escalatedToIds(), e.content(), e.issuedOn(), e.due(), note, true, e.closure());
	}

	private static NotifiableEvent closed() {
		return closed("RESOLVED", "Ghi chú của cán bộ");
	}

	private static NotifiableEvent closed(String closure, String note) {
		NotifiableEvent e = event("CLOSED");
		return new NotifiableEvent(e.eventId(), e.eventType(), e.kind(), e.occurredAt(), e.recommendationId(),
				e.letterKind(), e.letterNumber(), e.issuingBodyId(), e.addresseeAgencyId(), e.copyRecipientIds(),
				e.escalatedToIds(), e.content(), e.issuedOn(), e.due(), note, false, closure);
	}

}
