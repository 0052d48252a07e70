package io.github.quote2invoice.json;

import io.github.quote2invoice.document.AllowanceCharge;
import io.github.quote2invoice.document.Discount;
import io.github.quote2invoice.document.DueDateRule;
import io.github.quote2invoice.document.EarlyPaymentDiscount;
import io.github.quote2invoice.document.Installment;
import io.github.quote2invoice.document.LatePaymentTerms;
import io.github.quote2invoice.document.LineNature;
import io.github.quote2invoice.document.Note;
import io.github.quote2invoice.document.PaymentTerms;
import io.github.quote2invoice.document.Quantity;
import io.github.quote2invoice.document.References;
import io.github.quote2invoice.document.UnitOfMeasure;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.money.RoundingPolicy;
import io.github.quote2invoice.party.Address;
import io.github.quote2invoice.party.BankAccount;
import io.github.quote2invoice.party.Bic;
import io.github.quote2invoice.party.Contact;
import io.github.quote2invoice.party.ElectronicAddress;
import io.github.quote2invoice.party.Iban;
import io.github.quote2invoice.party.Insurance;
import io.github.quote2invoice.party.Party;
import io.github.quote2invoice.party.PartyType;
import io.github.quote2invoice.party.Siren;
import io.github.quote2invoice.party.Siret;
import io.github.quote2invoice.party.VatId;
import io.github.quote2invoice.quote.Acceptance;
import io.github.quote2invoice.quote.AcceptanceMethod;
import io.github.quote2invoice.quote.Quote;
import io.github.quote2invoice.quote.QuoteLine;
import io.github.quote2invoice.quote.QuoteStatus;
import io.github.quote2invoice.tax.VatCategory;
import io.github.quote2invoice.tax.VatExemption;
import io.github.quote2invoice.tax.VatRate;
import org.quicktheories.core.Gen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * A generator of valid quotes that exercises every part of the quote format: 1 to 8 lines of random
 * quantities, units, prices, VAT rates and discounts, allowances and charges, schedules, parties with
 * random optional parts and identifiers, texts that need JSON escaping, currencies with 0, 2 and 3
 * decimals, every status with its evidence.
 */
final class QuoteGen {
    static final List<Currency> CURRENCIES = List.of(Currency.getInstance("EUR"), Currency.getInstance("JPY"),
            Currency.getInstance("KWD"), Currency.getInstance("USD"), Currency.getInstance("CHF"));
    static final List<VatRate> RATES = List.of(VatRate.standard("20"), VatRate.standard("10"), VatRate.standard("5.5"),
            VatRate.standard("2.1"), VatRate.zeroRated(), VatRate.reverseCharge(), VatRate.intraCommunity(), VatRate.export(),
            VatRate.franchiseEnBase(), VatRate.outOfScope(), new VatRate(VatCategory.L, new BigDecimal("7"), Optional.empty()),
            new VatRate(VatCategory.M, new BigDecimal("0.5"), Optional.empty()),
            new VatRate(VatCategory.Z, BigDecimal.ZERO, Optional.of(new VatExemption("VATEX-EU-79-C", "Débours"))));
    private static final List<String> IBANS = List.of("FR7630006000011234567890189", "DE89370400440532013000",
            "GB82WEST12345698765432", "BE68539007547034", "NL91ABNA0417164300");
    private static final List<String> BICS = List.of("AGRIFRPP", "DEUTDEFF", "BNPAFRPPXXX");
    private static final List<String> COUNTRIES = List.of("FR", "BE", "DE", "JP", "KW", "CH");
    private static final List<String> UNITS = List.copyOf(UnitOfMeasure.knownCodes());
    private static final List<RoundingMode> MODES = List.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.HALF_DOWN,
            RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR);

    private QuoteGen() {
    }

    /** Valid quotes, each drawn from QuickTheories' randomness (replayable from its seed). */
    static Gen<Quote> quotes() {
        return in -> quote(new Draw(in));
    }

    static Quote quote(Draw d) {
        Currency currency = d.oneOf(CURRENCIES);
        RoundingPolicy rounding = d.chance(70) ? RoundingPolicy.DEFAULT
                : new RoundingPolicy(d.oneOf(MODES), d.oneOf(MODES), d.oneOf(List.of(RoundingPolicy.VatMode.values())));
        LocalDate issue = LocalDate.of(2020, 1, 1).plusDays(d.between(0, 4000));
        List<QuoteLine> lines = new ArrayList<>();
        int n = d.between(1, 8);
        for (int i = 0; i < n; i++) {
            lines.add(line(d, String.valueOf(i + 1), currency, rounding));
        }
        List<AllowanceCharge> acs = new ArrayList<>();
        for (int i = d.between(0, 3); i > 0; i--) {
            acs.add(new AllowanceCharge(d.oneOf(List.of(AllowanceCharge.Kind.values())), Money.ofMinor(d.between(1L, 5_000_000L), currency),
                    d.oneOf(lines).vatRate(), d.text(20), d.chance(30) ? Optional.of(d.oneOf(List.of("95", "100", "FC", "ABL"))) : Optional.empty()));
        }
        QuoteStatus status = d.oneOf(List.of(QuoteStatus.values()));
        List<Acceptance> acceptances = new ArrayList<>();
        if (status == QuoteStatus.ACCEPTED || status == QuoteStatus.SUPERSEDED && d.chance(50)) {
            for (int i = d.between(1, 2); i > 0; i--) {
                acceptances.add(acceptance(d, issue));
            }
        }
        return Quote.builder().id("q-" + d.digits(6)).number(d.chance(80) ? "D-" + issue.getYear() + "-" + d.digits(4) : d.text(12))
                .revision(d.between(0, 3)).previousRevisionId(d.chance(20) ? "q-" + d.digits(5) : null)
                .status(status).issueDate(issue).validUntil(issue.plusDays(d.between(0, 90))).currency(currency).rounding(rounding)
                .seller(party(d, true, currency)).buyer(party(d, false, currency))
                .deliveryAddress(d.chance(30) ? address(d) : null)
                .lines(lines).allowancesCharges(acs).paymentTerms(terms(d, currency, issue)).references(references(d))
                .notes(d.chance(50) ? List.of(new Note(d.chance(50) ? Optional.of(d.oneOf(List.of("AAI", "REG", "PMT"))) : Optional.empty(),
                        d.text(40))) : List.of())
                .acceptances(acceptances)
                .acceptedContentDigest(acceptances.isEmpty() || d.chance(20) ? null : d.digits(64))
                .supersededBy(status == QuoteStatus.SUPERSEDED ? "q-" + d.digits(7) : null)
                .declineReason(status == QuoteStatus.DECLINED && d.chance(70) ? d.text(30) : null)
                .build();
    }

    private static QuoteLine line(Draw d, String id, Currency currency, RoundingPolicy rounding) {
        BigDecimal quantity = d.decimal(1, 10_000_000, 6);
        BigDecimal price = d.decimal(0, 99_999_999, 4);
        Optional<Discount> discount = Optional.empty();
        Money gross = Money.rounded(quantity.multiply(price), currency, rounding.lineRounding());
        int kind = d.between(0, 2);
        if (kind == 1) {
            discount = Optional.of(new Discount.Percentage(d.decimal(1, 1_000_000, 4).min(BigDecimal.valueOf(100)),
                    d.chance(50) ? Optional.of(d.text(20)) : Optional.empty()));
        } else if (kind == 2 && gross.isPositive()) {
            long max = gross.minorUnits().min(java.math.BigInteger.valueOf(Long.MAX_VALUE)).longValue();
            discount = Optional.of(new Discount.Fixed(Money.ofMinor(d.between(1L, max), currency),
                    d.chance(50) ? Optional.of(d.text(20)) : Optional.empty()));
        }
        return new QuoteLine(id, d.text(40), d.chance(40) ? Optional.of(d.text(60)) : Optional.empty(),
                new Quantity(quantity, UnitOfMeasure.of(d.oneOf(UNITS))), price, d.oneOf(RATES), discount,
                d.oneOf(List.of(LineNature.values())), d.chance(30) ? Optional.of("SKU-" + d.digits(5)) : Optional.empty());
    }

    static Party party(Draw d, boolean seller, Currency currency) {
        Party.Builder b = Party.builder(d.text(30), address(d));
        b.type(seller ? d.oneOf(List.of(PartyType.COMPANY, PartyType.SOLE_TRADER)) : d.oneOf(List.of(PartyType.values())));
        Siren siren = siren(d);
        if (d.chance(70)) {
            b.siren(siren.value());
        }
        if (d.chance(50)) {
            b.siret(siret(d, siren).value());
        }
        if (d.chance(60)) {
            b.vatId(VatId.french(siren).value());
        }
        if (d.chance(30)) {
            b.tradingName(d.text(20));
        }
        if (d.chance(50)) {
            b.legalForm(d.oneOf(List.of("SAS", "SARL", "EI", "SA")));
        }
        if (d.chance(40)) {
            b.shareCapital(Money.ofMinor(d.between(0L, 100_000_000L), currency));
        }
        if (d.chance(40)) {
            b.registration("RCS " + d.oneOf(List.of("Lyon", "Paris", "Nantes")));
        }
        if (d.chance(50)) {
            b.contact(new Contact(d.chance(70) ? Optional.of(d.text(20)) : Optional.empty(),
                    d.chance(70) ? Optional.of("c" + d.digits(3) + "@example.fr") : Optional.empty(),
                    d.chance(50) ? Optional.of("+33 " + d.digits(9)) : Optional.empty()));
        }
        if (d.chance(40)) {
            b.bankAccount(new BankAccount(new Iban(d.oneOf(IBANS)), d.chance(50) ? Optional.of(new Bic(d.oneOf(BICS))) : Optional.empty(),
                    d.chance(30) ? Optional.of(d.text(20)) : Optional.empty()));
        }
        if (d.chance(40)) {
            b.electronicAddress(d.chance(70) ? ElectronicAddress.ofSiren(siren) : new ElectronicAddress("EM", "f" + d.digits(2) + "@example.fr"));
        }
        if (d.chance(20)) {
            b.insurance(new Insurance(d.text(20), "POL-" + d.digits(6), "France métropolitaine"));
        }
        return b.build();
    }

    static Address address(Draw d) {
        List<String> lines = new ArrayList<>();
        for (int i = d.between(1, 3); i > 0; i--) {
            lines.add(d.text(30));
        }
        return new Address(lines, d.chance(90) ? Optional.of(d.digits(5)) : Optional.empty(), d.text(20),
                d.chance(20) ? Optional.of(d.text(10)) : Optional.empty(), d.oneOf(COUNTRIES));
    }

    /** 8 random digits and the Luhn check digit. */
    static Siren siren(Draw d) {
        return new Siren(withLuhnDigit(d.digits(8)));
    }

    /** A SIREN, 4 random digits of establishment and the Luhn check digit. */
    static Siret siret(Draw d, Siren siren) {
        return new Siret(withLuhnDigit(siren.value() + d.digits(4)));
    }

    private static String withLuhnDigit(String payload) {
        for (int c = 0; c <= 9; c++) {
            String candidate = payload + c;
            int sum = 0;
            for (int i = 0; i < candidate.length(); i++) {
                int digit = candidate.charAt(candidate.length() - 1 - i) - '0';
                if (i % 2 == 1) {
                    digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
                }
                sum += digit;
            }
            if (sum % 10 == 0) {
                return candidate;
            }
        }
        throw new AssertionError("a Luhn digit always exists");
    }

    private static PaymentTerms terms(Draw d, Currency currency, LocalDate issue) {
        List<Installment> schedule = new ArrayList<>();
        for (int i = d.between(0, 2); i > 0; i--) {
            schedule.add(new Installment(issue.plusDays(d.between(0, 200)), Money.ofMinor(d.between(1L, 10_000_000L), currency),
                    d.chance(50) ? Optional.of(d.text(15)) : Optional.empty()));
        }
        return new PaymentTerms(new DueDateRule(d.between(0, 365), d.chance(30)), schedule,
                d.chance(30) ? Optional.of(new EarlyPaymentDiscount(d.decimal(1, 500, 2).min(BigDecimal.TEN), d.between(0, 30))) : Optional.empty(),
                new LatePaymentTerms(d.decimal(0, 300_000, 4).min(BigDecimal.valueOf(100)),
                        d.chance(60) ? Optional.of(Money.ofMinor(d.between(0L, 100_000L), currency)) : Optional.empty(),
                        d.chance(50) ? Optional.of(d.text(30)) : Optional.empty()),
                d.chance(30) ? Optional.of(d.text(40)) : Optional.empty());
    }

    private static References references(Draw d) {
        return new References(d.chance(30) ? Optional.of(d.text(10)) : Optional.empty(), d.chance(30) ? Optional.of("PO-" + d.digits(4)) : Optional.empty(),
                d.chance(30) ? Optional.of(d.text(10)) : Optional.empty(), d.chance(30) ? Optional.of(d.text(10)) : Optional.empty());
    }

    private static Acceptance acceptance(Draw d, LocalDate issue) {
        AcceptanceMethod method = d.oneOf(List.of(AcceptanceMethod.values()));
        Instant at = issue.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().plusSeconds(d.between(0L, 86_400L * 30))
                .plusNanos(d.chance(30) ? d.between(0, 999_999_999) : 0);
        Optional<String> hash = method == AcceptanceMethod.E_SIGNATURE || d.chance(20)
                ? Optional.of(d.digits(32) + "abcdef0123456789abcdef0123456789") : Optional.empty();
        return new Acceptance(d.text(25), at, method, hash, d.chance(50) ? Optional.of("tx-" + d.digits(6)) : Optional.empty());
    }
}
