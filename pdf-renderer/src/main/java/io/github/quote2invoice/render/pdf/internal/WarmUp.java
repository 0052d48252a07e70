package io.github.quote2invoice.render.pdf.internal;

import io.github.quote2invoice.einvoice.FacturXProfile;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The document {@link PdfPipeline} lays out to warm a new JVM up: a little of everything the
 * templates use (regular and bold text, a table with borders and a background, a QR code, page
 * margins with page numbers) and a Factur-X attachment, so the PDF/A code runs too. Its text is
 * Western European, like most documents', so the fonts' common forms are built meanwhile.
 */
final class WarmUp {
    /** The warm-up thread's name, as thread dumps show it. */
    static final String THREAD_NAME = "quote2invoice-pdf-warm-up";

    static final String XHTML = """
            <html xmlns="http://www.w3.org/1999/xhtml" lang="fr"><head><title>Warm-up</title><style>
            @page { size: A4; margin: 14mm 14mm 20mm 14mm; @bottom-left { content: element(footer); } }
            * { font-family: 'DejaVu Sans Condensed'; }
            body { font-size: 8.5pt; }
            .footer { position: running(footer); }
            .footer .n::after { content: counter(page) " / " counter(pages); }
            table { border-collapse: collapse; width: 100%; }
            th { background-color: #1f3a5f; color: #ffffff; font-weight: bold; text-align: left; }
            td { border-bottom: 0.5pt solid #d0d0d0; vertical-align: top; }
            .num { text-align: right; white-space: nowrap; }
            object { width: 30mm; height: 30mm; display: block; }
            </style></head><body>
            <div class="footer">Warm-up <span class="n"></span></div>
            <p><b>Facture</b> n° 0 – d&#39;essai – 1 234,56 € – Œuvre</p>
            <table><thead><tr><th>Désignation</th><th class="num">Total</th></tr></thead>
            <tbody><tr><td><div><b>Prestation</b></div><div>Détail</div></td><td class="num">48,50 €</td></tr></tbody></table>
            <object type="application/x-qrcode" data-content="BCD 002 1 SCT"></object>
            </body></html>
            """;

    static final DocumentMeta META = new DocumentMeta("Warm-up", "quote2invoice", Optional.empty(), "warm-up.pdf",
            "warm-up".getBytes(StandardCharsets.UTF_8));

    static final FacturXAttachment FACTUR_X = new FacturXAttachment("<warm-up/>".getBytes(StandardCharsets.UTF_8),
            FacturXProfile.EN16931);

    private WarmUp() {
    }
}
