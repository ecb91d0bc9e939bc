package vn.mttq.giamsat.console.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.mttq.giamsat.console.directory.OrganisationNames;
import vn.mttq.giamsat.console.signin.SignedInUser;
import vn.mttq.giamsat.console.signin.SignedInUserResolver;

/**
 * What the layout needs on every page: the person signed in ({@code user}, null on an
 * error page before sign-in) and their organisation's name ({@code organisationName}),
 * the page's language ({@code lang}) and path ({@code currentPath}, for the language
 * switch).
 */
@ControllerAdvice
class LayoutModel {

	private final SignedInUserResolver users;

	private final OrganisationNames organisations;

	LayoutModel(SignedInUserResolver users, OrganisationNames organisations) {
		this.users = users;
		this.organisations = organisations;
	}

	@ModelAttribute("user")
	SignedInUser user() {
		return this.users.current();
	}

	@ModelAttribute("organisationName")
	String organisationName() {
		SignedInUser user = this.users.current();
		if (user == null) {
			return null;
		}
		String name = this.organisations.nameOf(user.organisationId());
		return (name != null) ? name : user.organisationId();
	}

	/**
	 * Adds the same to the model of an exception handler, which the methods above do not
	 * reach.
	 */
	void addTo(Model model, HttpServletRequest request) {
		model.addAttribute("user", user());
		model.addAttribute("organisationName", organisationName());
		model.addAttribute("lang", lang());
		model.addAttribute("currentPath", currentPath(request));
	}

	@ModelAttribute("lang")
	String lang() {
		return LocaleContextHolder.getLocale().getLanguage();
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
