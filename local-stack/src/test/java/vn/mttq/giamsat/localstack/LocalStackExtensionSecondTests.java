package vn.mttq.giamsat.localstack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second class on the extension: it must get the very same stack as
 * {@link LocalStackExtensionTests}, whichever of the two runs first.
 */
@WithLocalStack
class LocalStackExtensionSecondTests {

	private final LocalStack stack;

	LocalStackExtensionSecondTests(LocalStack stack) {
		this.stack = stack;
	}

	@Test
	void getsTheSameStackAsTheOtherClasses() {
		assertThat(this.stack).isSameAs(LocalStackExtension.stack());
		SharedStackCheck.assertSameAsOtherClasses(this.stack);
	}

}
