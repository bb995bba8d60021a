package org.ecs.config;

import org.ecs.config.admin.CreateAdministrator;
import org.ecs.config.startup.StartupSteps;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The one Spring Boot application of ECS: it scans every module's {@code org.ecs}
 * packages. {@code create-admin} as first argument creates an administrator and exits
 * ({@link CreateAdministrator}).
 */
@SpringBootApplication(scanBasePackages = "org.ecs")
public class EcsApplication {

	public static void main(String[] args) {
		if (args.length > 0 && CreateAdministrator.COMMAND.equals(args[0])) {
			System.exit(new CreateAdministrator(EcsApplication.class, System.in, System.out).run(args));
		}
		SpringApplication application = new SpringApplication(EcsApplication.class);
		StartupSteps.install(application);
		application.run(args);
	}

}
