package io.github.quote2invoice.store.jdbc.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

/** store-jdbc: plain JDBC and Flyway behind the core's ports; no ORM, no other adapter; H2 only in its triggers. */
@AnalyzeClasses(packages = "io.github.quote2invoice.store.jdbc", importOptions = ImportOption.DoNotIncludeTests.class)
class StoreJdbcArchitectureTest {

    @ArchTest
    static final ArchRule plainJdbc = classes().should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "javax.sql..", "org.slf4j..", "org.flywaydb..", "org.h2.api..", "io.github.quote2invoice..")
            .because("the stores are plain JDBC with Flyway migrations (no ORM, no framework)");

    @ArchTest
    static final ArchRule h2OnlyInItsTriggers = noClasses().that().haveSimpleNameNotStartingWith("H2")
            .should().dependOnClassesThat().resideInAPackage("org.h2..")
            .because("H2 is an optional dependency: only the H2 trigger classes, which H2 itself loads, may use it");

    @ArchTest
    static final ArchRule noOtherAdapter = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("..einvoice..", "..render.pdf..", "..payments.stripe..", "..autoconfigure..");

    @ArchTest
    static final ArchRule noStandardStreams = NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule noJul = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
}
