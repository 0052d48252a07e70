package io.github.quote2invoice.receivable;

import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.payment.CreditorReference;
import io.github.quote2invoice.payment.Payment;
import io.github.quote2invoice.payment.PaymentMethod;
import io.github.quote2invoice.payment.Reversal;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The ledger's chain digest: its canonical text written out by hand, order sensitivity, and a pinned value. */
class LedgerChainTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    private static final Receivable INVOICE = new Receivable("inv-1", "FA-2026-000042", "SIREN:851234567", "Boulangerie Martin",
            Money.of("3660.00", "EUR"), DAY, DAY.plusDays(30), Optional.of(CreditorReference.fromDocumentNumber("FA-2026-000042")));
    private static final Payment PAYMENT = new Payment("pay-1", Money.of("1000.00", "EUR"), PaymentMethod.BANK_TRANSFER, DAY.plusDays(2),
            Optional.of("VIR Martin"), Optional.empty());

    private static List<LedgerEntry> history() {
        return List.of(new LedgerEntry.Registered(INVOICE), new LedgerEntry.Recorded(PAYMENT, "SIREN:851234567"),
                new LedgerEntry.Allocated("pay-1", "inv-1", Money.of("1000.00", "EUR")),
                new LedgerEntry.Credited("cn-1", "inv-1", Money.of("60.00", "EUR")),
                new LedgerEntry.Reversed(new Reversal("re-1", "pay-1", Money.of("100.00", "EUR"), Reversal.Kind.REFUND, DAY.plusDays(9))));
    }

    @Test
    void theCanonicalTextIsTheDocumentedOne() throws Exception {
        // q2i-ledger-v1, then each field as <length>:<value>\n: the previous digest, the kind, the fields, '+' or '-' for optional ones
        String text = "q2i-ledger-v1\n" + "64:" + LedgerChain.START + "\n" + "10:REGISTERED\n" + "5:inv-1\n" + "14:FA-2026-000042\n"
                + "15:SIREN:851234567\n" + "18:Boulangerie Martin\n" + "11:EUR 3660.00\n" + "10:2026-11-30\n" + "10:2026-12-30\n"
                + "17:+" + INVOICE.reference().orElseThrow().value() + "\n";
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(LedgerChain.next(LedgerChain.START, new LedgerEntry.Registered(INVOICE))).isEqualTo(expected);
    }

    @Test
    void aLedgerCarriesTheDigestOfItsHistoryInItsOrder() {
        PaymentLedger ledger = PaymentLedger.replay(Currency.getInstance("EUR"), history());
        String chain = LedgerChain.START;
        for (LedgerEntry e : history()) {
            chain = LedgerChain.next(chain, e);
        }
        assertThat(ledger.chainDigest()).isEqualTo(chain);
        assertThat(PaymentLedger.empty(Currency.getInstance("EUR")).chainDigest()).isEqualTo(LedgerChain.START);
        // the same ledger reached op by op has the same digest
        PaymentLedger stepByStep = PaymentLedger.empty(Currency.getInstance("EUR")).register(INVOICE).record(PAYMENT, "SIREN:851234567")
                .allocate("pay-1", "inv-1", Money.of("1000.00", "EUR")).applyCredit("cn-1", "inv-1", Money.of("60.00", "EUR"))
                .reverse(new Reversal("re-1", "pay-1", Money.of("100.00", "EUR"), Reversal.Kind.REFUND, DAY.plusDays(9)));
        assertThat(stepByStep.chainDigest()).isEqualTo(chain);
        // another order, same entries: another digest
        String swapped = LedgerChain.next(LedgerChain.next(LedgerChain.START, history().get(1)), history().get(0));
        assertThat(swapped).isNotEqualTo(LedgerChain.next(LedgerChain.next(LedgerChain.START, history().get(0)), history().get(1)));
    }

    /** Pinned: changing the canonical text changes every digest stored in journals. */
    @Test
    void theDigestOfAKnownHistoryIsPinned() {
        assertThat(PaymentLedger.replay(Currency.getInstance("EUR"), history()).chainDigest()).isEqualTo("45d0de1690406fcc9a43e3f77e6808cae3176d83880e96e3e4fd01c91bf87f1c");
    }
}
