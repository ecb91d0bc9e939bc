package vn.mttq.giamsat.supervision.paper;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates, places and file names as the paper prints them.
 */
class PaperWordingTests {

	@Test
	void givesADayBelowTenAndJanuaryAndFebruaryALeadingZero() {
		assertThat(PaperDates.inWords(LocalDate.of(2026, 2, 5))).isEqualTo("ngày 05 tháng 02 năm 2026");
		assertThat(PaperDates.inWords(LocalDate.of(2026, 4, 2))).isEqualTo("ngày 02 tháng 4 năm 2026");
		assertThat(PaperDates.inWords(LocalDate.of(2026, 1, 15))).isEqualTo("ngày 15 tháng 01 năm 2026");
		assertThat(PaperDates.inWords(LocalDate.of(2026, 12, 31))).isEqualTo("ngày 31 tháng 12 năm 2026");
	}

	@Test
	void datesAPaperAtTheUnitsNameWithoutItsKind() {
		assertThat(Letterheads.place("Tỉnh Điện Biên")).isEqualTo("Điện Biên");
		assertThat(Letterheads.place("Thành phố Điện Biên Phủ")).isEqualTo("Điện Biên Phủ");
		assertThat(Letterheads.place("Xã Mường Phăng (huyện Điện Biên)")).isEqualTo("Mường Phăng");
		assertThat(Letterheads.place("Phường Điện Biên Phủ")).isEqualTo("Điện Biên Phủ");
	}

	@Test
	void namesTheFileAfterTheNumberWithoutItsSlashes() {
		assertThat(Downloads.fileName("125/KN-MTTQ-BTT")).isEqualTo("125-KN-MTTQ-BTT");
		assertThat(Downloads.fileName(" 07/NĐ MTTQ ")).isEqualTo("07-NĐ-MTTQ");
		assertThat(Downloads.fileName("///")).isEqualTo("van-ban");
	}

}
