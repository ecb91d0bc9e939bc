package vn.mttq.giamsat.localstack;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test class against the JVM-wide {@link LocalStack}; see
 * {@link LocalStackExtension}.
 * <p>
 * The stack and its system properties are in place before the test instance is created,
 * so a {@code @SpringBootTest} on the same class sees them whichever annotation comes
 * first and with either test instance lifecycle. Putting {@code @WithLocalStack} first is
 * still the clearest order: JUnit then also runs this extension's callbacks before
 * Spring's.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(LocalStackExtension.class)
public @interface WithLocalStack {

}
