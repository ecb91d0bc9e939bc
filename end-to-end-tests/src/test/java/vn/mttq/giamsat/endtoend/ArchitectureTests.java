package vn.mttq.giamsat.endtoend;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The structure the services keep: they share only the contracts and service-support,
 * their feature packages form no cycles, and the contracts depend on nothing of ours.
 */
class ArchitectureTests {

	static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("vn.mttq.giamsat");

	@Test
	void servicesDoNotReachIntoEachOther() {
		slices().matching("vn.mttq.giamsat.(supervision|recommendation|notification)..")
			.should()
			.notDependOnEachOther()
			.check(CLASSES);
	}

	@Test
	void featurePackagesHaveNoCycles() {
		slices().matching("vn.mttq.giamsat.(*).(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void eventContractsDependOnNoFrameworkAndNoService() {
		noClasses().that()
			.resideInAPackage("vn.mttq.giamsat.events..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "tools.jackson..", "vn.mttq.giamsat.support..",
					"vn.mttq.giamsat.supervision..", "vn.mttq.giamsat.recommendation..",
					"vn.mttq.giamsat.notification..")
			.check(CLASSES);
	}

	@Test
	void sharedSupportKnowsNoService() {
		noClasses().that()
			.resideInAPackage("vn.mttq.giamsat.support..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("vn.mttq.giamsat.supervision..", "vn.mttq.giamsat.recommendation..",
					"vn.mttq.giamsat.notification..")
			.check(CLASSES);
	}

	@Test
	void everyEndpointNamesWhoMayCallIt() {
		methods().that()
			.areAnnotatedWith(GetMapping.class)
			.or()
			.areAnnotatedWith(PostMapping.class)
			.or()
			.areAnnotatedWith(PutMapping.class)
			.or()
			.areAnnotatedWith(PatchMapping.class)
			.or()
			.areAnnotatedWith(DeleteMapping.class)
			.or()
			.areAnnotatedWith(RequestMapping.class)
			.should()
			.beAnnotatedWith(PreAuthorize.class)
			.check(CLASSES);
	}

	@Test
	void productionCodeDoesNotUseTheLocalStack() {
		// test-fixtures is itself test infrastructure: it starts services against the
		// local stack for the end-to-end tests and the benchmark.
		noClasses().that()
			.resideOutsideOfPackages("vn.mttq.giamsat.localstack..", "vn.mttq.giamsat.testfixtures..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("vn.mttq.giamsat.localstack..")
			.check(CLASSES);
	}

}
