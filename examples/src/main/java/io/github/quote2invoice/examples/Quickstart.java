package io.github.quote2invoice.examples;

import io.github.quote2invoice.document.LatePaymentTerms;
import io.github.quote2invoice.document.LineNature;
import io.github.quote2invoice.document.PaymentTerms;
import io.github.quote2invoice.document.Quantity;
import io.github.quote2invoice.document.Totals;
import io.github.quote2invoice.party.Address;
import io.github.quote2invoice.party.Party;
import io.github.quote2invoice.quote.Acceptance;
import io.github.quote2invoice.quote.Quote;
import io.github.quote2invoice.quote.QuoteLine;
import io.github.quote2invoice.tax.VatBreakdown;
import io.github.quote2invoice.tax.VatRate;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The quickstart behind the README's main command: a quote is written, sent and accepted, and its
 * totals are printed.
 */
public final class Quickstart {
    private Quickstart() {
    }

    /**
     * Runs the quickstart.
     *
     * @param args optional output directory (default {@code target/quickstart})
     */
    public static void main(String[] args) {
        PrintStream out = System.out;
        Party seller = Party.builder("Atelier Durand SAS", Address.of("12 rue des Artisans", "69003", "Lyon", "FR"))
                .siren("123456782").vatId("FR11123456782").legalForm("SAS").registration("RCS Lyon").build();
        Party buyer = Party.builder("Boulangerie Martin SARL", Address.of("4 place du Marché", "75011", "Paris", "FR"))
                .siren("851234567").vatId("FR39851234567").build();

        Quote quote = Quote.builder().id("q-1").number("D-2026-0042").currency("EUR")
                .issueDate(LocalDate.of(2026, 11, 2)).validUntil(LocalDate.of(2026, 12, 2))
                .seller(seller).buyer(buyer)
                .paymentTerms(PaymentTerms.net(30, LatePaymentTerms.frenchB2bDefault(new BigDecimal("2.15"))))
                .line(QuoteLine.of("1", "Conception du four", Quantity.of("3", "DAY"), "650.00", VatRate.standard("20"), LineNature.SERVICES))
                .line(QuoteLine.of("2", "Rénovation du fournil", Quantity.of("42.5", "HUR"), "48.50", VatRate.standard("10"), LineNature.SERVICES))
                .build();

        Quote accepted = quote.send(Instant.parse("2026-11-02T10:00:00Z")).quote()
                .accept(Acceptance.clickThrough("Paul Martin", Instant.parse("2026-11-10T09:30:00Z"), "ip=203.0.113.7")).quote();

        Totals totals = accepted.totals();
        out.println("Quote " + accepted.number() + " is " + accepted.status());
        for (VatBreakdown b : totals.vatBreakdown()) {
            out.println("  VAT " + b.rate() + " on " + b.taxableAmount() + " = " + b.taxAmount());
        }
        out.println("  Total excl. VAT " + totals.taxExclusive() + ", incl. VAT " + totals.taxInclusive());
    }
}
