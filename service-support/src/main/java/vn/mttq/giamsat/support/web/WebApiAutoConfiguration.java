package vn.mttq.giamsat.support.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;

import vn.mttq.giamsat.support.web.guard.FilterProblems;
import vn.mttq.giamsat.support.web.guard.RequestGuardFilter;

/**
 * Every service's HTTP API: the guard every request meets first, problem+json for every
 * error, and the OpenAPI description with its sign-in.
 */
@AutoConfiguration
public class WebApiAutoConfiguration {

	/**
	 * The first filter: bodies up to {@code giamsat.http.max-request-size}, multipart
	 * uploads up to {@code spring.servlet.multipart.max-request-size} (a document and its
	 * form fields), which must leave room for a file of
	 * {@code giamsat.documents.max-file-size}.
	 */
	@Bean
	FilterRegistrationBean<RequestGuardFilter> requestGuardFilter(
			@Value("${giamsat.http.max-request-size:1MB}") DataSize max,
			@Value("${spring.servlet.multipart.max-request-size:21MB}") DataSize maxUpload,
			@Value("${giamsat.documents.max-file-size:20MB}") DataSize maxDocument,
			@Value("${giamsat.http.max-parameters:1000}") int maxParameters, FilterProblems problems) {
		if (maxUpload.toBytes() <= maxDocument.toBytes()) {
			throw new IllegalStateException("spring.servlet.multipart.max-request-size (" + maxUpload
					+ ") must be larger than giamsat.documents.max-file-size (" + maxDocument
					+ "), leaving room for the upload's other fields");
		}
		return RequestGuardFilter.first(max, maxUpload, maxParameters, problems);
	}

	/**
	 * The writer of the problems filters answer, in the request's language: the
	 * application's locale resolver (read at each request, since filters are made before
	 * Spring MVC), else the {@code Accept-Language} one of this module.
	 */
	@Bean
	FilterProblems filterProblems(JsonMapper json, MessageSource messageSource,
			ObjectProvider<LocaleResolver> localeResolver) {
		LocaleResolver fallback = ProblemLanguageAutoConfiguration.acceptLanguage();
		return new FilterProblems(json, messageSource,
				(request) -> localeResolver.getIfAvailable(() -> fallback).resolveLocale(request));
	}

	@Bean
	ProblemDetailsAdvice problemDetailsAdvice(@Value("${spring.servlet.multipart.max-file-size:20MB}") DataSize maxFile,
			@Value("${spring.servlet.multipart.max-request-size:21MB}") DataSize maxUpload) {
		return new ProblemDetailsAdvice(maxFile, maxUpload);
	}

	@Bean
	ProblemLanguage problemLanguage() {
		return new ProblemLanguage();
	}

	@Bean
	@ConditionalOnMissingBean
	OpenAPI openApi(@Value("${spring.application.name}") String name,
			@Value("${giamsat.api.description:}") String description,
			@Value("${giamsat.api.oauth.authorization-url}") String authorizationUrl,
			@Value("${giamsat.api.oauth.token-url}") String tokenUrl) {
		OAuthFlow authorizationCode = new OAuthFlow().authorizationUrl(authorizationUrl)
			.tokenUrl(tokenUrl)
			.scopes(new Scopes().addString("openid", "who you are").addString("profile", "your name"));
		return new OpenAPI()
			.info(new Info().title(name + " API")
				.version("v1")
				.description(description + " Every error is RFC 9457 problem+json with a stable type"
						+ " (urn:giamsat:problem:*); validation problems list each invalid field under errors."))
			.components(new Components()
				.addSecuritySchemes("signIn",
						new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
							.description("Sign in at the OpenID Connect provider (Authorize button)")
							.flows(new OAuthFlows().authorizationCode(authorizationCode)))
				.addSecuritySchemes("bearer",
						new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
			.addSecurityItem(new SecurityRequirement().addList("signIn"))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

}
