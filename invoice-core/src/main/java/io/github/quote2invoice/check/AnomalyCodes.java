package io.github.quote2invoice.check;

/**
 * The stable codes of the anomalies this library reports. Codes never change meaning; new ones may
 * be added. Each is documented, with its severity and the law or rule behind it, in
 * {@code docs/anomalies.md}.
 */
public final class AnomalyCodes {
    // French rule set (LegalRuleSets.france()): mandatory data, Code de commerce and CGI.
    /** French seller without SIREN/SIRET (CGI ann. II art. 242 nonies A, I-1°; Code de commerce R123-237). */
    public static final String FR_SELLER_SIREN_MISSING = "FR_SELLER_SIREN_MISSING";
    /** French seller charging VAT without a VAT number (CGI ann. II art. 242 nonies A, I-2°). */
    public static final String FR_SELLER_VAT_ID_MISSING = "FR_SELLER_VAT_ID_MISSING";
    /** French company without legal form (Code de commerce R123-238). */
    public static final String FR_SELLER_LEGAL_FORM_MISSING = "FR_SELLER_LEGAL_FORM_MISSING";
    /** French company without share capital (Code de commerce R123-238). */
    public static final String FR_SELLER_SHARE_CAPITAL_MISSING = "FR_SELLER_SHARE_CAPITAL_MISSING";
    /** French company without register and city ("RCS Lyon", Code de commerce R123-237). */
    public static final String FR_SELLER_REGISTRATION_MISSING = "FR_SELLER_REGISTRATION_MISSING";
    /** French business buyer without SIREN (2026 reform, CGI ann. II art. 242 nonies A, I-1°). */
    public static final String FR_BUYER_SIREN_MISSING = "FR_BUYER_SIREN_MISSING";
    /** Reverse charge or intra-EU supply to a business without its VAT number (242 nonies A, I-3° and 4°). */
    public static final String FR_BUYER_VAT_ID_MISSING = "FR_BUYER_VAT_ID_MISSING";
    /** A French address without postal code. */
    public static final String FR_ADDRESS_POSTAL_CODE_MISSING = "FR_ADDRESS_POSTAL_CODE_MISSING";
    /** No date of sale or service: neither delivery date nor service period (CGI ann. II art. 242 nonies A, I; Code de commerce L441-9). */
    public static final String FR_DELIVERY_DATE_MISSING = "FR_DELIVERY_DATE_MISSING";
    /** An issued invoice without due date (Code de commerce L441-9). */
    public static final String FR_DUE_DATE_MISSING = "FR_DUE_DATE_MISSING";
    /** B2B recovery indemnity other than the statutory EUR 40 (Code de commerce D441-5). */
    public static final String FR_RECOVERY_INDEMNITY_AMOUNT = "FR_RECOVERY_INDEMNITY_AMOUNT";
    /** Franchise en base (art. 293 B CGI) mixed with lines charging VAT. */
    public static final String FR_FRANCHISE_MIXED_WITH_VAT = "FR_FRANCHISE_MIXED_WITH_VAT";
    /** An invoice in another currency than EUR without its VAT total in EUR (BT-6 = EUR, BT-111; CTC rule BR-FR-CO-12). */
    public static final String FR_VAT_IN_EUR_MISSING = "FR_VAT_IN_EUR_MISSING";

    // Generic EU rule set (LegalRuleSets.eu()): Directive 2006/112/EC art. 226.
    /** Seller charging VAT without a VAT number (Directive 2006/112/EC art. 226(3)). */
    public static final String EU_SELLER_VAT_ID_MISSING = "EU_SELLER_VAT_ID_MISSING";
    /** Reverse charge or intra-EU supply without the buyer's VAT number (art. 226(4)). */
    public static final String EU_BUYER_VAT_ID_MISSING = "EU_BUYER_VAT_ID_MISSING";
    /** No date of supply (art. 226(7)). */
    public static final String EU_DELIVERY_DATE_MISSING = "EU_DELIVERY_DATE_MISSING";
    /** An invoice in a foreign currency without its VAT in the member state's national currency (art. 230; BT-6, BT-111). */
    public static final String EU_VAT_IN_NATIONAL_CURRENCY_MISSING = "EU_VAT_IN_NATIONAL_CURRENCY_MISSING";

    // Standard invoice checks (StandardInvoiceChecks).
    /** Stored totals differ from the totals recomputed from the lines (EN 16931 BR-CO-10 to BR-CO-17). */
    public static final String TOTALS_MISMATCH = "TOTALS_MISMATCH";
    /** A line net differs from quantity x unit price - discount. */
    public static final String LINE_NET_MISMATCH = "LINE_NET_MISMATCH";
    /** A total below zero where the kind of document does not allow it. */
    public static final String TOTAL_NEGATIVE = "TOTAL_NEGATIVE";
    /** A total of zero where the kind of document does not expect it. */
    public static final String TOTAL_ZERO = "TOTAL_ZERO";
    /** A VAT rate the seller's country does not have. */
    public static final String VAT_RATE_NOT_ALLOWED = "VAT_RATE_NOT_ALLOWED";
    /** A VAT category that does not fit the seller's country or the parties. */
    public static final String VAT_CATEGORY_NOT_ALLOWED = "VAT_CATEGORY_NOT_ALLOWED";
    /** An exemption reason (VATEX code) that belongs to another VAT category. */
    public static final String EXEMPTION_REASON_MISMATCH = "EXEMPTION_REASON_MISMATCH";
    /** A total above the configured threshold. */
    public static final String AMOUNT_ABOVE_THRESHOLD = "AMOUNT_ABOVE_THRESHOLD";
    /** A line's unit price far above the other lines' median. */
    public static final String LINE_PRICE_OUTLIER = "LINE_PRICE_OUTLIER";
    /** Payment terms or due date beyond the French legal maximum (Code de commerce L441-10 I). */
    public static final String PAYMENT_TERM_TOO_LONG = "PAYMENT_TERM_TOO_LONG";

    private AnomalyCodes() {
    }
}
