package vn.mttq.giamsat.recommendation.deadline;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where operators put calendar files beside those shipped with the service.
 *
 * @param directory a directory whose {@code *.yml} files are read after the shipped
 * {@code calendar/*.yml}, for example next year's announcement; {@code null} for none
 */
@ConfigurationProperties("giamsat.calendar")
public record CalendarProperties(Path directory) {

}
