package io.github.quote2invoice.payments.stripe;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

/** The Stripe adapter: Stripe stays inside it, and only through an instance client. */
@AnalyzeClasses(packages = "io.github.quote2invoice.payments.stripe", importOptions = ImportOption.DoNotIncludeTests.class)
class PaymentsStripeArchitectureTest {

    @ArchTest
    static final ArchRule noGlobalStripeConfiguration = noClasses().should().dependOnClassesThat()
            .haveFullyQualifiedName("com.stripe.Stripe")
            .because("configuration is per StripeClient instance (STYLE.md: no JVM-global state)");

    @ArchTest
    static final ArchRule noFrameworks = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "tools.jackson..", "com.fasterxml.jackson..", "java.sql..")
            .because("the adapter depends on invoice-core and stripe-java only");

    @ArchTest
    static final ArchRule internalStaysInternal = classes().that().resideInAPackage("..internal..")
            .should().onlyBeAccessed().byClassesThat().resideInAPackage("io.github.quote2invoice.payments.stripe..");

    @ArchTest
    static final ArchRule noStandardStreams = NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule noJul = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
}
