package io.github.quote2invoice.conversion.internal;

import io.github.quote2invoice.conversion.ConversionContext;
import io.github.quote2invoice.conversion.ConversionException;
import io.github.quote2invoice.document.Installment;
import io.github.quote2invoice.error.Quote2InvoiceException;
import io.github.quote2invoice.indexation.PriceIndexation;
import io.github.quote2invoice.indexation.RevisedPrice;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceKind;
import io.github.quote2invoice.invoice.SourceQuote;
import io.github.quote2invoice.party.BankAccount;
import io.github.quote2invoice.payment.PaymentInstructions;
import io.github.quote2invoice.payment.PaymentMeans;
import io.github.quote2invoice.quote.Quote;
import io.github.quote2invoice.quote.QuoteLine;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Builds the parts every draft shares: ids, carried-over quote data, revised prices. */
final class DraftFactory {
    private DraftFactory() {
    }

    /** The id of the invoice of a conversion key: a name-based UUID, so converting twice gives the same id. */
    static String idOf(String conversionKey) {
        return UUID.nameUUIDFromBytes(("quote2invoice:" + conversionKey).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** {@code quoteId/revision/step}, as {@link SourceQuote#conversionKey()} computes it. */
    static String keyOf(Quote quote, String step) {
        return quote.id() + "/" + quote.revision() + "/" + step;
    }

    /** The seller's account as a SEPA credit transfer, or no instructions when the seller has none. */
    static PaymentInstructions paymentInstructions(Quote quote) {
        Optional<BankAccount> account = quote.seller().bankAccount();
        if (account.isEmpty()) {
            return PaymentInstructions.NONE;
        }
        BankAccount a = account.get();
        return new PaymentInstructions(List.of(new PaymentMeans.CreditTransfer(a.iban(), a.bic(), a.holder())), Optional.empty());
    }

    /**
     * A builder carrying over from the quote: parties, delivery address, currency, rounding, payment
     * terms (with their dated schedule, as is), references, notes, payment instructions; the source
     * quote and step; delivery date and period from the context.
     */
    static Invoice.Builder base(Quote quote, String step, InvoiceKind kind, ConversionContext context, PaymentInstructions instructions) {
        return Invoice.builder().id(idOf(keyOf(quote, step))).kind(kind).seller(quote.seller()).buyer(quote.buyer())
                .deliveryAddress(quote.deliveryAddress()).deliveryDate(context.deliveryDate()).servicePeriod(context.servicePeriod())
                .currency(quote.currency()).rounding(quote.rounding()).paymentTerms(quote.paymentTerms())
                .paymentInstructions(instructions).references(quote.references())
                .sourceQuote(Optional.of(new SourceQuote(quote.id(), quote.number(), quote.revision(), step))).notes(quote.notes());
    }

    /** The due date of the {@code index}-th step when the quote's schedule has one installment per step. */
    static Optional<Installment> installment(Quote quote, int index, int stepCount) {
        List<Installment> schedule = quote.paymentTerms().schedule();
        if (schedule.size() != stepCount || index < 0 || index >= stepCount) {
            return Optional.empty();
        }
        return Optional.of(schedule.get(index));
    }

    static boolean covers(PriceIndexation clause, String lineId, int index) {
        try {
            return clause.covers(lineId);
        } catch (Quote2InvoiceException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ConversionException(ConversionException.PORT_FAILED, "lines[" + index + "]",
                    "the price indexation failed: " + e, e);
        }
    }

    static RevisedPrice revise(PriceIndexation clause, QuoteLine line, ConversionContext context, int index) {
        RevisedPrice revised;
        try {
            revised = clause.revise(line.unitPrice(), context.invoicingDate(), context.indexSource().orElseThrow());
        } catch (Quote2InvoiceException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ConversionException(ConversionException.PORT_FAILED, "lines[" + index + "].unitPrice",
                    "the price indexation failed: " + e, e);
        }
        if (revised == null) {
            throw new ConversionException(ConversionException.PORT_FAILED, "lines[" + index + "].unitPrice",
                    "the price indexation returned no price");
        }
        return revised;
    }
}
