/**
 * Contract test suites of the issuing ports. Each is abstract: an implementation's test extends it and
 * supplies fresh stores; the in-memory stores and the JDBC stores (PostgreSQL and H2) run the same suites.
 * Tests never clean up (issued invoices cannot be deleted): they use unique ids and company keys instead.
 */
package io.github.quote2invoice.issuing.contract;
