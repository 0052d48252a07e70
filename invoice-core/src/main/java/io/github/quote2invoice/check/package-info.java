/** Anomalies found before issuing, their severity, and recorded overrides. */
package io.github.quote2invoice.check;
