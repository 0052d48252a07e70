package io.github.quote2invoice.invoice;

import io.github.quote2invoice.document.LineNature;
import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.error.InvalidValueException;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.tax.VatRate;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static io.github.quote2invoice.testing.DraftInvoices.frenchB2b;
import static io.github.quote2invoice.testing.DraftInvoices.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * BT-6/BT-111: the VAT total of an invoice in a foreign currency, stated in the VAT accounting currency.
 * frenchB2b() has VAT 3 x 650.00 x 20 % + 1 x 1200.00 x 10 % = 390.00 + 120.00 = 510.00; in USD at
 * 0.9234 EUR per USD that is 470.934 -> EUR 470.93 (half up).
 */
class VatInAccountingCurrencyTest {
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final BigDecimal RATE = new BigDecimal("0.9234");

    private static Invoice.Builder usd() {
        return frenchB2b().currency(USD).lines(List.of(usdLine("1", "3", "650.00", "20", LineNature.SERVICES),
                usdLine("2", "1", "1200.00", "10", LineNature.GOODS)));
    }

    private static InvoiceLine usdLine(String id, String qty, String price, String vat, LineNature nature) {
        InvoiceLine eur = line(id, qty, price, VatRate.standard(vat), nature);
        return eur.toBuilder().netAmount(Money.of(eur.netAmount().amount(), USD)).build();
    }

    @Test
    void convertsTheVatTotalHalfUpAtTheRate() {
        Invoice inv = usd().vatInAccountingCurrency(EUR, RATE).build();
        assertThat(inv.totals().vatTotal()).isEqualTo(Money.of(new BigDecimal("510.00"), USD));
        assertThat(inv.vatInAccountingCurrency()).contains(new VatInAccountingCurrency(EUR, Optional.of(RATE), Money.of("470.93", "EUR")));
    }

    @Test
    void followsTheTotalsWhenTheLinesChange() {
        Invoice inv = usd().vatInAccountingCurrency(EUR, RATE).build();
        // one more service line of 100.00 at 20 %: VAT 530.00 USD x 0.9234 = 489.402 -> 489.40
        Invoice more = inv.toBuilder().lines(List.of(inv.lines().get(0), inv.lines().get(1), usdLine("3", "1", "100.00", "20",
                LineNature.SERVICES))).build();
        assertThat(more.vatInAccountingCurrency().orElseThrow().vatTotal()).isEqualTo(Money.of("489.40", "EUR"));
    }

    @Test
    void refusesAnAmountThatIsNotTheTotalAtTheRate() {
        Invoice inv = usd().vatInAccountingCurrency(EUR, RATE).build();
        VatInAccountingCurrency wrong = new VatInAccountingCurrency(EUR, Optional.of(RATE), Money.of("470.94", "EUR"));
        assertThatThrownBy(() -> new Invoice(inv.id(), inv.number(), inv.kind(), inv.status(), inv.issueDate(), inv.seller(), inv.buyer(),
                inv.deliveryAddress(), inv.deliveryDate(), inv.servicePeriod(), inv.currency(), inv.rounding(), inv.lines(),
                inv.allowancesCharges(), inv.deductions(), inv.settlement(), inv.totals(), Optional.of(wrong), inv.paymentTerms(),
                inv.dueDate(), inv.paymentInstructions(), inv.references(), inv.sourceQuote(), inv.precedingInvoices(),
                inv.billingFramework(), inv.legalMentions(), inv.notes(), inv.creditReason()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCodes.INCONSISTENT);
                    assertThat(e.path()).isEqualTo("vatInAccountingCurrency.vatTotal");
                });
    }

    @Test
    void keepsAStatedAmountWithoutRateAsRead() {
        Invoice inv = usd().vatInAccountingCurrency(Optional.of(VatInAccountingCurrency.stated(Money.of("471.00", "EUR")))).build();
        assertThat(inv.vatInAccountingCurrency().orElseThrow().vatTotal()).isEqualTo(Money.of("471.00", "EUR"));
        assertThat(inv.vatInAccountingCurrency().orElseThrow().rate()).isEmpty();
    }

    @Test
    void refusesTheInvoiceCurrencyAsAccountingCurrency() {
        assertThatThrownBy(() -> frenchB2b().vatInAccountingCurrency(EUR, RATE).build())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.path()).isEqualTo("vatInAccountingCurrency.currency"));
    }

    @Test
    void refusesZeroNegativeAndOverPreciseRates() {
        assertThatThrownBy(() -> VatInAccountingCurrency.convert(Money.of("1.00", "USD"), EUR, BigDecimal.ZERO))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo(ErrorCodes.OUT_OF_RANGE));
        assertThatThrownBy(() -> VatInAccountingCurrency.convert(Money.of("1.00", "USD"), EUR, new BigDecimal("-0.92")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.path()).isEqualTo("rate"));
        assertThatThrownBy(() -> VatInAccountingCurrency.convert(Money.of("1.00", "USD"), EUR, new BigDecimal("0.92345678901")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo(ErrorCodes.TOO_MANY_DECIMALS));
        assertThatThrownBy(() -> new VatInAccountingCurrency(EUR, Optional.empty(), Money.of("1", "JPY")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.path()).isEqualTo("vatTotal"));
    }
}
