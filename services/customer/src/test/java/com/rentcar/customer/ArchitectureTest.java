package com.rentcar.customer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering, checked rather than drawn: the domain depends on nothing, adapters depend inward. */
@AnalyzeClasses(packages = "com.rentcar.customer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_domain_uses_no_framework = noClasses()
            .that().resideInAPackage("com.rentcar.customer.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "jakarta..", "java.sql..", "javax.sql..", "org.hibernate..",
                    "tools.jackson..", "com.fasterxml..", "org.apache.kafka..", "com.nimbusds..",
                    "com.rentcar.platform..", "org.slf4j..");

    @ArchTest
    static final ArchRule the_domain_knows_no_use_case_and_no_adapter = noClasses()
            .that().resideInAPackage("com.rentcar.customer.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.rentcar.customer.application..", "com.rentcar.customer.adapter..");

    @ArchTest
    static final ArchRule use_cases_do_not_depend_on_adapters = noClasses()
            .that().resideInAPackage("com.rentcar.customer.application..")
            .should().dependOnClassesThat().resideInAnyPackage("com.rentcar.customer.adapter..");

    @ArchTest
    static final ArchRule use_cases_know_no_web_persistence_or_messaging_technology = noClasses()
            .that().resideInAPackage("com.rentcar.customer.application..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.web..", "org.springframework.jdbc..", "org.springframework.dao..",
                    "java.sql..", "javax.sql..", "org.springframework.kafka..", "org.springframework.security..",
                    "com.nimbusds..");

    @ArchTest
    static final ArchRule persistence_stays_in_its_adapter = noClasses()
            .that().resideOutsideOfPackage("com.rentcar.customer.adapter.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..",
                    "javax.sql..");
}
