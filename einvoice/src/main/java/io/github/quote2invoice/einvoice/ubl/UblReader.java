package io.github.quote2invoice.einvoice.ubl;

import io.github.quote2invoice.invoice.VatInAccountingCurrency;
import io.github.quote2invoice.document.AllowanceCharge;
import io.github.quote2invoice.document.Note;
import io.github.quote2invoice.document.Quantity;
import io.github.quote2invoice.document.References;
import io.github.quote2invoice.document.Totals;
import io.github.quote2invoice.document.UnitOfMeasure;
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
 * Reads a UBL 2.1 {@code Invoice} or {@code CreditNote} (EN 16931 / Peppol BIS Billing 3.0) into an
 * issued {@link Invoice}, keeping the document's own totals.
 *
 * <p>Safe on untrusted input: DTDs (hence entity expansion and XXE) are refused, nothing external is
 * loaded, and documents above the size limit are refused before parsing. What UBL cannot carry is
 * listed in {@code docs/einvoice.md}. Immutable and thread-safe.
 */
public final class UblReader {
    private final int maxBytes;

    /** A reader with the default size limit (20 MiB). */
    public UblReader() {
        this(SafeXml.DEFAULT_MAX_BYTES);
    }

    /** A reader refusing documents above {@code maxBytes}. */
    public UblReader(int maxBytes) {
        this.maxBytes = SafeXml.requireLimit(maxBytes);
    }

    /**
     * The invoice in {@code xml}.
     *
     * @throws EInvoiceException {@code EINVOICE_MALFORMED} (not well-formed, DTD, too large),
     *         {@code EINVOICE_UNSUPPORTED} (not a UBL invoice or credit note, unknown type code),
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
        El root = new El(doc.getDocumentElement(), "/" + doc.getDocumentElement().getLocalName());
        boolean invoice = "Invoice".equals(root.name()) && UblWriter.INVOICE_NS.equals(root.namespace());
        boolean credit = "CreditNote".equals(root.name()) && UblWriter.CREDIT_NOTE_NS.equals(root.namespace());
        if (!invoice && !credit) {
            throw new EInvoiceException(EInvoiceException.UNSUPPORTED, "/", "not a UBL invoice or credit note: root element is {"
                    + root.namespace() + "}" + root.name());
        }
        return new Parse(root, credit).invoice();
    }

    /** One document being read. */
    private static final class Parse {
        private final El root;
        private final boolean credit;
        private final Currency currency;

        Parse(El root, boolean credit) {
            this.root = root;
            this.credit = credit;
            String code = root.required("DocumentCurrencyCode");
            this.currency = Reading.guarded(root.path() + "/DocumentCurrencyCode", () -> Money.currency(code));
        }

        Invoice invoice() {
            String number = root.required("ID");
            LocalDate issued = Reading.date(root.required("IssueDate"), root.path() + "/IssueDate");
            Optional<BillingFramework> framework = Reading.framework(root.text("ProfileID"));
            List<Note> allNotes = new ArrayList<>();
            for (El n : root.all("Note")) {
                allNotes.add(Reading.guarded(n.path(), () -> Reading.ublNote(n.text())));
            }
            Totals totals = totals();
            List<PrecedingInvoice> preceding = new ArrayList<>();
            for (El p : root.all("BillingReference")) {
                El d = p.at("InvoiceDocumentReference").orElseThrow(() -> Reading.missing(p, "InvoiceDocumentReference"));
                preceding.add(Reading.guarded(d.path(), () -> new PrecedingInvoice(d.required("ID"),
                        Reading.date(d.required("IssueDate"), d.path()), Optional.empty())));
            }
            List<XmlLine> raw = new ArrayList<>();
            for (El l : root.all(credit ? "CreditNoteLine" : "InvoiceLine")) {
                raw.add(line(l, totals.vatBreakdown()));
            }
            Reading.Lines lines = Reading.lines(raw, preceding, currency);
            boolean progress = lines.lines().stream().anyMatch(l -> l.progress().isPresent());
            String typeCode = root.required(credit ? "CreditNoteTypeCode" : "InvoiceTypeCode");
            InvoiceKind kind = Reading.kind(typeCode, progress, framework, !lines.deductions().isEmpty(), !totals.prepaid().isZero(),
                    root.path() + "/TypeCode");
            Optional<LocalDate> due = root.text("DueDate").or(() -> root.text("PaymentMeans", "PaymentDueDate"))
                    .map(d -> Reading.date(d, root.path() + "/DueDate"));
            SettlementStyle style = lines.deductions().isEmpty() && !totals.prepaid().isZero()
                    ? SettlementStyle.PREPAID_AMOUNT : SettlementStyle.DEDUCTION_LINES;
            Optional<String> po = root.text("OrderReference", "ID");
            Optional<String> salesOrder = root.text("OrderReference", "SalesOrderID");
            if (po.filter("NA"::equals).isPresent() && salesOrder.isPresent()) {
                po = Optional.empty();
            }
            Optional<String> project = root.text("ProjectReference", "ID").or(() -> root.all("AdditionalDocumentReference").stream()
                    .filter(r -> "50".equals(r.text("DocumentTypeCode").orElse(""))).findFirst().flatMap(r -> r.text("ID")));
            References refs = new References(root.text("BuyerReference"), po, root.text("ContractDocumentReference", "ID"), project);
            El delivery = root.at("Delivery").orElse(null);
            return Reading.guarded(root.path(), () -> Invoice.builder().id(number).number(number).kind(kind).status(InvoiceStatus.ISSUED)
                    .issueDate(issued).seller(party(root.at("AccountingSupplierParty", "Party")
                            .orElseThrow(() -> Reading.missing(root, "AccountingSupplierParty")), true))
                    .buyer(party(root.at("AccountingCustomerParty", "Party").orElseThrow(() -> Reading.missing(root, "AccountingCustomerParty")), false))
                    .deliveryAddress(delivery == null ? Optional.empty() : delivery.at("DeliveryLocation", "Address").map(this::address))
                    .deliveryDate(delivery == null ? Optional.empty() : delivery.text("ActualDeliveryDate").map(d -> Reading.date(d, delivery.path())))
                    .servicePeriod(root.at("InvoicePeriod").map(p -> new Period(Reading.date(p.required("StartDate"), p.path()),
                            Reading.date(p.required("EndDate"), p.path()))))
                    .currency(currency).lines(lines.lines()).allowancesCharges(allowancesCharges(totals.vatBreakdown()))
                    .deductions(lines.deductions()).settlement(style).totals(totals)
                    .vatInAccountingCurrency(vatInAccountingCurrency())
                    .paymentTerms(Reading.paymentTerms(root.text("PaymentTerms", "Note"), issued, due))
                    .dueDate(due.orElse(null)).paymentInstructions(paymentInstructions(issued))
                    .references(refs).sourceQuote(salesOrder.map(Reading::sourceQuote))
                    .precedingInvoices(preceding).billingFramework(framework)
                    .notes(Reading.notes(allNotes)).creditReason(Reading.creditReason(allNotes))
                    .buildKeepingTotals());
        }

        private XmlLine line(El l, List<VatBreakdown> breakdown) {
            String path = l.path();
            El item = l.at("Item").orElseThrow(() -> Reading.missing(l, "Item"));
            El qty = l.at(credit ? "CreditedQuantity" : "InvoicedQuantity").orElseThrow(() -> Reading.missing(l, "InvoicedQuantity"));
            List<Map.Entry<String, String>> attrs = new ArrayList<>();
            for (El c : item.all("AdditionalItemProperty")) {
                attrs.add(Map.entry(c.required("Name"), c.required("Value")));
            }
            Optional<El> allowance = l.all("AllowanceCharge").stream()
                    .filter(a -> "false".equals(a.text("ChargeIndicator").orElse(""))).findFirst();
            VatRate rate = Reading.rate(item.required("ClassifiedTaxCategory", "ID"), item.text("ClassifiedTaxCategory", "Percent"),
                    breakdown, path);
            Quantity quantity = Reading.guarded(path, () -> new Quantity(Reading.decimal(qty.text(), path),
                    UnitOfMeasure.of(qty.attr("unitCode").orElse("C62"))));
            return new XmlLine(l.required("ID"), l.text("Note"), item.required("Name"), item.text("Description"),
                    item.text("SellersItemIdentification", "ID"), attrs, quantity, Reading.decimal(l.required("Price", "PriceAmount"), path),
                    allowance.map(a -> Reading.amount(a, "Amount", currency)), allowance.flatMap(a -> a.text("BaseAmount")).map(b -> Reading.money(b, currency, path)),
                    allowance.flatMap(a -> a.text("MultiplierFactorNumeric")).map(p -> Reading.decimal(p, path)),
                    allowance.flatMap(a -> a.text("AllowanceChargeReason")), rate, Reading.amount(l, "LineExtensionAmount", currency));
        }

        private Optional<VatInAccountingCurrency> vatInAccountingCurrency() {
            return Reading.vatInAccountingCurrency(root.text("TaxCurrencyCode"), currency, root.path() + "/TaxCurrencyCode",
                    c -> root.all("TaxTotal").stream().filter(t -> t.all("TaxSubtotal").isEmpty())
                            .map(t -> Reading.amountIn(t, "TaxAmount", c, false)).flatMap(Optional::stream).findFirst());
        }

        private Totals totals() {
            El m = root.at("LegalMonetaryTotal").orElseThrow(() -> Reading.missing(root, "LegalMonetaryTotal"));
            List<VatBreakdown> breakdown = new ArrayList<>();
            Money vatTotal = Money.zero(currency);
            for (El t : root.all("TaxTotal")) {
                // A TaxTotal without subtotals in another currency is BT-111 (read by vatInAccountingCurrency)
                if (!t.all("TaxSubtotal").isEmpty()) {
                    vatTotal = Reading.amountIn(t, "TaxAmount", currency, true).orElse(vatTotal);
                }
                for (El s : t.all("TaxSubtotal")) {
                    VatRate rate = Reading.breakdownRate(s.required("TaxCategory", "ID"), s.text("TaxCategory", "Percent"),
                            s.text("TaxCategory", "TaxExemptionReasonCode"), s.text("TaxCategory", "TaxExemptionReason"), s.path());
                    breakdown.add(Reading.guarded(s.path(), () -> new VatBreakdown(rate, Reading.amount(s, "TaxableAmount", currency), Reading.amount(s, "TaxAmount", currency))));
                }
            }
            Money zero = Money.zero(currency);
            Money vat = vatTotal;
            return Reading.guarded(m.path(), () -> new Totals(Reading.amount(m, "LineExtensionAmount", currency), Reading.optionalAmount(m, "AllowanceTotalAmount", currency).orElse(zero),
                    Reading.optionalAmount(m, "ChargeTotalAmount", currency).orElse(zero), Reading.amount(m, "TaxExclusiveAmount", currency), vat, Reading.amount(m, "TaxInclusiveAmount", currency),
                    Reading.optionalAmount(m, "PrepaidAmount", currency).orElse(zero), Reading.amount(m, "PayableAmount", currency), breakdown));
        }

        private List<AllowanceCharge> allowancesCharges(List<VatBreakdown> breakdown) {
            List<AllowanceCharge> out = new ArrayList<>();
            for (El a : root.all("AllowanceCharge")) {
                boolean charge = "true".equals(a.text("ChargeIndicator").orElse(""));
                VatRate rate = Reading.rate(a.required("TaxCategory", "ID"), a.text("TaxCategory", "Percent"), breakdown, a.path());
                out.add(Reading.guarded(a.path(), () -> new AllowanceCharge(charge ? AllowanceCharge.Kind.CHARGE : AllowanceCharge.Kind.ALLOWANCE,
                        Reading.amount(a, "Amount", currency), rate, a.text("AllowanceChargeReason").or(() -> a.text("AllowanceChargeReasonCode"))
                        .orElse(charge ? "Charge" : "Allowance"), a.text("AllowanceChargeReasonCode"))));
            }
            return out;
        }

        private PaymentInstructions paymentInstructions(LocalDate issued) {
            List<PaymentMeans> means = new ArrayList<>();
            Optional<String> reference = Optional.empty();
            Optional<String> creditorId = root.at("AccountingSupplierParty", "Party").stream().flatMap(p -> p.all("PartyIdentification").stream())
                    .flatMap(i -> i.at("ID").stream()).filter(i -> "SEPA".equals(i.attr("schemeID").orElse(""))).map(El::text).findFirst();
            for (El m : root.all("PaymentMeans")) {
                reference = reference.or(() -> m.text("PaymentID"));
                El codeEl = m.at("PaymentMeansCode").orElseThrow(() -> Reading.missing(m, "PaymentMeansCode"));
                String code = codeEl.text();
                means.add(Reading.guarded(m.path(), () -> switch (code) {
                    case "30", "58" -> new PaymentMeans.CreditTransfer(Iban.of(m.required("PayeeFinancialAccount", "ID")),
                            m.text("PayeeFinancialAccount", "FinancialInstitutionBranch", "ID").map(Bic::of),
                            m.text("PayeeFinancialAccount", "Name"));
                    case "48", "54", "55" -> new PaymentMeans.Card(codeEl.attr("name"));
                    // The mandate's signature date is not in UBL: the issue date stands in (docs/einvoice.md).
                    case "59", "49" -> new PaymentMeans.DirectDebit(m.required("PaymentMandate", "ID"),
                            creditorId.orElseThrow(() -> new EInvoiceException(EInvoiceException.INVALID_CONTENT, root.path()
                                    + "/AccountingSupplierParty/Party/PartyIdentification", "the SEPA creditor id (BT-90) is required for a direct debit")),
                            Iban.of(m.required("PaymentMandate", "PayerFinancialAccount", "ID")), issued);
                    default -> throw Reading.unsupportedMeans(m.path() + "/PaymentMeansCode", code);
                }));
            }
            return new PaymentInstructions(means, reference);
        }

        private Party party(El p, boolean seller) {
            El legal = p.at("PartyLegalEntity").orElseThrow(() -> Reading.missing(p, "PartyLegalEntity"));
            Party.Builder b = Party.builder(legal.required("RegistrationName"), p.at("PostalAddress").map(this::address)
                    .orElseThrow(() -> Reading.missing(p, "PostalAddress")));
            Reading.guarded(p.path(), () -> {
                legal.text("CompanyID").ifPresent(b::siren);
                p.text("PartyName", "Name").ifPresent(b::tradingName);
                for (El i : p.all("PartyIdentification")) {
                    i.at("ID").filter(id -> "0009".equals(id.attr("schemeID").orElse(""))).ifPresent(id -> b.siret(id.text()));
                }
                for (El t : p.all("PartyTaxScheme")) {
                    if ("VAT".equals(t.text("TaxScheme", "ID").orElse(""))) {
                        b.vatId(t.required("CompanyID"));
                    }
                }
                if (seller) {
                    legal.text("CompanyLegalForm").ifPresent(d -> Reading.legalInfo(b, d));
                }
                p.at("Contact").ifPresent(c -> b.contact(new Contact(c.text("Name"), c.text("ElectronicMail"), c.text("Telephone"))));
                p.at("EndpointID").ifPresent(u -> b.electronicAddress(new ElectronicAddress(
                        u.attr("schemeID").orElseThrow(() -> new EInvoiceException(EInvoiceException.INVALID_CONTENT, u.path(), "schemeID is required")),
                        u.text())));
                return b;
            });
            return Reading.guarded(p.path(), b::build);
        }

        private Address address(El a) {
            List<String> lines = new ArrayList<>();
            a.text("StreetName").ifPresent(lines::add);
            a.text("AdditionalStreetName").ifPresent(lines::add);
            a.text("AddressLine", "Line").ifPresent(lines::add);
            return Reading.guarded(a.path(), () -> new Address(lines, a.text("PostalZone"), a.required("CityName"),
                    a.text("CountrySubentity"), a.required("Country", "IdentificationCode")));
        }
    }
}
