package vn.mttq.giamsat.notification.message;

import java.util.Map;

/**
 * The template texts an administrator changed, which take the place of the shipped ones.
 */
@FunctionalInterface
public interface TemplateOverrides {

	/**
	 * The changed texts of a language.
	 * @param language the language
	 * @return text by template key
	 */
	Map<String, String> of(Language language);

}
