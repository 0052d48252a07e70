package io.github.quote2invoice.einvoice.internal;

import io.github.quote2invoice.invoice.VatInAccountingCurrency;
import io.github.quote2invoice.document.Discount;
import io.github.quote2invoice.document.DueDateRule;
import io.github.quote2invoice.document.LatePaymentTerms;
import io.github.quote2invoice.document.LineNature;
import io.github.quote2invoice.document.Note;
import io.github.quote2invoice.document.PaymentTerms;
import io.github.quote2invoice.einvoice.EInvoiceException;
import io.github.quote2invoice.error.InvalidValueException;
import io.github.quote2invoice.invoice.BillingFramework;
import io.github.quote2invoice.invoice.DepositDeduction;
import io.github.quote2invoice.invoice.IndexationDetail;
import io.github.quote2invoice.invoice.InvoiceKind;
import io.github.quote2invoice.invoice.InvoiceLine;
import io.github.quote2invoice.invoice.PrecedingInvoice;
import io.github.quote2invoice.invoice.ProgressDetail;
import io.github.quote2invoice.invoice.SourceQuote;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.party.Party;
import io.github.quote2invoice.party.PartyType;
import io.github.quote2invoice.tax.VatBreakdown;
import io.github.quote2invoice.tax.VatCategory;
import io.github.quote2invoice.tax.VatExemption;
import io.github.quote2invoice.tax.VatRate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What both readers rebuild the same way from what the writers wrote: lines and deposit deductions
 * from the item attributes, the kind from the type code, notes and credit reason, the seller's legal
 * information, payment terms. Every model refusal becomes an {@link EInvoiceException}.
 */
public final class Reading {
    /** The plan step recorded for a source quote known only by its number (BT-14). */
    public static final String IMPORTED_PLAN_STEP = "einvoice";

    private static final Pattern LEGAL_INFO = Pattern.compile(
            "^(?<form>.*?)(?:(?:^| au )[Cc]apital de (?<capital>-?[0-9.]+) (?<currency>[A-Z]{3}))?(?: - (?<reg>.+))?$");

    private Reading() {
    }

    /** Runs {@code body}, turning a model refusal into {@code EINVOICE_INVALID_CONTENT} at {@code path}. */
    public static <T> T guarded(String path, Supplier<T> body) {
        try {
            return body.get();
        } catch (EInvoiceException e) {
            throw e;
        } catch (InvalidValueException e) {
            throw new EInvoiceException(EInvoiceException.INVALID_CONTENT, path + (e.path().isEmpty() ? "" : " (" + e.path() + ")"),
                    e.rawMessage(), e);
        } catch (RuntimeException e) {
            throw new EInvoiceException(EInvoiceException.INVALID_CONTENT, path, String.valueOf(e.getMessage()), e);
        }
    }

    /** A decimal number. */
    public static BigDecimal decimal(String text, String path) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new EInvoiceException(EInvoiceException.INVALID_CONTENT, path, "'" + text + "' is not a decimal number", e);
        }
    }

    /** An amount in {@code currency}, at most its minor unit's decimals. */
    public static Money money(String text, Currency currency, String path) {
        return guarded(path, () -> Money.of(decimal(text, path), currency));
    }

    /** The amount in child {@code name} of {@code parent}, required. */
    public static Money amount(El parent, String name, Currency currency) {
        return money(parent.required(name), currency, parent.path() + "/" + name);
    }

    /** The amount in child {@code name} of {@code parent}, if present. */
    public static Optional<Money> optionalAmount(El parent, String name, Currency currency) {
        return parent.text(name).map(t -> money(t, currency, parent.path() + "/" + name));
    }

    /**
     * The amount of the first child {@code name} of {@code parent} in {@code currency}: its
     * {@code currencyID} is that currency, or absent when {@code orUnmarked}. CII repeats
     * {@code TaxTotalAmount} for the VAT accounting currency (BT-111), told apart by this attribute.
     */
    public static Optional<Money> amountIn(El parent, String name, Currency currency, boolean orUnmarked) {
        for (El child : parent.all(name)) {
            Optional<String> id = child.attr("currencyID");
            if (id.map(currency.getCurrencyCode()::equals).orElse(orUnmarked)) {
                return Optional.of(money(child.text(), currency, child.path()));
            }
        }
        return Optional.empty();
    }

    /**
     * BT-6 and BT-111 as read: the VAT accounting currency's code and the first amount found in it;
     * empty when the document states none (or states its own currency).
     */
    public static Optional<VatInAccountingCurrency> vatInAccountingCurrency(Optional<String> code, Currency invoiceCurrency, String path,
                                                                          Function<Currency, Optional<Money>> amountIn) {
        if (code.isEmpty() || code.get().equals(invoiceCurrency.getCurrencyCode())) {
            return Optional.empty();
        }
        Currency accounting = guarded(path, () -> Money.currency(code.get()));
        return amountIn.apply(accounting).map(VatInAccountingCurrency::stated);
    }

    /** The error for a missing required child. */
    public static EInvoiceException missing(El parent, String name) {
        return new EInvoiceException(EInvoiceException.INVALID_CONTENT, parent.path() + "/" + name, "is required");
    }

    /** The error for a payment means code the model has no type for. */
    public static EInvoiceException unsupportedMeans(String path, String code) {
        return new EInvoiceException(EInvoiceException.UNSUPPORTED, path,
                "payment means " + code + " is not one this library models (30, 58, 48, 54, 55, 49, 59)");
    }

    /** A date in CII format 102 (yyyyMMdd) or ISO (yyyy-MM-dd). */
    public static LocalDate date(String text, String path) {
        try {
            return text.length() == 8 ? LocalDate.parse(text, Texts.CII_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new EInvoiceException(EInvoiceException.INVALID_CONTENT, path, "'" + text + "' is not a date", e);
        }
    }

    /** The VAT rate of a category and percent, with the exemption the VAT breakdown gives that pair. */
    public static VatRate rate(String category, Optional<String> percent, List<VatBreakdown> breakdown, String path) {
        return guarded(path, () -> {
            VatCategory c = VatCategory.ofCode(category);
            BigDecimal p = percent.map(t -> decimal(t, path)).orElse(BigDecimal.ZERO);
            Optional<VatExemption> exemption = breakdown.stream()
                    .filter(b -> b.rate().category() == c && b.rate().percent().compareTo(p) == 0)
                    .map(b -> b.rate().exemption()).flatMap(Optional::stream).findFirst();
            return new VatRate(c, p, c.exemptionReasonRequired() || c == VatCategory.Z ? exemption : Optional.empty());
        });
    }

    /** A VAT rate with its exemption as written in a breakdown entry. */
    public static VatRate breakdownRate(String category, Optional<String> percent, Optional<String> code, Optional<String> text, String path) {
        return guarded(path, () -> {
            VatCategory c = VatCategory.ofCode(category);
            BigDecimal p = percent.map(t -> decimal(t, path)).orElse(BigDecimal.ZERO);
            Optional<VatExemption> e = code.isPresent() || text.isPresent()
                    ? Optional.of(new VatExemption(code.orElse(text.orElse("")), text.orElse(code.orElse(""))))
                    : Optional.empty();
            return new VatRate(c, p, e);
        });
    }

    /** The kind for a type code (BT-3) and what the lines say. */
    public static InvoiceKind kind(String typeCode, boolean progress, Optional<BillingFramework> framework, boolean deductions,
                                   boolean prepaid, String path) {
        switch (typeCode) {
            case "381":
                return InvoiceKind.CREDIT_NOTE;
            case "503":
                return InvoiceKind.DEPOSIT_CREDIT_NOTE;
            case "386":
                return InvoiceKind.DEPOSIT;
            case "380":
                // 380 serves three kinds: a final framework (B4/S4/M4) says final (a last situation
                // carries progress figures too), then progress figures say progress, then deducted deposits.
                if (framework.map(f -> f.code().endsWith("4")).orElse(false)) {
                    return InvoiceKind.FINAL;
                }
                if (progress) {
                    return InvoiceKind.PROGRESS;
                }
                return deductions ? InvoiceKind.FINAL : InvoiceKind.STANDARD;
            default:
                throw new EInvoiceException(EInvoiceException.UNSUPPORTED, path,
                        "document type " + typeCode + " is not one this library models (380, 381, 386, 503)");
        }
    }

    /** BT-23 as a billing framework, when it is one of the French codes. */
    public static Optional<BillingFramework> framework(Optional<String> code) {
        return code.flatMap(c -> {
            for (BillingFramework f : BillingFramework.values()) {
                if (f.code().equals(c)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        });
    }

    /** The notes without the credit reason (subject ACD). */
    public static List<Note> notes(List<Note> all) {
        return all.stream().filter(n -> !n.subjectCode().filter(Texts.CREDIT_REASON_SUBJECT::equals).isPresent()).toList();
    }

    /** The credit reason: the text of the note with subject ACD. */
    public static Optional<String> creditReason(List<Note> all) {
        return all.stream().filter(n -> n.subjectCode().filter(Texts.CREDIT_REASON_SUBJECT::equals).isPresent())
                .map(Note::text).findFirst();
    }

    /** A note from UBL text: {@code #PMT#text} carries subject PMT. */
    public static Note ublNote(String text) {
        Matcher m = Pattern.compile("^#([A-Z]{3})#(.*)$", Pattern.DOTALL).matcher(text);
        return m.matches() ? Note.of(m.group(1), m.group(2)) : Note.of(text);
    }

    /**
     * Sets legal form, share capital and register parsed from the seller's additional legal
     * information (BT-33) as {@link Texts#legalInfo} writes it; other texts become the legal form.
     */
    public static void legalInfo(Party.Builder b, String text) {
        Matcher m = LEGAL_INFO.matcher(text);
        if (!m.matches()) {
            b.legalForm(text);
            return;
        }
        String form = m.group("form");
        String reg = m.group("reg");
        if (form != null && !form.isBlank() && m.group("capital") == null && reg == null && form.matches("(RCS|RM|RNE|RSEIRL) .+")) {
            reg = form;
            form = null;
        }
        if (form != null && !form.isBlank()) {
            b.legalForm(form.strip());
            if (form.strip().equals("EI")) {
                b.type(PartyType.SOLE_TRADER);
            }
        }
        if (m.group("capital") != null) {
            b.shareCapital(Money.of(new BigDecimal(m.group("capital")), Currency.getInstance(m.group("currency"))));
        }
        if (reg != null) {
            b.registration(reg.strip());
        }
    }

    /**
     * The payment terms an e-invoice gives back: its text (BT-20) and a due-date rule of the days
     * from issue to due date. The rest (late-payment rate, escompte, schedule) travels only as notes.
     */
    public static PaymentTerms paymentTerms(Optional<String> text, LocalDate issue, Optional<LocalDate> due) {
        long days = due.map(d -> ChronoUnit.DAYS.between(issue, d)).orElse(0L);
        int clamped = (int) Math.max(0, Math.min(365, days));
        return new PaymentTerms(new DueDateRule(clamped, false), List.of(), Optional.empty(),
                new LatePaymentTerms(BigDecimal.ZERO, Optional.empty(), Optional.empty()), text);
    }

    /** The source quote known by its number only (BT-14). */
    public static SourceQuote sourceQuote(String number) {
        return new SourceQuote(number, number, 0, IMPORTED_PLAN_STEP);
    }

    /** The invoice lines and deposit deductions read from the document's lines. */
    public record Lines(List<InvoiceLine> lines, List<DepositDeduction> deductions) {
    }

    /**
     * Splits the read lines into invoice lines and deposit deductions: a line with a
     * {@link ItemAttributes#DEPOSIT_NUMBER} attribute is a deduction of that deposit (listed in BG-3).
     */
    public static Lines lines(List<XmlLine> read, List<PrecedingInvoice> preceding, Currency currency) {
        List<InvoiceLine> lines = new ArrayList<>();
        Map<String, List<VatBreakdown>> byDeposit = new LinkedHashMap<>();
        for (int i = 0; i < read.size(); i++) {
            XmlLine l = read.get(i);
            String path = "line[" + (i + 1) + "]";
            Map<String, String> a = new LinkedHashMap<>();
            l.attributes().forEach(e -> a.put(e.getKey(), e.getValue()));
            if (a.containsKey(ItemAttributes.DEPOSIT_NUMBER) && a.containsKey(ItemAttributes.DEPOSIT_VAT)) {
                Money vat = money(a.get(ItemAttributes.DEPOSIT_VAT), currency, path);
                byDeposit.computeIfAbsent(a.get(ItemAttributes.DEPOSIT_NUMBER), k -> new ArrayList<>())
                        .add(new VatBreakdown(l.vatRate(), l.net().negated(), vat));
                continue;
            }
            lines.add(guarded(path, () -> line(l, a, currency, path)));
        }
        List<DepositDeduction> deductions = new ArrayList<>();
        for (Map.Entry<String, List<VatBreakdown>> e : byDeposit.entrySet()) {
            PrecedingInvoice p = preceding.stream().filter(x -> x.number().equals(e.getKey())).findFirst()
                    .orElseThrow(() -> new EInvoiceException(EInvoiceException.INVALID_CONTENT, "precedingInvoices",
                            "deposit " + e.getKey() + " is deducted but not listed in the preceding invoices (BG-3)"));
            deductions.add(new DepositDeduction(p, e.getValue()));
        }
        return new Lines(lines, deductions);
    }

    private static InvoiceLine line(XmlLine l, Map<String, String> a, Currency currency, String path) {
        Optional<Discount> discount = Optional.empty();
        if (l.allowance().isPresent()) {
            discount = Optional.of(l.allowancePercent().isPresent()
                    ? new Discount.Percentage(l.allowancePercent().get(), l.allowanceReason())
                    : new Discount.Fixed(l.allowance().get().abs(), l.allowanceReason()));
        }
        LineNature nature = Optional.ofNullable(a.get(ItemAttributes.NATURE)).map(LineNature::valueOf).orElse(LineNature.SERVICES);
        Optional<ProgressDetail> progress = Optional.empty();
        if (a.containsKey(ItemAttributes.PROGRESS_CUMULATIVE_PERCENT)) {
            progress = Optional.of(new ProgressDetail(decimal(a.get(ItemAttributes.PROGRESS_CUMULATIVE_PERCENT), path),
                    decimal(a.getOrDefault(ItemAttributes.PROGRESS_PREVIOUS_PERCENT, "0"), path),
                    money(a.getOrDefault(ItemAttributes.PROGRESS_CONTRACT_AMOUNT, "0"), currency, path),
                    money(a.getOrDefault(ItemAttributes.PROGRESS_CUMULATIVE_AMOUNT, "0"), currency, path),
                    money(a.getOrDefault(ItemAttributes.PROGRESS_PREVIOUSLY_BILLED, "0"), currency, path)));
        }
        Optional<IndexationDetail> indexation = Optional.empty();
        if (a.containsKey(ItemAttributes.INDEX_NAME)) {
            indexation = Optional.of(new IndexationDetail(a.get(ItemAttributes.INDEX_NAME),
                    YearMonth.parse(a.get(ItemAttributes.INDEX_BASE_MONTH)), decimal(a.get(ItemAttributes.INDEX_BASE_VALUE), path),
                    YearMonth.parse(a.get(ItemAttributes.INDEX_REVISION_MONTH)), decimal(a.get(ItemAttributes.INDEX_REVISION_VALUE), path),
                    Boolean.parseBoolean(a.get(ItemAttributes.INDEX_PROVISIONAL)), decimal(a.get(ItemAttributes.INDEX_COEFFICIENT), path),
                    decimal(a.get(ItemAttributes.INDEX_ORIGINAL_PRICE), path)));
        }
        return InvoiceLine.builder(l.id(), l.name()).description(l.description()).quantity(l.quantity()).unitPrice(l.netPrice())
                .discount(discount).vatRate(l.vatRate()).nature(nature).netAmount(l.net())
                .sourceLineId(Optional.ofNullable(a.get(ItemAttributes.SOURCE_LINE))).sellerItemId(l.sellerItemId())
                .progress(progress).indexation(indexation).note(l.note()).build();
    }
}
