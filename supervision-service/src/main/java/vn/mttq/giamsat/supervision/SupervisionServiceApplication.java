package vn.mttq.giamsat.supervision;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Records the Front's supervision activities and the recommendation letters that conclude
 * them, and publishes every recommendation item it issues.
 */
@SpringBootApplication
public class SupervisionServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(SupervisionServiceApplication.class, args);
	}

}
