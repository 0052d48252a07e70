package io.github.quote2invoice.render.pdf;

import io.github.quote2invoice.document.AllowanceCharge;
import io.github.quote2invoice.document.Discount;
import io.github.quote2invoice.document.LineNature;
import io.github.quote2invoice.document.Note;
import io.github.quote2invoice.document.Quantity;
import io.github.quote2invoice.document.References;
import io.github.quote2invoice.invoice.BillingFramework;
import io.github.quote2invoice.invoice.DepositDeduction;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceKind;
import io.github.quote2invoice.invoice.InvoiceLine;
import io.github.quote2invoice.invoice.PrecedingInvoice;
import io.github.quote2invoice.invoice.ProgressDetail;
import io.github.quote2invoice.invoice.SourceQuote;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.party.Address;
import io.github.quote2invoice.party.Party;
import io.github.quote2invoice.payment.CreditorReference;
import io.github.quote2invoice.payment.PaymentInstructions;
import io.github.quote2invoice.payment.PaymentMeans;
import io.github.quote2invoice.tax.VatBreakdown;
import io.github.quote2invoice.tax.VatRate;
import io.github.quote2invoice.testing.Samples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** Invoices for the renderer's tests, built with {@link Invoice#builder()} on the shared {@link Samples}. */
final class TestInvoices {
    static final Currency EUR = Currency.getInstance("EUR");
    static final LocalDate ISSUED = LocalDate.of(2026, 11, 20);
    static final String PAYMENT_LINK = "https://pay.example/i/FA-2026-000042";

    private TestInvoices() {
    }

    /** A line whose net is quantity x unit price, rounded half-up to the cent. */
    static InvoiceLine line(String id, String designation, String qty, String unit, String price, String vat, LineNature nature) {
        BigDecimal net = new BigDecimal(qty).multiply(new BigDecimal(price)).setScale(2, RoundingMode.HALF_UP);
        return InvoiceLine.builder(id, designation).quantity(Quantity.of(qty, unit)).unitPrice(new BigDecimal(price))
                .vatRate(VatRate.standard(vat)).nature(nature).netAmount(Money.of(net, EUR)).sourceLineId(Optional.of(id)).build();
    }

    static PaymentInstructions transferAndCard(String number) {
        return new PaymentInstructions(List.of(
                new PaymentMeans.CreditTransfer(Samples.seller().bankAccount().orElseThrow().iban(),
                        Samples.seller().bankAccount().orElseThrow().bic(), Optional.empty()),
                new PaymentMeans.Card(Optional.of(PAYMENT_LINK))),
                Optional.of(CreditorReference.fromDocumentNumber(number).value()));
    }

    /** A standard invoice with {@code count} lines at 20 % and 10 %, a discount line and a charge; issued. */
    static Invoice standard(int count) {
        return standard(count, Samples.buyer());
    }

    static Invoice standard(int count, Party buyer) {
        List<InvoiceLine> lines = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            boolean goods = i % 3 == 0;
            lines.add(line(Integer.toString(i), (goods ? "Fourniture " : "Prestation ") + i + (i % 4 == 0 ? " – pose et réglage sur site" : ""),
                    goods ? "2" : "1.5", goods ? "C62" : "HUR", goods ? "125.40" : "48.50", i % 5 == 0 ? "10" : "20",
                    goods ? LineNature.GOODS : LineNature.SERVICES));
        }
        InvoiceLine first = lines.get(0);
        lines.set(0, first.toBuilder().description(Optional.of("Étude préalable, relevés et plans d'exécution"))
                .discount(Optional.of(Discount.percent("5")))
                .netAmount(first.netAmount().minus(first.netAmount().percent(new BigDecimal("5"), RoundingMode.HALF_UP))).build());
        String number = "FA-2026-000042";
        return Invoice.builder().id("inv-42").currency(EUR).seller(Samples.seller()).buyer(buyer).lines(lines)
                .allowancesCharges(List.of(AllowanceCharge.charge(Money.of("45.00", "EUR"), VatRate.standard("20"), "Déplacement")))
                .paymentTerms(Samples.terms()).paymentInstructions(transferAndCard(number))
                .references(References.NONE.withPurchaseOrder("PO-7781").withContract("CTR-2026-12"))
                .sourceQuote(Optional.of(new SourceQuote("q-2026-0042", "D-2026-0042", 0, "final")))
                .deliveryDate(Optional.of(LocalDate.of(2026, 11, 18)))
                .notes(List.of(Note.of("Merci pour votre confiance.")))
                .build().issue(number, ISSUED);
    }

    /**
     * An invoice in USD from the French seller, its VAT total also in EUR (BT-6, BT-111) at 0.9234 EUR per
     * USD: 10 days x 1,234.50 at 20 % (VAT 2,469.00) and 4 x 80.00 at 5.5 % (VAT 17.60); VAT 2,486.60 USD
     * x 0.9234 = 2,296.12644 -> EUR 2,296.13.
     */
    static Invoice usd() {
        Currency usd = Currency.getInstance("USD");
        List<InvoiceLine> lines = List.of(line("1", "Conseil en organisation du fournil", "10", "DAY", "1234.50", "20", LineNature.SERVICES),
                line("2", "Manuel de formation", "4", "C62", "80.00", "5.5", LineNature.GOODS));
        String number = "FA-2026-000077";
        return Invoice.builder().id("inv-77").currency(usd).seller(Samples.seller()).buyer(Samples.buyer())
                .lines(lines.stream().map(l -> l.toBuilder().netAmount(Money.of(l.netAmount().amount(), usd)).build()).toList())
                .paymentTerms(Samples.terms()).paymentInstructions(transferAndCard(number))
                .deliveryDate(Optional.of(LocalDate.of(2026, 11, 18)))
                .vatInAccountingCurrency(EUR, new BigDecimal("0.9234"))
                .build().issue(number, ISSUED);
    }

    /** A deposit invoice (30 % of a quote at 20 %). */
    static Invoice deposit() {
        String number = "FA-2026-000040";
        return Invoice.builder().id("inv-40").kind(InvoiceKind.DEPOSIT).currency(EUR).seller(Samples.seller()).buyer(Samples.buyer())
                .lines(List.of(line("1", "Acompte de 30 % sur le devis D-2026-0042", "1", "C62", "3600.00", "20", LineNature.SERVICES)))
                .paymentTerms(Samples.terms()).paymentInstructions(transferAndCard(number))
                .sourceQuote(Optional.of(new SourceQuote("q-2026-0042", "D-2026-0042", 0, "deposit-1")))
                .build().issue(number, LocalDate.of(2026, 11, 12));
    }

    /** A final invoice deducting {@link #deposit()} as negative lines (B4/S4/M4 framework). */
    static Invoice finalInvoice() {
        Invoice dep = deposit();
        PrecedingInvoice p = new PrecedingInvoice(dep.number().orElseThrow(), dep.issueDate().orElseThrow(), Optional.of(dep.id()));
        DepositDeduction d = new DepositDeduction(p, List.of(new VatBreakdown(VatRate.standard("20"), Money.of("3600.00", "EUR"),
                Money.of("720.00", "EUR"))));
        String number = "FA-2026-000051";
        return Invoice.builder().id("inv-51").kind(InvoiceKind.FINAL).currency(EUR).seller(Samples.seller()).buyer(Samples.buyer())
                .lines(List.of(line("1", "Four à sole 4 niveaux", "1", "C62", "12000.00", "20", LineNature.GOODS)))
                .deductions(List.of(d)).precedingInvoices(List.of(p)).billingFramework(Optional.of(BillingFramework.M4))
                .paymentTerms(Samples.terms()).paymentInstructions(transferAndCard(number))
                .build().issue(number, LocalDate.of(2026, 12, 15));
    }

    /** A progress invoice: 60 % done, 25 % billed before. */
    static Invoice progress() {
        Money contract = Money.of("20000.00", "EUR");
        ProgressDetail pd = new ProgressDetail(new BigDecimal("60"), new BigDecimal("25"), contract, Money.of("12000.00", "EUR"),
                Money.of("5000.00", "EUR"));
        InvoiceLine l = InvoiceLine.builder("1", "Rénovation du fournil – lot maçonnerie").quantity(Quantity.of("0.35", "C62"))
                .unitPrice(new BigDecimal("20000.00")).vatRate(VatRate.standard("10")).netAmount(pd.instalment())
                .progress(Optional.of(pd)).build();
        String number = "FA-2026-000047";
        return Invoice.builder().id("inv-47").kind(InvoiceKind.PROGRESS).currency(EUR).seller(Samples.seller()).buyer(Samples.buyer())
                .lines(List.of(l)).paymentTerms(Samples.terms()).paymentInstructions(transferAndCard(number))
                .build().issue(number, LocalDate.of(2026, 11, 30));
    }

    /** A credit note cancelling two lines of {@link #standard}. */
    static Invoice creditNote() {
        PrecedingInvoice p = new PrecedingInvoice("FA-2026-000042", ISSUED, Optional.of("inv-42"));
        return Invoice.builder().id("cn-3").kind(InvoiceKind.CREDIT_NOTE).currency(EUR).seller(Samples.seller()).buyer(Samples.buyer())
                .lines(List.of(line("1", "Prestation 2 (non réalisée)", "1.5", "HUR", "48.50", "20", LineNature.SERVICES)))
                .precedingInvoices(List.of(p)).creditReason(Optional.of("Prestation annulée à la demande du client"))
                .paymentTerms(Samples.terms()).build().issue("AV-2026-000003", LocalDate.of(2026, 11, 25));
    }

    /** A buyer whose name and address try to inject markup and load local files. */
    static Party hostileBuyer() {
        return Party.builder("<img src=\"file:///etc/passwd\"/> & Cie", Address.of("<link rel=\"stylesheet\" href=\"http://evil.example/x.css\"/>",
                "75011", "Paris", "FR")).siren("851234567").vatId("FR39851234567").build();
    }

    static VatRate rate20() {
        return VatRate.standard("20");
    }
}
