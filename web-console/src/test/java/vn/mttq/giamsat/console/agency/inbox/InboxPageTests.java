package vn.mttq.giamsat.console.agency.inbox;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.mttq.giamsat.console.ConsolePageTest;
import vn.mttq.giamsat.console.TestUsers;
import vn.mttq.giamsat.console.service.Service;
import vn.mttq.giamsat.console.service.ServiceUnavailable;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.mttq.giamsat.console.HtmlTags.hasTag;
import static vn.mttq.giamsat.console.agency.AgencyFixtures.notice;
import static vn.mttq.giamsat.console.agency.AgencyFixtures.pageOf;

@ConsolePageTest
class InboxPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	InboxClient inbox;

	@Test
	void anOfficerSeesTheirAgencysNoticesAndHowManyAreUnread() throws Exception {
		given(this.inbox.notices(TestUsers.AGENCY, 0))
			.willReturn(pageOf(List.of(notice("n1", false), notice("n2", true))));
		given(this.inbox.unreadCount(TestUsers.AGENCY)).willReturn(1L);

		this.mvc.perform(get("/co-quan").with(TestUsers.agencyOfficer()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kiến nghị mới theo văn bản số 125/MTTQ-BTT")))
			.andExpect(content().string(containsString("Hạn trả lời 31/12/2026")))
			.andExpect(content().string(containsString("<span class=\"badge\"><span>1</span>")))
			.andExpect(content().string(containsString("href=\"/co-quan/kien-nghi/rec-n1\"")))
			.andExpect(content().string(containsString("action=\"/co-quan/thong-bao/n1/da-doc?page=0\"")))
			.andExpect(content().string(not(containsString("action=\"/co-quan/thong-bao/n2/da-doc"))));
	}

	@Test
	void readingANoticeIsAFormThatComesBackToTheInbox() throws Exception {
		this.mvc.perform(
				post("/co-quan/thong-bao/n1/da-doc").param("page", "0").with(TestUsers.agencyOfficer()).with(csrf()))
			.andExpect(redirectedUrl("/co-quan?page=0#notice-n1"));

		then(this.inbox).should().markRead(TestUsers.AGENCY, "n1");
	}

	@Test
	void confirmingReceiptNeedsTheCsrfToken() throws Exception {
		this.mvc.perform(post("/co-quan/thong-bao/n1/da-nhan").with(TestUsers.agencyOfficer()))
			.andExpect(status().isForbidden());
		then(this.inbox).should(never()).confirmReceipt(TestUsers.AGENCY, "n1");

		this.mvc.perform(post("/co-quan/thong-bao/n1/da-nhan").with(TestUsers.agencyOfficer()).with(csrf()))
			.andExpect(redirectedUrl("/co-quan?page=0#notice-n1"));
		then(this.inbox).should().confirmReceipt(TestUsers.AGENCY, "n1");
	}

	@Test
	void whenNotificationServiceIsDownTheInboxSaysSo() throws Exception {
		given(this.inbox.notices(TestUsers.AGENCY, 0)).willThrow(new ServiceUnavailable(Service.NOTIFICATION, null));
		given(this.inbox.unreadCount(TestUsers.AGENCY)).willThrow(new ServiceUnavailable(Service.NOTIFICATION, null));

		this.mvc.perform(get("/co-quan").with(TestUsers.agencyOfficer()))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().string(containsString("Không kết nối được tới dịch vụ thông báo")))
			.andExpect(content().string(containsString("id=\"signed-in-user\"")));
	}

	@Test
	void theFrontsOfficialsHaveNoAgencyInbox() throws Exception {
		this.mvc.perform(get("/co-quan").with(TestUsers.frontOfficial())).andExpect(status().isForbidden());
	}

	@Test
	void markingReadAndConfirmingSwapOnlyTheNoticeAndTheUnreadCountWithHtmx() throws Exception {
		given(this.inbox.notices(TestUsers.AGENCY, 0)).willReturn(pageOf(List.of(notice("n1", false))));
		given(this.inbox.unreadCount(TestUsers.AGENCY)).willReturn(1L);

		this.mvc.perform(get("/co-quan").with(TestUsers.agencyOfficer()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span id=\"unread-count\"><span class=\"badge\">")))
			.andExpect(content().string(hasTag("form", "action=\"/co-quan/thong-bao/n1/da-doc?page=0\"",
					"method=\"post\"", "hx-post=\"/co-quan/thong-bao/n1/da-doc?page=0\"", "hx-select=\"#notice-n1\"",
					"hx-target=\"#notice-n1\"", "hx-swap=\"outerHTML\"", "hx-select-oob=\"#unread-count\"")))
			.andExpect(content().string(hasTag("form", "action=\"/co-quan/thong-bao/n1/da-nhan?page=0\"",
					"method=\"post\"", "hx-post=\"/co-quan/thong-bao/n1/da-nhan?page=0\"", "hx-select=\"#notice-n1\"",
					"hx-target=\"#notice-n1\"", "hx-swap=\"outerHTML\"", "hx-select-oob=\"#unread-count\"")));

		this.mvc
			.perform(post("/co-quan/thong-bao/n1/da-doc").param("page", "0")
				.header("HX-Request", "true")
				.with(TestUsers.agencyOfficer())
				.with(csrf()))
			.andExpect(redirectedUrl("/co-quan?page=0#notice-n1"));
		then(this.inbox).should().markRead(TestUsers.AGENCY, "n1");
	}

	@Test
	void aNoticesDocumentsAreLinkedThroughTheConsoleAndItsServiceAddressesAreNotShown() throws Exception {
		String url = "http://localhost:8082/api/v1/recommendations/rec-n1/documents/doc-7";
		Notice plain = notice("n1", false);
		Notice withDocuments = new Notice("n1", "ANSWERED", plain.title(),
				"Sở Nông nghiệp và Môi trường đã trả lời.\nTệp kèm theo (1):\n- tra-loi.pdf (12 KB): " + url
						+ "\nXem thêm tại http://example.org/khac",
				plain.createdAt(), null, "rec-n1", null, null, List.of(new Notice.Document("doc-7", "tra-loi.pdf",
						"application/pdf", 12_000, "recommendation-service", url)));
		given(this.inbox.notices(TestUsers.AGENCY, 0)).willReturn(pageOf(List.of(withDocuments)));

		this.mvc.perform(get("/co-quan").with(TestUsers.agencyOfficer()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("href=\"/co-quan/kien-nghi/rec-n1/tai-lieu/doc-7\">tra-loi.pdf</a>")))
			.andExpect(content().string(containsString("Sở Nông nghiệp và Môi trường đã trả lời.\nTệp kèm theo (1):\n"
					+ "Xem thêm tại http://example.org/khac")))
			.andExpect(content().string(not(containsString("localhost:8082"))));
	}

}
