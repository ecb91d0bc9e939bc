package vn.mttq.giamsat.support.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.SearchStrategy;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * Problems in the language a request asks for: Vietnamese when its
 * {@code Accept-Language} prefers {@code vi}, English otherwise. The application's
 * {@code MessageSource} reads each service's {@code messages/problems*.properties} and
 * this module's {@code messages/support-problems*.properties}; the same source gives Bean
 * Validation its messages (Boot's {@code MessageSourceMessageInterpolator}), so a
 * constraint's {@code message = "{giamsat.x.y}"} is looked up there too.
 */
@AutoConfiguration(before = { MessageSourceAutoConfiguration.class, WebMvcAutoConfiguration.class })
public class ProblemLanguageAutoConfiguration {

	/** Vietnamese. */
	public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/** The languages problems are answered in, English the default. */
	public static final List<Locale> LANGUAGES = List.of(VIETNAMESE, Locale.ENGLISH);

	/**
	 * Every text is a {@code MessageFormat} pattern, with or without arguments, so that
	 * {@code ''} is an apostrophe everywhere; a Bean Validation attribute is quoted
	 * ({@code '{max}'}). A language the files do not have falls back to the English of
	 * the base files or of the {@code Phrase}, never to the server's own language.
	 */
	@Bean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
	@ConditionalOnMissingBean(name = AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME,
			search = SearchStrategy.CURRENT)
	MessageSource messageSource() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/problems", "messages/support-problems");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setAlwaysUseMessageFormat(true);
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
	@ConditionalOnMissingBean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	LocaleResolver localeResolver() {
		return acceptLanguage();
	}

	/**
	 * Reads the {@code Accept-Language} header: {@code vi}, {@code vi-VN} or a list that
	 * prefers either gives Vietnamese; anything else English.
	 * @return the resolver
	 */
	public static LocaleResolver acceptLanguage() {
		AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
		resolver.setSupportedLocales(LANGUAGES);
		resolver.setDefaultLocale(Locale.ENGLISH);
		return resolver;
	}

}
