package vn.mttq.giamsat.support.web;

import org.apache.catalina.core.StandardHost;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Normalizes every text a request brings to Unicode NFC before the application sees it:
 * strings in JSON bodies (through Boot's {@code JsonMapper}, which also reads consumed
 * events), request parameters and path variables.
 *
 * @see UnicodeNormalization
 */
@AutoConfiguration(before = JacksonAutoConfiguration.class)
public class WebInputAutoConfiguration {

	/**
	 * Boot's JSON mapper builder on a parser with limits, so that a body is refused while
	 * it is read, before anything is bound: at most {@code max-tokens} tokens (a list of
	 * 190,000 {@code null}s is under 1 MB and would bind into as many validation errors),
	 * {@code max-nesting-depth} levels, and bounded names and texts. The same mapper
	 * reads the consumed events, which are far smaller.
	 */
	@Bean
	@Scope("prototype")
	@ConditionalOnMissingBean
	JsonMapper.Builder jsonMapperBuilder(ObjectProvider<JsonMapperBuilderCustomizer> customizers,
			@Value("${giamsat.http.json.max-tokens:20000}") long maxTokens,
			@Value("${giamsat.http.json.max-nesting-depth:32}") int maxDepth,
			@Value("${giamsat.http.json.max-string-length:1000000}") int maxString) {
		StreamReadConstraints limits = StreamReadConstraints.builder()
			.maxTokenCount(maxTokens)
			.maxNestingDepth(maxDepth)
			.maxStringLength(maxString)
			.maxNameLength(1000)
			.maxNumberLength(100)
			.build();
		JsonMapper.Builder builder = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(limits).build());
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return builder;
	}

	@Bean
	JsonMapperBuilderCustomizer unicodeNormalizingJsonMapper() {
		return (builder) -> builder.addModule(UnicodeNormalization.jacksonModule());
	}

	/**
	 * A number is not an enum value ({@code "level": 1}) nor a date
	 * ({@code "startDate": 12345}), and a fraction is not a whole number
	 * ({@code "days": 1.5}): Jackson would accept all three silently, the last cut to
	 * {@code 1}.
	 */
	@Bean
	JsonMapperBuilderCustomizer strictEnumsAndDates() {
		return (builder) -> builder.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			.withCoercionConfig(LogicalType.DateTime,
					(coercion) -> coercion.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Integer,
					(coercion) -> coercion.setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
	}

	/**
	 * Errors Tomcat raises before any filter (an encoded slash or NUL in the path) answer
	 * as problem+json too.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
		return (factory) -> factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
			}
		});
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	static class ServletInput {

		@Bean
		FilterRegistrationBean<UnicodeNormalizingFilter> unicodeNormalizingFilter() {
			FilterRegistrationBean<UnicodeNormalizingFilter> registration = new FilterRegistrationBean<>(
					new UnicodeNormalizingFilter());
			// Right after the size limit, before security and the rest of the chain.
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
			return registration;
		}

		@Bean
		WebMvcConfigurer unicodeNormalizingPathVariables() {
			return new WebMvcConfigurer() {
				@Override
				public void addInterceptors(InterceptorRegistry registry) {
					registry.addInterceptor(new UnicodeNormalizingFilter.PathVariables());
				}
			};
		}

	}

}
