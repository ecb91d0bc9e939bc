package vn.mttq.giamsat.supervision.organisation;

import java.time.LocalDate;
import java.util.List;

import vn.mttq.giamsat.support.domain.Phrase;

/**
 * Cấp: the level of the Front body that leads an activity, as it was on the activity's
 * date.
 */
public enum AdministrativeLevel {

	/** Trung ương. */
	CENTRAL,

	/** Cấp tỉnh. */
	PROVINCE,

	/** Cấp huyện: abolished by the two-level local government from 1 July 2025. */
	DISTRICT,

	/** Cấp xã (xã, phường, đặc khu). */
	COMMUNE;

	/** The first day of the two-level local government (Law 72/2025, Law 97/2025). */
	public static final LocalDate TWO_LEVEL_REFORM = LocalDate.of(2025, 7, 1);

	/**
	 * Tells whether this level existed on a date.
	 * @param date the date of the record
	 * @return {@code false} only for the district level on or after the 2025 reform
	 */
	public boolean existedOn(LocalDate date) {
		return this != DISTRICT || date.isBefore(TWO_LEVEL_REFORM);
	}

	/**
	 * The level in words ("province"), translated under {@code level.<LEVEL>}.
	 * @return the phrase
	 */
	public Phrase phrase() {
		String english = switch (this) {
			case CENTRAL -> "central";
			case PROVINCE -> "province";
			case DISTRICT -> "district";
			case COMMUNE -> "commune";
		};
		return new Phrase("level." + name(), english, List.of());
	}

}
