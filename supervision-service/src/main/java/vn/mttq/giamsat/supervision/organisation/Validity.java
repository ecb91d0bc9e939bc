package vn.mttq.giamsat.supervision.organisation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Hiệu lực: the days a unit or an organisation exists, both included.
 *
 * @param from the first day
 * @param to the last day, or {@code null} while it still exists
 */
public record Validity(LocalDate from, LocalDate to) {

	static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	public boolean covers(LocalDate date) {
		return !date.isBefore(this.from) && (this.to == null || !date.isAfter(this.to));
	}

	/**
	 * Tells whether this interval lies wholly inside another.
	 * @param outer the other interval
	 * @return whether every day of this one is a day of the other
	 */
	public boolean within(Validity outer) {
		return outer.covers(this.from) && (outer.to == null || (this.to != null && !this.to.isAfter(outer.to)));
	}

	public boolean overlaps(Validity other) {
		return (this.to == null || !this.to.isBefore(other.from))
				&& (other.to == null || !other.to.isBefore(this.from));
	}

	@Override
	public String toString() {
		return "from " + this.from + ((this.to != null) ? " to " + this.to : " on");
	}

}
