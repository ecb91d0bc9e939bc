package vn.mttq.giamsat.console;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The web console: signs people in at auth-server, keeps their tokens on the server and
 * shows the services' data as server-rendered pages.
 */
@SpringBootApplication
public class WebConsoleApplication {

	public static void main(String[] args) {
		SpringApplication.run(WebConsoleApplication.class, args);
	}

}
