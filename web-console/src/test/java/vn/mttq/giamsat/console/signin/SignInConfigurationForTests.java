package vn.mttq.giamsat.console.signin;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Brings the console's (package-private) security configuration into web-layer tests.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SecurityConfiguration.class)
public class SignInConfigurationForTests {

}
