package vn.mttq.giamsat.console.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;

import vn.mttq.giamsat.console.ConsolePageTest;
import vn.mttq.giamsat.console.TestUsers;
import vn.mttq.giamsat.console.service.Service;
import vn.mttq.giamsat.console.service.ServiceProblem;
import vn.mttq.giamsat.console.service.ServiceUnavailable;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ConsolePageTest
@Import(ErrorPagesTests.FailingPages.class)
class ErrorPagesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aServiceThatCannotBeReachedIsNamedOnA503Page() throws Exception {
		this.mvc.perform(get("/test/unavailable").with(TestUsers.agencyOfficer()))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().string(containsString("Không kết nối được tới dịch vụ thông báo")));
	}

	@Test
	void aServicesNotFoundIsTheConsolesNotFoundAndSaysNothingMore() throws Exception {
		this.mvc.perform(get("/test/not-found").with(TestUsers.agencyOfficer()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Không tìm thấy trang")))
			.andExpect(content().string(not(containsString("so-tai-chinh"))));
	}

	@Test
	void aTokenTheServiceRefusesSendsThePersonToSignInAgainAndBack() throws Exception {
		this.mvc.perform(get("/test/token-refused").with(TestUsers.agencyOfficer()))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", startsWith("http://localhost:9000/oauth2/authorize?")));
	}

	@TestConfiguration(proxyBeanMethods = false)
	@Import(FailingPage.class)
	static class FailingPages {

	}

	@Controller
	static class FailingPage {

		@GetMapping("/test/unavailable")
		String unavailable() {
			throw new ServiceUnavailable(Service.NOTIFICATION, null);
		}

		@GetMapping("/test/token-refused")
		String tokenRefused() {
			throw new ClientAuthorizationRequiredException("giamsat");
		}

		@GetMapping("/test/not-found")
		String notFound() {
			throw ServiceProblem.of(Service.RECOMMENDATION, 404, "Recommendation so-tai-chinh-1 not found");
		}

	}

}
