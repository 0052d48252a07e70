/**
 * In-memory implementations of every issuing port, for unit tests and the plain-Java quickstart. They
 * honour the same contracts as the JDBC ones (transactions are all-or-nothing, issued invoices are
 * immutable) but keep nothing after the JVM stops.
 */
package io.github.quote2invoice.issuing.memory;
