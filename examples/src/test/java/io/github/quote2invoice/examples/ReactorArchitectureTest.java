package io.github.quote2invoice.examples;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The reactor's arrows (DESIGN.md): adapters depend on the core, never on each other, except the PDF
 * renderer on the e-invoice writers it embeds. Checked here because this module sees every adapter.
 */
@AnalyzeClasses(packages = "io.github.quote2invoice", importOptions = ImportOption.DoNotIncludeTests.class)
class ReactorArchitectureTest {
    private static final String CORE_PACKAGES_ONLY = "the core never imports an adapter or a framework";
    private static final String[] ADAPTERS_AND_APPS = {"..einvoice..", "..render.pdf..", "..payments.stripe..", "..store.jdbc..",
        "io.github.quote2invoice.json..", "..examples..", "..autoconfigure..", "..benchmarks.."};

    @ArchTest
    static final ArchRule coreImportsNoAdapter = noClasses()
            .that().resideOutsideOfPackages(ADAPTERS_AND_APPS)
            .should().dependOnClassesThat().resideInAnyPackage("..einvoice..", "..render.pdf..", "..payments.stripe..",
                    "..store.jdbc..", "io.github.quote2invoice.json..")
            .because(CORE_PACKAGES_ONLY);

    @ArchTest
    static final ArchRule einvoiceOwnsNoOtherAdapter = noClasses().that().resideInAPackage("..einvoice..")
            .should().dependOnClassesThat().resideInAnyPackage("..render.pdf..", "..payments.stripe..", "..store.jdbc..",
                    "io.github.quote2invoice.json..");

    @ArchTest
    static final ArchRule pdfUsesOnlyTheEinvoiceWriters = noClasses().that().resideInAPackage("..render.pdf..")
            .should().dependOnClassesThat().resideInAnyPackage("..payments.stripe..", "..store.jdbc..", "io.github.quote2invoice.json..");

    @ArchTest
    static final ArchRule stripeOwnsNoOtherAdapter = noClasses().that().resideInAPackage("..payments.stripe..")
            .should().dependOnClassesThat().resideInAnyPackage("..einvoice..", "..render.pdf..", "..store.jdbc..");

    @ArchTest
    static final ArchRule storeOwnsNoRenderingOrPayments = noClasses().that().resideInAPackage("..store.jdbc..")
            .should().dependOnClassesThat().resideInAnyPackage("..einvoice..", "..render.pdf..", "..payments.stripe..");

    @ArchTest
    static final ArchRule jsonOwnsNoOtherAdapter = noClasses().that().resideInAPackage("io.github.quote2invoice.json..")
            .should().dependOnClassesThat().resideInAnyPackage("..einvoice..", "..render.pdf..", "..payments.stripe..", "..store.jdbc..");

    @ArchTest
    static final ArchRule coreIsFrameworkFree = noClasses()
            .that().resideOutsideOfPackages(ADAPTERS_AND_APPS)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "tools.jackson..", "com.fasterxml.jackson..",
                    "org.apache.pdfbox..", "freemarker..", "com.openhtmltopdf..", "com.stripe..", "java.sql..", "javax.sql..",
                    "org.flywaydb..")
            .because(CORE_PACKAGES_ONLY);
}
