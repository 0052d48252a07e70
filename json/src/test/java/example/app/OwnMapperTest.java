package example.app;

import io.github.quote2invoice.json.Quote2InvoiceModule;
import io.github.quote2invoice.quote.Quote;
import io.github.quote2invoice.testing.Samples;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application registers the module on its own mapper to embed quotes in its payloads; its own
 * decimals and dates keep the application's settings (this class lives outside the library's packages
 * on purpose).
 */
class OwnMapperTest {
    /** An application's own payload. */
    record Envelope(String requestId, BigDecimal budget, LocalDate due, Quote quote) {
    }

    @Test
    void modelTypesFollowTheFormatAndTheApplicationsTypesDoNot() {
        JsonMapper mapper = JsonMapper.builder().addModule(new Quote2InvoiceModule()).build();
        Envelope envelope = new Envelope("r-1", new BigDecimal("12.50"), LocalDate.of(2026, 12, 1), Samples.acceptedQuote());
        String json = mapper.writeValueAsString(envelope);
        assertThat(json).contains("\"budget\":12.50").contains("\"unitPrice\":\"650\"").contains("\"percent\":\"20\"")
                .doesNotContain("\"business\"");
        assertThat(mapper.readValue(json, Envelope.class)).isEqualTo(envelope);
    }
}
