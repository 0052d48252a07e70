package io.github.quote2invoice.conversion.internal;

import io.github.quote2invoice.check.Anomaly;
import io.github.quote2invoice.check.InvoiceCheck;
import io.github.quote2invoice.conversion.ConversionContext;
import io.github.quote2invoice.conversion.ConversionException;
import io.github.quote2invoice.conversion.VatAccountingRate;
import io.github.quote2invoice.error.Quote2InvoiceException;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.LegalMention;
import io.github.quote2invoice.invoice.VatInAccountingCurrency;
import io.github.quote2invoice.legal.LegalRuleSet;
import io.github.quote2invoice.legal.LegalRuleSets;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The last touch on every draft: the legal mentions of the context's rule set (or the one chosen from
 * the parties), then the rule set's and
 * the context's checks, whose anomalies are returned with their path inside the result.
 */
final class DraftFinisher {
    private final ConversionContext context;

    DraftFinisher(ConversionContext context) {
        this.context = context;
    }

    Invoice finish(Invoice built, String path, List<Anomaly> anomalies) {
        Invoice draft = withAccountingCurrencyVat(built);
        Invoice result = draft;
        if (context.legalRulesEnabled()) {
            LegalRuleSet rules = context.legalRules().orElseGet(() -> LegalRuleSets.forParties(draft.seller(), draft.buyer()));
            List<LegalMention> mentions = call(() -> rules.mentions(draft, context.legalOptions()), path, "legal rule set " + rules.jurisdiction());
            result = draft.toBuilder().legalMentions(mentions).buildKeepingTotals();
            Invoice withMentions = result;
            prefix(call(() -> rules.check(withMentions, context.legalOptions()), path, "legal rule set " + rules.jurisdiction()), path, anomalies);
        }
        for (InvoiceCheck check : context.checks()) {
            Invoice checked = result;
            prefix(call(() -> check.check(checked), path, "invoice check " + check.getClass().getName()), path, anomalies);
        }
        return result;
    }

    /**
     * A draft in another currency than the context's VAT accounting currency states its VAT in it too;
     * one that already does (a credit note keeps the rate of the invoice it corrects) is left alone.
     */
    private Invoice withAccountingCurrencyVat(Invoice draft) {
        if (context.vatAccountingRate().isEmpty() || draft.vatInAccountingCurrency().isPresent()) {
            return draft;
        }
        VatAccountingRate rate = context.vatAccountingRate().get();
        if (rate.currency().equals(draft.currency())) {
            return draft;
        }
        return draft.toBuilder().vatInAccountingCurrency(Optional.of(VatInAccountingCurrency.convert(draft.totals().vatTotal(),
                rate.currency(), rate.rate()))).buildKeepingTotals();
    }

    private static void prefix(List<Anomaly> found, String path, List<Anomaly> into) {
        for (Anomaly a : found) {
            into.add(new Anomaly(a.code(), a.severity(), a.path().isEmpty() ? path : path + "." + a.path(), a.message()));
        }
    }

    private static <T> T call(Supplier<T> port, String path, String what) {
        T value;
        try {
            value = port.get();
        } catch (Quote2InvoiceException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ConversionException(ConversionException.PORT_FAILED, path, what + " failed: " + e, e);
        }
        if (value == null) {
            throw new ConversionException(ConversionException.PORT_FAILED, path, what + " returned null");
        }
        return value;
    }
}
