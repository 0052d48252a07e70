/** Quotes (devis), their lines, lifecycle, acceptance evidence and revisions. */
package io.github.quote2invoice.quote;
