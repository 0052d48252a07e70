/**
 * SEPA direct debit: batches of collections for due invoices under their mandates, written as ISO 20022
 * pain.008.001.08 (the version of the EPC SDD Core and B2B customer-to-bank implementation guidelines
 * since the November 2023 rulebooks).
 */
package io.github.quote2invoice.receivable.sepa;
