package io.github.quote2invoice.einvoice;

import io.github.quote2invoice.einvoice.cii.CiiReader;
import io.github.quote2invoice.einvoice.cii.CiiWriter;
import io.github.quote2invoice.einvoice.ubl.UblReader;
import io.github.quote2invoice.einvoice.ubl.UblWriter;
import io.github.quote2invoice.invoice.Invoice;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invoice -> CII -> Invoice and Invoice -> UBL -> Invoice give back every field the format carries
 * ({@link Carried}), and writing the read invoice again gives the same bytes.
 */
class RoundTripTest {
    private final CiiWriter ciiWriter = new CiiWriter();
    private final CiiReader ciiReader = new CiiReader();
    private final UblWriter ublWriter = new UblWriter();
    private final UblReader ublReader = new UblReader();

    @TestFactory
    Stream<DynamicTest> cii() {
        return Corpus.all().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Invoice inv = e.getValue();
            byte[] xml = ciiWriter.write(inv);
            Invoice back = ciiReader.read(xml);
            assertThat(back).isEqualTo(Carried.of(inv));
            assertThat(ciiWriter.write(back)).isEqualTo(xml);
        }));
    }

    @TestFactory
    Stream<DynamicTest> ubl() {
        return Corpus.all().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Invoice inv = e.getValue();
            byte[] xml = ublWriter.write(inv);
            Invoice back = ublReader.read(xml);
            assertThat(back).isEqualTo(Carried.ubl(inv));
            assertThat(ublWriter.write(back)).isEqualTo(xml);
        }));
    }
}
