package vn.mttq.giamsat.console.front.directory;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.mttq.giamsat.console.ConsolePageTest;
import vn.mttq.giamsat.console.TestUsers;
import vn.mttq.giamsat.console.front.FrontSamples;
import vn.mttq.giamsat.console.service.PageOf;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.mttq.giamsat.console.HtmlTags.hasTag;

@ConsolePageTest
class DirectoryPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DirectoryClient directory;

	@Test
	void anOfficialFindsAnOrganisationTypedWithoutDiacriticsWithItsKindAndLevelInWords() throws Exception {
		given(this.directory.search("muong phang", 50))
			.willReturn(new PageOf<>(List.of(new Organisation(FrontSamples.COMMUNE, "UBND xã Mường Phăng",
					"PEOPLES_COMMITTEE", "COMMUNE", "ubnd-tinh-dien-bien")), 0, 20, 1, 1));

		this.mvc.perform(get("/mat-tran/danh-ba").param("q", " muong phang ").with(TestUsers.frontOfficial()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("UBND xã Mường Phăng"), containsString("Ủy ban nhân dân"),
					containsString("<td>Xã</td>"), containsString("value=\"muong phang\""))));
	}

	@Test
	void anEmptySearchAsksNothing() throws Exception {
		this.mvc.perform(get("/mat-tran/danh-ba").with(TestUsers.frontOfficial()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Danh bạ cơ quan, tổ chức")));

		then(this.directory).should(never()).search(anyString(), anyInt());
	}

	@Test
	void theSearchSwapsOnlyItsResultsWithHtmxAndIsStillAPlainGetForm() throws Exception {
		given(this.directory.search("muong phang", 50))
			.willReturn(new PageOf<>(List.of(new Organisation(FrontSamples.COMMUNE, "UBND xã Mường Phăng",
					"PEOPLES_COMMITTEE", "COMMUNE", "ubnd-tinh-dien-bien")), 0, 20, 1, 1));

		this.mvc.perform(get("/mat-tran/danh-ba").param("q", "muong phang").with(TestUsers.frontOfficial()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					hasTag("form", "action=\"/mat-tran/danh-ba\"", "method=\"get\"", "hx-get=\"/mat-tran/danh-ba\"",
							"hx-select=\"#directory-results\"", "hx-target=\"#directory-results\"",
							"hx-swap=\"outerHTML\"", "hx-push-url=\"true\""),
					matchesPattern("(?s).*<div id=\"directory-results\"[^>]*>.*UBND xã Mường Phăng.*</div>.*"))));
	}

}
