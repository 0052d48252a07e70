/** VAT categories (EN 16931), rates, exemption reasons and the VAT breakdown. */
package io.github.quote2invoice.tax;
