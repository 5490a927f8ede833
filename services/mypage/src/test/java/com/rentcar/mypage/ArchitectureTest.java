package com.rentcar.mypage;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of the service, checked: domain knows nothing else, application knows no adapter, adapters stay apart. */
@AnalyzeClasses(packages = "com.rentcar.mypage", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_depends_only_on_the_jdk = noClasses()
            .that().resideInAPackage("..mypage.domain..")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "com.rentcar.mypage.domain..");

    @ArchTest
    static final ArchRule application_does_not_depend_on_adapters_or_infrastructure = noClasses()
            .that().resideInAPackage("..mypage.application..")
            .should().dependOnClassesThat().resideInAnyPackage("..mypage.adapter..", "org.apache.kafka..",
                    "org.springframework.kafka..", "org.springframework.web..", "org.springframework.http..",
                    "com.rentcar.platform..", "tools.jackson..", "com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule web_does_not_reach_into_the_streams_adapter = noClasses()
            .that().resideInAPackage("..adapter.web..")
            .should().dependOnClassesThat().resideInAnyPackage("..adapter.streams..", "org.apache.kafka..");

    @ArchTest
    static final ArchRule streams_adapter_does_not_reach_into_the_web_adapter = noClasses()
            .that().resideInAPackage("..adapter.streams..")
            .should().dependOnClassesThat().resideInAnyPackage("..adapter.web..");
}
