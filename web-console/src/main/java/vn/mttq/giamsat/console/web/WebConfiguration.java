package vn.mttq.giamsat.console.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import vn.mttq.giamsat.console.ConsoleProperties;
import vn.mttq.giamsat.console.signin.SignedInUserResolver;

/**
 * Vietnamese first, English by {@code ?lang=en} (kept in the {@code lang} cookie), and
 * the signed-in person as a controller parameter.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConsoleProperties.class)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final ConsoleProperties properties;

	WebConfiguration(ConsoleProperties properties) {
		this.properties = properties;
	}

	@Bean
	LocaleResolver localeResolver() {
		return new VietnameseOrEnglish();
	}

	/**
	 * The bundles {@code messages/messages_vi.properties} (the default, also for a key
	 * missing in English) and {@code messages_en.properties}; MessageFormat everywhere,
	 * so {@code ''} for every apostrophe.
	 */
	@Bean
	MessageSource messageSource() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/messages");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		messages.setDefaultLocale(VIETNAMESE);
		messages.setAlwaysUseMessageFormat(true);
		return messages;
	}

	@Bean
	DisplayFormats fmt() {
		return new DisplayFormats();
	}

	@Bean
	SignedInUserResolver signedInUserResolver() {
		return new SignedInUserResolver(this.properties.claims());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor switchLanguage = new LocaleChangeInterceptor();
		switchLanguage.setParamName("lang");
		switchLanguage.setIgnoreInvalidLocale(true);
		registry.addInterceptor(switchLanguage);
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(signedInUserResolver());
	}

	/** The two languages the bundles have; anything else asked for is Vietnamese. */
	static final class VietnameseOrEnglish extends CookieLocaleResolver {

		VietnameseOrEnglish() {
			super("lang");
			setDefaultLocale(VIETNAMESE);
			setCookieMaxAge(Duration.ofDays(365));
			setCookieSameSite("Lax");
			setCookieHttpOnly(true);
		}

		@Override
		public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
			super.setLocale(request, response,
					(locale != null && "en".equals(locale.getLanguage())) ? Locale.ENGLISH : VIETNAMESE);
		}

	}

}
