/** Parties (seller, buyer), addresses and their checked identifiers: SIREN, SIRET, VAT id, IBAN, BIC. */
package io.github.quote2invoice.party;
