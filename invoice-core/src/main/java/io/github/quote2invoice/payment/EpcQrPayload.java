package io.github.quote2invoice.payment;

import io.github.quote2invoice.error.CurrencyMismatchException;
import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.party.BankAccount;
import io.github.quote2invoice.party.Bic;
import io.github.quote2invoice.party.Iban;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The content of an EPC QR code (European Payments Council guideline EPC069-12, "Quick Response
 * Code: Guidelines to Enable Data Capture for the Initiation of a SEPA Credit Transfer"): scanned by
 * the payer's banking app, it pre-fills a SEPA credit transfer to the seller.
 *
 * <p>The payload is a sequence of lines separated by LF: service tag {@code BCD}, version
 * ({@code 001} or {@code 002}), character set ({@code 1}: UTF-8, the only one written here),
 * identification {@code SCT}, BIC (mandatory in version 001, optional in 002), beneficiary name
 * (at most 70 characters), IBAN, amount ({@code EUR} followed by 0.01 to 999999999.99, decimal point,
 * no trailing zeros, as the guideline's own examples print it: {@code EUR12.3}), purpose code
 * (4 characters), then either a structured ISO 11649 creditor reference (at most 35) or an
 * unstructured remittance text (at most 140) - never both - and a beneficiary-to-originator
 * information (at most 70). Absent trailing elements are left out; the last line has no line feed.
 * The whole payload may not exceed 331 bytes.
 *
 * <p>Immutable; validated at construction: an instance always renders to a valid payload.
 *
 * @param version 001 (BIC required) or 002
 * @param beneficiaryName the seller as the payer's bank should show it, 1 to 70 characters
 * @param iban the seller's account
 * @param bic the seller's bank, optional in version 002
 * @param amount the amount in EUR, 0.01 to 999 999 999.99, optional (the payer then types it)
 * @param purpose an ISO 20022 purpose code of 4 letters or digits, optional
 * @param creditorReference the structured reference, optional, exclusive with {@code remittanceText}
 * @param remittanceText the unstructured remittance information, at most 140 characters, optional
 * @param information a note shown to the payer, at most 70 characters, optional
 */
public record EpcQrPayload(Version version, String beneficiaryName, Iban iban, Optional<Bic> bic, Optional<Money> amount,
                           Optional<String> purpose, Optional<CreditorReference> creditorReference, Optional<String> remittanceText,
                           Optional<String> information) {

    /** Most bytes an EPC QR payload may have (QR version 13 at error correction level M). */
    public static final int MAX_BYTES = 331;
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999.99");

    /** The EPC069-12 payload versions. */
    public enum Version {
        /** Version 001: the BIC is mandatory. */
        V001("001"),
        /** Version 002: the BIC is optional (inside the EEA). */
        V002("002");

        private final String code;

        Version(String code) {
            this.code = code;
        }

        /** The version as written on the second line. */
        public String code() {
            return code;
        }
    }

    /**
     * Validates every element and the total size.
     *
     * @throws io.github.quote2invoice.error.InvalidValueException naming the element at fault
     *         ({@code REQUIRED}, {@code OUT_OF_RANGE}, {@code INVALID_FORMAT}, {@code INCONSISTENT},
     *         {@code CURRENCY_MISMATCH})
     */
    public EpcQrPayload {
        Checks.required(version, "version");
        beneficiaryName = line(Checks.text(beneficiaryName, "beneficiaryName", 70), "beneficiaryName");
        Checks.required(iban, "iban");
        bic = Checks.optional(bic);
        amount = Checks.optional(amount);
        purpose = Checks.optionalText(purpose, "purpose");
        creditorReference = Checks.optional(creditorReference);
        remittanceText = Checks.optionalText(remittanceText, "remittanceText");
        information = Checks.optionalText(information, "information");
        Checks.check(iban.value().length() <= 34, ErrorCodes.OUT_OF_RANGE, "iban", "has more than 34 characters");
        if (version == Version.V001) {
            Checks.check(bic.isPresent(), ErrorCodes.REQUIRED, "bic", "is required in EPC QR version 001");
        }
        if (amount.isPresent()) {
            Money a = amount.get();
            if (!a.currency().equals(EUR)) {
                throw new CurrencyMismatchException("amount", EUR, a.currency());
            }
            Checks.check(a.isPositive() && a.amount().compareTo(MAX_AMOUNT) <= 0, ErrorCodes.OUT_OF_RANGE, "amount",
                    "must be from EUR 0.01 to EUR 999999999.99 in an EPC QR code, was " + a);
        }
        purpose.ifPresent(p -> Checks.check(p.matches("[A-Za-z0-9]{4}"), ErrorCodes.INVALID_FORMAT, "purpose",
                "'" + p + "' is not a 4-character purpose code"));
        Checks.check(creditorReference.isEmpty() || remittanceText.isEmpty(), ErrorCodes.INCONSISTENT, "remittanceText",
                "an EPC QR code carries either a structured creditor reference or a remittance text, not both");
        remittanceText.ifPresent(t -> line(Checks.text(t, "remittanceText", 140), "remittanceText"));
        information.ifPresent(t -> line(Checks.text(t, "information", 70), "information"));
        int size = render(version, beneficiaryName, iban, bic, amount, purpose, creditorReference, remittanceText, information)
                .getBytes(StandardCharsets.UTF_8).length;
        Checks.check(size <= MAX_BYTES, ErrorCodes.OUT_OF_RANGE, "payload",
                "is " + size + " bytes in UTF-8; an EPC QR payload holds at most " + MAX_BYTES);
    }

    /**
     * The usual payload on an invoice: version 002, the seller's account (its BIC when known), the
     * amount due and the invoice's creditor reference.
     *
     * @param beneficiaryName the seller's name (the account holder when the account names one)
     * @param account the seller's bank account
     * @param amount the amount due, in EUR
     * @param reference the invoice's creditor reference
     */
    public static EpcQrPayload of(String beneficiaryName, BankAccount account, Money amount, CreditorReference reference) {
        Checks.required(account, "account");
        return new EpcQrPayload(Version.V002, account.holder().orElse(beneficiaryName), account.iban(), account.bic(),
                Optional.ofNullable(amount), Optional.empty(), Optional.ofNullable(reference), Optional.empty(), Optional.empty());
    }

    /** The payload text: lines separated by LF, the last one without a line feed. */
    public String text() {
        return render(version, beneficiaryName, iban, bic, amount, purpose, creditorReference, remittanceText, information);
    }

    /** The payload as UTF-8 bytes (character set 1), ready for a QR encoder at error correction level M. */
    public byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    private static String render(Version version, String name, Iban iban, Optional<Bic> bic, Optional<Money> amount,
                                 Optional<String> purpose, Optional<CreditorReference> reference, Optional<String> text,
                                 Optional<String> information) {
        List<String> lines = new ArrayList<>(12);
        lines.add("BCD");
        lines.add(version.code());
        lines.add("1");
        lines.add("SCT");
        lines.add(bic.map(Bic::value).orElse(""));
        lines.add(name);
        lines.add(iban.value());
        lines.add(amount.map(a -> "EUR" + Checks.normalize(a.amount()).toPlainString()).orElse(""));
        lines.add(purpose.orElse(""));
        lines.add(reference.map(CreditorReference::value).orElse(""));
        lines.add(text.orElse(""));
        lines.add(information.orElse(""));
        // Trailing empty elements are omitted; the guideline forbids a line feed after the last one.
        int last = lines.size();
        while (lines.get(last - 1).isEmpty()) {
            last--;
        }
        return String.join("\n", lines.subList(0, last));
    }

    private static String line(String value, String path) {
        Checks.check(value.chars().noneMatch(Character::isISOControl), ErrorCodes.INVALID_FORMAT, path,
                "must be a single line without control characters");
        return value;
    }
}
