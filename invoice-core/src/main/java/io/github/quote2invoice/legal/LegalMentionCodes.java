package io.github.quote2invoice.legal;

/**
 * The stable codes of the {@link io.github.quote2invoice.invoice.LegalMention}s the rule sets produce.
 * Renderers and writers branch on these codes, never on the text. Codes never change meaning.
 */
public final class LegalMentionCodes {
    // France (FrenchRuleSet).
    /** Seller's legal identity: name, legal form, share capital, register and city, SIREN, SIRET, VAT number. */
    public static final String FR_SELLER_IDENTITY = "FR_SELLER_IDENTITY";
    /** "EI" after a sole trader's name (Code de commerce L526-22, R526-26). */
    public static final String FR_SOLE_TRADER = "FR_SOLE_TRADER";
    /** "TVA non applicable, art. 293 B du CGI" (franchise en base, CGI art. 293 E). */
    public static final String FR_FRANCHISE_293B = "FR_FRANCHISE_293B";
    /** "Autoliquidation" (CGI ann. II art. 242 nonies A, I-13°). */
    public static final String FR_REVERSE_CHARGE = "FR_REVERSE_CHARGE";
    /** Intra-EU supply exemption (CGI art. 262 ter I). */
    public static final String FR_INTRA_EU_EXEMPTION = "FR_INTRA_EU_EXEMPTION";
    /** Export exemption (CGI art. 262 I). */
    public static final String FR_EXPORT_EXEMPTION = "FR_EXPORT_EXEMPTION";
    /** Any other exemption, with its legal reference (CGI ann. II art. 242 nonies A, I-12°). */
    public static final String FR_VAT_EXEMPTION = "FR_VAT_EXEMPTION";
    /** Operation outside the scope of VAT. */
    public static final String FR_OUT_OF_SCOPE = "FR_OUT_OF_SCOPE";
    /** "Option pour le paiement de la taxe d'après les débits" (2026 reform; CGI ann. III art. 77). */
    public static final String FR_VAT_ON_DEBITS = "FR_VAT_ON_DEBITS";
    /** The buyer's SIREN (2026 reform). */
    public static final String FR_BUYER_SIREN = "FR_BUYER_SIREN";
    /** The delivery address when it differs from the buyer's (2026 reform). */
    public static final String FR_DELIVERY_ADDRESS = "FR_DELIVERY_ADDRESS";
    /** Nature of the operations: goods, services or both (2026 reform). */
    public static final String FR_OPERATION_NATURE = "FR_OPERATION_NATURE";
    /** A credit note's reference to the invoice it corrects (CGI ann. II art. 242 nonies A). */
    public static final String FR_CORRECTED_INVOICE = "FR_CORRECTED_INVOICE";
    /** The deposit invoices a final invoice deducts. */
    public static final String FR_DEPOSITS_DEDUCTED = "FR_DEPOSITS_DEDUCTED";
    /** Early-payment discount terms (subject AAB; Code de commerce L441-9). */
    public static final String FR_EARLY_PAYMENT_DISCOUNT = "FR_EARLY_PAYMENT_DISCOUNT";
    /** "Pas d'escompte pour paiement anticipé" (subject AAB; Code de commerce L441-9). */
    public static final String FR_NO_EARLY_PAYMENT_DISCOUNT = "FR_NO_EARLY_PAYMENT_DISCOUNT";
    /** Late-payment penalty rate (subject PMD; Code de commerce L441-9, L441-10 II). */
    public static final String FR_LATE_PENALTIES = "FR_LATE_PENALTIES";
    /** The fixed EUR 40 recovery indemnity, B2B (subject PMT; Code de commerce L441-10 II, D441-5). */
    public static final String FR_RECOVERY_INDEMNITY = "FR_RECOVERY_INDEMNITY";
    /** Professional insurance of building trades (loi n° 2014-626 art. 22; Code des assurances L243-2). */
    public static final String FR_INSURANCE = "FR_INSURANCE";

    // Generic EU (EuRuleSet): Directive 2006/112/EC art. 226, Directive 2011/7/EU.
    /** Seller's identity: name, VAT number, registration. */
    public static final String EU_SELLER_IDENTITY = "EU_SELLER_IDENTITY";
    /** "Reverse charge" (Directive 2006/112/EC art. 226(11a)). */
    public static final String EU_REVERSE_CHARGE = "EU_REVERSE_CHARGE";
    /** Intra-EU supply exemption (art. 138, mentioned per art. 226(11)). */
    public static final String EU_INTRA_EU_EXEMPTION = "EU_INTRA_EU_EXEMPTION";
    /** Export exemption (art. 146). */
    public static final String EU_EXPORT_EXEMPTION = "EU_EXPORT_EXEMPTION";
    /** Any other exemption, with its reference (art. 226(11)). */
    public static final String EU_VAT_EXEMPTION = "EU_VAT_EXEMPTION";
    /** Operation outside the scope of VAT. */
    public static final String EU_OUT_OF_SCOPE = "EU_OUT_OF_SCOPE";
    /** A credit note's reference to the invoice it corrects (art. 219). */
    public static final String EU_CORRECTED_INVOICE = "EU_CORRECTED_INVOICE";
    /** Early-payment discount terms (subject AAB). */
    public static final String EU_EARLY_PAYMENT_DISCOUNT = "EU_EARLY_PAYMENT_DISCOUNT";
    /** No early-payment discount (subject AAB). */
    public static final String EU_NO_EARLY_PAYMENT_DISCOUNT = "EU_NO_EARLY_PAYMENT_DISCOUNT";
    /** Late-payment interest (subject PMD; Directive 2011/7/EU art. 3). */
    public static final String EU_LATE_PENALTIES = "EU_LATE_PENALTIES";
    /** Fixed EUR 40 compensation for recovery costs, B2B (subject PMT; Directive 2011/7/EU art. 6). */
    public static final String EU_RECOVERY_INDEMNITY = "EU_RECOVERY_INDEMNITY";

    /** UNTDID 4451 subject: early-payment discount terms. */
    public static final String SUBJECT_DISCOUNT = "AAB";
    /** UNTDID 4451 subject: late-payment penalties. */
    public static final String SUBJECT_PENALTIES = "PMD";
    /** UNTDID 4451 subject: payment terms (the recovery indemnity). */
    public static final String SUBJECT_PAYMENT_TERMS = "PMT";

    private LegalMentionCodes() {
    }
}
