/** Price indexation (révision de prix): clauses, index sources, revised prices. */
package io.github.quote2invoice.indexation;
