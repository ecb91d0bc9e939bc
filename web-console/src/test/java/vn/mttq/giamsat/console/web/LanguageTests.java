package vn.mttq.giamsat.console.web;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.mttq.giamsat.console.ConsolePageTest;
import vn.mttq.giamsat.console.TestUsers;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;

@ConsolePageTest
class LanguageTests {

	@Autowired
	MockMvc mvc;

	@Test
	void pagesAreInVietnameseByDefault() throws Exception {
		this.mvc.perform(get("/tong-quan").with(TestUsers.monitor()).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("<html lang=\"vi\">")))
			.andExpect(content().string(containsString("Đăng xuất")));
	}

	@Test
	void theSwitchTurnsThePageIntoEnglishAndACookieKeepsIt() throws Exception {
		this.mvc.perform(get("/tong-quan").param("lang", "en").with(TestUsers.monitor()))
			.andExpect(content().string(containsString("<html lang=\"en\">")))
			.andExpect(content().string(containsString("Sign out")))
			.andExpect(cookie().value("lang", "en"));
		this.mvc.perform(get("/tong-quan").cookie(new Cookie("lang", "en")).with(TestUsers.monitor()))
			.andExpect(content().string(containsString("Sign out")));
	}

	@Test
	void aLanguageWithoutBundlesIsVietnamese() throws Exception {
		this.mvc.perform(get("/tong-quan").param("lang", "fr").with(TestUsers.monitor()))
			.andExpect(content().string(containsString("<html lang=\"vi\">")));
	}

}
