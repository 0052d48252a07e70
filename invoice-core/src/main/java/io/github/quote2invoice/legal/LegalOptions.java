package io.github.quote2invoice.legal;

/**
 * Seller choices that change the mentions an invoice carries.
 *
 * @param vatOnDebits the seller opted to pay VAT on debits ("option pour le paiement de la taxe
 *        d'après les débits", French reform mention)
 */
public record LegalOptions(boolean vatOnDebits) {
    /** No option chosen. */
    public static final LegalOptions NONE = new LegalOptions(false);
}
