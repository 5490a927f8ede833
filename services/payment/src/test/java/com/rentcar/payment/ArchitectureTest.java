package com.rentcar.payment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of the service, checked: domain knows nothing else, application knows no adapter, adapters stay apart. */
@AnalyzeClasses(packages = "com.rentcar.payment", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_depends_only_on_the_jdk = noClasses()
            .that().resideInAPackage("..payment.domain..")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "com.rentcar.payment.domain..");

    @ArchTest
    static final ArchRule application_does_not_depend_on_adapters_or_frameworks_beyond_transactions = noClasses()
            .that().resideInAPackage("..payment.application..")
            .should().dependOnClassesThat().resideInAnyPackage("..payment.adapter..", "org.springframework.jdbc..",
                    "org.springframework.web..", "org.springframework.kafka..", "org.springframework.data..",
                    "org.springframework.http..", "com.rentcar.platform..", "tools.jackson..");

    @ArchTest
    static final ArchRule sql_stays_in_the_persistence_adapter = noClasses()
            .that().resideOutsideOfPackage("..payment.adapter.persistence..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("org.springframework.jdbc..", "java.sql..", "javax.sql..");

    @ArchTest
    static final ArchRule web_does_not_reach_into_other_adapters = noClasses()
            .that().resideInAPackage("..adapter.web..")
            .should().dependOnClassesThat().resideInAnyPackage("..adapter.persistence..", "..adapter.messaging..",
                    "..adapter.provider..");

    @ArchTest
    static final ArchRule persistence_does_not_reach_into_other_adapters = noClasses()
            .that().resideInAPackage("..adapter.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("..adapter.web..", "..adapter.messaging..",
                    "..adapter.provider..");

    @ArchTest
    static final ArchRule messaging_does_not_reach_into_other_adapters = noClasses()
            .that().resideInAPackage("..adapter.messaging..")
            .should().dependOnClassesThat().resideInAnyPackage("..adapter.web..", "..adapter.persistence..",
                    "..adapter.provider..");

    @ArchTest
    static final ArchRule the_provider_adapter_does_not_reach_into_other_adapters = noClasses()
            .that().resideInAPackage("..adapter.provider..")
            .should().dependOnClassesThat().resideInAnyPackage("..adapter.web..", "..adapter.persistence..",
                    "..adapter.messaging..");
}
