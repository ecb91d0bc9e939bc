package vn.mttq.giamsat.supervision.paper;

import java.util.List;

/**
 * The top of a document: who issues it (the body above it, the body itself), the number,
 * and the place and date (Decree 30/2020 Appendix I).
 *
 * @param authority the lines naming the committee above the issuing board (upper case,
 * regular), e.g. "ỦY BAN MTTQ VIỆT NAM", "TỈNH ĐIỆN BIÊN"
 * @param body the issuing body (upper case, bold), e.g. "BAN THƯỜNG TRỰC"
 * @param number the number and symbol as printed: "Số: 125/KN-MTTQ-BTT"
 * @param place the place name before the date: "Điện Biên"
 * @param date the date in words: "ngày 02 tháng 4 năm 2026"
 */
public record Letterhead(List<String> authority, String body, String number, String place, String date) {

	public Letterhead {
		authority = List.copyOf(authority);
	}

	/** The place and date as one italic line: "Điện Biên, ngày 02 tháng 4 năm 2026". */
	public String placeAndDate() {
		return this.place + ", " + this.date;
	}

}
