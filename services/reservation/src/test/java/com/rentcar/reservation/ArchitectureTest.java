package com.rentcar.reservation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering: the domain depends on no framework and no adapter; use cases do not depend on adapters. */
@AnalyzeClasses(packages = "com.rentcar.reservation", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_depends_on_no_framework = noClasses()
            .that().resideInAPackage("..reservation.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "javax.persistence..",
                    "org.hibernate..", "tools.jackson..", "com.fasterxml..", "org.apache.kafka..", "io.github.resilience4j..",
                    "com.rentcar.platform..", "org.slf4j..");

    @ArchTest
    static final ArchRule domain_depends_on_no_other_layer = noClasses()
            .that().resideInAPackage("..reservation.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..reservation.application..", "..reservation.adapter..");

    @ArchTest
    static final ArchRule application_does_not_depend_on_adapters = noClasses()
            .that().resideInAPackage("..reservation.application..")
            .should().dependOnClassesThat().resideInAnyPackage("..reservation.adapter..", "io.github.resilience4j..",
                    "org.springframework.web..", "org.springframework.jdbc..", "org.apache.kafka..");

    @ArchTest
    static final ArchRule persistence_technology_stays_in_the_persistence_adapter = noClasses()
            .that().resideOutsideOfPackage("..reservation.adapter.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..",
                    "javax.sql..");

    @ArchTest
    static final ArchRule adapters_do_not_depend_on_each_other = noClasses()
            .that().resideInAPackage("..reservation.adapter.web..")
            .should().dependOnClassesThat().resideInAnyPackage("..adapter.persistence..", "..adapter.messaging..",
                    "..adapter.payment..", "..adapter.scheduling..");
}
