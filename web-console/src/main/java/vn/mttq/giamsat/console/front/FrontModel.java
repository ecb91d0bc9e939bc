package vn.mttq.giamsat.console.front;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.mttq.giamsat.console.directory.OrganisationNames;

/**
 * What every Front page may show: an organisation's name by its id ({@code names.of(id)}
 * in a template; the id itself when the directory cannot say).
 */
@ControllerAdvice(basePackages = "vn.mttq.giamsat.console.front")
class FrontModel {

	private final OrganisationNames organisations;

	FrontModel(OrganisationNames organisations) {
		this.organisations = organisations;
	}

	@ModelAttribute("names")
	Names names() {
		return new Names(this.organisations);
	}

	/**
	 * Organisations' names, for templates.
	 *
	 * @param organisations the directory's names
	 */
	public record Names(OrganisationNames organisations) {

		/** The organisation's name, or its id when the directory cannot say. */
		public String of(String id) {
			String name = this.organisations.nameOf(id);
			return (name != null) ? name : id;
		}

	}

}
