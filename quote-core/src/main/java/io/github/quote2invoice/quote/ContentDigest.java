package io.github.quote2invoice.quote;

import io.github.quote2invoice.document.AllowanceCharge;
import io.github.quote2invoice.document.Discount;
import io.github.quote2invoice.document.Installment;
import io.github.quote2invoice.document.PaymentTerms;
import io.github.quote2invoice.document.References;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.party.Address;
import io.github.quote2invoice.party.Party;
import io.github.quote2invoice.tax.VatRate;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The canonical text of a quote's deal, and its SHA-256. Written field by field (every value
 * length-prefixed, absent values marked) so the digest depends on the data alone, never on how the JDK
 * prints records, and is cheap to compute. Changing this encoding changes every stored digest.
 */
final class ContentDigest {
    private final StringBuilder text = new StringBuilder(2048);

    private ContentDigest() {
    }

    static String of(Quote q) {
        ContentDigest c = new ContentDigest();
        c.put("q2i-quote-v1").put(q.id()).put(q.number()).put(String.valueOf(q.revision())).put(q.currency().getCurrencyCode())
                .put(q.rounding().lineRounding().name()).put(q.rounding().vatRounding().name()).put(q.rounding().vatMode().name());
        c.party(q.seller()).party(q.buyer());
        c.put(q.deliveryAddress().isPresent() ? "+" : "-");
        q.deliveryAddress().ifPresent(c::address);
        c.put(String.valueOf(q.lines().size()));
        for (QuoteLine l : q.lines()) {
            c.put(l.id()).put(l.designation()).opt(l.description()).put(l.quantity().value()).put(l.quantity().unit().code())
                    .put(l.unitPrice()).rate(l.vatRate()).put(l.nature().name()).opt(l.sellerItemId());
            c.put(l.discount().map(ContentDigest::discount).orElse("-"));
        }
        c.put(String.valueOf(q.allowancesCharges().size()));
        for (AllowanceCharge ac : q.allowancesCharges()) {
            c.put(ac.kind().name()).money(ac.amount()).rate(ac.vatRate()).put(ac.reason()).opt(ac.reasonCode());
        }
        c.terms(q.paymentTerms()).references(q.references());
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(c.text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private static String discount(Discount d) {
        if (d instanceof Discount.Percentage p) {
            return "%" + p.percent().toPlainString() + "/" + p.reason().orElse("");
        }
        Discount.Fixed f = (Discount.Fixed) d;
        return "=" + f.amount() + "/" + f.reason().orElse("");
    }

    private ContentDigest put(String value) {
        text.append(value.length()).append(':').append(value).append(';');
        return this;
    }

    private ContentDigest put(BigDecimal value) {
        return put(value.toPlainString());
    }

    private ContentDigest opt(Optional<String> value) {
        return put(value.map(v -> "+" + v).orElse("-"));
    }

    private ContentDigest money(Money m) {
        return put(m.toString());
    }

    private ContentDigest rate(VatRate r) {
        return put(r.category().code()).put(r.percent()).opt(r.exemption().map(e -> e.code() + "|" + e.text()));
    }

    private ContentDigest address(Address a) {
        put(String.join("\n", a.lines())).opt(a.postalCode()).put(a.city()).opt(a.subdivision()).put(a.countryCode());
        return this;
    }

    private ContentDigest party(Party p) {
        put(p.name()).put(p.type().name()).address(p.address());
        opt(p.tradingName()).opt(p.siren().map(Object::toString)).opt(p.siret().map(Object::toString)).opt(p.vatId().map(Object::toString))
                .opt(p.legalForm()).opt(p.shareCapital().map(Money::toString)).opt(p.registration());
        opt(p.contact().map(c -> c.name().orElse("") + "|" + c.email().orElse("") + "|" + c.phone().orElse("")));
        opt(p.bankAccount().map(b -> b.iban() + "|" + b.bic().map(Object::toString).orElse("") + "|" + b.holder().orElse("")));
        opt(p.electronicAddress().map(e -> e.scheme() + "|" + e.value()));
        return opt(p.insurance().map(i -> i.insurer() + "|" + i.policy() + "|" + i.coverage()));
    }

    private ContentDigest terms(PaymentTerms t) {
        put(String.valueOf(t.dueDateRule().days())).put(String.valueOf(t.dueDateRule().endOfMonth()));
        put(String.valueOf(t.schedule().size()));
        for (Installment i : t.schedule()) {
            put(i.dueDate().toString()).money(i.amount()).opt(i.label());
        }
        opt(t.earlyPaymentDiscount().map(e -> e.percent().toPlainString() + "|" + e.withinDays()));
        put(t.latePayment().annualRatePercent()).opt(t.latePayment().recoveryIndemnity().map(Money::toString)).opt(t.latePayment().basis());
        return opt(t.text());
    }

    private ContentDigest references(References r) {
        return opt(r.buyerReference()).opt(r.purchaseOrder()).opt(r.contract()).opt(r.project());
    }
}
