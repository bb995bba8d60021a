package org.ecs.config;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Keeps the module arrows of DESIGN.md true: gateways → core, ocr; routes → core,
 * gateways, ocr; web → core; core and ocr depend on none of ours; web never talks to
 * Camel, JMS or mail.
 */
class ModuleArrowsTest {

	private static JavaClasses ecs;

	@BeforeAll
	static void importEcs() {
		ecs = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.ecs");
	}

	@Test
	void shouldKeepCoreFreeOfEveryOtherModule() {
		noClasses().that()
			.resideInAPackage("org.ecs.core..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.ecs.ocr..", "org.ecs.gateways..", "org.ecs.routes..", "org.ecs.web..",
					"org.ecs.config..")
			.check(ecs);
	}

	@Test
	void shouldKeepOcrFreeOfEcs() {
		noClasses().that()
			.resideInAPackage("org.ecs.ocr..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.ecs.core..", "org.ecs.gateways..", "org.ecs.routes..", "org.ecs.web..",
					"org.ecs.config..")
			.check(ecs);
	}

	@Test
	void shouldLetGatewaysUseOnlyCoreAndOcr() {
		noClasses().that()
			.resideInAPackage("org.ecs.gateways..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.ecs.routes..", "org.ecs.web..", "org.ecs.config..")
			.check(ecs);
	}

	@Test
	void shouldLetRoutesUseOnlyCoreGatewaysAndOcr() {
		noClasses().that()
			.resideInAPackage("org.ecs.routes..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.ecs.web..", "org.ecs.config..")
			.check(ecs);
	}

	@Test
	void shouldLetWebUseOnlyCore() {
		noClasses().that()
			.resideInAPackage("org.ecs.web..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.ecs.ocr..", "org.ecs.gateways..", "org.ecs.routes..", "org.ecs.config..")
			.check(ecs);
	}

	@Test
	void shouldKeepWebAwayFromCamelJmsAndMail() {
		noClasses().that()
			.resideInAPackage("org.ecs.web..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.apache.camel..", "jakarta.jms..", "org.springframework.jms..", "jakarta.mail..",
					"org.springframework.mail..", "org.apache.activemq..")
			.check(ecs);
	}

}
