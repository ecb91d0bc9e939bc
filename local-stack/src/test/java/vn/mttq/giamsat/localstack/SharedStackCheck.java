package vn.mttq.giamsat.localstack;

import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lets several test classes check that they were given the same stack, whichever runs
 * first.
 */
final class SharedStackCheck {

	private static final AtomicReference<LocalStack> FIRST_SEEN = new AtomicReference<>();

	private SharedStackCheck() {
	}

	static void assertSameAsOtherClasses(LocalStack stack) {
		FIRST_SEEN.compareAndSet(null, stack);
		assertThat(stack).isSameAs(FIRST_SEEN.get());
	}

}
