/** JMH benchmarks. */
package io.github.quote2invoice.benchmarks;
