package io.github.quote2invoice.einvoice.ubl;

import io.github.quote2invoice.document.AllowanceCharge;
import io.github.quote2invoice.document.Note;
import io.github.quote2invoice.einvoice.EInvoiceException;
import io.github.quote2invoice.einvoice.internal.Exportable;
import io.github.quote2invoice.einvoice.internal.Texts;
import io.github.quote2invoice.einvoice.internal.XmlLine;
import io.github.quote2invoice.einvoice.internal.XmlOut;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceKind;
import io.github.quote2invoice.invoice.PrecedingInvoice;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.party.Address;
import io.github.quote2invoice.party.Contact;
import io.github.quote2invoice.party.Party;
import io.github.quote2invoice.payment.PaymentMeans;
import io.github.quote2invoice.tax.VatBreakdown;
import io.github.quote2invoice.tax.VatCategory;
import io.github.quote2invoice.tax.VatRate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes an issued {@link Invoice} as OASIS UBL 2.1 (EN 16931): an {@code Invoice} document, or a
 * {@code CreditNote} document for credit notes (381); a deposit credit note (503) is an {@code Invoice}
 * document, as EN 16931's UBL code lists require.
 *
 * <p>The totals and VAT breakdown written are exactly {@link Invoice#totals()}. Where the French CTC
 * rules and Peppol BIS Billing 3.0 disagree, the writer follows the {@link UblRules} it was made with:
 * {@link UblRules#FRENCH_CTC} by default (BT-23 carries the French billing framework, note subjects
 * travel as {@code #PMT#text}), {@link UblRules#PEPPOL_BIS} for the Peppol network.
 *
 * <p>Immutable and thread-safe; writes through {@code XmlOut}; the same invoice gives the same bytes.
 */
public final class UblWriter {
    static final String INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    static final String CREDIT_NOTE_NS = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
    static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    private final UblRules rules;

    /** A writer for the French CTC flows ({@link UblRules#FRENCH_CTC}). */
    public UblWriter() {
        this(UblRules.FRENCH_CTC);
    }

    /** A writer following {@code rules} where the French CTC rules and Peppol BIS disagree. */
    public UblWriter(UblRules rules) {
        if (rules == null) {
            throw new EInvoiceException(EInvoiceException.NOT_EXPORTABLE, "rules", "is required");
        }
        this.rules = rules;
    }

    /**
     * The invoice as UBL 2.1, UTF-8.
     *
     * @throws EInvoiceException {@code EINVOICE_NOT_EXPORTABLE} for a draft (no number or issue date), and
     *         with {@link UblRules#PEPPOL_BIS} for an invoice without buyer or order reference or without
     *         a Peppol electronic address for each party
     */
    public byte[] write(Invoice invoice) {
        Exportable.require(invoice);
        if (rules == UblRules.PEPPOL_BIS) {
            PeppolRequirements.require(invoice);
        }
        return new Document(invoice, rules).write();
    }

    /** One document being written. */
    private static final class Document {
        private final Invoice inv;
        private final UblRules rules;
        private final boolean credit;
        private final boolean peppolDepositCredit;
        private final String currency;
        private final XmlOut x;

        Document(Invoice inv, UblRules rules) {
            this.inv = inv;
            this.rules = rules;
            // EN 16931's UBL code lists put 381 under CreditNoteTypeCode but 503 (deposit credit note)
            // under InvoiceTypeCode (BR-CL-01): only 381 takes the CreditNote root.
            // Peppol's code list for profile 01 has no 503 (P0100): there, a deposit credit note is a credit note (381).
            this.peppolDepositCredit = rules == UblRules.PEPPOL_BIS && inv.kind() == InvoiceKind.DEPOSIT_CREDIT_NOTE;
            this.credit = inv.kind() == InvoiceKind.CREDIT_NOTE || peppolDepositCredit;
            this.currency = inv.currency().getCurrencyCode();
            Map<String, String> ns = new LinkedHashMap<>();
            ns.put("", credit ? CREDIT_NOTE_NS : INVOICE_NS);
            ns.put("cac", CAC);
            ns.put("cbc", CBC);
            this.x = new XmlOut(ns);
        }

        byte[] write() {
            x.start("", credit ? "CreditNote" : "Invoice");
            x.leaf("cbc", "CustomizationID", rules.customizationId());
            x.leaf("cbc", "ProfileID", rules == UblRules.PEPPOL_BIS ? UblRules.PEPPOL_PROCESS : Texts.framework(inv).code());
            x.leaf("cbc", "ID", inv.number().orElseThrow());
            x.leaf("cbc", "IssueDate", inv.issueDate().orElseThrow().toString());
            if (!credit) {
                inv.dueDate().ifPresent(d -> x.leaf("cbc", "DueDate", d.toString()));
            }
            x.leaf("cbc", credit ? "CreditNoteTypeCode" : "InvoiceTypeCode", peppolDepositCredit ? InvoiceKind.CREDIT_NOTE.typeCode()
                    : inv.kind().typeCode());
            List<Note> notes = Texts.notes(inv);
            if (rules == UblRules.PEPPOL_BIS) {
                // PEPPOL-EN16931-R002: one document-level note, so the texts are joined (their subject codes are French)
                if (!notes.isEmpty()) {
                    x.leaf("cbc", "Note", String.join("\n", notes.stream().map(Note::text).toList()));
                }
            } else {
                for (Note n : notes) {
                    x.leaf("cbc", "Note", n.subjectCode().map(c -> "#" + c + "#").orElse("") + n.text());
                }
            }
            x.leaf("cbc", "DocumentCurrencyCode", currency);
            inv.vatInAccountingCurrency().ifPresent(v -> x.leaf("cbc", "TaxCurrencyCode", v.currency().getCurrencyCode()));
            inv.references().buyerReference().ifPresent(r -> x.leaf("cbc", "BuyerReference", r));
            inv.servicePeriod().ifPresent(p -> x.start("cac", "InvoicePeriod").leaf("cbc", "StartDate", p.start().toString())
                    .leaf("cbc", "EndDate", p.end().toString()).end());
            orderReference();
            for (PrecedingInvoice p : inv.precedingInvoices()) {
                x.start("cac", "BillingReference").start("cac", "InvoiceDocumentReference");
                x.leaf("cbc", "ID", p.number()).leaf("cbc", "IssueDate", p.issueDate().toString());
                x.end().end();
            }
            inv.references().contract().ifPresent(c -> x.start("cac", "ContractDocumentReference").leaf("cbc", "ID", c).end());
            inv.references().project().ifPresent(p -> {
                if (credit) {
                    // UBL 2.1 CreditNote has no ProjectReference: Peppol sends BT-11 as a document reference of type 50.
                    x.start("cac", "AdditionalDocumentReference").leaf("cbc", "ID", p).leaf("cbc", "DocumentTypeCode", "50").end();
                } else {
                    x.start("cac", "ProjectReference").leaf("cbc", "ID", p).end();
                }
            });
            party("AccountingSupplierParty", inv.seller(), true);
            party("AccountingCustomerParty", inv.buyer(), false);
            delivery();
            for (PaymentMeans m : Texts.paymentMeans(inv)) {
                paymentMeans(m);
            }
            Texts.paymentTermsText(inv).ifPresent(t -> x.start("cac", "PaymentTerms").leaf("cbc", "Note", t).end());
            for (AllowanceCharge ac : inv.allowancesCharges()) {
                allowanceCharge(ac);
            }
            taxTotal();
            monetaryTotal();
            for (XmlLine l : XmlLine.of(inv)) {
                line(l);
            }
            return x.finish();
        }

        private void orderReference() {
            Optional<String> po = inv.references().purchaseOrder();
            Optional<String> salesOrder = inv.sourceQuote().map(q -> q.number());
            if (po.isEmpty() && salesOrder.isEmpty()) {
                return;
            }
            x.start("cac", "OrderReference");
            // cbc:ID is mandatory in UBL; Peppol writes "NA" when only the sales order reference is known.
            x.leaf("cbc", "ID", po.orElse("NA"));
            salesOrder.ifPresent(s -> x.leaf("cbc", "SalesOrderID", s));
            x.end();
        }

        private void party(String element, Party p, boolean seller) {
            x.start("cac", element).start("cac", "Party");
            p.electronicAddress().ifPresent(e -> x.leaf("cbc", "EndpointID", "schemeID", e.scheme(), e.value()));
            p.siret().ifPresent(s -> x.start("cac", "PartyIdentification").leaf("cbc", "ID", "schemeID", "0009", s.value()).end());
            if (seller) {
                inv.paymentInstructions().means().stream().filter(m -> m instanceof PaymentMeans.DirectDebit).findFirst()
                        .ifPresent(m -> x.start("cac", "PartyIdentification")
                                .leaf("cbc", "ID", "schemeID", "SEPA", ((PaymentMeans.DirectDebit) m).creditorId()).end());
            }
            p.tradingName().ifPresent(t -> x.start("cac", "PartyName").leaf("cbc", "Name", t).end());
            address("PostalAddress", p.address());
            p.vatId().ifPresent(v -> x.start("cac", "PartyTaxScheme").leaf("cbc", "CompanyID", v.value())
                    .start("cac", "TaxScheme").leaf("cbc", "ID", "VAT").end().end());
            x.start("cac", "PartyLegalEntity");
            x.leaf("cbc", "RegistrationName", p.name());
            p.effectiveSiren().ifPresent(s -> x.leaf("cbc", "CompanyID", "schemeID", "0002", s.value()));
            if (seller) {
                Texts.legalInfo(p).ifPresent(t -> x.leaf("cbc", "CompanyLegalForm", t));
            }
            x.end();
            p.contact().ifPresent(this::contact);
            x.end().end();
        }

        private void contact(Contact c) {
            x.start("cac", "Contact");
            c.name().ifPresent(n -> x.leaf("cbc", "Name", n));
            c.phone().ifPresent(t -> x.leaf("cbc", "Telephone", t));
            c.email().ifPresent(e -> x.leaf("cbc", "ElectronicMail", e));
            x.end();
        }

        private void address(String element, Address a) {
            x.start("cac", element);
            x.leaf("cbc", "StreetName", a.lines().get(0));
            if (a.lines().size() > 1) {
                x.leaf("cbc", "AdditionalStreetName", a.lines().get(1));
            }
            x.leaf("cbc", "CityName", a.city());
            a.postalCode().ifPresent(pc -> x.leaf("cbc", "PostalZone", pc));
            a.subdivision().ifPresent(s -> x.leaf("cbc", "CountrySubentity", s));
            if (a.lines().size() > 2) {
                x.start("cac", "AddressLine").leaf("cbc", "Line", a.lines().get(2)).end();
            }
            x.start("cac", "Country").leaf("cbc", "IdentificationCode", a.countryCode()).end();
            x.end();
        }

        private void delivery() {
            if (inv.deliveryDate().isEmpty() && inv.deliveryAddress().isEmpty()) {
                return;
            }
            x.start("cac", "Delivery");
            inv.deliveryDate().ifPresent(d -> x.leaf("cbc", "ActualDeliveryDate", d.toString()));
            inv.deliveryAddress().ifPresent(a -> {
                x.start("cac", "DeliveryLocation");
                address("Address", a);
                x.end();
            });
            x.end();
        }

        private void paymentMeans(PaymentMeans m) {
            x.start("cac", "PaymentMeans");
            if (m instanceof PaymentMeans.Card c && c.paymentLink().isPresent()) {
                // BT-82, the payment means text: where the buyer pays by card.
                x.leaf("cbc", "PaymentMeansCode", "name", c.paymentLink().get(), m.code());
            } else {
                x.leaf("cbc", "PaymentMeansCode", m.code());
            }
            if (credit) {
                inv.dueDate().ifPresent(d -> x.leaf("cbc", "PaymentDueDate", d.toString()));
            }
            inv.paymentInstructions().remittanceReference().ifPresent(r -> x.leaf("cbc", "PaymentID", r));
            if (m instanceof PaymentMeans.CreditTransfer t) {
                x.start("cac", "PayeeFinancialAccount");
                x.leaf("cbc", "ID", t.iban().value());
                t.accountName().ifPresent(n -> x.leaf("cbc", "Name", n));
                t.bic().ifPresent(b -> x.start("cac", "FinancialInstitutionBranch").leaf("cbc", "ID", b.value()).end());
                x.end();
            }
            if (m instanceof PaymentMeans.DirectDebit d) {
                x.start("cac", "PaymentMandate");
                x.leaf("cbc", "ID", d.mandateReference());
                x.start("cac", "PayerFinancialAccount").leaf("cbc", "ID", d.debtorIban().value()).end();
                x.end();
            }
            x.end();
        }

        private void allowanceCharge(AllowanceCharge ac) {
            x.start("cac", "AllowanceCharge");
            x.leaf("cbc", "ChargeIndicator", Boolean.toString(ac.kind() == AllowanceCharge.Kind.CHARGE));
            ac.reasonCode().ifPresent(c -> x.leaf("cbc", "AllowanceChargeReasonCode", c));
            x.leaf("cbc", "AllowanceChargeReason", ac.reason());
            amount("Amount", ac.amount());
            taxCategory("TaxCategory", ac.vatRate(), false);
            x.end();
        }

        private void taxTotal() {
            x.start("cac", "TaxTotal");
            amount("TaxAmount", inv.totals().vatTotal());
            for (VatBreakdown b : inv.totals().vatBreakdown()) {
                x.start("cac", "TaxSubtotal");
                amount("TaxableAmount", b.taxableAmount());
                amount("TaxAmount", b.taxAmount());
                taxCategory("TaxCategory", b.rate(), true);
                x.end();
            }
            x.end();
            // BT-111: a second TaxTotal holding only the VAT total in the VAT accounting currency (BT-6)
            inv.vatInAccountingCurrency().ifPresent(v -> x.start("cac", "TaxTotal")
                    .leaf("cbc", "TaxAmount", "currencyID", v.currency().getCurrencyCode(), v.vatTotal().amount().toPlainString()).end());
        }

        private void taxCategory(String element, VatRate r, boolean withExemption) {
            x.start("cac", element);
            x.leaf("cbc", "ID", r.category().code());
            if (r.category() != VatCategory.O) {
                x.leaf("cbc", "Percent", Texts.plain(r.percent()));
            }
            if (withExemption) {
                r.exemption().ifPresent(e -> {
                    x.leaf("cbc", "TaxExemptionReasonCode", e.code());
                    x.leaf("cbc", "TaxExemptionReason", e.text());
                });
            }
            x.start("cac", "TaxScheme").leaf("cbc", "ID", "VAT").end();
            x.end();
        }

        private void monetaryTotal() {
            var t = inv.totals();
            x.start("cac", "LegalMonetaryTotal");
            amount("LineExtensionAmount", t.lineTotal());
            amount("TaxExclusiveAmount", t.taxExclusive());
            amount("TaxInclusiveAmount", t.taxInclusive());
            if (!inv.allowancesCharges().isEmpty()) {
                amount("AllowanceTotalAmount", t.allowanceTotal());
                amount("ChargeTotalAmount", t.chargeTotal());
            }
            if (!t.prepaid().isZero()) {
                amount("PrepaidAmount", t.prepaid());
            }
            amount("PayableAmount", t.amountDue());
            x.end();
        }

        private void line(XmlLine l) {
            x.start("cac", credit ? "CreditNoteLine" : "InvoiceLine");
            x.leaf("cbc", "ID", l.id());
            l.note().ifPresent(n -> x.leaf("cbc", "Note", n));
            x.leaf("cbc", credit ? "CreditedQuantity" : "InvoicedQuantity", "unitCode", l.quantity().unit().code(),
                    Texts.plain(l.quantity().value()));
            amount("LineExtensionAmount", l.net());
            if (l.allowance().isPresent()) {
                x.start("cac", "AllowanceCharge");
                x.leaf("cbc", "ChargeIndicator", "false");
                x.leaf("cbc", "AllowanceChargeReasonCode", XmlLine.DISCOUNT_REASON_CODE);
                l.allowanceReason().ifPresent(r -> x.leaf("cbc", "AllowanceChargeReason", r));
                l.allowancePercent().ifPresent(p -> x.leaf("cbc", "MultiplierFactorNumeric", Texts.plain(p)));
                amount("Amount", l.allowance().get());
                if (l.allowancePercent().isPresent()) {
                    l.allowanceBase().ifPresent(b -> amount("BaseAmount", b));
                }
                x.end();
            }
            x.start("cac", "Item");
            l.description().ifPresent(d -> x.leaf("cbc", "Description", d));
            x.leaf("cbc", "Name", l.name());
            l.sellerItemId().ifPresent(id -> x.start("cac", "SellersItemIdentification").leaf("cbc", "ID", id).end());
            taxCategory("ClassifiedTaxCategory", l.vatRate(), false);
            for (Map.Entry<String, String> a : l.attributes()) {
                x.start("cac", "AdditionalItemProperty").leaf("cbc", "Name", a.getKey()).leaf("cbc", "Value", a.getValue()).end();
            }
            x.end();
            x.start("cac", "Price");
            x.leaf("cbc", "PriceAmount", "currencyID", currency, Texts.plain(l.netPrice()));
            x.end();
            x.end();
        }

        private void amount(String element, Money m) {
            x.leaf("cbc", element, "currencyID", currency, m.amount().toPlainString());
        }
    }
}
