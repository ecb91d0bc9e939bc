package vn.mttq.giamsat.console.front.letter;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.mttq.giamsat.console.ConsolePageTest;
import vn.mttq.giamsat.console.TestUsers;
import vn.mttq.giamsat.console.front.FrontSamples;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ConsolePageTest
class LetterPageTests {

	private static final String PAGE = "/mat-tran/hoat-dong/act-1/van-ban/letter-125";

	@Autowired
	MockMvc mvc;

	@Autowired
	LetterClient letters;

	@Test
	void theLetterShowsEachItemsLiveStatusAndItsDownloads() throws Exception {
		given(this.letters.get("act-1", "letter-125")).willReturn(FrontSamples.letter("letter-125", "act-1",
				FrontSamples.BODY, List.of(FrontSamples.letterItem("rec-1", "Xử lý trại lợn", "RESOLVED"),
						FrontSamples.letterItem("rec-2", "Công khai quan trắc", "OVERDUE"))));

		this.mvc.perform(get(PAGE).with(TestUsers.frontOfficial()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Văn bản số 125/KN-MTTQ-BTT"),
					containsString("href=\"/mat-tran/kien-nghi/rec-1\""), containsString("Đã giải quyết"),
					containsString("status-overdue"), containsString(PAGE + "/van-ban-chinh-thuc?format=PDF"),
					containsString(PAGE + "/van-ban-chinh-thuc?format=DOCX"),
					containsString(PAGE + "/tai-lieu/scan-1"))));
	}

	@Test
	void anotherBodysLetterLooksLikeNothing() throws Exception {
		given(this.letters.get("act-1", "letter-125"))
			.willReturn(FrontSamples.letter("letter-125", "act-1", "ubmttq-huyen-dien-bien-dong",
					List.of(FrontSamples.letterItem("rec-1", "Xử lý trại lợn", "AWAITING"))));

		this.mvc.perform(get(PAGE).with(TestUsers.frontOfficial()))
			.andExpect(status().isNotFound())
			.andExpect(content()
				.string(allOf(containsString("Không tìm thấy trang"), not(containsString("Xử lý trại lợn")))));
	}

	@Test
	void theOfficialDocumentIsStreamedThroughTheConsole() throws Exception {
		given(this.letters.get("act-1", "letter-125"))
			.willReturn(FrontSamples.letter("letter-125", "act-1", FrontSamples.BODY, List.of()));

		this.mvc.perform(get(PAGE + "/van-ban-chinh-thuc").param("format", "DOCX").with(TestUsers.frontOfficial()))
			.andExpect(status().isOk());

		then(this.letters).should().officialDocument(eq("act-1"), eq("letter-125"), eq("DOCX"), any());
	}

	@Test
	void anotherBodysOfficialDocumentIsNotStreamed() throws Exception {
		given(this.letters.get("act-1", "letter-125"))
			.willReturn(FrontSamples.letter("letter-125", "act-1", "ubmttq-huyen-dien-bien-dong", List.of()));

		this.mvc.perform(get(PAGE + "/van-ban-chinh-thuc").with(TestUsers.frontOfficial()))
			.andExpect(status().isNotFound());

		then(this.letters).should(never()).officialDocument(anyString(), anyString(), anyString(), any());
	}

}
