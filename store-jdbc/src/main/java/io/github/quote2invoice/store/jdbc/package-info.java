/** Stores on JDBC: documents, gapless sequences, audit chain, outbox (PostgreSQL, H2). */
package io.github.quote2invoice.store.jdbc;
