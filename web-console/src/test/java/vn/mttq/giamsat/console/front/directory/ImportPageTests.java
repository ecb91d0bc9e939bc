package vn.mttq.giamsat.console.front.directory;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

import vn.mttq.giamsat.console.ConsolePageTest;
import vn.mttq.giamsat.console.TestUsers;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ConsolePageTest
class ImportPageTests {

	private static final String ADMIN = "quantri";

	@Autowired
	MockMvc mvc;

	@Autowired
	DirectoryClient directory;

	@Test
	void anAdministratorUploadsAFileAndIsTakenToItsJob() throws Exception {
		given(this.directory.upload(eq(DirectoryClient.ImportTarget.ORGANISATIONS), any()))
			.willReturn(job("job-7", "QUEUED", List.of()));
		MockMultipartFile file = new MockMultipartFile("file", "to-chuc.csv", "text/csv",
				"id,name,kind,level\n".getBytes());

		this.mvc
			.perform(multipart("/mat-tran/nhap-danh-ba").file(file)
				.param("target", "ORGANISATIONS")
				.with(admin())
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/mat-tran/nhap-danh-ba/job-7"));
	}

	@Test
	void theJobShowsEachRefusedRowWithItsLineColumnAndError() throws Exception {
		given(this.directory.job("job-7"))
			.willReturn(job("job-7", "FAILED", List.of(new ImportJob.Error("line[5].name", "ô B5 chứa công thức"),
					new ImportJob.Error("line[12].parentId", "không có tổ chức cấp trên này"))));

		this.mvc.perform(get("/mat-tran/nhap-danh-ba/job-7").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Không nhập được"), containsString("<td>5</td>"),
					containsString("ô B5 chứa công thức"), containsString("<td>12</td>"),
					containsString("<code>parentId</code>"))));
	}

	@Test
	void aFileIsRequired() throws Exception {
		this.mvc.perform(multipart("/mat-tran/nhap-danh-ba").with(admin()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Cần chọn tệp để nhập.")));
	}

	@Test
	void aFrontOfficialCannotImportTheDirectory() throws Exception {
		this.mvc.perform(get("/mat-tran/nhap-danh-ba").with(TestUsers.frontOfficial()))
			.andExpect(status().isForbidden());
	}

	private static OidcLoginRequestPostProcessor admin() {
		return TestUsers.user(ADMIN, "Quản trị hệ thống", "ubmttq-tinh-dien-bien", "ADMIN");
	}

	private static ImportJob job(String id, String status, List<ImportJob.Error> errors) {
		return new ImportJob(id, "organisations", status, 20, 20, 0, 0, 0, errors, errors.size(), null);
	}

}
