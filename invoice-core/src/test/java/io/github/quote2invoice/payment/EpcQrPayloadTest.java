package io.github.quote2invoice.payment;

import io.github.quote2invoice.error.CurrencyMismatchException;
import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.error.InvalidValueException;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.party.BankAccount;
import io.github.quote2invoice.party.Bic;
import io.github.quote2invoice.party.Iban;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EpcQrPayloadTest {

    /**
     * EPC069-12 (v2.1 and v3.0), chapter "Examples", example 1: version 001 with BIC, purpose GDDS and
     * structured reference RF18539007547034. The guideline prints the lines below, amount "EUR12.3".
     */
    @Test
    void guidelineExample1IsReproducedByteForByte() {
        EpcQrPayload p = new EpcQrPayload(EpcQrPayload.Version.V001, "Franz Mustermänn", Iban.of("DE71110220330123456789"),
                Optional.of(Bic.of("BHBLDEHHXXX")), Optional.of(Money.of("12.30", "EUR")), Optional.of("GDDS"),
                Optional.of(CreditorReference.parse("RF18539007547034")), Optional.empty(), Optional.empty());
        assertThat(p.text()).isEqualTo(String.join("\n", "BCD", "001", "1", "SCT", "BHBLDEHHXXX", "Franz Mustermänn",
                "DE71110220330123456789", "EUR12.3", "GDDS", "RF18539007547034"));
    }

    /**
     * EPC069-12 example 2: version 002 without BIC, no purpose, no structured reference, unstructured
     * text "Client:Marie Louise La Lune".
     */
    @Test
    void guidelineExample2IsReproducedByteForByte() {
        EpcQrPayload p = new EpcQrPayload(EpcQrPayload.Version.V002, "François D'Alsace S.A.", Iban.of("FR1420041010050500013M02606"),
                Optional.empty(), Optional.of(Money.of("12.3", "EUR")), Optional.empty(), Optional.empty(),
                Optional.of("Client:Marie Louise La Lune"), Optional.empty());
        assertThat(p.text()).isEqualTo("BCD\n002\n1\nSCT\n\nFrançois D'Alsace S.A.\nFR1420041010050500013M02606\nEUR12.3\n\n\n"
                + "Client:Marie Louise La Lune");
        // Character set 1 is UTF-8: "ç" takes two bytes.
        assertThat(p.bytes()).isEqualTo(p.text().getBytes(StandardCharsets.UTF_8));
        assertThat(p.bytes()).hasSize(p.text().length() + 1);
    }

    /** The Belgian Red Cross sample of the EPC QR code literature: EUR1, purpose CHAR, text and information. */
    @Test
    void redCrossSampleWithInformationLine() {
        EpcQrPayload p = new EpcQrPayload(EpcQrPayload.Version.V001, "Red Cross of Belgium", Iban.of("BE72000000001616"),
                Optional.of(Bic.of("BPOTBEB1")), Optional.of(Money.of("1.00", "EUR")), Optional.of("CHAR"), Optional.empty(),
                Optional.of("Urgency fund"), Optional.of("Sample EPC QR code"));
        assertThat(p.text()).isEqualTo("BCD\n001\n1\nSCT\nBPOTBEB1\nRed Cross of Belgium\nBE72000000001616\nEUR1\nCHAR\n\n"
                + "Urgency fund\nSample EPC QR code");
    }

    @Test
    void invoicePayloadUsesAccountHolderBicAmountAndReference() {
        BankAccount account = BankAccount.of("FR7630006000011234567890189", "AGRIFRPP");
        EpcQrPayload p = EpcQrPayload.of("Atelier Durand SAS", account, Money.of("16990.40", "EUR"),
                CreditorReference.fromDocumentNumber("FA-2026-000042"));
        assertThat(p.text()).isEqualTo("BCD\n002\n1\nSCT\nAGRIFRPP\nAtelier Durand SAS\nFR7630006000011234567890189\nEUR16990.4\n\n"
                + "RF84FA2026000042");
        assertThat(p.text()).doesNotEndWith("\n");
    }

    @Test
    void versionOneNeedsBic() {
        assertThatThrownBy(() -> new EpcQrPayload(EpcQrPayload.Version.V001, "X", Iban.of("BE72000000001616"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).path()).isEqualTo("bic"));
    }

    @Test
    void amountMustBeEuroAndInRange() {
        BankAccount account = BankAccount.of("FR7630006000011234567890189", "AGRIFRPP");
        CreditorReference ref = CreditorReference.of("1");
        assertThatThrownBy(() -> EpcQrPayload.of("A", account, Money.of("10.00", "USD"), ref))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> EpcQrPayload.of("A", account, Money.of("1000000000.00", "EUR"), ref))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("999999999.99");
        assertThatThrownBy(() -> EpcQrPayload.of("A", account, Money.of("0", "EUR"), ref))
                .isInstanceOf(InvalidValueException.class).extracting(e -> ((InvalidValueException) e).code())
                .isEqualTo(ErrorCodes.OUT_OF_RANGE);
        assertThat(EpcQrPayload.of("A", account, Money.of("999999999.99", "EUR"), ref).text()).contains("\nEUR999999999.99\n");
    }

    @Test
    void referenceAndTextAreExclusive() {
        assertThatThrownBy(() -> new EpcQrPayload(EpcQrPayload.Version.V002, "X", Iban.of("BE72000000001616"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(CreditorReference.of("1")), Optional.of("text"), Optional.empty()))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).code()).isEqualTo(ErrorCodes.INCONSISTENT);
    }

    @Test
    void lengthsLineBreaksAndTotalSizeAreChecked() {
        Iban iban = Iban.of("BE72000000001616");
        assertThatThrownBy(() -> new EpcQrPayload(EpcQrPayload.Version.V002, "x".repeat(71), iban, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("beneficiaryName");
        assertThatThrownBy(() -> new EpcQrPayload(EpcQrPayload.Version.V002, "A\nB", iban, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("single line");
        assertThatThrownBy(() -> new EpcQrPayload(EpcQrPayload.Version.V002, "A", iban, Optional.empty(), Optional.empty(),
                Optional.of("TOOLONG"), Optional.empty(), Optional.empty(), Optional.empty()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("purpose");
        // 70 + 140 + 70 characters of two-byte letters overflow 331 bytes although each element is within its limit.
        assertThatThrownBy(() -> new EpcQrPayload(EpcQrPayload.Version.V002, "é".repeat(70), iban, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of("é".repeat(140)), Optional.of("é".repeat(70))))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).path()).isEqualTo("payload"));
    }

    @Test
    void nameOnlyPayloadEndsWithIban() {
        EpcQrPayload p = new EpcQrPayload(EpcQrPayload.Version.V002, "A", Iban.of("BE72000000001616"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(p.text()).isEqualTo("BCD\n002\n1\nSCT\n\nA\nBE72000000001616");
    }
}
