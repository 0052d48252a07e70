package io.github.quote2invoice.einvoice.cii;

import io.github.quote2invoice.document.AllowanceCharge;
import io.github.quote2invoice.document.Note;
import io.github.quote2invoice.einvoice.EInvoiceException;
import io.github.quote2invoice.einvoice.FacturXProfile;
import io.github.quote2invoice.einvoice.internal.Exportable;
import io.github.quote2invoice.einvoice.internal.Texts;
import io.github.quote2invoice.einvoice.internal.XmlLine;
import io.github.quote2invoice.einvoice.internal.XmlOut;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.PrecedingInvoice;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.party.Address;
import io.github.quote2invoice.party.Contact;
import io.github.quote2invoice.party.Party;
import io.github.quote2invoice.payment.PaymentMeans;
import io.github.quote2invoice.tax.VatBreakdown;
import io.github.quote2invoice.tax.VatCategory;
import io.github.quote2invoice.tax.VatRate;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Writes an issued {@link Invoice} as a Factur-X / ZUGFeRD 2.x Cross Industry Invoice (CII D16B),
 * the XML a Factur-X PDF embeds as {@code factur-x.xml}.
 *
 * <p>The totals and VAT breakdown written are exactly {@link Invoice#totals()}: nothing is rounded or
 * recomputed here. Each profile writes the business terms its schema allows and leaves out the others
 * ({@link FacturXProfile#MINIMUM} and {@link FacturXProfile#BASIC_WL} have no lines). Deposits settled
 * by deduction lines become negative lines per VAT rate; deposits settled as prepaid go to BT-113.
 *
 * <p>Immutable and thread-safe; writes through {@code XmlOut}. Output is deterministic: the same invoice
 * gives the same bytes.
 */
public final class CiiWriter {
    static final String RSM = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";
    static final String RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";
    static final String QDT = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100";
    static final String UDT = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100";

    private static final Map<String, String> NAMESPACES = namespaces();

    /** A writer. */
    public CiiWriter() {
    }

    /** The invoice as CII in the {@link FacturXProfile#EN16931} profile. */
    public byte[] write(Invoice invoice) {
        return write(invoice, FacturXProfile.EN16931);
    }

    /**
     * The invoice as CII in {@code profile}, UTF-8.
     *
     * @throws EInvoiceException {@code EINVOICE_NOT_EXPORTABLE} for a draft (no number or issue date)
     */
    public byte[] write(Invoice invoice, FacturXProfile profile) {
        Exportable.require(invoice);
        if (profile == null) {
            throw new EInvoiceException(EInvoiceException.NOT_EXPORTABLE, "profile", "is required");
        }
        return new Document(invoice, profile).write();
    }

    private static Map<String, String> namespaces() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("rsm", RSM);
        m.put("qdt", QDT);
        m.put("ram", RAM);
        m.put("udt", UDT);
        return m;
    }

    /** One document being written. */
    private static final class Document {
        private final Invoice inv;
        private final FacturXProfile profile;
        private final XmlOut x = new XmlOut(NAMESPACES);
        /** BASIC WL and above: addresses, notes, VAT breakdown, payment data. */
        private final boolean wl;
        /** EN16931 and EXTENDED: the full semantic model. */
        private final boolean full;

        Document(Invoice inv, FacturXProfile profile) {
            this.inv = inv;
            this.profile = profile;
            this.wl = profile.ordinal() >= FacturXProfile.BASIC_WL.ordinal();
            this.full = profile.ordinal() >= FacturXProfile.EN16931.ordinal();
        }

        byte[] write() {
            x.start("rsm", "CrossIndustryInvoice");
            context();
            header();
            x.start("rsm", "SupplyChainTradeTransaction");
            if (profile.hasLines()) {
                for (XmlLine l : XmlLine.of(inv)) {
                    line(l);
                }
            }
            agreement();
            delivery();
            settlement();
            x.end();
            x.end();
            return x.finish();
        }

        private void context() {
            x.start("rsm", "ExchangedDocumentContext");
            x.start("ram", "BusinessProcessSpecifiedDocumentContextParameter").leaf("ram", "ID", Texts.framework(inv).code()).end();
            x.start("ram", "GuidelineSpecifiedDocumentContextParameter").leaf("ram", "ID", profile.guidelineId()).end();
            x.end();
        }

        private void header() {
            x.start("rsm", "ExchangedDocument");
            x.leaf("ram", "ID", inv.number().orElseThrow());
            x.leaf("ram", "TypeCode", inv.kind().typeCode());
            x.start("ram", "IssueDateTime");
            udtDate(inv.issueDate().orElseThrow());
            x.end();
            if (wl) {
                for (Note n : Texts.notes(inv)) {
                    x.start("ram", "IncludedNote");
                    x.leaf("ram", "Content", n.text());
                    n.subjectCode().ifPresent(c -> x.leaf("ram", "SubjectCode", c));
                    x.end();
                }
            }
            x.end();
        }

        private void line(XmlLine l) {
            x.start("ram", "IncludedSupplyChainTradeLineItem");
            x.start("ram", "AssociatedDocumentLineDocument");
            x.leaf("ram", "LineID", l.id());
            l.note().ifPresent(n -> x.start("ram", "IncludedNote").leaf("ram", "Content", n).end());
            x.end();
            x.start("ram", "SpecifiedTradeProduct");
            if (full) {
                l.sellerItemId().ifPresent(id -> x.leaf("ram", "SellerAssignedID", id));
            }
            x.leaf("ram", "Name", l.name());
            if (full) {
                l.description().ifPresent(d -> x.leaf("ram", "Description", d));
                for (Map.Entry<String, String> a : l.attributes()) {
                    x.start("ram", "ApplicableProductCharacteristic");
                    x.leaf("ram", "Description", a.getKey());
                    x.leaf("ram", "Value", a.getValue());
                    x.end();
                }
            }
            x.end();
            x.start("ram", "SpecifiedLineTradeAgreement");
            x.start("ram", "NetPriceProductTradePrice").leaf("ram", "ChargeAmount", Texts.plain(l.netPrice())).end();
            x.end();
            x.start("ram", "SpecifiedLineTradeDelivery");
            x.leaf("ram", "BilledQuantity", "unitCode", l.quantity().unit().code(), Texts.plain(l.quantity().value()));
            x.end();
            x.start("ram", "SpecifiedLineTradeSettlement");
            x.start("ram", "ApplicableTradeTax");
            x.leaf("ram", "TypeCode", "VAT");
            // EXTENDED carries the exemption on each line too; the French EXTENDED rules (BR-FREXT-*-08)
            // match lines to their VAT breakdown entry by it.
            boolean lineExemption = profile == FacturXProfile.EXTENDED && l.vatRate().exemption().isPresent();
            if (lineExemption) {
                x.leaf("ram", "ExemptionReason", l.vatRate().exemption().get().text());
            }
            x.leaf("ram", "CategoryCode", l.vatRate().category().code());
            if (lineExemption) {
                x.leaf("ram", "ExemptionReasonCode", l.vatRate().exemption().get().code());
            }
            rate(l.vatRate());
            x.end();
            if (l.allowance().isPresent()) {
                x.start("ram", "SpecifiedTradeAllowanceCharge");
                indicator(false);
                if (full) {
                    // The base (BT-137) only with a percentage (BT-138): a base alone breaks PEPPOL-EN16931-R042.
                    l.allowancePercent().ifPresent(p -> {
                        x.leaf("ram", "CalculationPercent", Texts.plain(p));
                        l.allowanceBase().ifPresent(b -> x.leaf("ram", "BasisAmount", amount(b)));
                    });
                }
                x.leaf("ram", "ActualAmount", amount(l.allowance().get()));
                x.leaf("ram", "ReasonCode", XmlLine.DISCOUNT_REASON_CODE);
                l.allowanceReason().ifPresent(r -> x.leaf("ram", "Reason", r));
                x.end();
            }
            x.start("ram", "SpecifiedTradeSettlementLineMonetarySummation").leaf("ram", "LineTotalAmount", amount(l.net())).end();
            x.end();
            x.end();
        }

        private void agreement() {
            x.start("ram", "ApplicableHeaderTradeAgreement");
            inv.references().buyerReference().ifPresent(r -> x.leaf("ram", "BuyerReference", r));
            party("SellerTradeParty", inv.seller(), true);
            party("BuyerTradeParty", inv.buyer(), false);
            if (full) {
                inv.sourceQuote().ifPresent(q -> x.start("ram", "SellerOrderReferencedDocument").leaf("ram", "IssuerAssignedID", q.number()).end());
            }
            inv.references().purchaseOrder().ifPresent(po -> x.start("ram", "BuyerOrderReferencedDocument").leaf("ram", "IssuerAssignedID", po).end());
            if (wl) {
                inv.references().contract().ifPresent(c -> x.start("ram", "ContractReferencedDocument").leaf("ram", "IssuerAssignedID", c).end());
            }
            if (full) {
                inv.references().project().ifPresent(p -> x.start("ram", "SpecifiedProcuringProject")
                        .leaf("ram", "ID", p).leaf("ram", "Name", "Project reference").end());
            }
            x.end();
        }

        private void party(String element, Party p, boolean seller) {
            x.start("ram", element);
            if (wl) {
                p.siret().ifPresent(s -> x.leaf("ram", "GlobalID", "schemeID", "0009", s.value()));
            }
            x.leaf("ram", "Name", p.name());
            if (full && seller) {
                Texts.legalInfo(p).ifPresent(t -> x.leaf("ram", "Description", t));
            }
            Optional<String> siren = p.effectiveSiren().map(s -> s.value());
            boolean trading = wl && p.tradingName().isPresent();
            if (siren.isPresent() || trading) {
                x.start("ram", "SpecifiedLegalOrganization");
                siren.ifPresent(s -> x.leaf("ram", "ID", "schemeID", "0002", s));
                if (trading) {
                    x.leaf("ram", "TradingBusinessName", p.tradingName().get());
                }
                x.end();
            }
            if (full) {
                p.contact().ifPresent(this::contact);
            }
            if (wl) {
                address("PostalTradeAddress", p.address());
                p.electronicAddress().ifPresent(e -> x.start("ram", "URIUniversalCommunication")
                        .leaf("ram", "URIID", "schemeID", e.scheme(), e.value()).end());
            } else if (seller) {
                x.start("ram", "PostalTradeAddress").leaf("ram", "CountryID", p.address().countryCode()).end();
            }
            if (seller || wl) {
                p.vatId().ifPresent(v -> x.start("ram", "SpecifiedTaxRegistration").leaf("ram", "ID", "schemeID", "VA", v.value()).end());
            }
            x.end();
        }

        private void contact(Contact c) {
            x.start("ram", "DefinedTradeContact");
            c.name().ifPresent(n -> x.leaf("ram", "PersonName", n));
            c.phone().ifPresent(t -> x.start("ram", "TelephoneUniversalCommunication").leaf("ram", "CompleteNumber", t).end());
            c.email().ifPresent(e -> x.start("ram", "EmailURIUniversalCommunication").leaf("ram", "URIID", e).end());
            x.end();
        }

        private void address(String element, Address a) {
            x.start("ram", element);
            a.postalCode().ifPresent(pc -> x.leaf("ram", "PostcodeCode", pc));
            String[] names = {"LineOne", "LineTwo", "LineThree"};
            for (int i = 0; i < a.lines().size(); i++) {
                x.leaf("ram", names[i], a.lines().get(i));
            }
            x.leaf("ram", "CityName", a.city());
            x.leaf("ram", "CountryID", a.countryCode());
            a.subdivision().ifPresent(s -> x.leaf("ram", "CountrySubDivisionName", s));
            x.end();
        }

        private void delivery() {
            x.start("ram", "ApplicableHeaderTradeDelivery");
            if (wl) {
                inv.deliveryAddress().ifPresent(a -> {
                    x.start("ram", "ShipToTradeParty");
                    address("PostalTradeAddress", a);
                    x.end();
                });
                inv.deliveryDate().ifPresent(d -> {
                    x.start("ram", "ActualDeliverySupplyChainEvent").start("ram", "OccurrenceDateTime");
                    udtDate(d);
                    x.end().end();
                });
            }
            x.end();
        }

        private void settlement() {
            x.start("ram", "ApplicableHeaderTradeSettlement");
            if (wl) {
                inv.paymentInstructions().means().stream().filter(m -> m instanceof PaymentMeans.DirectDebit).findFirst()
                        .ifPresent(m -> x.leaf("ram", "CreditorReferenceID", ((PaymentMeans.DirectDebit) m).creditorId()));
                inv.paymentInstructions().remittanceReference().ifPresent(r -> x.leaf("ram", "PaymentReference", r));
            }
            inv.vatInAccountingCurrency().ifPresent(v -> x.leaf("ram", "TaxCurrencyCode", v.currency().getCurrencyCode()));
            x.leaf("ram", "InvoiceCurrencyCode", inv.currency().getCurrencyCode());
            if (wl) {
                for (PaymentMeans m : Texts.paymentMeans(inv)) {
                    paymentMeans(m);
                }
                for (VatBreakdown b : inv.totals().vatBreakdown()) {
                    vat(b);
                }
                inv.servicePeriod().ifPresent(p -> {
                    x.start("ram", "BillingSpecifiedPeriod");
                    x.start("ram", "StartDateTime");
                    udtDate(p.start());
                    x.end();
                    x.start("ram", "EndDateTime");
                    udtDate(p.end());
                    x.end();
                    x.end();
                });
                for (AllowanceCharge ac : inv.allowancesCharges()) {
                    allowanceCharge(ac);
                }
                paymentTerms();
            }
            summation();
            if (wl) {
                for (PrecedingInvoice p : inv.precedingInvoices()) {
                    x.start("ram", "InvoiceReferencedDocument");
                    x.leaf("ram", "IssuerAssignedID", p.number());
                    x.start("ram", "FormattedIssueDateTime");
                    x.leaf("qdt", "DateTimeString", "format", "102", Texts.ciiDate(p.issueDate()));
                    x.end();
                    x.end();
                }
            }
            x.end();
        }

        private void paymentMeans(PaymentMeans m) {
            x.start("ram", "SpecifiedTradeSettlementPaymentMeans");
            x.leaf("ram", "TypeCode", m.code());
            if (m instanceof PaymentMeans.Card c && full) {
                c.paymentLink().ifPresent(link -> x.leaf("ram", "Information", link));
            }
            if (m instanceof PaymentMeans.DirectDebit d) {
                x.start("ram", "PayerPartyDebtorFinancialAccount").leaf("ram", "IBANID", d.debtorIban().value()).end();
            }
            if (m instanceof PaymentMeans.CreditTransfer t) {
                x.start("ram", "PayeePartyCreditorFinancialAccount");
                x.leaf("ram", "IBANID", t.iban().value());
                if (full) {
                    t.accountName().ifPresent(n -> x.leaf("ram", "AccountName", n));
                }
                x.end();
                if (full) {
                    t.bic().ifPresent(b -> x.start("ram", "PayeeSpecifiedCreditorFinancialInstitution").leaf("ram", "BICID", b.value()).end());
                }
            }
            x.end();
        }

        private void vat(VatBreakdown b) {
            x.start("ram", "ApplicableTradeTax");
            x.leaf("ram", "CalculatedAmount", amount(b.taxAmount()));
            x.leaf("ram", "TypeCode", "VAT");
            b.rate().exemption().ifPresent(e -> x.leaf("ram", "ExemptionReason", e.text()));
            x.leaf("ram", "BasisAmount", amount(b.taxableAmount()));
            x.leaf("ram", "CategoryCode", b.rate().category().code());
            b.rate().exemption().ifPresent(e -> x.leaf("ram", "ExemptionReasonCode", e.code()));
            rate(b.rate());
            x.end();
        }

        private void allowanceCharge(AllowanceCharge ac) {
            x.start("ram", "SpecifiedTradeAllowanceCharge");
            indicator(ac.kind() == AllowanceCharge.Kind.CHARGE);
            x.leaf("ram", "ActualAmount", amount(ac.amount()));
            ac.reasonCode().ifPresent(c -> x.leaf("ram", "ReasonCode", c));
            x.leaf("ram", "Reason", ac.reason());
            x.start("ram", "CategoryTradeTax");
            x.leaf("ram", "TypeCode", "VAT");
            x.leaf("ram", "CategoryCode", ac.vatRate().category().code());
            rate(ac.vatRate());
            x.end();
            x.end();
        }

        private void paymentTerms() {
            Optional<String> text = Texts.paymentTermsText(inv);
            Optional<PaymentMeans.DirectDebit> debit = inv.paymentInstructions().means().stream()
                    .filter(m -> m instanceof PaymentMeans.DirectDebit).map(m -> (PaymentMeans.DirectDebit) m).findFirst();
            if (text.isEmpty() && inv.dueDate().isEmpty() && debit.isEmpty()) {
                return;
            }
            x.start("ram", "SpecifiedTradePaymentTerms");
            text.ifPresent(t -> x.leaf("ram", "Description", t));
            inv.dueDate().ifPresent(d -> {
                x.start("ram", "DueDateDateTime");
                udtDate(d);
                x.end();
            });
            debit.ifPresent(d -> x.leaf("ram", "DirectDebitMandateID", d.mandateReference()));
            x.end();
        }

        private void summation() {
            var t = inv.totals();
            x.start("ram", "SpecifiedTradeSettlementHeaderMonetarySummation");
            if (wl) {
                x.leaf("ram", "LineTotalAmount", amount(t.lineTotal()));
                x.leaf("ram", "ChargeTotalAmount", amount(t.chargeTotal()));
                x.leaf("ram", "AllowanceTotalAmount", amount(t.allowanceTotal()));
            }
            x.leaf("ram", "TaxBasisTotalAmount", amount(t.taxExclusive()));
            x.leaf("ram", "TaxTotalAmount", "currencyID", inv.currency().getCurrencyCode(), amount(t.vatTotal()));
            // BT-111: the same VAT total in the VAT accounting currency (BT-6), as a second TaxTotalAmount
            inv.vatInAccountingCurrency().ifPresent(v -> x.leaf("ram", "TaxTotalAmount", "currencyID", v.currency().getCurrencyCode(),
                    amount(v.vatTotal())));
            x.leaf("ram", "GrandTotalAmount", amount(t.taxInclusive()));
            if (wl && !t.prepaid().isZero()) {
                x.leaf("ram", "TotalPrepaidAmount", amount(t.prepaid()));
            }
            x.leaf("ram", "DuePayableAmount", amount(t.amountDue()));
            x.end();
        }

        private void rate(VatRate r) {
            // Category O has no rate at all (BR-O-05/BR-O-08); every other category states it, zero included.
            if (r.category() != VatCategory.O) {
                x.leaf("ram", "RateApplicablePercent", Texts.plain(r.percent()));
            }
        }

        private void indicator(boolean charge) {
            x.start("ram", "ChargeIndicator").leaf("udt", "Indicator", Boolean.toString(charge)).end();
        }

        private void udtDate(LocalDate d) {
            x.leaf("udt", "DateTimeString", "format", "102", Texts.ciiDate(d));
        }

        private static String amount(Money m) {
            return m.amount().toPlainString();
        }
    }
}
