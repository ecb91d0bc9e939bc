package vn.mttq.giamsat.recommendation.deadline;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Binds the properties of the calendar ({@code giamsat.calendar.*}) and of the deadline
 * rules ({@code giamsat.deadline.*}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ CalendarProperties.class, DeadlineProperties.class })
class DeadlineConfiguration {

}
