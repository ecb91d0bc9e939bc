package vn.mttq.giamsat.recommendation.deadline;

import java.nio.file.Path;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where operators put calendar files beside those shipped with the service, and which
 * unconfirmed days off they switch off.
 *
 * @param directory a directory whose {@code *.yml} files are read after the shipped
 * {@code calendar/*.yml}, for example next year's announcement; {@code null} for none
 * @param excludedOccasions recurring holidays marked {@code confirmed: false} that are
 * not to count as days off, for example {@code culture-day}; changing it changes the
 * calendar version, so open due dates are computed again
 */
@ConfigurationProperties("giamsat.calendar")
public record CalendarProperties(Path directory, Set<String> excludedOccasions) {

	public CalendarProperties {
		excludedOccasions = (excludedOccasions != null) ? Set.copyOf(excludedOccasions) : Set.of();
	}

}
