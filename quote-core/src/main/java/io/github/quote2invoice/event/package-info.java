/** The domain event contract shared by quotes, invoices and payments. */
package io.github.quote2invoice.event;
