package io.github.quote2invoice.payments.stripe;

import com.stripe.StripeClient;
import io.github.quote2invoice.error.InvalidValueException;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.payment.PaymentMethod;
import io.github.quote2invoice.payment.PaymentRequest;
import io.github.quote2invoice.payment.PaymentRequestResult;
import io.github.quote2invoice.payment.spi.PaymentGatewayException;
import io.github.quote2invoice.receivable.InvoicePaymentRequests;
import io.github.quote2invoice.receivable.PaymentLedger;
import io.github.quote2invoice.testing.DraftInvoices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** stripe-java 33.3.0 against {@link FakeStripeApi} on loopback. The sample invoice asks EUR 3660.00 = 366000 cents. */
class StripePaymentGatewayTest {
    private static final URI SUCCESS = URI.create("https://shop.example/invoices/inv-1/paid");
    private static final URI CANCEL = URI.create("https://shop.example/invoices/inv-1/cancel");

    private FakeStripeApi api;
    private StripePaymentGateway gateway;
    private final Invoice invoice = DraftInvoices.frenchB2b().id("inv-1").build().issue("FA-2026-000042", LocalDate.of(2026, 11, 25));
    private final PaymentLedger ledger = PaymentLedger.empty(DraftInvoices.EUR).register(invoice);

    @BeforeEach
    void start() throws Exception {
        api = new FakeStripeApi();
        StripeClient client = StripeClient.builder().setApiKey("sk_test_51Q2i3nV0iCe").setApiBase(api.apiBase())
                .setMaxNetworkRetries(2).build();
        gateway = new StripePaymentGateway(client, StripeFixtures.SECRET);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private PaymentRequest request() {
        return InvoicePaymentRequests.forInvoice(invoice, ledger, List.of(PaymentMethod.CARD, PaymentMethod.DIRECT_DEBIT), SUCCESS, CANCEL);
    }

    @Test
    void checkoutSessionForTheAmountDueWithCardAndSepaDebit() {
        PaymentRequestResult result = gateway.createPaymentRequest(request());
        assertThat(result.gatewayId()).startsWith("cs_test_");
        assertThat(result.url().toString()).startsWith("https://checkout.stripe.com/c/pay/" + result.gatewayId());
        assertThat(result.amount()).isEqualTo(Money.of("3660.00", "EUR"));
        assertThat(result.invoiceId()).isEqualTo("inv-1");
        assertThat(result.expiresAt()).contains(Instant.ofEpochSecond(1_795_000_001L + 24 * 3600));

        FakeStripeApi.Received sent = api.requests().get(0);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.headers().get("Authorization")).isEqualTo("Bearer sk_test_51Q2i3nV0iCe");
        assertThat(sent.headers().get("Idempotency-Key")).isEqualTo("q2i-inv-1-366000");
        assertThat(sent.params()).containsEntry("mode", "payment")
                .containsEntry("payment_method_types[0]", "card")
                .containsEntry("payment_method_types[1]", "sepa_debit")
                .containsEntry("line_items[0][quantity]", "1")
                .containsEntry("line_items[0][price_data][currency]", "eur")
                .containsEntry("line_items[0][price_data][unit_amount]", "366000")
                .containsEntry("line_items[0][price_data][product_data][name]", "Facture FA-2026-000042")
                .containsEntry("metadata[invoice_id]", "inv-1")
                .containsEntry("metadata[invoice_number]", "FA-2026-000042")
                .containsEntry("payment_intent_data[metadata][invoice_id]", "inv-1")
                .containsEntry("client_reference_id", "inv-1")
                .containsEntry("customer_email", "compta@boulangerie-martin.example")
                .containsEntry("success_url", SUCCESS.toString());
    }

    @Test
    void retriesNeverCreateASecondSession() {
        // stripe-java retries the 500 with the same idempotency key; the application then retries the whole call.
        api.failNextWithServerError(1);
        PaymentRequestResult first = gateway.createPaymentRequest(request());
        PaymentRequestResult again = gateway.createPaymentRequest(request());
        assertThat(again.gatewayId()).isEqualTo(first.gatewayId());
        assertThat(api.sessionsCreated()).isEqualTo(1);
        assertThat(api.requests()).hasSize(3).allSatisfy(r -> assertThat(r.headers().get("Idempotency-Key")).isEqualTo("q2i-inv-1-366000"));
        // A new amount due (after a partial payment) is a new request with a new key.
        PaymentRequest partial = InvoicePaymentRequests.forInvoice(invoice, Money.of("1000.00", "EUR"), List.of(PaymentMethod.CARD), SUCCESS,
                CANCEL);
        assertThat(gateway.createPaymentRequest(partial).gatewayId()).isNotEqualTo(first.gatewayId());
        assertThat(api.sessionsCreated()).isEqualTo(2);
    }

    @Test
    void providerFailuresAreTypedWithRequestIdAndRetryability() {
        api.rejectApiKey();
        assertThatThrownBy(() -> gateway.createPaymentRequest(request()))
                .isInstanceOf(PaymentGatewayException.class).hasMessageContaining("Invalid API Key")
                .satisfies(e -> {
                    PaymentGatewayException g = (PaymentGatewayException) e;
                    assertThat(g.retryable()).isFalse();
                    assertThat(g.providerRequestId()).hasValueSatisfying(id -> assertThat(id).startsWith("req_"));
                });
    }

    @Test
    void methodsStripeCheckoutCannotTakeAreRefused() {
        PaymentRequest cheque = InvoicePaymentRequests.forInvoice(invoice, ledger, List.of(PaymentMethod.CHEQUE), SUCCESS, CANCEL);
        assertThatThrownBy(() -> gateway.createPaymentRequest(cheque)).isInstanceOf(InvalidValueException.class).hasMessageContaining("CHEQUE");
        assertThat(api.requests()).isEmpty();
    }
}
