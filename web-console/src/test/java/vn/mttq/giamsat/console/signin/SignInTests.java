package vn.mttq.giamsat.console.signin;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.mttq.giamsat.console.ConsolePageTest;
import vn.mttq.giamsat.console.TestUsers;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ConsolePageTest
class SignInTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aPersonWithoutASessionIsSentToSignInAtAuthServer() throws Exception {
		this.mvc.perform(get("/co-quan"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/oauth2/authorization/giamsat"));
	}

	@Test
	void theSignInRequestUsesPkce() throws Exception {
		this.mvc.perform(get("/oauth2/authorization/giamsat"))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", allOf(startsWith("http://localhost:9000/oauth2/authorize?"),
					containsString("code_challenge="), containsString("code_challenge_method=S256"))));
	}

	@Test
	void anHtmxRequestWithoutASessionReloadsItsPageToSignIn() throws Exception {
		this.mvc
			.perform(get("/co-quan").header("HX-Request", "true")
				.header("HX-Current-URL", "http://localhost/co-quan/kien-nghi?page=2"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("HX-Redirect", "/co-quan/kien-nghi?page=2"));
	}

	@Test
	void eachRoleHasItsHomePage() throws Exception {
		this.mvc.perform(get("/").with(TestUsers.agencyOfficer())).andExpect(redirectedUrl("/co-quan"));
		this.mvc.perform(get("/").with(TestUsers.frontOfficial())).andExpect(redirectedUrl("/mat-tran"));
		this.mvc.perform(get("/").with(TestUsers.monitor())).andExpect(redirectedUrl("/tong-quan"));
	}

	@Test
	void anAgencyOfficerMayNotOpenTheFrontsPages() throws Exception {
		this.mvc.perform(get("/mat-tran").with(TestUsers.agencyOfficer()))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Không có quyền truy cập")));
	}

	@Test
	void theHeaderNamesThePersonSignedIn() throws Exception {
		this.mvc.perform(get("/tong-quan").with(TestUsers.monitor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span id=\"signed-in-user\">Lường Thị Hoa</span>")));
	}

	@Test
	void signingOutNeedsTheCsrfTokenAndEndsTheSessionAtAuthServer() throws Exception {
		this.mvc.perform(post("/logout").with(TestUsers.agencyOfficer())).andExpect(status().isForbidden());
		this.mvc.perform(post("/logout").with(TestUsers.agencyOfficer()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", allOf(startsWith("http://localhost:9000/connect/logout?"),
					containsString("id_token_hint="), containsString("post_logout_redirect_uri="))));
	}

	@Test
	void everyAnswerCarriesAStrictContentSecurityPolicy() throws Exception {
		this.mvc.perform(get("/tong-quan").with(TestUsers.monitor()))
			.andExpect(header().string("Content-Security-Policy",
					allOf(containsString("default-src 'self'"), containsString("script-src 'self';"),
							containsString("style-src 'self';"),
							containsString("form-action 'self' http://localhost:9000;"),
							containsString("frame-ancestors 'none'"), not(containsString("unsafe-inline")),
							not(containsString("unsafe-eval")))))
			.andExpect(header().string("Referrer-Policy", "same-origin"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

}
