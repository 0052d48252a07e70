package io.github.quote2invoice.einvoice.architecture;

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
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The einvoice module runs on the JDK's XML APIs and the core only (no JAXB, no Saxon, no validator
 * library at runtime), and its public API does not expose its internals.
 */
@AnalyzeClasses(packages = "io.github.quote2invoice.einvoice", importOptions = ImportOption.DoNotIncludeTests.class)
class EinvoiceArchitectureTest {
    private static final String INTERNAL = "io.github.quote2invoice.einvoice.internal..";

    @ArchTest
    static final ArchRule onlyJdkXmlAndTheCore = classes().should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "javax.xml..", "org.w3c.dom..", "org.xml.sax..", "io.github.quote2invoice..")
            .because("the e-invoice writers and readers use StAX and DOM from the JDK only (DESIGN.md)");

    @ArchTest
    static final ArchRule apiSignaturesDoNotLeakInternals = methods().that().arePublic()
            .and().areDeclaredInClassesThat().resideOutsideOfPackage(INTERNAL)
            .should().notHaveRawReturnType(resideInAPackage(INTERNAL))
            .andShould().notHaveRawParameterTypes(anyElementThat(resideInAPackage(INTERNAL)))
            .because("callers must not need einvoice.internal, which may change without notice");

    @ArchTest
    static final ArchRule publicClassesAreFinal = classes().that().resideOutsideOfPackage(INTERNAL).and().arePublic()
            .and().areNotInterfaces().and().areNotEnums()
            .should().haveModifier(JavaModifier.FINAL)
            .because("writers, readers and the exception are not extension points");

    @ArchTest
    static final ArchRule noUseOfTheCoresInternals = noClasses().should().dependOnClassesThat()
            .resideInAPackage("io.github.quote2invoice.internal..")
            .because("the core's internal helpers are not API for adapters");

    @ArchTest
    static final ArchRule ciiAndUblAreIndependent = slices().matching("io.github.quote2invoice.einvoice.(cii|ubl)..")
            .should().notDependOnEachOther();

    @ArchTest
    static final ArchRule noStandardStreams = NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule noJul = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    @ArchTest
    static final ArchRule noGenericExceptions = NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
}
