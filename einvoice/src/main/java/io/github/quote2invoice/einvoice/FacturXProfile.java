package io.github.quote2invoice.einvoice;

/**
 * The Factur-X / ZUGFeRD profiles: how much of the EN 16931 model the CII XML carries.
 * EN16931 is the default: the full semantic model, what the French reform expects.
 */
public enum FacturXProfile {
    /** Header data only; not a valid invoice in France on its own. */
    MINIMUM("urn:factur-x.eu:1p0:minimum", "MINIMUM", false),
    /** Header and totals without lines. */
    BASIC_WL("urn:factur-x.eu:1p0:basicwl", "BASIC WL", false),
    /** A subset of EN 16931 with lines. */
    BASIC("urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic", "BASIC", true),
    /** The full EN 16931 semantic model. */
    EN16931("urn:cen.eu:en16931:2017", "EN 16931", true),
    /** EN 16931 plus extensions (several due dates, more references...). */
    EXTENDED("urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended", "EXTENDED", true);

    private final String guidelineId;
    private final String xmpConformanceLevel;
    private final boolean hasLines;

    FacturXProfile(String guidelineId, String xmpConformanceLevel, boolean hasLines) {
        this.guidelineId = guidelineId;
        this.xmpConformanceLevel = xmpConformanceLevel;
        this.hasLines = hasLines;
    }

    /** The specification identifier written in the XML (BT-24, {@code GuidelineSpecifiedDocumentContextParameter}). */
    public String guidelineId() {
        return guidelineId;
    }

    /** The value of {@code fx:ConformanceLevel} in the PDF's XMP metadata. */
    public String xmpConformanceLevel() {
        return xmpConformanceLevel;
    }

    /** True when the profile carries invoice lines. */
    public boolean hasLines() {
        return hasLines;
    }
}
