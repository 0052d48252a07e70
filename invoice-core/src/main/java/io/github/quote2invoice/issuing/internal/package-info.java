/** Implementation details of issuing. Not API: may change without notice. */
package io.github.quote2invoice.issuing.internal;
