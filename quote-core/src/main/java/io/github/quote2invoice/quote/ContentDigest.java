package io.github.quote2invoice.quote;

import io.github.quote2invoice.document.AllowanceCharge;
import io.github.quote2invoice.document.Discount;
import io.github.quote2invoice.document.Installment;
import io.github.quote2invoice.document.PaymentTerms;
import io.github.quote2invoice.document.References;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.internal.Sha256;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.party.Address;
import io.github.quote2invoice.party.Party;
import io.github.quote2invoice.tax.VatRate;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The canonical text of a quote's deal, and its SHA-256. Written field by field (every value
 * length-prefixed, absent values marked) so the digest depends on the data alone, never on how the JDK
 * prints records. Changing this encoding changes every stored digest ({@code ContentDigestGoldenTest}
 * pins it).
 *
 * <p>Encoding "q2i-quote-v1": each value is {@code <UTF-16 length>:<value as UTF-8>;}, an optional value
 * is {@code +value} or {@code -}, decimals are in plain notation. The bytes are written straight into a
 * buffer (no intermediate strings for lengths and decimals): the conversion engine checks the digest on
 * every conversion, so it must cost a few microseconds.
 */
final class ContentDigest {
    private static final byte[] HEADER = "q2i-quote-v1".getBytes(StandardCharsets.US_ASCII);

    private byte[] buf = new byte[4096];
    private int size;

    private ContentDigest() {
    }

    static String of(Quote q) {
        return canonical(q).sha256Hex();
    }

    /** The canonical bytes of {@code q}, written into a new buffer. */
    static ContentDigest canonical(Quote q) {
        ContentDigest c = new ContentDigest();
        c.put(HEADER).put(q.id()).put(q.number()).put(q.revision()).put(q.currency().getCurrencyCode())
                .put(q.rounding().lineRounding().name()).put(q.rounding().vatRounding().name()).put(q.rounding().vatMode().name());
        c.party(q.seller()).party(q.buyer());
        c.put(q.deliveryAddress().isPresent() ? "+" : "-");
        q.deliveryAddress().ifPresent(c::address);
        c.put(q.lines().size());
        for (QuoteLine l : q.lines()) {
            c.put(l.id()).put(l.designation()).opt(l.description()).put(l.quantity().value()).put(l.quantity().unit().code())
                    .put(l.unitPrice()).rate(l.vatRate()).put(l.nature().name()).opt(l.sellerItemId());
            if (l.discount().isPresent()) {
                c.put(discount(l.discount().get()));
            } else {
                c.absent();
            }
        }
        c.put(q.allowancesCharges().size());
        for (AllowanceCharge ac : q.allowancesCharges()) {
            c.put(ac.kind().name()).money(ac.amount()).rate(ac.vatRate()).put(ac.reason()).opt(ac.reasonCode());
        }
        c.terms(q.paymentTerms()).references(q.references());
        return c;
    }

    /** SHA-256 of the bytes written, in lower-case hex. */
    String sha256Hex() {
        return Sha256.hex(buf, 0, size);
    }

    private static String discount(Discount d) {
        if (d instanceof Discount.Percentage p) {
            return "%" + p.percent().toPlainString() + "/" + p.reason().orElse("");
        }
        Discount.Fixed f = (Discount.Fixed) d;
        return "=" + f.amount() + "/" + f.reason().orElse("");
    }

    private ContentDigest put(byte[] ascii) {
        ensure(ascii.length + 12);
        writeInt(ascii.length);
        buf[size++] = ':';
        System.arraycopy(ascii, 0, buf, size, ascii.length);
        size += ascii.length;
        buf[size++] = ';';
        return this;
    }

    private ContentDigest put(String value) {
        return put(null, value);
    }

    /** {@code prefix + value} as one value; {@code prefix} is ASCII or null. */
    private ContentDigest put(String prefix, String value) {
        int p = prefix == null ? 0 : prefix.length();
        ensure(p + 3 * value.length() + 12);
        writeInt(p + value.length());
        buf[size++] = ':';
        for (int i = 0; i < p; i++) {
            buf[size++] = (byte) prefix.charAt(i);
        }
        writeUtf8(value);
        buf[size++] = ';';
        return this;
    }

    private ContentDigest put(int value) {
        ensure(24);
        writeInt((value < 0 ? 1 : 0) + digitCount(Math.abs((long) value)));
        buf[size++] = ':';
        writeInt(value);
        buf[size++] = ';';
        return this;
    }

    /** {@link BigDecimal#toPlainString()}, written without building the string when the value fits a long. */
    private ContentDigest put(BigDecimal value) {
        int length = plainLength(value);
        if (length < 0) {
            return put(value.toPlainString());
        }
        ensure(length + 12);
        writeInt(length);
        buf[size++] = ':';
        size = writePlain(value, length, buf, size);
        buf[size++] = ';';
        return this;
    }

    /** The length of {@code value.toPlainString()}, or -1 when {@link #writePlain} does not handle it. */
    static int plainLength(BigDecimal value) {
        int scale = value.scale();
        if (scale < 0 || scale > 18 || value.precision() > 18) {
            return -1;
        }
        int digits = digitCount(Math.abs(Checks.unscaledLong(value)));
        return (value.signum() < 0 ? 1 : 0) + Math.max(digits - scale, 1) + (scale > 0 ? 1 + scale : 0);
    }

    /** Writes {@code value.toPlainString()} ({@code length} bytes, from {@link #plainLength}) at {@code at}; returns the end. */
    static int writePlain(BigDecimal value, int length, byte[] dst, int at) {
        int scale = value.scale();
        long rest = Math.abs(Checks.unscaledLong(value));
        int start = at;
        if (value.signum() < 0) {
            dst[start++] = '-';
        }
        int end = at + length;
        int pos = end;
        for (int k = 0; k < scale; k++) {
            dst[--pos] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        if (scale > 0) {
            dst[--pos] = '.';
        }
        while (pos > start) {
            dst[--pos] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        return end;
    }

    /** An absent value, {@code put("-")}: a quarter of all values, so written as its four bytes. */
    private ContentDigest absent() {
        ensure(4);
        buf[size++] = '1';
        buf[size++] = ':';
        buf[size++] = '-';
        buf[size++] = ';';
        return this;
    }

    private ContentDigest opt(Optional<String> value) {
        return value.isPresent() ? put("+", value.get()) : absent();
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
        put(t.dueDateRule().days()).put(String.valueOf(t.dueDateRule().endOfMonth()));
        put(t.schedule().size());
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

    /** The number of bytes written. */
    int size() {
        return size;
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }

    /**
     * ASCII text byte by byte, straight into the buffer (most of a quote's text); anything else through
     * the JDK's UTF-8 encoder. {@link #ensure} has reserved 3 bytes per char.
     */
    private void writeUtf8(String s) {
        int n = s.length();
        byte[] b = buf;
        int at = size;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
                System.arraycopy(bytes, 0, buf, size, bytes.length);
                size += bytes.length;
                return;
            }
            b[at++] = (byte) c;
        }
        size = at;
    }

    private void writeInt(int value) {
        if (value < 0) {
            buf[size++] = '-';
            // lengths and counts are never negative; a negative day count (if a rule allowed it) still encodes
            writeLong(-(long) value);
            return;
        }
        writeLong(value);
    }

    private void writeLong(long abs) {
        // Most numbers written are lengths and counts below 100.
        if (abs < 10) {
            buf[size++] = (byte) ('0' + abs);
            return;
        }
        if (abs < 100) {
            buf[size++] = (byte) ('0' + abs / 10);
            buf[size++] = (byte) ('0' + abs % 10);
            return;
        }
        int pos = size + digitCount(abs);
        size = pos;
        long rest = abs;
        do {
            buf[--pos] = (byte) ('0' + rest % 10);
            rest /= 10;
        } while (rest > 0);
    }

    private static int digitCount(long abs) {
        int d = 1;
        for (long limit = 10; d < 19 && abs >= limit; limit *= 10) {
            d++;
        }
        return d;
    }
}
