package vn.mttq.giamsat.console.agency;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.mttq.giamsat.console.ConsolePageTest;
import vn.mttq.giamsat.console.TestUsers;
import vn.mttq.giamsat.console.agency.contacts.Contacts;
import vn.mttq.giamsat.console.agency.contacts.ContactsClient;
import vn.mttq.giamsat.console.agency.inbox.InboxClient;
import vn.mttq.giamsat.console.agency.inbox.Notice;
import vn.mttq.giamsat.console.agency.recommendation.Recommendation;
import vn.mttq.giamsat.console.agency.recommendation.RecommendationClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.mttq.giamsat.console.agency.AgencyFixtures.explanation;
import static vn.mttq.giamsat.console.agency.AgencyFixtures.history;
import static vn.mttq.giamsat.console.agency.AgencyFixtures.item;
import static vn.mttq.giamsat.console.agency.AgencyFixtures.notice;
import static vn.mttq.giamsat.console.agency.AgencyFixtures.pageOf;
import static vn.mttq.giamsat.console.agency.AgencyFixtures.scan;

/**
 * Every agency page stays small on a slow connection: under 60 KB of HTML with a full
 * page of notices, a dozen items and an item with a long history.
 */
@ConsolePageTest
class PageSizeTests {

	private static final int LIMIT = 60 * 1024;

	@Autowired
	MockMvc mvc;

	@Autowired
	InboxClient inbox;

	@Autowired
	RecommendationClient recommendations;

	@Autowired
	ContactsClient contacts;

	@BeforeEach
	void demoSizedData() {
		List<Notice> notices = new ArrayList<>();
		List<Recommendation> items = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			notices.add(notice("n" + i, i % 3 == 0));
			if (i < 12) {
				items.add(item("rec-" + i).status((i % 4 == 0) ? "OVERDUE" : "IN_PROGRESS", i % 4 == 0)
					.due("2026-12-" + (10 + i), explanation())
					.build());
			}
		}
		given(this.inbox.notices(TestUsers.AGENCY, 0)).willReturn(pageOf(notices));
		given(this.inbox.unreadCount(TestUsers.AGENCY)).willReturn(7L);
		given(this.recommendations.addressedTo(TestUsers.AGENCY)).willReturn(pageOf(items));
		given(this.recommendations.get("rec-1")).willReturn(item("rec-1").due("2026-12-31", explanation())
			.allowing("ACCEPT", "EXPLAIN", "REQUEST_REVIEW", "REPORT_PROGRESS", "REPORT_RESOLUTION")
			.documents(List.of(scan()), history(9))
			.build());
		given(this.contacts.get(TestUsers.AGENCY))
			.willReturn(new Contacts(List.of("vanthu@snnmt.dienbien.gov.vn", "btt@snnmt.dienbien.gov.vn"), "VI",
					new Contacts.Webhook("https://hethong.snnmt.dienbien.gov.vn/giamsat", true, null), null, null));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/co-quan", "/co-quan/kien-nghi", "/co-quan/kien-nghi/rec-1", "/co-quan/lien-he" })
	void anAgencyPageIsUnder60Kilobytes(String path) throws Exception {
		byte[] page = this.mvc.perform(get(path).with(TestUsers.agencyOfficer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		assertThat(page.length).isPositive().isLessThan(LIMIT);
	}

}
