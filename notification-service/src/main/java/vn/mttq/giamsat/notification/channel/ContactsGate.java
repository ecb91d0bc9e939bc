package vn.mttq.giamsat.notification.channel;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.mttq.giamsat.support.security.Actor;

/**
 * Checks whose contacts a request is about before its body is read or validated: another
 * organisation's contacts (or one the directory does not know) are not found, whatever
 * the body says, so a malformed body tells a stranger nothing either.
 */
@Configuration(proxyBeanMethods = false)
class ContactsGate implements WebMvcConfigurer, HandlerInterceptor {

	private final ContactsManagement contacts;

	ContactsGate(ContactsManagement contacts) {
		this.contacts = contacts;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/api/v1/organisations/*/contacts");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (variables instanceof Map<?, ?> path && path.get("orgId") instanceof String organisationId) {
			if (authentication == null || !(authentication.getDetails() instanceof Actor actor)) {
				throw new AuthenticationCredentialsNotFoundException("No signed-in actor");
			}
			this.contacts.checkVisible(organisationId, actor);
		}
		return true;
	}

}
