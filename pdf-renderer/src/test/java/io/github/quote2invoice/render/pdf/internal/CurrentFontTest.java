package io.github.quote2invoice.render.pdf.internal;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFastOutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The drawing device's current font can still be read: fails when an upgrade takes the saving away. */
class CurrentFontTest {
    @Test
    void readsTheFontTheDeviceDrawsIn() {
        PdfBoxFastOutputDevice device = new PdfBoxFastOutputDevice(20f, true, false, false);
        assertThat(CurrentFont.of(device)).isNull();
        PdfBoxFSFont font = new PdfBoxFSFont(List.of(new FontDescription(
                new PDType1Font(Standard14Fonts.FontName.HELVETICA), IdentValue.NORMAL, 400)), 10f);
        device.setFont(font);
        assertThat(CurrentFont.of(device)).isSameAs(font);
    }
}
