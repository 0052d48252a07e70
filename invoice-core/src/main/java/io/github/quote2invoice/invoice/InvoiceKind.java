package io.github.quote2invoice.invoice;

/** The kinds of invoice the engine produces, with their EN 16931 type codes (UNTDID 1001, BT-3). */
public enum InvoiceKind {
    /** A commercial invoice for the whole operation (380). */
    STANDARD("380", false),
    /** A deposit (acompte) invoice (386), VAT due at receipt. */
    DEPOSIT("386", false),
    /** A progress invoice (facture de situation, 380): cumulative completion minus what was billed. */
    PROGRESS("380", false),
    /** The final invoice (facture de solde, 380) carrying the whole operation and deducting deposits. */
    FINAL("380", false),
    /** A credit note (avoir, 381) correcting an issued invoice. */
    CREDIT_NOTE("381", true),
    /** A credit note cancelling all or part of a deposit invoice (503). */
    DEPOSIT_CREDIT_NOTE("503", true);

    private final String typeCode;
    private final boolean creditNote;

    InvoiceKind(String typeCode, boolean creditNote) {
        this.typeCode = typeCode;
        this.creditNote = creditNote;
    }

    /** The UNTDID 1001 document type code (BT-3). */
    public String typeCode() {
        return typeCode;
    }

    /** True for credit notes (their amounts are positive; the type says they are owed back). */
    public boolean isCreditNote() {
        return creditNote;
    }
}
