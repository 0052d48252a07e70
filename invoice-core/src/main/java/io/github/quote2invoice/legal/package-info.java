/** Legal-mention rule sets per jurisdiction (France first, then a generic EU set). */
package io.github.quote2invoice.legal;
