/**
 * Spring Boot auto-configuration for quote2invoice. Building shell: the starter comes in a later wave
 * (auto-configuration, {@code Quote2InvoiceProperties}, kill switch {@code quote2invoice.enabled}).
 */
package io.github.quote2invoice.autoconfigure;
