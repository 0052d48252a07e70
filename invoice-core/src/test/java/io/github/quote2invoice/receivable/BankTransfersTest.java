package io.github.quote2invoice.receivable;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.error.InvalidValueException;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.party.BankAccount;
import io.github.quote2invoice.party.Iban;
import io.github.quote2invoice.payment.PaymentMeans;
import io.github.quote2invoice.testing.DraftInvoices;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BankTransfersTest {
    private static final Invoice ISSUED = DraftInvoices.frenchB2b().build().issue("FA-2026-000042", LocalDate.of(2026, 11, 25));

    @Test
    void referenceInstructionsAndQrPayloadForAnInvoice() {
        assertThat(BankTransfers.referenceOf(ISSUED).formatted()).isEqualTo("RF84 FA20 2600 0042");
        var instructions = BankTransfers.instructions(ISSUED, BankTransfers.referenceOf(ISSUED));
        assertThat(instructions.remittanceReference()).contains("RF84FA2026000042");
        assertThat(instructions.means().get(0)).isInstanceOfSatisfying(PaymentMeans.CreditTransfer.class,
                ct -> assertThat(ct.iban().value()).isEqualTo("FR7630006000011234567890189"));
        assertThat(BankTransfers.epcQrPayload(ISSUED, Money.of("3660.00", "EUR")).text()).isEqualTo(
                "BCD\n002\n1\nSCT\nAGRIFRPP\nAtelier Durand SAS\nFR7630006000011234567890189\nEUR3660\n\nRF84FA2026000042");
    }

    @Test
    void ibanWithWrongChecksumIsRefusedWithClearMessage() {
        // FR7630006000011234567890189 with its last digit changed: mod 97 no longer gives 1.
        assertThatThrownBy(() -> BankAccount.of("FR7630006000011234567890188", "AGRIFRPP"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("iban: 'FR7630006000011234567890188' has wrong check digits (mod 97) [INVALID_CHECKSUM]")
                .extracting(e -> ((InvalidValueException) e).code()).isEqualTo(ErrorCodes.INVALID_CHECKSUM);
        assertThatThrownBy(() -> Iban.of("FR76 3000")).isInstanceOf(InvalidValueException.class).hasMessageContaining("not an IBAN");
        assertThatThrownBy(() -> BankAccount.of("FR7630006000011234567890189", "AGRI")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("not a BIC");
    }

    @Test
    void sellerWithoutAccountCannotBePaidByTransfer() {
        Invoice noAccount = DraftInvoices.frenchB2b().seller(io.github.quote2invoice.party.Party.builder("Sans Banque SAS",
                io.github.quote2invoice.party.Address.of("1 rue", "75001", "Paris", "FR")).build()).build()
                .issue("FA-1", LocalDate.of(2026, 11, 25));
        assertThatThrownBy(() -> BankTransfers.epcQrPayload(noAccount, Money.of("1.00", "EUR")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("seller.bankAccount");
    }
}
