package org.ecs.config;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The one Spring Boot application of ECS: it scans every module's {@code org.ecs}
 * packages.
 */
@SpringBootApplication(scanBasePackages = "org.ecs")
public class EcsApplication {

	public static void main(String[] args) {
		SpringApplication.run(EcsApplication.class, args);
	}

}
