package vn.mttq.giamsat.console.front;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.mttq.giamsat.console.ConsolePageTest;
import vn.mttq.giamsat.console.TestUsers;
import vn.mttq.giamsat.console.front.activity.ActivityClient;
import vn.mttq.giamsat.console.front.item.ItemClient;
import vn.mttq.giamsat.console.front.letter.LetterClient;
import vn.mttq.giamsat.console.service.Service;
import vn.mttq.giamsat.console.service.ServiceUnavailable;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ConsolePageTest
class FrontHomePageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ActivityClient activities;

	@Autowired
	LetterClient letters;

	@Autowired
	ItemClient recommendations;

	@Test
	void anOfficialSeesTheirBodysActivitiesLettersOverdueItemsAndAnswersToReview() throws Exception {
		given(this.activities.inProgress(FrontSamples.BODY, 10))
			.willReturn(List.of(FrontSamples.activity("act-1", "Giám sát xử lý chất thải chăn nuôi", List.of())));
		given(this.letters.recent(FrontSamples.BODY, 10)).willReturn(List.of(FrontSamples.letter("letter-125", "act-1",
				FrontSamples.BODY, List.of(FrontSamples.letterItem("rec-1", "Xử lý trại lợn", "AWAITING")))));
		given(this.recommendations.overdue(FrontSamples.BODY)).willReturn(List.of(FrontSamples.recommendation("rec-2",
				"Công khai kết quả quan trắc", "OVERDUE", true, List.of("EXTEND"))));
		given(this.recommendations.inStatuses(FrontSamples.BODY, "RESOLUTION_REPORTED", "EXPLAINED",
				"REVIEW_REQUESTED"))
			.willReturn(List.of(FrontSamples.recommendation("rec-3", "Di dời trại lợn khỏi khu dân cư",
					"RESOLUTION_REPORTED", false, List.of("CLOSE_RESOLVED", "SEND_BACK"))));

		this.mvc.perform(get("/mat-tran").with(TestUsers.frontOfficial()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/mat-tran/hoat-dong/act-1\""),
					containsString("Giám sát xử lý chất thải chăn nuôi"),
					containsString("href=\"/mat-tran/hoat-dong/act-1/van-ban/letter-125\""),
					containsString("125/KN-MTTQ-BTT"), containsString("href=\"/mat-tran/kien-nghi/rec-2\""),
					containsString("Quá hạn"), containsString("href=\"/mat-tran/kien-nghi/rec-3\""),
					containsString("Đã báo cáo kết quả"))));
	}

	@Test
	void aServiceThatCannotBeReachedLeavesTheOtherPartsShown() throws Exception {
		given(this.letters.recent(FrontSamples.BODY, 10))
			.willReturn(List.of(FrontSamples.letter("letter-125", "act-1", FrontSamples.BODY, List.of())));
		given(this.recommendations.overdue(FrontSamples.BODY))
			.willThrow(new ServiceUnavailable(Service.RECOMMENDATION, null));
		given(this.recommendations.inStatuses(FrontSamples.BODY, "RESOLUTION_REPORTED", "EXPLAINED",
				"REVIEW_REQUESTED"))
			.willThrow(new ServiceUnavailable(Service.RECOMMENDATION, null));
		given(this.activities.inProgress(eq(FrontSamples.BODY), anyInt())).willReturn(List.of());

		this.mvc.perform(get("/mat-tran").with(TestUsers.frontOfficial()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("125/KN-MTTQ-BTT"),
					containsString("không kết nối được tới dịch vụ theo dõi kiến nghị"),
					containsString("Không có hoạt động nào đang triển khai."))));
	}

	@Test
	void anAgencyOfficerCannotOpenTheFrontsHome() throws Exception {
		this.mvc.perform(get("/mat-tran").with(TestUsers.agencyOfficer())).andExpect(status().isForbidden());
	}

}
