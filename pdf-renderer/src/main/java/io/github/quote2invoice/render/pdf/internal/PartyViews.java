package io.github.quote2invoice.render.pdf.internal;

import io.github.quote2invoice.party.Address;
import io.github.quote2invoice.party.Party;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The template view of parties and addresses: plain strings, "" when absent. */
final class PartyViews {
    private PartyViews() {
    }

    /** A party as the templates see it (documented in docs/pdf.md). */
    static Map<String, Object> party(Party p, Formats f, Optional<String> logo) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("tradingName", p.tradingName().orElse(""));
        m.put("addressLines", addressLines(p.address()));
        m.put("countryCode", p.address().countryCode());
        m.put("siren", p.siren().map(Object::toString).orElse(""));
        m.put("siret", p.siret().map(Object::toString).orElse(""));
        m.put("vatId", p.vatId().map(Object::toString).orElse(""));
        m.put("legalForm", p.legalForm().orElse(""));
        m.put("shareCapital", p.shareCapital().map(f::money).orElse(""));
        m.put("registration", p.registration().orElse(""));
        m.put("contactName", p.contact().flatMap(c -> c.name()).orElse(""));
        m.put("email", p.contact().flatMap(c -> c.email()).orElse(""));
        m.put("phone", p.contact().flatMap(c -> c.phone()).orElse(""));
        Map<String, Object> insurance = new LinkedHashMap<>();
        p.insurance().ifPresent(i -> {
            insurance.put("insurer", i.insurer());
            insurance.put("policy", i.policy());
            insurance.put("coverage", i.coverage());
        });
        m.put("insurance", insurance);
        m.put("logo", logo.orElse(""));
        return m;
    }

    /** Street lines, then "postcode city", then the country code when it is not France. */
    static List<String> addressLines(Address a) {
        List<String> lines = new ArrayList<>(a.lines());
        lines.add(a.postalCode().map(pc -> pc + " ").orElse("") + a.city());
        a.subdivision().ifPresent(lines::add);
        if (!"FR".equals(a.countryCode())) {
            lines.add(a.countryCode());
        }
        return List.copyOf(lines);
    }

    /** A label/value pair. */
    static Map<String, Object> pair(String label, String value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", label);
        m.put("value", value);
        return m;
    }

}
