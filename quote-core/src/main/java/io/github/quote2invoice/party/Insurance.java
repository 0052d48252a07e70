package io.github.quote2invoice.party;

import io.github.quote2invoice.internal.Checks;

/**
 * The professional insurance a building trade must print (assurance décennale: insurer, cover, area).
 *
 * @param insurer the insurer's name and address
 * @param policy the policy number
 * @param coverage the geographic cover
 */
public record Insurance(String insurer, String policy, String coverage) {
    /** Validates all parts. */
    public Insurance {
        insurer = Checks.text(insurer, "insurer", 300);
        policy = Checks.text(policy, "policy", 100);
        coverage = Checks.text(coverage, "coverage", 200);
    }
}
