package io.github.quote2invoice.einvoice;

import io.github.quote2invoice.document.AllowanceCharge;
import io.github.quote2invoice.document.Discount;
import io.github.quote2invoice.document.LineNature;
import io.github.quote2invoice.document.Note;
import io.github.quote2invoice.document.TotalsCalculator;
import io.github.quote2invoice.document.UnitOfMeasure;
import io.github.quote2invoice.einvoice.cii.CiiReader;
import io.github.quote2invoice.einvoice.cii.CiiWriter;
import io.github.quote2invoice.einvoice.ubl.UblReader;
import io.github.quote2invoice.einvoice.ubl.UblWriter;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceLine;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.tax.VatRate;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Round trips over thousands of generated invoices: random lines (quantities up to 3 decimals, unit
 * prices up to 4, every VAT rate, both discount kinds, both natures), allowances and charges, notes
 * with XML-special and non-Latin characters, in EUR, JPY (0 decimals) and KWD (3 decimals). The
 * oracle is the invoice itself, minus what the formats cannot carry ({@link Carried}); the examples
 * are drawn from a seed that QuickTheories prints on failure.
 */
class RoundTripPropertyTest {
    private static final String[] CURRENCIES = {"EUR", "JPY", "KWD"};
    private static final VatRate[] RATES = {VatRate.standard("20"), VatRate.standard("10"), VatRate.standard("5.5"),
        VatRate.standard("2.1"), VatRate.zeroRated(), VatRate.intraCommunity(), VatRate.reverseCharge(), VatRate.franchiseEnBase()};
    private static final String[] UNITS = UnitOfMeasure.knownCodes().toArray(new String[0]);
    private static final String TEXT_CHARS = "abcXYZ 019<>&\"'éèçœ€ßü漢字🙂\t\n\r;#/";

    private final CiiWriter ciiWriter = new CiiWriter();
    private final UblWriter ublWriter = new UblWriter();
    private final CiiReader ciiReader = new CiiReader();
    private final UblReader ublReader = new UblReader();

    @Test
    void everyGeneratedInvoiceSurvivesBothFormats() {
        qt().withExamples(1000).forAll(longs().all()).checkAssert(seed -> {
            Invoice inv = invoice(new Random(seed));
            byte[] cii = ciiWriter.write(inv);
            Invoice fromCii = ciiReader.read(cii);
            assertThat(fromCii).isEqualTo(Carried.of(inv));
            assertThat(ciiWriter.write(fromCii)).isEqualTo(cii);
            byte[] ubl = ublWriter.write(inv);
            Invoice fromUbl = ublReader.read(ubl);
            assertThat(fromUbl).isEqualTo(Carried.ubl(inv));
            assertThat(ublWriter.write(fromUbl)).isEqualTo(ubl);
        });
    }

    static Invoice invoice(Random r) {
        Currency currency = Currency.getInstance(CURRENCIES[r.nextInt(CURRENCIES.length)]);
        int digits = currency.getDefaultFractionDigits();
        List<InvoiceLine> lines = new ArrayList<>();
        int n = 1 + r.nextInt(6);
        for (int i = 0; i < n; i++) {
            BigDecimal qty = BigDecimal.valueOf(1 + r.nextInt(100_000), r.nextInt(4));
            BigDecimal price = BigDecimal.valueOf(r.nextInt(10_000_000), r.nextInt(5));
            Discount discount = switch (r.nextInt(3)) {
                case 0 -> new Discount.Percentage(BigDecimal.valueOf(1 + r.nextInt(9999), 2), r.nextBoolean() ? Optional.of(text(r)) : Optional.empty());
                case 1 -> price.signum() > 0 ? new Discount.Fixed(Money.ofMinor(1, currency), Optional.empty()) : null;
                default -> null;
            };
            InvoiceLine.Builder b = InvoiceLine.builder(String.valueOf(i + 1), text(r)).quantity(new io.github.quote2invoice.document.Quantity(qty,
                    UnitOfMeasure.of(UNITS[r.nextInt(UNITS.length)]))).unitPrice(price).vatRate(RATES[r.nextInt(RATES.length)])
                    .nature(r.nextBoolean() ? LineNature.GOODS : LineNature.SERVICES).discount(Optional.ofNullable(discount))
                    .description(r.nextBoolean() ? Optional.of(text(r)) : Optional.empty())
                    .note(r.nextBoolean() ? Optional.of(text(r)) : Optional.empty()).netAmount(Money.zero(currency));
            lines.add(b.netAmount(TotalsCalculator.standard().lineAmounts(b.build(), currency).net()).build());
        }
        List<AllowanceCharge> acs = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            Money amount = Money.ofMinor(1 + r.nextInt(5000) * (long) Math.pow(10, digits), currency);
            acs.add(new AllowanceCharge(r.nextBoolean() ? AllowanceCharge.Kind.CHARGE : AllowanceCharge.Kind.ALLOWANCE, amount,
                    lines.get(r.nextInt(lines.size())).vatRate(), text(r), Optional.empty()));
        }
        List<Note> notes = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            notes.add(r.nextBoolean() ? Note.of(text(r)) : Note.of("AAI", text(r)));
        }
        return Corpus.base("FA-2026-" + (100000 + r.nextInt(900000))).currency(currency).lines(lines).allowancesCharges(acs)
                .notes(notes).paymentTerms(Corpus.jpy().paymentTerms()).build();
    }

    private static String text(Random r) {
        StringBuilder b = new StringBuilder("T");
        int len = r.nextInt(12);
        int[] cps = TEXT_CHARS.codePoints().toArray();
        for (int i = 0; i < len; i++) {
            b.appendCodePoint(cps[r.nextInt(cps.length)]);
        }
        return b.append('.').toString();
    }
}
