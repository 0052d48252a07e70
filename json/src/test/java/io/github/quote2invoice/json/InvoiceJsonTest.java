package io.github.quote2invoice.json;

import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.payment.Payment;
import io.github.quote2invoice.payment.PaymentAllocation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class InvoiceJsonTest {
    private static final Quote2InvoiceJson JSON = Quote2InvoiceJson.create();

    @Test
    void finalInvoiceRoundTripsExactly() {
        Invoice invoice = JsonSamples.finalInvoice();
        String json = JSON.writeInvoice(invoice);
        Invoice back = JSON.readInvoice(json);
        assertThat(back).isEqualTo(invoice);
        assertThat(back.totals()).isEqualTo(invoice.computeTotals());
        assertThat(JSON.writeInvoice(back)).isEqualTo(json);
    }

    @Test
    void sealedTypesCarryTheirDiscriminator() {
        String json = JSON.writeInvoice(JsonSamples.finalInvoice());
        assertThat(json).contains("{\"type\":\"creditTransfer\",\"iban\":\"FR7630006000011234567890189\"")
                .contains("{\"type\":\"card\",\"paymentLink\":")
                .contains("{\"type\":\"directDebit\",\"mandateReference\":\"UMR-2026-0007\"")
                .contains("{\"type\":\"percentage\",\"percent\":\"5\",\"reason\":\"Remise fidélité\"}")
                .contains("\"revisionMonth\":\"2026-09\"")
                .doesNotContain("\"draft\"").doesNotContain("\"code\":\"58\"");
    }

    @Test
    void storedTotalsAreCheckedOnRead() {
        String json = JSON.writeInvoice(JsonSamples.finalInvoice());
        String tampered = json.replaceFirst("\"vatTotal\":\\{\"amount\":\"([0-9.]+)\"", "\"vatTotal\":{\"amount\":\"0.01\"");
        assertThat(tampered).isNotEqualTo(json);
        JsonFormatException e = catchThrowableOfType(JsonFormatException.class, () -> JSON.readInvoice(tampered));
        assertThat(e.valueCode()).contains("INCONSISTENT");
        assertThat(e.path()).startsWith("totals.");
    }

    @Test
    void paymentAndAllocationRoundTrip() {
        Payment payment = JsonSamples.payment();
        String json = JSON.writePayment(payment);
        assertThat(json).isEqualTo("{\"id\":\"pay-9\",\"amount\":{\"amount\":\"15000.00\",\"currency\":\"EUR\"},\"method\":\"BANK_TRANSFER\","
                + "\"receivedOn\":\"2026-12-20\",\"externalReference\":\"SEPA-20261220-0042\",\"payerName\":\"BOULANGERIE MARTIN\"}");
        assertThat(JSON.readPayment(json)).isEqualTo(payment);

        PaymentAllocation allocation = new PaymentAllocation("pay-9", "inv-51", Money.of("15000.00", "EUR"));
        assertThat(JSON.readPaymentAllocation(JSON.writePaymentAllocation(allocation))).isEqualTo(allocation);
    }

    @Test
    void missingFieldsTakeTheBuildersDefaults() {
        Invoice draft = JsonSamples.finalInvoice().toBuilder().kind(io.github.quote2invoice.invoice.InvoiceKind.STANDARD)
                .status(io.github.quote2invoice.invoice.InvoiceStatus.DRAFT).number(null).issueDate(null).dueDate(null)
                .settlement(io.github.quote2invoice.invoice.SettlementStyle.DEDUCTION_LINES)
                .paymentInstructions(io.github.quote2invoice.payment.PaymentInstructions.NONE)
                .references(io.github.quote2invoice.document.References.NONE)
                .rounding(io.github.quote2invoice.money.RoundingPolicy.DEFAULT).build();
        String full = JSON.writeInvoice(draft);
        String trimmed = full.replace("\"kind\":\"STANDARD\",", "").replace("\"status\":\"DRAFT\",", "")
                .replace("\"settlement\":\"DEDUCTION_LINES\",", "")
                .replace("\"paymentInstructions\":{\"means\":[]},", "").replace("\"references\":{},", "")
                .replace("\"rounding\":{\"lineRounding\":\"HALF_UP\",\"vatRounding\":\"HALF_UP\",\"vatMode\":\"PER_CATEGORY\"},", "");
        assertThat(tools.jackson.databind.json.JsonMapper.builder().build().readTree(trimmed).propertyNames())
                .doesNotContain("kind", "status", "settlement", "paymentInstructions", "references", "rounding");
        assertThat(JSON.readInvoice(trimmed)).isEqualTo(draft);
    }

    @Test
    void zeroPaymentIsRefused() {
        JsonFormatException e = catchThrowableOfType(JsonFormatException.class, () -> JSON.readPayment(
                "{\"id\":\"p\",\"amount\":{\"amount\":\"0\",\"currency\":\"EUR\"},\"method\":\"CASH\",\"receivedOn\":\"2026-12-20\"}"));
        assertThat(e.valueCode()).contains("OUT_OF_RANGE");
        assertThat(e.path()).isEqualTo("amount");
    }
}
