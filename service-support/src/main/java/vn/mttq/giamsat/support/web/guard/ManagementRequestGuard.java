package vn.mttq.giamsat.support.web.guard;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.util.unit.DataSize;

/**
 * The same first filter on the management port, which has a servlet context of its own
 * when it differs from the API's port: it answers without a token, so a bad query string
 * there must be a 400 as much as on the API.
 */
@ManagementContextConfiguration(value = ManagementContextType.CHILD, proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ManagementRequestGuard {

	@Bean
	FilterRegistrationBean<RequestGuardFilter> managementRequestGuardFilter(
			@Value("${giamsat.http.max-request-size:1MB}") String max,
			@Value("${giamsat.http.max-parameters:1000}") int maxParameters, FilterProblems problems) {
		// The child context has no conversion service of its own to read a DataSize.
		return RequestGuardFilter.first(DataSize.parse(max), maxParameters, problems);
	}

}
