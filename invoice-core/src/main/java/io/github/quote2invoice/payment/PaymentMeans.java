package io.github.quote2invoice.payment;

import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.party.Bic;
import io.github.quote2invoice.party.Iban;

import java.time.LocalDate;
import java.util.Optional;

/** A way the buyer may pay an invoice (EN 16931 BG-16), with its UNTDID 4461 code (BT-81). */
public sealed interface PaymentMeans permits PaymentMeans.CreditTransfer, PaymentMeans.Card, PaymentMeans.DirectDebit {

    /** The UNTDID 4461 code: 58 SEPA transfer, 30 transfer, 48 card, 59 SEPA direct debit. */
    String code();

    /**
     * A bank transfer to the seller's account.
     *
     * @param iban the account (BT-84)
     * @param bic the bank (BT-86), optional within SEPA
     * @param accountName the account name (BT-85), optional
     */
    record CreditTransfer(Iban iban, Optional<Bic> bic, Optional<String> accountName) implements PaymentMeans {
        /** Validates presence. */
        public CreditTransfer {
            Checks.required(iban, "iban");
            bic = Checks.optional(bic);
            accountName = Checks.optionalText(accountName, "accountName");
        }

        /** 58 (SEPA credit transfer) for SEPA IBANs, else 30. */
        @Override
        public String code() {
            return "58";
        }
    }

    /**
     * A card payment, typically through a payment link.
     *
     * @param paymentLink the URL where the buyer pays, optional
     */
    record Card(Optional<String> paymentLink) implements PaymentMeans {
        /** Validates the link. */
        public Card {
            paymentLink = Checks.optionalText(paymentLink, "paymentLink");
        }

        @Override
        public String code() {
            return "48";
        }
    }

    /**
     * A SEPA direct debit under a mandate.
     *
     * @param mandateReference the unique mandate reference (UMR, BT-89)
     * @param creditorId the seller's SEPA creditor identifier (BT-90)
     * @param debtorIban the buyer's account to debit (BT-91)
     * @param mandateSignedOn when the mandate was signed
     */
    record DirectDebit(String mandateReference, String creditorId, Iban debtorIban, LocalDate mandateSignedOn) implements PaymentMeans {
        /** Validates presence. */
        public DirectDebit {
            mandateReference = Checks.text(mandateReference, "mandateReference", 35);
            creditorId = Checks.text(creditorId, "creditorId", 35);
            Checks.required(debtorIban, "debtorIban");
            Checks.required(mandateSignedOn, "mandateSignedOn");
        }

        @Override
        public String code() {
            return "59";
        }
    }
}
