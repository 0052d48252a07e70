/**
 * Issuing: turning a draft invoice into a numbered, dated, immutable one, in one transaction with its
 * audit record and outbox event. Numbering series ({@link io.github.quote2invoice.issuing.NumberingSeries}),
 * the hash-chained audit log's values and verification ({@link io.github.quote2invoice.issuing.AuditChain}),
 * the outbox poller, and the invoice and payment domain events live here; the ports are in
 * {@code issuing.spi}, the in-memory implementations in {@code issuing.memory}.
 */
package io.github.quote2invoice.issuing;
