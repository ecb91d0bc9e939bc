package vn.mttq.giamsat.auth;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.mttq.giamsat.auth.user.UserDirectory;
import vn.mttq.giamsat.auth.user.UsersFile;

/**
 * The users, read once at startup from the users file.
 */
@Configuration(proxyBeanMethods = false)
class UsersConfiguration {

	private static final Log logger = LogFactory.getLog(UsersConfiguration.class);

	@Bean
	UserDirectory userDirectory(AuthServerProperties properties, ResourceLoader resourceLoader) {
		Resource file = resourceLoader.getResource(properties.usersFile());
		UserDirectory users = new UserDirectory(UsersFile.load(file));
		logger.info("Loaded " + users.all().size() + " users from " + file.getDescription());
		return users;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		// Each stored password names its encoding ({bcrypt}, {noop}, ...).
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
