package io.github.quote2invoice.conversion;

/** When the next step of a billing plan may be invoiced. */
public enum Sequencing {
    /**
     * As soon as its event is reached; a step that must cite earlier invoices (a final invoice
     * deducting deposits, a situation following another) also waits until they are issued.
     */
    AFTER_ISSUE,
    /**
     * "Pay, then invoice": a step is invoiced only once every earlier step of the plan is fully paid
     * (status {@code PAID} among the context's issued invoices), e.g. the works start, and the final
     * invoice is made, only after the deposit is paid.
     */
    AFTER_PAYMENT
}
