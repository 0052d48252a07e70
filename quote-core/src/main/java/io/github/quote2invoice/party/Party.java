package io.github.quote2invoice.party;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.money.Money;

import java.util.Optional;

/**
 * A seller or a buyer, with what French and EN 16931 mentions need of it.
 *
 * <p>Immutable; build with {@link #builder(String, Address)}. Consistency is checked: a SIRET must
 * start with the SIREN, a French VAT number must carry the SIREN.
 *
 * @param name legal name (BT-27/BT-44)
 * @param type company, sole trader, consumer or public body
 * @param address postal address
 * @param tradingName trading name (BT-28/BT-45)
 * @param siren French SIREN (BT-30/BT-47 with scheme 0002)
 * @param siret French SIRET of the establishment
 * @param vatId VAT number (BT-31/BT-48)
 * @param legalForm legal form and, for a sole trader, "EI" ("SAS", "SARL", "EI")
 * @param shareCapital share capital (capital social)
 * @param registration trade register and city ("RCS Paris", "RM 75")
 * @param contact contact person, e-mail, phone
 * @param bankAccount account payments go to (seller)
 * @param electronicAddress where the party receives e-invoices (BT-34/BT-49)
 * @param insurance professional insurance (building trades)
 */
public record Party(String name, PartyType type, Address address, Optional<String> tradingName, Optional<Siren> siren,
                    Optional<Siret> siret, Optional<VatId> vatId, Optional<String> legalForm, Optional<Money> shareCapital,
                    Optional<String> registration, Optional<Contact> contact, Optional<BankAccount> bankAccount,
                    Optional<ElectronicAddress> electronicAddress, Optional<Insurance> insurance) {

    /** Validates every part and their consistency. */
    public Party {
        name = Checks.text(name, "name", 200);
        Checks.required(type, "type");
        Checks.required(address, "address");
        tradingName = Checks.optionalText(tradingName, "tradingName");
        siren = Checks.optional(siren);
        siret = Checks.optional(siret);
        vatId = Checks.optional(vatId);
        legalForm = Checks.optionalText(legalForm, "legalForm");
        shareCapital = Checks.optional(shareCapital);
        registration = Checks.optionalText(registration, "registration");
        contact = Checks.optional(contact);
        bankAccount = Checks.optional(bankAccount);
        electronicAddress = Checks.optional(electronicAddress);
        insurance = Checks.optional(insurance);
        if (siren.isPresent() && siret.isPresent()) {
            Checks.check(siret.get().siren().equals(siren.get()), ErrorCodes.INCONSISTENT, "siret",
                    "SIRET " + siret.get() + " does not belong to SIREN " + siren.get());
        }
        if (siren.isPresent() && vatId.isPresent() && vatId.get().value().matches("FR..\\d{9}")) {
            Checks.check(vatId.get().value().endsWith(siren.get().value()), ErrorCodes.INCONSISTENT, "vatId",
                    "VAT number " + vatId.get() + " does not carry SIREN " + siren.get());
        }
        shareCapital.ifPresent(c -> Checks.check(!c.isNegative(), ErrorCodes.OUT_OF_RANGE, "shareCapital", "must not be negative"));
    }

    /** The SIREN, given directly or taken from the SIRET. */
    public Optional<Siren> effectiveSiren() {
        return siren.isPresent() ? siren : siret.map(Siret::siren);
    }

    /** True for companies, sole traders and public bodies. */
    public boolean isBusiness() {
        return type.isBusiness();
    }

    /** A builder for a party with this name and address (type COMPANY unless set). */
    public static Builder builder(String name, Address address) {
        return new Builder(name, address);
    }

    /** A builder holding this party's values. */
    public Builder toBuilder() {
        Builder b = new Builder(name, address);
        b.type = type;
        b.tradingName = tradingName;
        b.siren = siren;
        b.siret = siret;
        b.vatId = vatId;
        b.legalForm = legalForm;
        b.shareCapital = shareCapital;
        b.registration = registration;
        b.contact = contact;
        b.bankAccount = bankAccount;
        b.electronicAddress = electronicAddress;
        b.insurance = insurance;
        return b;
    }

    /** Mutable builder; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private String name;
        private Address address;
        private PartyType type = PartyType.COMPANY;
        private Optional<String> tradingName = Optional.empty();
        private Optional<Siren> siren = Optional.empty();
        private Optional<Siret> siret = Optional.empty();
        private Optional<VatId> vatId = Optional.empty();
        private Optional<String> legalForm = Optional.empty();
        private Optional<Money> shareCapital = Optional.empty();
        private Optional<String> registration = Optional.empty();
        private Optional<Contact> contact = Optional.empty();
        private Optional<BankAccount> bankAccount = Optional.empty();
        private Optional<ElectronicAddress> electronicAddress = Optional.empty();
        private Optional<Insurance> insurance = Optional.empty();

        private Builder(String name, Address address) {
            this.name = name;
            this.address = address;
        }

        /** Legal name. */
        public Builder name(String v) { this.name = v; return this; }
        /** Postal address. */
        public Builder address(Address v) { this.address = v; return this; }
        /** Party type. */
        public Builder type(PartyType v) { this.type = v; return this; }
        /** Trading name. */
        public Builder tradingName(String v) { this.tradingName = Optional.of(v); return this; }
        /** SIREN (9 digits). */
        public Builder siren(String v) { this.siren = Optional.of(new Siren(v)); return this; }
        /** SIRET (14 digits). */
        public Builder siret(String v) { this.siret = Optional.of(new Siret(v)); return this; }
        /** VAT number. */
        public Builder vatId(String v) { this.vatId = Optional.of(new VatId(v)); return this; }
        /** Legal form. */
        public Builder legalForm(String v) { this.legalForm = Optional.of(v); return this; }
        /** Share capital. */
        public Builder shareCapital(Money v) { this.shareCapital = Optional.of(v); return this; }
        /** Register and city ("RCS Paris"). */
        public Builder registration(String v) { this.registration = Optional.of(v); return this; }
        /** Contact. */
        public Builder contact(Contact v) { this.contact = Optional.of(v); return this; }
        /** Bank account. */
        public Builder bankAccount(BankAccount v) { this.bankAccount = Optional.of(v); return this; }
        /** E-invoicing address. */
        public Builder electronicAddress(ElectronicAddress v) { this.electronicAddress = Optional.of(v); return this; }
        /** Professional insurance. */
        public Builder insurance(Insurance v) { this.insurance = Optional.of(v); return this; }

        /** The validated party. */
        public Party build() {
            return new Party(name, type, address, tradingName, siren, siret, vatId, legalForm, shareCapital, registration,
                    contact, bankAccount, electronicAddress, insurance);
        }
    }
}
