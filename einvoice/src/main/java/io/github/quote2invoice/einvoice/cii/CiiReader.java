package io.github.quote2invoice.einvoice.cii;

import io.github.quote2invoice.invoice.VatInAccountingCurrency;
import io.github.quote2invoice.document.AllowanceCharge;
import io.github.quote2invoice.document.Note;
import io.github.quote2invoice.document.Quantity;
import io.github.quote2invoice.document.References;
import io.github.quote2invoice.document.Totals;
import io.github.quote2invoice.einvoice.EInvoiceException;
import io.github.quote2invoice.einvoice.internal.El;
import io.github.quote2invoice.einvoice.internal.Reading;
import io.github.quote2invoice.einvoice.internal.SafeXml;
import io.github.quote2invoice.einvoice.internal.XmlLine;
import io.github.quote2invoice.invoice.BillingFramework;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceKind;
import io.github.quote2invoice.invoice.InvoiceStatus;
import io.github.quote2invoice.invoice.Period;
import io.github.quote2invoice.invoice.PrecedingInvoice;
import io.github.quote2invoice.invoice.SettlementStyle;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.party.Address;
import io.github.quote2invoice.party.Bic;
import io.github.quote2invoice.party.Contact;
import io.github.quote2invoice.party.ElectronicAddress;
import io.github.quote2invoice.party.Iban;
import io.github.quote2invoice.party.Party;
import io.github.quote2invoice.payment.PaymentInstructions;
import io.github.quote2invoice.payment.PaymentMeans;
import io.github.quote2invoice.tax.VatBreakdown;
import io.github.quote2invoice.tax.VatRate;
import org.w3c.dom.Document;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a Factur-X / ZUGFeRD CII invoice into an issued {@link Invoice}, keeping the document's own
 * totals ({@link Invoice.Builder#buildKeepingTotals()}), so anomaly checks can compare them.
 *
 * <p>Safe on untrusted input: DTDs (hence entity expansion and XXE) are refused, nothing external is
 * loaded, and documents above the size limit are refused before parsing. What CII cannot carry is
 * listed in {@code docs/einvoice.md}. Immutable and thread-safe.
 */
public final class CiiReader {
    private final int maxBytes;

    /** A reader with the default size limit (20 MiB). */
    public CiiReader() {
        this(SafeXml.DEFAULT_MAX_BYTES);
    }

    /** A reader refusing documents above {@code maxBytes}. */
    public CiiReader(int maxBytes) {
        this.maxBytes = SafeXml.requireLimit(maxBytes);
    }

    /**
     * The invoice in {@code xml}.
     *
     * @throws EInvoiceException {@code EINVOICE_MALFORMED} (not well-formed, DTD, too large),
     *         {@code EINVOICE_UNSUPPORTED} (not a CII invoice, unknown type code),
     *         {@code EINVOICE_INVALID_CONTENT} (a business term missing or invalid)
     */
    public Invoice read(byte[] xml) {
        return read(SafeXml.parse(xml, maxBytes));
    }

    /** The invoice read from {@code in} (at most the size limit is read). */
    public Invoice read(InputStream in) {
        return read(SafeXml.parse(in, maxBytes));
    }

    private Invoice read(Document doc) {
        El root = new El(doc.getDocumentElement(), "/CrossIndustryInvoice");
        if (!"CrossIndustryInvoice".equals(root.name()) || !CiiWriter.RSM.equals(root.namespace())) {
            throw new EInvoiceException(EInvoiceException.UNSUPPORTED, "/", "not a CII invoice: root element is {"
                    + root.namespace() + "}" + root.name());
        }
        return new Parse(root).invoice();
    }

    /** One document being read. */
    private static final class Parse {
        private final El root;
        private final El tx;
        private final El settlement;
        private final Currency currency;

        Parse(El root) {
            this.root = root;
            this.tx = root.at("SupplyChainTradeTransaction").orElseThrow(() -> Reading.missing(root, "SupplyChainTradeTransaction"));
            this.settlement = tx.at("ApplicableHeaderTradeSettlement").orElseThrow(() -> Reading.missing(tx, "ApplicableHeaderTradeSettlement"));
            String code = settlement.required("InvoiceCurrencyCode");
            this.currency = Reading.guarded(settlement.path() + "/InvoiceCurrencyCode", () -> Money.currency(code));
        }

        Invoice invoice() {
            El header = root.at("ExchangedDocument").orElseThrow(() -> Reading.missing(root, "ExchangedDocument"));
            String number = header.required("ID");
            LocalDate issued = Reading.date(header.required("IssueDateTime", "DateTimeString"), header.path() + "/IssueDateTime");
            Optional<BillingFramework> framework = Reading.framework(
                    root.text("ExchangedDocumentContext", "BusinessProcessSpecifiedDocumentContextParameter", "ID"));
            List<Note> allNotes = new ArrayList<>();
            for (El n : header.all("IncludedNote")) {
                String content = n.required("Content");
                allNotes.add(Reading.guarded(n.path(), () -> new Note(n.text("SubjectCode"), content)));
            }
            Totals totals = totals();
            List<PrecedingInvoice> preceding = new ArrayList<>();
            for (El p : settlement.all("InvoiceReferencedDocument")) {
                preceding.add(Reading.guarded(p.path(), () -> new PrecedingInvoice(p.required("IssuerAssignedID"),
                        Reading.date(p.required("FormattedIssueDateTime", "DateTimeString"), p.path()), Optional.empty())));
            }
            List<XmlLine> raw = new ArrayList<>();
            for (El l : tx.all("IncludedSupplyChainTradeLineItem")) {
                raw.add(line(l, totals.vatBreakdown()));
            }
            if (raw.isEmpty()) {
                throw new EInvoiceException(EInvoiceException.UNSUPPORTED, tx.path(),
                        "the document has no lines (MINIMUM or BASIC WL profile): an Invoice needs its lines");
            }
            Reading.Lines lines = Reading.lines(raw, preceding, currency);
            boolean progress = lines.lines().stream().anyMatch(l -> l.progress().isPresent());
            String typeCode = header.required("TypeCode");
            InvoiceKind kind = Reading.kind(typeCode, progress, framework, !lines.deductions().isEmpty(),
                    !totals.prepaid().isZero(), header.path() + "/TypeCode");
            El agreement = tx.at("ApplicableHeaderTradeAgreement").orElseThrow(() -> Reading.missing(tx, "ApplicableHeaderTradeAgreement"));
            El delivery = tx.at("ApplicableHeaderTradeDelivery").orElse(null);
            Optional<LocalDate> due = settlement.text("SpecifiedTradePaymentTerms", "DueDateDateTime", "DateTimeString")
                    .map(d -> Reading.date(d, settlement.path() + "/SpecifiedTradePaymentTerms"));
            SettlementStyle style = lines.deductions().isEmpty() && !totals.prepaid().isZero()
                    ? SettlementStyle.PREPAID_AMOUNT : SettlementStyle.DEDUCTION_LINES;
            return Reading.guarded(root.path(), () -> Invoice.builder().id(number).number(number).kind(kind).status(InvoiceStatus.ISSUED)
                    .issueDate(issued).seller(party(agreement.at("SellerTradeParty").orElseThrow(() -> Reading.missing(agreement, "SellerTradeParty")), true))
                    .buyer(party(agreement.at("BuyerTradeParty").orElseThrow(() -> Reading.missing(agreement, "BuyerTradeParty")), false))
                    .deliveryAddress(delivery == null ? Optional.empty() : delivery.at("ShipToTradeParty", "PostalTradeAddress").map(this::address))
                    .deliveryDate(delivery == null ? Optional.empty() : delivery.text("ActualDeliverySupplyChainEvent", "OccurrenceDateTime",
                            "DateTimeString").map(d -> Reading.date(d, delivery.path())))
                    .servicePeriod(settlement.at("BillingSpecifiedPeriod").map(p -> new Period(
                            Reading.date(p.required("StartDateTime", "DateTimeString"), p.path()),
                            Reading.date(p.required("EndDateTime", "DateTimeString"), p.path()))))
                    .currency(currency).lines(lines.lines()).allowancesCharges(allowancesCharges(totals.vatBreakdown()))
                    .deductions(lines.deductions()).settlement(style).totals(totals)
                    .vatInAccountingCurrency(vatInAccountingCurrency())
                    .paymentTerms(Reading.paymentTerms(settlement.text("SpecifiedTradePaymentTerms", "Description"), issued, due))
                    .dueDate(due.orElse(null)).paymentInstructions(paymentInstructions())
                    .references(new References(agreement.text("BuyerReference"),
                            agreement.text("BuyerOrderReferencedDocument", "IssuerAssignedID"),
                            agreement.text("ContractReferencedDocument", "IssuerAssignedID"),
                            agreement.text("SpecifiedProcuringProject", "ID")))
                    .sourceQuote(agreement.text("SellerOrderReferencedDocument", "IssuerAssignedID").map(Reading::sourceQuote))
                    .precedingInvoices(preceding).billingFramework(framework)
                    .notes(Reading.notes(allNotes)).creditReason(Reading.creditReason(allNotes))
                    .buildKeepingTotals());
        }

        private XmlLine line(El l, List<VatBreakdown> breakdown) {
            String path = l.path();
            El settle = l.at("SpecifiedLineTradeSettlement").orElseThrow(() -> Reading.missing(l, "SpecifiedLineTradeSettlement"));
            El product = l.at("SpecifiedTradeProduct").orElseThrow(() -> Reading.missing(l, "SpecifiedTradeProduct"));
            El qty = l.at("SpecifiedLineTradeDelivery", "BilledQuantity").orElseThrow(() -> Reading.missing(l, "BilledQuantity"));
            List<Map.Entry<String, String>> attrs = new ArrayList<>();
            for (El c : product.all("ApplicableProductCharacteristic")) {
                attrs.add(Map.entry(c.required("Description"), c.required("Value")));
            }
            Optional<El> allowance = settle.all("SpecifiedTradeAllowanceCharge").stream()
                    .filter(a -> "false".equals(a.text("ChargeIndicator", "Indicator").orElse(""))).findFirst();
            VatRate rate = Reading.rate(settle.required("ApplicableTradeTax", "CategoryCode"),
                    settle.text("ApplicableTradeTax", "RateApplicablePercent"), breakdown, path);
            Quantity quantity = Reading.guarded(path, () -> new Quantity(Reading.decimal(qty.text(), path),
                    io.github.quote2invoice.document.UnitOfMeasure.of(qty.attr("unitCode").orElse("C62"))));
            return new XmlLine(l.required("AssociatedDocumentLineDocument", "LineID"),
                    l.text("AssociatedDocumentLineDocument", "IncludedNote", "Content"), product.required("Name"),
                    product.text("Description"), product.text("SellerAssignedID"), attrs, quantity,
                    Reading.decimal(l.required("SpecifiedLineTradeAgreement", "NetPriceProductTradePrice", "ChargeAmount"), path),
                    allowance.map(a -> Reading.money(a.required("ActualAmount"), currency, a.path())),
                    allowance.flatMap(a -> a.text("BasisAmount")).map(b -> Reading.money(b, currency, path)),
                    allowance.flatMap(a -> a.text("CalculationPercent")).map(p -> Reading.decimal(p, path)),
                    allowance.flatMap(a -> a.text("Reason")), rate,
                    Reading.money(settle.required("SpecifiedTradeSettlementLineMonetarySummation", "LineTotalAmount"), currency, path));
        }

        private Optional<VatInAccountingCurrency> vatInAccountingCurrency() {
            Optional<El> summation = settlement.at("SpecifiedTradeSettlementHeaderMonetarySummation");
            return Reading.vatInAccountingCurrency(settlement.text("TaxCurrencyCode"), currency, settlement.path() + "/TaxCurrencyCode",
                    c -> summation.flatMap(s -> Reading.amountIn(s, "TaxTotalAmount", c, false)));
        }

        private Totals totals() {
            El s = settlement.at("SpecifiedTradeSettlementHeaderMonetarySummation")
                    .orElseThrow(() -> Reading.missing(settlement, "SpecifiedTradeSettlementHeaderMonetarySummation"));
            List<VatBreakdown> breakdown = new ArrayList<>();
            for (El t : settlement.all("ApplicableTradeTax")) {
                VatRate rate = Reading.breakdownRate(t.required("CategoryCode"), t.text("RateApplicablePercent"),
                        t.text("ExemptionReasonCode"), t.text("ExemptionReason"), t.path());
                breakdown.add(Reading.guarded(t.path(), () -> new VatBreakdown(rate, Reading.amount(t, "BasisAmount", currency), Reading.amount(t, "CalculatedAmount", currency))));
            }
            Money zero = Money.zero(currency);
            return Reading.guarded(s.path(), () -> new Totals(Reading.amount(s, "LineTotalAmount", currency), Reading.optionalAmount(s, "AllowanceTotalAmount", currency).orElse(zero),
                    Reading.optionalAmount(s, "ChargeTotalAmount", currency).orElse(zero), Reading.amount(s, "TaxBasisTotalAmount", currency),
                    Reading.amountIn(s, "TaxTotalAmount", currency, true).orElse(zero), Reading.amount(s, "GrandTotalAmount", currency),
                    Reading.optionalAmount(s, "TotalPrepaidAmount", currency).orElse(zero), Reading.amount(s, "DuePayableAmount", currency), breakdown));
        }

        private List<AllowanceCharge> allowancesCharges(List<VatBreakdown> breakdown) {
            List<AllowanceCharge> out = new ArrayList<>();
            for (El a : settlement.all("SpecifiedTradeAllowanceCharge")) {
                boolean charge = "true".equals(a.text("ChargeIndicator", "Indicator").orElse(""));
                VatRate rate = Reading.rate(a.required("CategoryTradeTax", "CategoryCode"), a.text("CategoryTradeTax", "RateApplicablePercent"),
                        breakdown, a.path());
                out.add(Reading.guarded(a.path(), () -> new AllowanceCharge(charge ? AllowanceCharge.Kind.CHARGE : AllowanceCharge.Kind.ALLOWANCE,
                        Reading.amount(a, "ActualAmount", currency), rate, a.text("Reason").or(() -> a.text("ReasonCode")).orElse(charge ? "Charge" : "Allowance"),
                        a.text("ReasonCode"))));
            }
            return out;
        }

        private PaymentInstructions paymentInstructions() {
            List<PaymentMeans> means = new ArrayList<>();
            Optional<String> mandate = settlement.text("SpecifiedTradePaymentTerms", "DirectDebitMandateID");
            for (El m : settlement.all("SpecifiedTradeSettlementPaymentMeans")) {
                String code = m.required("TypeCode");
                means.add(Reading.guarded(m.path(), () -> switch (code) {
                    case "30", "58" -> new PaymentMeans.CreditTransfer(Iban.of(m.required("PayeePartyCreditorFinancialAccount", "IBANID")),
                            m.text("PayeeSpecifiedCreditorFinancialInstitution", "BICID").map(Bic::of),
                            m.text("PayeePartyCreditorFinancialAccount", "AccountName"));
                    case "48", "54", "55" -> new PaymentMeans.Card(m.text("Information"));
                    // The mandate's signature date is not in CII: the issue date stands in (docs/einvoice.md).
                    case "59", "49" -> new PaymentMeans.DirectDebit(mandate.orElseThrow(() -> Reading.missing(settlement, "DirectDebitMandateID")),
                            settlement.required("CreditorReferenceID"), Iban.of(m.required("PayerPartyDebtorFinancialAccount", "IBANID")),
                            Reading.date(root.required("ExchangedDocument", "IssueDateTime", "DateTimeString"), m.path()));
                    default -> throw Reading.unsupportedMeans(m.path() + "/TypeCode", code);
                }));
            }
            return new PaymentInstructions(means, settlement.text("PaymentReference"));
        }

        private Party party(El p, boolean seller) {
            Party.Builder b = Party.builder(p.required("Name"), p.at("PostalTradeAddress").map(this::address)
                    .orElseThrow(() -> Reading.missing(p, "PostalTradeAddress")));
            Reading.guarded(p.path(), () -> {
                p.text("SpecifiedLegalOrganization", "ID").ifPresent(b::siren);
                p.text("SpecifiedLegalOrganization", "TradingBusinessName").ifPresent(b::tradingName);
                for (El g : p.all("GlobalID")) {
                    if ("0009".equals(g.attr("schemeID").orElse(""))) {
                        b.siret(g.text());
                    }
                }
                for (El t : p.all("SpecifiedTaxRegistration")) {
                    if ("VA".equals(t.at("ID").flatMap(i -> i.attr("schemeID")).orElse(""))) {
                        b.vatId(t.required("ID"));
                    }
                }
                if (seller) {
                    p.text("Description").ifPresent(d -> Reading.legalInfo(b, d));
                }
                p.at("DefinedTradeContact").ifPresent(c -> b.contact(new Contact(c.text("PersonName"),
                        c.text("EmailURIUniversalCommunication", "URIID"), c.text("TelephoneUniversalCommunication", "CompleteNumber"))));
                p.at("URIUniversalCommunication", "URIID").ifPresent(u -> b.electronicAddress(new ElectronicAddress(
                        u.attr("schemeID").orElseThrow(() -> new EInvoiceException(EInvoiceException.INVALID_CONTENT, u.path(), "schemeID is required")),
                        u.text())));
                return b;
            });
            return Reading.guarded(p.path(), b::build);
        }

        private Address address(El a) {
            List<String> lines = new ArrayList<>();
            a.text("LineOne").ifPresent(lines::add);
            a.text("LineTwo").ifPresent(lines::add);
            a.text("LineThree").ifPresent(lines::add);
            return Reading.guarded(a.path(), () -> new Address(lines, a.text("PostcodeCode"), a.required("CityName"),
                    a.text("CountrySubDivisionName"), a.required("CountryID")));
        }
    }
}
