package io.github.quote2invoice.json.architecture;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.anyElementThat;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

/**
 * The json module's public API ({@code io.github.quote2invoice.json}) exposes neither its own
 * implementation ({@code json.internal}) nor Jackson's internals, and the module builds on the core's
 * public API only.
 */
@AnalyzeClasses(packages = "io.github.quote2invoice.json", importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class JsonArchitectureTest {
    private static final String API = "io.github.quote2invoice.json";
    private static final String INTERNAL = "io.github.quote2invoice.json.internal..";

    @ArchTest
    static final ArchRule apiSignaturesDoNotLeakInternals = methods().that().arePublic()
            .and().areDeclaredInClassesThat().resideInAPackage(API)
            .should().notHaveRawReturnType(resideInAPackage(INTERNAL))
            .andShould().notHaveRawParameterTypes(anyElementThat(resideInAPackage(INTERNAL)))
            .because("callers must not need json.internal, which may change without notice");

    @ArchTest
    static final ArchRule apiTypesAreFinal = classes().that().resideInAPackage(API).and().arePublic().and().areNotInterfaces()
            .should().haveModifier(JavaModifier.FINAL).orShould().beRecords()
            .because("the facade, the module and the exception are not extension points");

    @ArchTest
    static final ArchRule noUseOfTheCoresInternals = noClasses().should().dependOnClassesThat()
            .resideInAPackage("io.github.quote2invoice.internal..")
            .because("the core's internal helpers are not API for adapters");

    @ArchTest
    static final ArchRule onlyJacksonAndTheCore = classes().should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "tools.jackson..", "com.fasterxml.jackson.annotation..", "io.github.quote2invoice..")
            .because("the json module depends on the core and Jackson only (DESIGN.md)");

    @ArchTest
    static final ArchRule noStandardStreams = NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule noJul = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    @ArchTest
    static final ArchRule noGenericExceptions = NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
}
