package io.github.quote2invoice.tax;

import io.github.quote2invoice.internal.Checks;

/**
 * Why no VAT is charged: a VATEX code (BT-121) and the text printed on the document (BT-120).
 *
 * @param code the CEF VATEX code, e.g. {@code VATEX-EU-AE}
 * @param text the mention, e.g. "Autoliquidation"
 */
public record VatExemption(String code, String text) {
    /** Reverse charge (VATEX-EU-AE): "Autoliquidation". */
    public static final VatExemption REVERSE_CHARGE = new VatExemption("VATEX-EU-AE", "Autoliquidation");
    /** Intra-EU supply of goods (art. 262 ter I du CGI; Directive 2006/112/EC art. 138). */
    public static final VatExemption INTRA_COMMUNITY = new VatExemption("VATEX-EU-IC",
            "Exonération de TVA, article 262 ter I du CGI");
    /** Export outside the EU (art. 262 I du CGI; Directive 2006/112/EC art. 146). */
    public static final VatExemption EXPORT = new VatExemption("VATEX-EU-G", "Exonération de TVA, article 262 I du CGI");
    /** Outside the scope of VAT. */
    public static final VatExemption OUT_OF_SCOPE = new VatExemption("VATEX-EU-O", "Non soumis à la TVA");
    /** French small-business franchise (franchise en base). */
    public static final VatExemption FRANCHISE_EN_BASE = new VatExemption("VATEX-FR-FRANCHISE",
            "TVA non applicable, art. 293 B du CGI");

    /** Validates both parts are present. */
    public VatExemption {
        code = Checks.text(code, "code", 30);
        text = Checks.text(text, "text", 500);
    }
}
