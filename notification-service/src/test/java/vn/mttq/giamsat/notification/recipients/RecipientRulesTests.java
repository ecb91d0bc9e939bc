package vn.mttq.giamsat.notification.recipients;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.io.ClassPathResource;

import vn.mttq.giamsat.support.directory.OrganisationDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static vn.mttq.giamsat.notification.recipients.RecipientRole.ADDRESSEE;
import static vn.mttq.giamsat.notification.recipients.RecipientRole.COPY;
import static vn.mttq.giamsat.notification.recipients.RecipientRole.ESCALATION;
import static vn.mttq.giamsat.notification.recipients.RecipientRole.ISSUER;

/**
 * The recipient rules as shipped in {@code recipient-rules.yml}: who is told of each kind
 * of event.
 */
class RecipientRulesTests {

	static final String FRONT = "ubmttq-tinh-dien-bien";

	static final String AGENCY = "so-nong-nghiep-dien-bien";

	static final String AUTHORITY = "ubnd-tinh-dien-bien";

	static final String FRONT_ABOVE = "ubmttq-trung-uong";

	static final String SUPERIOR = "bo-nong-nghiep";

	final OrganisationDirectory directory = mock(OrganisationDirectory.class);

	final RecipientResolver resolver = new RecipientResolver(shippedRules(), this.directory);

	@Test
	void namesTheRightRecipientsForEveryKindOfEvent() {
		Map<String, List<Recipient>> expected = new LinkedHashMap<>();
		expected.put("TRACKED", List.of(r(AGENCY, ADDRESSEE), r(AUTHORITY, COPY), r(FRONT_ABOVE, COPY)));
		expected.put("RECEIVED", List.of(r(AGENCY, ADDRESSEE)));
		for (String answer : List.of("ACKNOWLEDGED", "ACCEPTED", "EXPLAINED", "REVIEW_REQUESTED", "PROGRESS_REPORTED",
				"RESOLUTION_REPORTED")) {
			expected.put(answer, List.of(r(FRONT, ISSUER)));
		}
		for (String toAgency : List.of("SENT_BACK", "TAKEN_TO_DIALOGUE", "REMINDED", "DUE_DATE_CHANGED")) {
			expected.put(toAgency, List.of(r(AGENCY, ADDRESSEE)));
		}
		expected.put("MARKED_OVERDUE", List.of(r(AGENCY, ADDRESSEE), r(FRONT, ISSUER)));
		expected.put("ESCALATED", List.of(r(SUPERIOR, ESCALATION), r(AGENCY, ADDRESSEE), r(FRONT, ISSUER)));
		expected.put("CLOSED", List.of(r(AGENCY, ADDRESSEE), r(FRONT, ISSUER)));
		expected.put("REOPENED", List.of(r(AGENCY, ADDRESSEE), r(FRONT, ISSUER)));

		assertThat(expected.keySet()).containsExactlyInAnyOrderElementsOf(RecipientRules.KINDS);
		expected.forEach((kind, recipients) -> assertThat(this.resolver.recipientsOf(event(kind, null))).as(kind)
			.containsExactlyElementsOf(recipients));
	}

	@Test
	void aReceiptTellsTheAddresseeOnlyTheFirmDueDateItFixes() {
		NotifiableEvent firm = event("RECEIVED", null);
		NotifiableEvent provisional = withDue(firm, DueDate.of(LocalDate.now().plusDays(10), true, "Tạm tính.", null));
		NotifiableEvent withoutDueDate = withDue(firm, null);

		assertThat(this.resolver.recipientsOf(firm)).containsExactly(r(AGENCY, ADDRESSEE));
		assertThat(this.resolver.recipientsOf(provisional)).as("a date still counted from the letter's date").isEmpty();
		assertThat(this.resolver.recipientsOf(withoutDueDate)).as("no rule sets a date").isEmpty();
	}

	@Test
	void tellsAnOrganisationOnceInItsFirstRole() {
		NotifiableEvent addresseeAlsoCopied = new NotifiableEvent("e", "t", "TRACKED", Instant.now(), "r", null, "1",
				FRONT, AGENCY, List.of(AGENCY, AUTHORITY), List.of(), "c", LocalDate.now(), null, null, false, null);

		assertThat(this.resolver.recipientsOf(addresseeAlsoCopied)).containsExactly(r(AGENCY, ADDRESSEE),
				r(AUTHORITY, COPY));
	}

	@Test
	void copiesTheFrontOneLevelUpWhenAnItemNamesNoCopyRecipients() {
		given(this.directory.parentOf(FRONT)).willReturn(Optional.of(FRONT_ABOVE));
		NotifiableEvent withoutCopies = new NotifiableEvent("e", "t", "TRACKED", Instant.now(), "r", null, "1", FRONT,
				AGENCY, List.of(), List.of(), "c", LocalDate.now(), null, null, false, null);

		assertThat(this.resolver.recipientsOf(withoutCopies)).containsExactly(r(AGENCY, ADDRESSEE),
				r(FRONT_ABOVE, COPY));
	}

	@Test
	void aWithdrawalTellsTheAddresseeOnlyOnce() {
		assertThat(RecipientRules.KINDS).doesNotContain("ISSUED", "WITHDRAWN");
		assertThat(this.resolver.recipientsOf(event("CLOSED", "WITHDRAWN"))).containsExactly(r(AGENCY, ADDRESSEE));
	}

	@Test
	void aClosureMayHaveItsOwnRule() {
		Map<String, List<RecipientRole>> rules = new LinkedHashMap<>(shippedRules().recipients());
		rules.put("CLOSED.WITHDRAWN", List.of(ISSUER));
		RecipientResolver resolver = new RecipientResolver(new RecipientRules(rules), this.directory);

		assertThat(resolver.recipientsOf(event("CLOSED", "WITHDRAWN"))).containsExactly(r(FRONT, ISSUER));
		assertThat(resolver.recipientsOf(event("CLOSED", "RESOLVED"))).containsExactly(r(AGENCY, ADDRESSEE),
				r(FRONT, ISSUER));
	}

	@Test
	void refusesRulesThatForgetAKind() {
		Map<String, List<RecipientRole>> rules = new LinkedHashMap<>(shippedRules().recipients());
		rules.remove("ESCALATED");

		assertThatIllegalStateException().isThrownBy(() -> new RecipientRules(rules))
			.withMessageContaining("ESCALATED");
	}

	private static NotifiableEvent event(String kind, String closure) {
		return new NotifiableEvent("e-" + kind, "type", kind, Instant.now(), "rec-1", "RECOMMENDATION",
				"125/KN-MTTQ-BTT", FRONT, AGENCY, List.of(AUTHORITY, FRONT_ABOVE),
				List.of("ubnd-tinh-dien-bien", SUPERIOR), "Rà soát", LocalDate.now(),
				DueDate.firm(LocalDate.now().plusDays(15), "Hạn do người ban hành đặt."), null, false, closure);
	}

	private static NotifiableEvent withDue(NotifiableEvent e, DueDate due) {
		return new NotifiableEvent(e.eventId(), e.eventType(), e.kind(), e.occurredAt(), e.recommendationId(),
				e.letterKind(), e.letterNumber(), e.issuingBodyId(), e.addresseeAgencyId(), e.copyRecipientIds(),
				e.escalatedToIds(), e.content(), e.issuedOn(), due, e.note(), e.noteBySystem(), e.closure());
	}

	private static Recipient r(String organisation, RecipientRole role) {
		return new Recipient(organisation, role);
	}

	static RecipientRules shippedRules() {
		YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new ClassPathResource("recipient-rules.yml"));
		return new Binder(new MapConfigurationPropertySource(yaml.getObject()))
			.bind("giamsat.notification", RecipientRules.class)
			.get();
	}

}
