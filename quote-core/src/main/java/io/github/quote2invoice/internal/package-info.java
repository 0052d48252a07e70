/** Implementation helpers shared by the core modules. Not API. */
package io.github.quote2invoice.internal;
