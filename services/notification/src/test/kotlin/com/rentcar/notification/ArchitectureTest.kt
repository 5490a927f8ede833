package com.rentcar.notification

import com.tngtech.archunit.base.DescribedPredicate.not
import com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage
import com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage
import com.tngtech.archunit.core.importer.ImportOption
import com.tngtech.archunit.junit.AnalyzeClasses
import com.tngtech.archunit.junit.ArchTest
import com.tngtech.archunit.lang.ArchRule
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses

/**
 * The layering, checked on the Kotlin bytecode: the domain knows only the JDK and the Kotlin standard library, the
 * application no adapter, the adapters not each other, and nothing here knows another service's code.
 */
@AnalyzeClasses(packages = ["com.rentcar.notification"], importOptions = [ImportOption.DoNotIncludeTests::class])
class ArchitectureTest {

    companion object {

        @ArchTest
        @JvmField
        val `the domain depends only on the JDK and the Kotlin standard library`: ArchRule = noClasses()
            .that().resideInAPackage("..notification.domain..")
            .should().dependOnClassesThat().resideOutsideOfPackages(
                "java..", "kotlin..", "org.jetbrains.annotations..", "com.rentcar.notification.domain..",
            )

        @ArchTest
        @JvmField
        val `the application depends on no adapter and no framework beyond Spring's stereotypes`: ArchRule = noClasses()
            .that().resideInAPackage("..notification.application..")
            .should().dependOnClassesThat().resideInAnyPackage(
                "..notification.adapter..", "org.springframework.web..", "org.springframework.kafka..",
                "org.springframework.jdbc..", "org.springframework.http..", "org.springframework.security..",
                "com.rentcar.platform..", "tools.jackson..",
            )

        @ArchTest
        @JvmField
        val `the web adapter does not reach into the other adapters`: ArchRule = noClasses()
            .that().resideInAPackage("..adapter.web..")
            .should().dependOnClassesThat().resideInAnyPackage(
                "..adapter.persistence..", "..adapter.messaging..", "..adapter.sender..",
            )

        @ArchTest
        @JvmField
        val `the messaging adapter does not reach into the other adapters`: ArchRule = noClasses()
            .that().resideInAPackage("..adapter.messaging..")
            .should().dependOnClassesThat().resideInAnyPackage(
                "..adapter.persistence..", "..adapter.web..", "..adapter.sender..",
            )

        @ArchTest
        @JvmField
        val `the persistence and sender adapters do not reach into the other adapters`: ArchRule = noClasses()
            .that().resideInAnyPackage("..adapter.persistence..", "..adapter.sender..")
            .should().dependOnClassesThat().resideInAnyPackage("..adapter.web..", "..adapter.messaging..")

        @ArchTest
        @JvmField
        val `no class depends on another service's code, only on the platform and the contract`: ArchRule = noClasses()
            .that().resideInAPackage("com.rentcar.notification..")
            .should().dependOnClassesThat(
                resideInAPackage("com.rentcar..").and(
                    not(
                        resideInAnyPackage(
                            "com.rentcar.notification..", "com.rentcar.platform..", "com.rentcar.contracts..",
                        ),
                    ),
                ),
            )
    }
}
