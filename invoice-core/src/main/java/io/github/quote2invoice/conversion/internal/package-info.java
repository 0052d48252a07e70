/** Implementation of the conversion engine. Not API: may change without notice. */
package io.github.quote2invoice.conversion.internal;
