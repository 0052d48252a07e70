package io.github.quote2invoice.render.pdf;

import io.github.quote2invoice.render.RenderException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateOverrideTest {
    @TempDir
    Path dir;

    @Test
    void aDirectoryTemplateReplacesTheDefaultAndReusesItsMacros() throws Exception {
        Files.writeString(dir.resolve("invoice.ftl"), """
                <#import "layout.ftl" as ui>
                <@ui.page title="Custom">
                <h1>Facture maison ${doc.number}</h1>
                <p>${buyer.name}</p>
                <@ui.summary dueLabel="A payer"/>
                </@ui.page>
                """, StandardCharsets.UTF_8);
        PdfInvoiceRenderer r = PdfInvoiceRenderer.builder().withoutFacturX().templates(PdfTemplates.directory(dir)).build();
        byte[] pdf = r.render(TestInvoices.standard(2, TestInvoices.hostileBuyer()), Locale.FRENCH).content();
        String text = PdfPages.text(pdf);
        assertThat(text).contains("Facture maison FA-2026-000042").contains("A payer").contains("<img src=\"file:///etc/passwd\"/>");
        assertThat(PdfAValidation.failures(pdf)).isEmpty();
    }

    @Test
    void aTemplateCannotLoadAFileOrAUrl() throws Exception {
        Files.writeString(dir.resolve("invoice.ftl"), """
                <html xmlns="http://www.w3.org/1999/xhtml"><head>
                <link rel="stylesheet" href="file:///etc/hostname"/>
                <style>* { font-family: 'DejaVu Sans Condensed'; }</style></head>
                <body><p>Only text ${doc.number}</p><img src="file:///usr/share/pixmaps/debian-logo.png"/>
                <img src="jar:file:/tmp/x.jar!/a.png"/><img src="http://127.0.0.1:9/x.png"/></body></html>
                """, StandardCharsets.UTF_8);
        PdfInvoiceRenderer r = PdfInvoiceRenderer.builder().withoutFacturX().templates(PdfTemplates.directory(dir)).build();
        byte[] pdf = r.render(TestInvoices.standard(1), Locale.FRENCH).content();
        assertThat(PdfPages.text(pdf)).contains("Only text FA-2026-000042");
        try (var d = PdfPages.load(pdf)) {
            var res = d.getPage(0).getResources();
            for (var name : res.getXObjectNames()) {
                assertThat(res.isImageXObject(name)).isFalse();
            }
        }
    }

    @Test
    void brokenTemplatesGiveTypedErrors() throws Exception {
        Files.writeString(dir.resolve("invoice.ftl"), "<html><body>${doc.noSuchField}</body></html>", StandardCharsets.UTF_8);
        PdfInvoiceRenderer r = PdfInvoiceRenderer.builder().withoutFacturX().templates(PdfTemplates.directory(dir)).build();
        assertThatThrownBy(() -> r.render(TestInvoices.standard(1), Locale.FRENCH)).isInstanceOf(RenderException.class)
                .extracting(e -> ((RenderException) e).code()).isEqualTo(RenderException.TEMPLATE_FAILED);
        PdfInvoiceRenderer missing = PdfInvoiceRenderer.builder().withoutFacturX().template("nope.ftl").build();
        assertThatThrownBy(() -> missing.render(TestInvoices.standard(1), Locale.FRENCH)).isInstanceOf(RenderException.class)
                .extracting(e -> ((RenderException) e).code()).isEqualTo(RenderException.TEMPLATE_NOT_FOUND);
        Files.writeString(dir.resolve("invoice.ftl"), "<html><body><p>unclosed</body></html>", StandardCharsets.UTF_8);
        PdfInvoiceRenderer malformed = PdfInvoiceRenderer.builder().withoutFacturX().templates(PdfTemplates.directory(dir)).build();
        assertThatThrownBy(() -> malformed.render(TestInvoices.standard(1), Locale.FRENCH)).isInstanceOf(RenderException.class)
                .hasMessageContaining("well-formed");
    }

    @Test
    void aDoctypeIsRefusedByEveryReusedParserAndARefusalLeavesTheRendererUsable() throws Exception {
        // One renderer, so the refused documents meet an XHTML parser that already parsed a document.
        Files.writeString(dir.resolve("invoice.ftl"), """
                <#assign hostile = doc.number == "FA-2026-000042"><#if hostile><!DOCTYPE html [<!ENTITY secret SYSTEM "file:///etc/hostname">]></#if>
                <html xmlns="http://www.w3.org/1999/xhtml"><head><style>* { font-family: 'DejaVu Sans Condensed'; }</style></head>
                <body><p>Number ${doc.number}<#if hostile> &secret;</#if></p></body></html>
                """, StandardCharsets.UTF_8);
        PdfInvoiceRenderer r = PdfInvoiceRenderer.builder().withoutFacturX().templates(PdfTemplates.directory(dir)).build();
        for (int i = 0; i < 2; i++) {
            assertThat(PdfPages.text(r.render(TestInvoices.deposit(), Locale.FRENCH).content())).contains("Number FA-2026-000040");
            assertThatThrownBy(() -> r.render(TestInvoices.standard(1), Locale.FRENCH)).isInstanceOf(RenderException.class)
                    .hasMessageContaining("DOCTYPE is disallowed");
        }
    }

    @Test
    void rowsWrittenStraightInATableAreAlignedAsInHtml() throws Exception {
        // No tbody: the renderer adds one, as an HTML parser does, instead of openhtmltopdf's "table > tr"
        // rule; both centre the cells vertically. With baseline alignment "MID" would sit at the top.
        Files.writeString(dir.resolve("invoice.ftl"), """
                <html xmlns="http://www.w3.org/1999/xhtml"><head><style>* { font-family: 'DejaVu Sans Condensed'; }
                @page { margin: 10mm; } body { margin: 0; font-size: 10pt; }</style></head>
                <body><table><tr><td style="height: 40mm; vertical-align: top">TOP</td><td>MID</td></tr><tr><td>NEXT</td><td>ROW</td></tr></table></body></html>
                """, StandardCharsets.UTF_8);
        PdfInvoiceRenderer r = PdfInvoiceRenderer.builder().withoutFacturX().templates(PdfTemplates.directory(dir)).build();
        byte[] pdf = r.render(TestInvoices.standard(1), Locale.FRENCH).content();
        assertThat(PdfPages.textIn(pdf, 0, 0, 10, 210, 8)).contains("TOP").doesNotContain("MID");
        assertThat(PdfPages.textIn(pdf, 0, 0, 25, 210, 10)).contains("MID");
        assertThat(PdfPages.textIn(pdf, 0, 0, 50, 210, 8)).contains("NEXT").contains("ROW");
    }

    @Test
    void aStyleSheetThatChangesPerDocumentIsReadForEachDocument() throws Exception {
        // The renderer keeps parsed style sheets; a sheet written from document data must still apply.
        Files.writeString(dir.resolve("invoice.ftl"), """
                <html xmlns="http://www.w3.org/1999/xhtml"><head><style>* { font-family: 'DejaVu Sans Condensed'; }
                p { font-size: ${(doc.number == "FA-2026-000042")?then("30pt", "8pt")}; }</style></head>
                <body><p>${doc.number}</p></body></html>
                """, StandardCharsets.UTF_8);
        PdfInvoiceRenderer r = PdfInvoiceRenderer.builder().withoutFacturX().templates(PdfTemplates.directory(dir)).build();
        for (int i = 0; i < 2; i++) {
            assertThat(fontSizeOfFirstText(r.render(TestInvoices.standard(1), Locale.FRENCH).content())).isGreaterThan(25f);
            assertThat(fontSizeOfFirstText(r.render(TestInvoices.deposit(), Locale.FRENCH).content())).as("deposit").isLessThan(12f);
        }
    }

    private static float fontSizeOfFirstText(byte[] pdf) throws Exception {
        try (var d = PdfPages.load(pdf)) {
            float[] size = {-1};
            new org.apache.pdfbox.text.PDFTextStripper() {
                @Override
                protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
                    if (size[0] < 0) {
                        size[0] = text.getFontSizeInPt();
                    }
                }
            }.getText(d);
            return size[0];
        }
    }
}
