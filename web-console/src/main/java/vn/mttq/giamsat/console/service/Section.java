package vn.mttq.giamsat.console.service;

import java.util.function.Supplier;

/**
 * A part of a page loaded from a service that may be unavailable: either its value or the
 * service that could not be reached (the fragment {@code fragments :: unavailable} says
 * so in its place).
 *
 * @param <T> the value's type
 * @param value the value, null when unavailable
 * @param unavailable the service that could not be reached, null when loaded
 */
public record Section<T>(T value, Service unavailable) {

	/** Loads the section, or notes which service could not be reached. */
	public static <T> Section<T> load(Supplier<T> loader) {
		try {
			return new Section<>(loader.get(), null);
		}
		catch (ServiceUnavailable ex) {
			return new Section<>(null, ex.service());
		}
	}

	public boolean available() {
		return this.unavailable == null;
	}

}
