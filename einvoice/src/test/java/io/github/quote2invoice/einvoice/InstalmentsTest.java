package io.github.quote2invoice.einvoice;

import io.github.quote2invoice.einvoice.cii.CiiWriter;
import io.github.quote2invoice.einvoice.ubl.UblWriter;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An invoice paid in several instalments: EN 16931 has one due date (BT-9), so the schedule travels in
 * the payment terms text (BT-20), one line per instalment after the terms' own text, in CII and UBL.
 */
class InstalmentsTest {
    private static final String SCHEDULE = "Paiement en trois fois sans frais.\n"
            + "Échéance 2026-11-20 : 1200.00 EUR (À la commande)\n"
            + "Échéance 2026-12-20 : 1200.00 EUR\n"
            + "Échéance 2027-01-20 : 1200.00 EUR (Solde)";

    @Test
    void theScheduleIsInThePaymentTermsText() {
        String cii = new String(new CiiWriter().write(Corpus.instalments()), StandardCharsets.UTF_8);
        assertThat(cii).contains("<ram:Description>" + SCHEDULE + "</ram:Description>");
        String ubl = new String(new UblWriter().write(Corpus.instalments()), StandardCharsets.UTF_8);
        assertThat(ubl).contains("<cac:PaymentTerms>\n    <cbc:Note>" + SCHEDULE + "</cbc:Note>");
    }

    @Test
    void anInvoiceWithoutScheduleKeepsItsTextAlone() {
        String cii = new String(new CiiWriter().write(Corpus.standardMultiRate()), StandardCharsets.UTF_8);
        assertThat(cii).doesNotContain("Échéance 2");
    }
}
