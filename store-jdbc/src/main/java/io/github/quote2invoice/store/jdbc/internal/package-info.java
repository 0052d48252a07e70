/** Implementation details of the JDBC stores. Not API: may change without notice. */
package io.github.quote2invoice.store.jdbc.internal;
