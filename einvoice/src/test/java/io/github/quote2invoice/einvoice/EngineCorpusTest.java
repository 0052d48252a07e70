package io.github.quote2invoice.einvoice;

import io.github.quote2invoice.conversion.BillingPlan;
import io.github.quote2invoice.conversion.ConversionContext;
import io.github.quote2invoice.conversion.ConversionEngine;
import io.github.quote2invoice.conversion.ConversionResult;
import io.github.quote2invoice.conversion.CreditNoteRequest;
import io.github.quote2invoice.conversion.Share;
import io.github.quote2invoice.conversion.Situation;
import io.github.quote2invoice.einvoice.cii.CiiReader;
import io.github.quote2invoice.einvoice.cii.CiiWriter;
import io.github.quote2invoice.einvoice.ubl.UblReader;
import io.github.quote2invoice.einvoice.ubl.UblWriter;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceKind;
import io.github.quote2invoice.invoice.SettlementStyle;
import io.github.quote2invoice.quote.Quote;
import io.github.quote2invoice.testing.Samples;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invoices the conversion engine itself makes from the sample quote (with its French legal rules)
 * pass every validator in CII and UBL and survive both round trips.
 */
class EngineCorpusTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private final ConversionEngine engine = ConversionEngine.standard();

    @TestFactory
    Stream<DynamicTest> engineInvoicesAreValidAndRoundTrip() {
        Map<String, Invoice> all = new LinkedHashMap<>();
        Quote quote = Samples.acceptedQuote();
        List<Invoice> deposits = play(quote, BillingPlan.deposits(Share.percentExclVat("30"), Share.percentExclVat("20")), "dep");
        List<Invoice> prepaid = play(quote, BillingPlan.deposits(Share.percentExclVat("40")).withSettlement(SettlementStyle.PREPAID_AMOUNT), "pre");
        List<Invoice> progress = play(quote, BillingPlan.progress(List.of(
                Situation.of(Map.of("1", new BigDecimal("50"), "2", new BigDecimal("30"), "3", new BigDecimal("25"), "4", BigDecimal.ZERO)),
                Situation.of(Map.of("1", new BigDecimal("100"), "2", new BigDecimal("100"), "3", new BigDecimal("100"), "4", new BigDecimal("100"))))), "sit");
        List<Invoice> single = play(quote, BillingPlan.single(), "one");
        deposits.forEach(i -> all.put("deposits " + i.kind() + " " + i.number().orElseThrow(), i));
        prepaid.forEach(i -> all.put("prepaid " + i.kind() + " " + i.number().orElseThrow(), i));
        progress.forEach(i -> all.put("progress " + i.kind() + " " + i.number().orElseThrow(), i));
        Invoice invoice = single.get(0);
        all.put("single", invoice);
        all.put("credit note (full)", issue(engine.creditNote(invoice, new CreditNoteRequest.Full("Commande annulée", "cn-1"), context(single))
                .invoices().get(0), "AV-2026-90001"));
        all.put("deposit credit note", issue(engine.creditNote(deposits.get(0), new CreditNoteRequest.Full("Acompte annulé", "cn-2"),
                context(deposits)).invoices().get(0), "AV-2026-90002"));
        assertThat(all.values()).extracting(Invoice::kind).contains(InvoiceKind.DEPOSIT, InvoiceKind.FINAL, InvoiceKind.PROGRESS,
                InvoiceKind.STANDARD, InvoiceKind.CREDIT_NOTE, InvoiceKind.DEPOSIT_CREDIT_NOTE);
        return all.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Invoice inv = e.getValue();
            byte[] cii = new CiiWriter().write(inv);
            byte[] ubl = new UblWriter().write(inv);
            assertThat(KnownFindings.unexpected(inv, Validators.cii(cii))).as("CII").isEmpty();
            assertThat(KnownFindings.unexpected(inv, Validators.ubl(ubl, inv.kind() == InvoiceKind.CREDIT_NOTE))).as("UBL").isEmpty();
            assertThat(new CiiReader().read(cii)).isEqualTo(Carried.of(inv));
            assertThat(new UblReader().read(ubl)).isEqualTo(Carried.ubl(inv));
        }));
    }

    /** Converts, issues and converts again until the plan is done; returns what was issued. */
    private List<Invoice> play(Quote quote, BillingPlan plan, String series) {
        List<Invoice> issued = new ArrayList<>();
        for (int round = 0; round < 10; round++) {
            ConversionResult r = engine.convert(quote, plan, context(issued));
            if (r.invoices().isEmpty()) {
                return issued;
            }
            for (Invoice d : r.invoices()) {
                issued.add(issue(d, "FA-2026-" + series + "-" + (issued.size() + 1)));
            }
        }
        throw new AssertionError("plan did not finish");
    }

    private static ConversionContext context(List<Invoice> issued) {
        return ConversionContext.on(DAY).issuedInvoices(issued).deliveryDate(DAY.minusDays(3)).build();
    }

    private static Invoice issue(Invoice draft, String number) {
        return draft.issue(number, DAY);
    }
}
