package vn.mttq.giamsat.console.agency.contacts;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.mttq.giamsat.console.ConsolePageTest;
import vn.mttq.giamsat.console.TestUsers;
import vn.mttq.giamsat.console.service.Service;
import vn.mttq.giamsat.console.service.ServiceProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ConsolePageTest
class ContactsPageTests {

	private static final Contacts CURRENT = new Contacts(List.of("vanthu@snnmt.dienbien.gov.vn"), "VI", null,
			new Contacts.QuietHours("21:00", "06:30"), "2026-12-01T02:00:00Z");

	@Autowired
	MockMvc mvc;

	@Autowired
	ContactsClient contacts;

	@Test
	void theAgencysContactsAreShownToChange() throws Exception {
		given(this.contacts.get(TestUsers.AGENCY)).willReturn(CURRENT);

		this.mvc.perform(get("/co-quan/lien-he").with(TestUsers.agencyOfficer()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">vanthu@snnmt.dienbien.gov.vn</textarea>")));
	}

	@Test
	void aNewWebhookGetsASecretShownOnceAndTheQuietHoursStay() throws Exception {
		given(this.contacts.get(TestUsers.AGENCY)).willReturn(CURRENT);

		this.mvc
			.perform(post("/co-quan/lien-he").param("emails", "vanthu@snnmt.dienbien.gov.vn\nbtt@snnmt.dienbien.gov.vn")
				.param("language", "VI")
				.param("webhookUrl", "https://hethong.snnmt.dienbien.gov.vn/giamsat")
				.with(TestUsers.agencyOfficer())
				.with(csrf()))
			.andExpect(redirectedUrl("/co-quan/lien-he"))
			.andExpect(flash().attributeExists("secret"));

		ArgumentCaptor<ContactsClient.Update> sent = ArgumentCaptor.forClass(ContactsClient.Update.class);
		then(this.contacts).should().put(eq(TestUsers.AGENCY), sent.capture());
		assertThat(sent.getValue().emails()).containsExactly("vanthu@snnmt.dienbien.gov.vn",
				"btt@snnmt.dienbien.gov.vn");
		assertThat(sent.getValue().webhook().secret()).matches("whsec_[A-Za-z0-9+/=]{44}");
		assertThat(sent.getValue().quietHours()).isEqualTo(CURRENT.quietHours());
	}

	@Test
	void aRefusedAddressIsShownBesideTheEmailsAndWhatWasTypedIsKept() throws Exception {
		given(this.contacts.get(TestUsers.AGENCY)).willReturn(CURRENT);
		willThrow(ServiceProblem.of(Service.NOTIFICATION, 400, "Invalid",
				new ServiceProblem.FieldError("emails[0]", "Địa chỉ thư điện tử không hợp lệ.")))
			.given(this.contacts)
			.put(eq(TestUsers.AGENCY), any());

		this.mvc
			.perform(post("/co-quan/lien-he").param("emails", "vanthu@")
				.param("language", "VI")
				.with(TestUsers.agencyOfficer())
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"emails-error\">Địa chỉ thư điện tử không hợp lệ.</p>")))
			.andExpect(content().string(containsString(">vanthu@</textarea>")));
	}

}
