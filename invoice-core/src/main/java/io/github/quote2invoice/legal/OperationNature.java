package io.github.quote2invoice.legal;

import io.github.quote2invoice.document.LineNature;
import io.github.quote2invoice.invoice.BillingFramework;
import io.github.quote2invoice.invoice.InvoiceLine;

import java.util.List;

/**
 * What an invoice's operations are: only goods, only services, or both. French reform mention
 * ("nature des opérations") and the letter of the billing framework code (BT-23: B, S, M).
 */
public enum OperationNature {
    /** Only supplies of goods. */
    GOODS("livraisons de biens", "supplies of goods"),
    /** Only services. */
    SERVICES("prestations de services", "supplies of services"),
    /** Goods and services. */
    MIXED("livraisons de biens et prestations de services", "supplies of goods and services");

    private final String french;
    private final String english;

    OperationNature(String french, String english) {
        this.french = french;
        this.english = english;
    }

    /**
     * The nature of these lines.
     *
     * @param lines at least one line
     * @throws io.github.quote2invoice.error.InvalidValueException {@code REQUIRED} when empty
     */
    public static OperationNature of(List<InvoiceLine> lines) {
        io.github.quote2invoice.internal.Checks.nonEmptyList(lines, "lines");
        boolean goods = false;
        boolean services = false;
        for (InvoiceLine line : lines) {
            goods |= line.nature() == LineNature.GOODS;
            services |= line.nature() == LineNature.SERVICES;
        }
        return goods && services ? MIXED : goods ? GOODS : SERVICES;
    }

    /** The French wording ("prestations de services"). */
    public String french() {
        return french;
    }

    /** The English wording ("supplies of services"). */
    public String english() {
        return english;
    }

    /**
     * The billing framework code (BT-23) of an ordinary invoice (B1, S1, M1) or of a final invoice that
     * deducts deposits (B4, S4, M4).
     */
    public BillingFramework billingFramework(boolean finalAfterDeposits) {
        return switch (this) {
            case GOODS -> finalAfterDeposits ? BillingFramework.B4 : BillingFramework.B1;
            case SERVICES -> finalAfterDeposits ? BillingFramework.S4 : BillingFramework.S1;
            case MIXED -> finalAfterDeposits ? BillingFramework.M4 : BillingFramework.M1;
        };
    }
}
