package vn.mttq.giamsat.support.web.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.http.HttpStatus;

/**
 * The success an endpoint answers when the OpenAPI description cannot see it from the
 * method alone: a {@code ResponseEntity} that answers 201 or 202 with a {@code Location},
 * or 204 without a body. For example
 * {@code @Responds(status = HttpStatus.CREATED, headers = HttpHeaders.LOCATION)}. A
 * method that answers one of two successes (a PUT that creates or replaces) carries two.
 * It documents the endpoint only; the method still answers what it returns.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(Responds.Several.class)
public @interface Responds {

	/**
	 * The status of a successful answer.
	 * @return the status
	 */
	HttpStatus status();

	/**
	 * The headers a successful answer carries, such as {@code Location} or {@code ETag}.
	 * @return the header names
	 */
	String[] headers() default {};

	/**
	 * The successes of a method that answers more than one.
	 */
	@Documented
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@interface Several {

		/**
		 * The successes.
		 * @return each success
		 */
		Responds[] value();

	}

}
