package io.github.quote2invoice.benchmarks;

import io.github.quote2invoice.document.LineNature;
import io.github.quote2invoice.document.Quantity;
import io.github.quote2invoice.document.References;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceLine;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.payment.CreditorReference;
import io.github.quote2invoice.payment.PaymentInstructions;
import io.github.quote2invoice.payment.PaymentMeans;
import io.github.quote2invoice.tax.VatRate;
import io.github.quote2invoice.testing.Samples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** The benchmark's document: a one-page, 20-line issued invoice at 20 % and 10 %, payable by transfer. */
public final class BenchmarkInvoices {
    private BenchmarkInvoices() {
    }

    /** The issued 20-line invoice. */
    public static Invoice twentyLines() {
        Currency eur = Currency.getInstance("EUR");
        List<InvoiceLine> lines = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            String qty = i % 3 == 0 ? "2" : "1.5";
            String price = i % 3 == 0 ? "125.40" : "48.50";
            BigDecimal net = new BigDecimal(qty).multiply(new BigDecimal(price)).setScale(2, RoundingMode.HALF_UP);
            lines.add(InvoiceLine.builder(Integer.toString(i), (i % 3 == 0 ? "Fourniture " : "Prestation ") + i)
                    .quantity(Quantity.of(qty, i % 3 == 0 ? "C62" : "HUR")).unitPrice(new BigDecimal(price))
                    .vatRate(VatRate.standard(i % 5 == 0 ? "10" : "20"))
                    .nature(i % 3 == 0 ? LineNature.GOODS : LineNature.SERVICES).netAmount(Money.of(net, eur)).build());
        }
        String number = "FA-2026-000042";
        PaymentInstructions pay = new PaymentInstructions(List.of(new PaymentMeans.CreditTransfer(
                Samples.seller().bankAccount().orElseThrow().iban(), Samples.seller().bankAccount().orElseThrow().bic(), Optional.empty())),
                Optional.of(CreditorReference.fromDocumentNumber(number).value()));
        return Invoice.builder().id("inv-42").currency(eur).seller(Samples.seller()).buyer(Samples.buyer()).lines(lines)
                .paymentTerms(Samples.terms()).paymentInstructions(pay).references(References.NONE.withPurchaseOrder("PO-7781"))
                .build().issue(number, LocalDate.of(2026, 11, 20));
    }
}
