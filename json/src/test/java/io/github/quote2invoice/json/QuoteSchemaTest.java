package io.github.quote2invoice.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.quote2invoice.document.UnitOfMeasure;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.quote.Quote;
import io.github.quote2invoice.tax.VatBreakdown;
import io.github.quote2invoice.tax.VatCategory;
import io.github.quote2invoice.tax.VatRate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.quicktheories.QuickTheory.qt;

/**
 * The documented quote format (docs/schema/quote.schema.json, JSON Schema draft 2020-12) and the
 * reader agree: the example reads into a valid quote and validates; what the writer produces
 * validates; invalid documents are refused by both. One schema instance for the whole class.
 */
class QuoteSchemaTest {
    private static final Path DOCS = Path.of("..", "docs");
    private static final Quote2InvoiceJson JSON = Quote2InvoiceJson.create();
    private static final JsonMapper TREE = JsonMapper.builder().build();
    private static Schema schema;
    private static String example;

    @BeforeAll
    static void load() throws IOException {
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(DOCS.resolve("schema/quote.schema.json")), InputFormat.JSON);
        example = Files.readString(DOCS.resolve("examples/quote.json"));
    }

    private static List<Error> validate(String json) {
        return schema.validate(json, InputFormat.JSON);
    }

    @Test
    void exampleValidatesAgainstTheSchema() {
        assertThat(validate(example)).isEmpty();
    }

    /**
     * Expected figures computed by hand with DESIGN.md's rules (line net rounded to the cent, VAT per
     * rate on the sum of that rate's nets and charges, EN 16931 BR-CO-17):
     * 10 %: 480.00 + 14.5 x 52 = 754.00 + 3.2 x 189.90 = 607.68 + charge 45.00 = 1886.68, VAT 188.668 -> 188.67;
     * 20 %: 649.00 - 10 % (64.90) = 584.10 + 389.50 - 40.00 = 349.50 -> 933.60, VAT 186.72;
     * net 2775.28 + 45.00 = 2820.28, VAT 375.39, total 3195.67; the 30 % deposit 958.701 -> 958.70.
     */
    @Test
    void exampleReadsIntoAValidQuoteWithTheHandComputedTotals() {
        Quote quote = JSON.readQuote(example);
        assertThat(quote.lines()).hasSize(5);
        assertThat(quote.totals().vatBreakdown()).containsExactly(
                new VatBreakdown(VatRate.standard("10"), Money.of("1886.68", "EUR"), Money.of("188.67", "EUR")),
                new VatBreakdown(VatRate.standard("20"), Money.of("933.60", "EUR"), Money.of("186.72", "EUR")));
        assertThat(quote.totals().lineTotal()).isEqualTo(Money.of("2775.28", "EUR"));
        assertThat(quote.totals().taxExclusive()).isEqualTo(Money.of("2820.28", "EUR"));
        assertThat(quote.totals().taxInclusive()).isEqualTo(Money.of("3195.67", "EUR"));
        assertThat(quote.paymentTerms().schedule().get(0).amount())
                .isEqualTo(Money.rounded(quote.totals().taxInclusive().amount().multiply(new java.math.BigDecimal("0.3")),
                        quote.currency(), java.math.RoundingMode.HALF_UP));
        assertThat(JSON.readQuote(JSON.writeQuote(quote))).isEqualTo(quote);
    }

    @Test
    void everythingTheWriterProducesValidates() {
        qt().withExamples(300).forAll(QuoteGen.quotes()).checkAssert(quote -> assertThat(validate(JSON.writeQuote(quote))).isEmpty());
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> invalidDocuments() {
        return Stream.of(
                arguments("unknown VAT category", (Consumer<ObjectNode>) r -> ((ObjectNode) line(r, 0).get("vatRate")).put("category", "X")),
                arguments("negative quantity", (Consumer<ObjectNode>) r -> ((ObjectNode) line(r, 1).get("quantity")).put("value", "-14.5")),
                arguments("zero quantity", (Consumer<ObjectNode>) r -> ((ObjectNode) line(r, 1).get("quantity")).put("value", "0")),
                arguments("missing seller", (Consumer<ObjectNode>) r -> r.remove("seller")),
                arguments("malformed amount", (Consumer<ObjectNode>) r -> ((ObjectNode) r.get("allowancesCharges").get(0).get("amount"))
                        .put("amount", "45,00")),
                arguments("amount as a JSON number", (Consumer<ObjectNode>) r -> line(r, 0).put("unitPrice", 480)),
                arguments("unknown field", (Consumer<ObjectNode>) r -> r.put("total", "3195.67")),
                arguments("unknown unit", (Consumer<ObjectNode>) r -> ((ObjectNode) line(r, 0).get("quantity")).put("unit", "BOX")),
                arguments("no lines", (Consumer<ObjectNode>) r -> r.set("lines", TREE.createArrayNode())),
                arguments("reverse charge without exemption", (Consumer<ObjectNode>) r -> line(r, 0).set("vatRate",
                        TREE.createObjectNode().put("category", "AE").put("percent", "0"))),
                arguments("discount without type", (Consumer<ObjectNode>) r -> ((ObjectNode) line(r, 3).get("discount")).remove("type")),
                arguments("wrong type for days", (Consumer<ObjectNode>) r -> ((ObjectNode) r.get("paymentTerms").get("dueDateRule"))
                        .put("days", "30")),
                arguments("accepted without evidence", (Consumer<ObjectNode>) r -> r.put("status", "ACCEPTED")),
                arguments("date not ISO-8601", (Consumer<ObjectNode>) r -> r.put("issueDate", "16/11/2026")),
                arguments("line without id", (Consumer<ObjectNode>) r -> line(r, 2).remove("id")));
    }

    private static ObjectNode line(ObjectNode root, int i) {
        return (ObjectNode) ((ArrayNode) root.get("lines")).get(i);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDocuments")
    void invalidDocumentsAreRefusedByTheSchemaAndTheReader(String what, Consumer<ObjectNode> change) {
        ObjectNode root = (ObjectNode) TREE.readTree(example);
        change.accept(root);
        String json = TREE.writeValueAsString(root);
        assertThat(validate(json)).as("schema errors for " + what).isNotEmpty();
        assertThat(catchThrowableOfType(JsonFormatException.class, () -> JSON.readQuote(json))).as("reader for " + what).isNotNull();
    }

    @Test
    void schemaCodeListsMatchTheModel() {
        JsonNode defs = TREE.readTree(schemaText()).get("$defs");
        assertThat(new TreeSet<>(TREE.convertValue(defs.get("unit").get("enum"), List.class)))
                .isEqualTo(new TreeSet<>(UnitOfMeasure.knownCodes()));
        assertThat(TREE.convertValue(defs.get("vatRate").get("properties").get("category").get("enum"), List.class))
                .isEqualTo(Arrays.stream(VatCategory.values()).map(Enum::name).toList());
    }

    private static String schemaText() {
        try {
            return Files.readString(DOCS.resolve("schema/quote.schema.json"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
