/** Jackson 3 module for every public type of quote2invoice. */
package io.github.quote2invoice.json;
