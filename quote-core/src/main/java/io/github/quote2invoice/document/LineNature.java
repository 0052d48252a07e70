package io.github.quote2invoice.document;

/**
 * Whether a line sells goods or services: decides the French "nature of the operation" mention and
 * the billing framework code (BT-23: B1/S1/M1, B4/S4/M4 for final invoices after deposits).
 */
public enum LineNature {
    /** Delivery of goods. */
    GOODS,
    /** Provision of services. */
    SERVICES
}
