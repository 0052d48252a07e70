package io.github.quote2invoice.render.pdf;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.util.List;

/** veraPDF's PDF/A-3b validation, initialised once per test JVM and shared by the test classes. */
final class PdfAValidation {
    private static final PDFAValidator VALIDATOR;

    static {
        VeraGreenfieldFoundryProvider.initialise();
        VALIDATOR = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false);
    }

    private PdfAValidation() {
    }

    /** The failed rules of {@code pdf} against PDF/A-3b; empty when compliant. */
    static synchronized List<String> failures(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_3_B)) {
            ValidationResult result = VALIDATOR.validate(parser);
            return result.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().toList();
        } catch (Exception e) {
            return List.of("veraPDF could not parse the file: " + e);
        }
    }
}
