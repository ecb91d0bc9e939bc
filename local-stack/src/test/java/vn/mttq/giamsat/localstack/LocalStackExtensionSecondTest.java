package vn.mttq.giamsat.localstack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second class on the extension: it must get the very same stack as
 * {@link LocalStackExtensionTest}, whichever of the two runs first.
 */
@WithLocalStack
class LocalStackExtensionSecondTest {

	private final LocalStack stack;

	LocalStackExtensionSecondTest(LocalStack stack) {
		this.stack = stack;
	}

	@Test
	void getsTheSameStackAsTheOtherClasses() {
		assertThat(this.stack).isSameAs(LocalStackExtension.stack());
		SharedStackCheck.assertSameAsOtherClasses(this.stack);
	}

}
