/** The exception family: one root, machine-readable codes, field paths. */
package io.github.quote2invoice.error;
