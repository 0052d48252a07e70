package io.github.quote2invoice.render.pdf;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "io.github.quote2invoice", importOptions = ImportOption.DoNotIncludeTests.class)
class PdfRendererArchitectureTest {
    /** The port stays pure: no layout or PDF technology in invoice-core's render package. */
    @ArchTest
    static final ArchRule portIsPure = noClasses().that().resideInAPackage("io.github.quote2invoice.render")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "com.openhtmltopdf..", "freemarker..");

    /** Nothing outside this module's internal package touches openhtmltopdf or PDFBox directly. */
    @ArchTest
    static final ArchRule technologyStaysInternal = noClasses().that().resideInAPackage("io.github.quote2invoice.render.pdf")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "com.openhtmltopdf..");

    /** No global logging or standard streams. */
    @ArchTest
    static final ArchRule noStandardStreams = noClasses().that().resideInAPackage("io.github.quote2invoice.render..")
            .should().accessClassesThat().haveFullyQualifiedName("java.lang.System");
}
