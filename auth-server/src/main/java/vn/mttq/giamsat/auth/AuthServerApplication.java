package vn.mttq.giamsat.auth;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The OpenID Connect provider of the local run and the demo: it signs in the users of a
 * configuration file and issues JWTs with their roles and organisation.
 */
@SpringBootApplication
@EnableConfigurationProperties(AuthServerProperties.class)
public class AuthServerApplication {

	public static void main(String[] args) {
		SpringApplication.run(AuthServerApplication.class, args);
	}

}
