package io.github.quote2invoice.einvoice.ubl;

/**
 * Which rules a UBL document follows where the French CTC rules and Peppol BIS Billing 3.0 disagree.
 * Both are EN 16931; they differ on these points:
 * <ul>
 *   <li>BT-23 ({@code cbc:ProfileID}): the French billing framework (B1, S1, M4...) for the French
 *       flows; Peppol's business process {@code urn:fdc:peppol.eu:2017:poacc:billing:01:1.0}
 *       (PEPPOL-EN16931-R007);</li>
 *   <li>notes: the French flows carry one note per subject ({@code #PMT#}, {@code #PMD#}, {@code #AAB#}:
 *       BR-FR-05); Peppol allows one document-level note (PEPPOL-EN16931-R002), so the texts are joined;</li>
 *   <li>Peppol requires a buyer reference or an order reference (PEPPOL-EN16931-R003) and both parties'
 *       electronic addresses (R010, R020) from its scheme list (no e-mail, CL008);</li>
 *   <li>Peppol's type codes have no deposit credit note (503, P0100): it is sent as a credit note
 *       (381, {@code CreditNote} document).</li>
 * </ul>
 */
public enum UblRules {
    /** The French CTC flows (AFNOR XP Z12-012 / FNFE "Flux 2" rules), BT-24 {@code urn:cen.eu:en16931:2017}. */
    FRENCH_CTC("urn:cen.eu:en16931:2017"),
    /** Peppol BIS Billing 3.0, for sending over the Peppol network. */
    PEPPOL_BIS("urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0");

    /** Peppol's billing business process (BT-23). */
    static final String PEPPOL_PROCESS = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";

    private final String customizationId;

    UblRules(String customizationId) {
        this.customizationId = customizationId;
    }

    /** BT-24, the specification identifier this flavour writes. */
    public String customizationId() {
        return customizationId;
    }
}
