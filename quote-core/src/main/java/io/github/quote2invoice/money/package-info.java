/** Exact money in a currency's minor unit, allocation without losing a cent, rounding policy. */
package io.github.quote2invoice.money;
