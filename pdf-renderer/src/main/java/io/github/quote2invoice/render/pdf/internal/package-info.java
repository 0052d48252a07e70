/** Implementation of the PDF renderers: fonts, templates, layout, PDF/A and Factur-X post-processing. Not API. */
package io.github.quote2invoice.render.pdf.internal;
