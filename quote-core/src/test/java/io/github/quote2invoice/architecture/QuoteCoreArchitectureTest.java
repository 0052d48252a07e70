package io.github.quote2invoice.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** quote-core is the innermost module: the JDK and SLF4J, nothing else. */
@AnalyzeClasses(packages = "io.github.quote2invoice", importOptions = ImportOption.DoNotIncludeTests.class)
class QuoteCoreArchitectureTest {

    @ArchTest
    static final ArchRule pure = classes().should().onlyDependOnClassesThat()
            .resideInAnyPackage("java.lang..", "java.util..", "java.math..", "java.time..", "java.io..", "java.nio.charset..", "java.security..", "java.text..", "jakarta.validation..", "org.slf4j..", "io.github.quote2invoice..")
            .because("the core imports no framework (DESIGN.md: arrows only point inwards)");

    @ArchTest
    static final ArchRule noCycles = slices().matching("io.github.quote2invoice.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule internalIsNotApi = classes().that().resideInAPackage("..internal..")
            .should().onlyBeAccessed().byClassesThat().resideInAPackage("io.github.quote2invoice..");

    @ArchTest
    static final ArchRule noStandardStreams = NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule noJul = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    @ArchTest
    static final ArchRule noGenericExceptions = NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
}
