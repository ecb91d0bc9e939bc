package vn.mttq.giamsat.console.monitor.deadletter;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

import vn.mttq.giamsat.console.ConsolePageTest;
import vn.mttq.giamsat.console.TestUsers;
import vn.mttq.giamsat.console.service.PageOf;
import vn.mttq.giamsat.console.service.Service;
import vn.mttq.giamsat.console.service.ServiceProblem;
import vn.mttq.giamsat.console.service.ServiceUnavailable;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ConsolePageTest
class DeadLettersPageTests {

	private static final String LETTER = "recommendation.lifecycle.DLT-0-41";

	@Autowired
	MockMvc mvc;

	@Autowired
	DeadLetterClient letters;

	@Test
	void anAdministratorSeesEachServicesDeadLettersWithTheirReasons() throws Exception {
		given(this.letters.pending(Service.SUPERVISION)).willReturn(page());
		given(this.letters.pending(Service.RECOMMENDATION)).willReturn(page(letter(LETTER, "Unknown agency so-x")));
		given(this.letters.pending(Service.NOTIFICATION))
			.willReturn(page(letter("notification.DLT-0-7", "Template missing for kind OVERDUE")));

		this.mvc.perform(get("/tong-quan/ban-tin-loi").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Bản tin lỗi của dịch vụ theo dõi kiến nghị"),
					containsString("Unknown agency so-x"), containsString("Template missing for kind OVERDUE"),
					containsString("Không có bản tin nào đang chờ gửi lại."), containsString("15/07/2026 16:30"),
					containsString("name=\"_csrf\""), containsString("value=\"" + LETTER + "\""),
					containsString("action=\"/tong-quan/ban-tin-loi/gui-lai-tat-ca\""))));
	}

	@Test
	void aServiceThatIsDownSaysSoWhileTheOthersStillShow() throws Exception {
		given(this.letters.pending(Service.SUPERVISION)).willReturn(page(letter("supervision.DLT-0-2", "Bad payload")));
		given(this.letters.pending(Service.RECOMMENDATION))
			.willThrow(new ServiceUnavailable(Service.RECOMMENDATION, null));
		given(this.letters.pending(Service.NOTIFICATION)).willReturn(page());

		this.mvc.perform(get("/tong-quan/ban-tin-loi").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(
					"Phần này tạm thời không hiển thị được vì không kết nối được tới dịch vụ theo dõi kiến nghị"),
					containsString("Bad payload"), containsString("Bản tin lỗi của dịch vụ thông báo"))));
	}

	@Test
	void replayingOneSendsItBackAndReturnsToTheList() throws Exception {
		this.mvc
			.perform(post("/tong-quan/ban-tin-loi/gui-lai").param("service", "kien-nghi")
				.param("id", LETTER)
				.with(admin())
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/tong-quan/ban-tin-loi"))
			.andExpect(flash().attribute("done", "Đã gửi lại bản tin " + LETTER + " của dịch vụ theo dõi kiến nghị."));
		then(this.letters).should().replay(Service.RECOMMENDATION, LETTER);
	}

	@Test
	void replayingAllSaysHowManyWereSent() throws Exception {
		given(this.letters.replayAll(Service.NOTIFICATION)).willReturn(3);

		this.mvc.perform(
				post("/tong-quan/ban-tin-loi/gui-lai-tat-ca").param("service", "thong-bao").with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/tong-quan/ban-tin-loi"))
			.andExpect(flash().attribute("done", "Đã gửi lại 3 bản tin của dịch vụ thông báo."));
	}

	@Test
	void aReplayTheServiceRefusesIsExplainedAfterTheRedirect() throws Exception {
		given(this.letters.replayAll(Service.SUPERVISION))
			.willThrow(ServiceProblem.of(Service.SUPERVISION, 409, "Đang có một lượt gửi lại khác."));

		this.mvc.perform(
				post("/tong-quan/ban-tin-loi/gui-lai-tat-ca").param("service", "giam-sat").with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/tong-quan/ban-tin-loi"))
			.andExpect(flash().attribute("failed",
					"Không gửi lại được qua dịch vụ hoạt động giám sát: Đang có một lượt gửi lại khác."));
	}

	@Test
	void aReplayOfAnUnknownServiceIsABadRequest() throws Exception {
		given(this.letters.pending(Service.SUPERVISION)).willReturn(page());
		given(this.letters.pending(Service.RECOMMENDATION)).willReturn(page());
		given(this.letters.pending(Service.NOTIFICATION)).willReturn(page());

		this.mvc
			.perform(post("/tong-quan/ban-tin-loi/gui-lai").param("service", "auth")
				.param("id", "x")
				.with(admin())
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("không rõ dịch vụ hoặc bản tin cần gửi lại")));
		then(this.letters).should(never()).replay(any(), any());
	}

	@Test
	void aReplayNeedsTheCsrfToken() throws Exception {
		this.mvc.perform(post("/tong-quan/ban-tin-loi/gui-lai-tat-ca").param("service", "thong-bao").with(admin()))
			.andExpect(status().isForbidden());
		then(this.letters).shouldHaveNoInteractions();
	}

	@Test
	void aMonitorWhoIsNotAnAdministratorDoesNotSeeTheDeadLetters() throws Exception {
		this.mvc.perform(get("/tong-quan/ban-tin-loi").with(TestUsers.monitor()))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Không có quyền truy cập")));
		this.mvc
			.perform(post("/tong-quan/ban-tin-loi/gui-lai-tat-ca").param("service", "thong-bao")
				.with(TestUsers.monitor())
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/tong-quan").with(TestUsers.monitor()))
			.andExpect(content().string(not(containsString("/tong-quan/ban-tin-loi"))));
		then(this.letters).shouldHaveNoInteractions();
	}

	@Test
	void anAdministratorFindsTheDeadLettersInTheNavigation() throws Exception {
		this.mvc.perform(get("/tong-quan").with(admin()))
			.andExpect(content().string(containsString("href=\"/tong-quan/ban-tin-loi\"")));
	}

	private static OidcLoginRequestPostProcessor admin() {
		return TestUsers.user("quantri", "Quản trị hệ thống", "ubmttq-tinh-dien-bien", "ADMIN");
	}

	private static DeadLetter letter(String id, String reason) {
		return new DeadLetter(id, id.substring(0, id.indexOf(".DLT")), "key-1", reason, "IllegalStateException",
				"2026-07-15T09:30:00Z", 0, null);
	}

	private static PageOf<DeadLetter> page(DeadLetter... letters) {
		return new PageOf<>(List.of(letters), 0, DeadLetterClient.PAGE_SIZE, letters.length, 1);
	}

}
