package io.github.quote2invoice.invoice;

/**
 * The French billing framework code (cadre de facturation), EN 16931 BT-23 as profiled by the
 * French e-invoicing reform: B = goods, S = services, M = mixed; 1 = ordinary invoice, 2 = invoice
 * already paid, 4 = final invoice after deposits, and the sector cases.
 */
public enum BillingFramework {
    /** Goods. */
    B1,
    /** Services. */
    S1,
    /** Mixed goods and services. */
    M1,
    /** Goods, invoice already paid. */
    B2,
    /** Services, invoice already paid. */
    S2,
    /** Mixed, invoice already paid. */
    M2,
    /** Services, invoice submitted for validation (public works). */
    S3,
    /** Goods, final invoice after deposits. */
    B4,
    /** Services, final invoice after deposits. */
    S4,
    /** Mixed, final invoice after deposits. */
    M4,
    /** Services by a subcontractor. */
    S5,
    /** Services by a co-contractor. */
    S6,
    /** Goods, e-reporting (VAT already collected). */
    B7,
    /** Services, e-reporting (VAT already collected). */
    S7;

    /** The code as written in BT-23. */
    public String code() {
        return name();
    }
}
