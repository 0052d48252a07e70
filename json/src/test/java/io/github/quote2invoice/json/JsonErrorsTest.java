package io.github.quote2invoice.json;

import io.github.quote2invoice.testing.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** One test per kind of bad input: each gives a JsonFormatException with its code, path and message. */
class JsonErrorsTest {
    private static final Quote2InvoiceJson JSON = Quote2InvoiceJson.create();
    private static final JsonMapper TREE = JsonMapper.builder().build();
    private static String valid;

    @BeforeAll
    static void sample() {
        valid = JSON.writeQuote(Samples.sentQuote());
    }

    private static String edit(Consumer<ObjectNode> change) {
        ObjectNode root = (ObjectNode) TREE.readTree(valid);
        change.accept(root);
        return TREE.writeValueAsString(root);
    }

    private static ObjectNode line(ObjectNode root, int i) {
        return (ObjectNode) root.get("lines").get(i);
    }

    private static JsonFormatException fail(String json) {
        JsonFormatException e = catchThrowableOfType(JsonFormatException.class, () -> JSON.readQuote(json));
        assertThat(e).as("expected a JsonFormatException for %s", json.length() > 200 ? json.substring(0, 200) : json).isNotNull();
        return e;
    }

    @Test
    void unknownVatCategory() {
        JsonFormatException e = fail(edit(r -> ((ObjectNode) line(r, 1).get("vatRate")).put("category", "X")));
        assertThat(e.code()).isEqualTo("JSON_INVALID_VALUE");
        assertThat(e.valueCode()).contains("UNKNOWN_CODE");
        assertThat(e.path()).isEqualTo("lines[1].vatRate.category");
        assertThat(e.getMessage()).contains("'X' is not one of S, Z, E, AE, K, G, O, L, M");
    }

    @Test
    void negativeQuantity() {
        JsonFormatException e = fail(edit(r -> ((ObjectNode) line(r, 2).get("quantity")).put("value", "-2")));
        assertThat(e.code()).isEqualTo("JSON_INVALID_VALUE");
        assertThat(e.valueCode()).contains("OUT_OF_RANGE");
        assertThat(e.path()).isEqualTo("lines[2].quantity");
        assertThat(e.getMessage()).contains("greater than zero");
    }

    @Test
    void missingSeller() {
        JsonFormatException e = fail(edit(r -> r.remove("seller")));
        assertThat(e.code()).isEqualTo("JSON_INVALID_VALUE");
        assertThat(e.valueCode()).contains("REQUIRED");
        assertThat(e.path()).isEqualTo("seller");
    }

    @Test
    void nullSellerIsRequiredToo() {
        JsonFormatException e = fail(edit(r -> r.putNull("seller")));
        assertThat(e.valueCode()).contains("REQUIRED");
        assertThat(e.path()).isEqualTo("seller");
    }

    @Test
    void invalidSirenInsideTheSeller() {
        JsonFormatException e = fail(edit(r -> {
            ObjectNode seller = (ObjectNode) r.get("seller");
            seller.put("siren", "123456789");
            seller.remove("siret");
            seller.remove("vatId");
        }));
        assertThat(e.valueCode()).contains("INVALID_CHECKSUM");
        assertThat(e.path()).isEqualTo("seller.siren");
    }

    @Test
    void inconsistentSiretIsReportedAtTheModelsPath() {
        JsonFormatException e = fail(edit(r -> ((ObjectNode) r.get("seller")).put("siret", "73282932000074")));
        assertThat(e.valueCode()).contains("INCONSISTENT");
        assertThat(e.path()).isEqualTo("seller.siret");
    }

    @Test
    void malformedAmount() {
        JsonFormatException e = fail(edit(r -> ((ObjectNode) r.get("allowancesCharges").get(0).get("amount")).put("amount", "1,80")));
        assertThat(e.code()).isEqualTo("JSON_INVALID_VALUE");
        assertThat(e.valueCode()).contains("INVALID_FORMAT");
        assertThat(e.path()).isEqualTo("allowancesCharges[0].amount.amount");
        assertThat(e.getMessage()).contains("'1,80' is not a plain decimal");
    }

    @Test
    void amountWithExponentIsRefused() {
        JsonFormatException e = fail(edit(r -> line(r, 0).put("unitPrice", "6.5E2")));
        assertThat(e.valueCode()).contains("INVALID_FORMAT");
        assertThat(e.path()).isEqualTo("lines[0].unitPrice");
    }

    @Test
    void amountAsJsonNumberIsTheWrongType() {
        JsonFormatException e = fail(edit(r -> line(r, 0).put("unitPrice", new java.math.BigDecimal("650.00"))));
        assertThat(e.code()).isEqualTo("JSON_WRONG_TYPE");
        assertThat(e.path()).isEqualTo("lines[0].unitPrice");
        assertThat(e.getMessage()).contains("expected a decimal as a JSON string");
    }

    @Test
    void tooManyDecimalsForTheCurrency() {
        JsonFormatException e = fail(edit(r -> ((ObjectNode) r.get("allowancesCharges").get(0).get("amount")).put("amount", "180.001")));
        assertThat(e.valueCode()).contains("TOO_MANY_DECIMALS");
        assertThat(e.path()).isEqualTo("allowancesCharges[0].amount.amount");
    }

    @Test
    void unknownCurrency() {
        JsonFormatException e = fail(edit(r -> r.put("currency", "XYZ")));
        assertThat(e.valueCode()).contains("UNKNOWN_CODE");
        assertThat(e.path()).isEqualTo("currency");
    }

    @Test
    void unknownField() {
        JsonFormatException e = fail(edit(r -> line(r, 0).put("descripton", "typo")));
        assertThat(e.code()).isEqualTo("JSON_UNKNOWN_FIELD");
        assertThat(e.path()).isEqualTo("lines[0].descripton");
        assertThat(e.getMessage()).contains("unknown field 'descripton'").contains("description");
    }

    @Test
    void unknownFieldInsideMoney() {
        JsonFormatException e = fail(edit(r -> ((ObjectNode) r.get("allowancesCharges").get(0).get("amount")).put("vat", "1")));
        assertThat(e.code()).isEqualTo("JSON_UNKNOWN_FIELD");
        assertThat(e.path()).isEqualTo("allowancesCharges[0].amount.vat");
    }

    @Test
    void wrongTypes() {
        JsonFormatException list = fail(edit(r -> r.put("lines", "none")));
        assertThat(list.code()).isEqualTo("JSON_WRONG_TYPE");
        assertThat(list.path()).isEqualTo("lines");
        assertThat(list.getMessage()).contains("expected an array");

        JsonFormatException text = fail(edit(r -> line(r, 0).put("designation", 42)));
        assertThat(text.code()).isEqualTo("JSON_WRONG_TYPE");
        assertThat(text.path()).isEqualTo("lines[0].designation");

        JsonFormatException days = fail(edit(r -> ((ObjectNode) r.get("paymentTerms").get("dueDateRule")).put("days", "30")));
        assertThat(days.code()).isEqualTo("JSON_WRONG_TYPE");
        assertThat(days.path()).isEqualTo("paymentTerms.dueDateRule.days");

        JsonFormatException object = fail(edit(r -> r.set("seller", TREE.createArrayNode())));
        assertThat(object.code()).isEqualTo("JSON_WRONG_TYPE");
        assertThat(object.path()).isEqualTo("seller");
    }

    @Test
    void missingPrimitiveIsRequiredNotZero() {
        JsonFormatException e = fail(edit(r -> ((ObjectNode) r.get("paymentTerms").get("dueDateRule")).remove("days")));
        assertThat(e.code()).isEqualTo("JSON_INVALID_VALUE");
        assertThat(e.valueCode()).contains("REQUIRED");
        assertThat(e.path()).isEqualTo("paymentTerms.dueDateRule.days");
    }

    @Test
    void unknownDiscountType() {
        JsonFormatException e = fail(edit(r -> ((ObjectNode) line(r, 1).get("discount")).put("type", "rebate")));
        assertThat(e.code()).isEqualTo("JSON_INVALID_VALUE");
        assertThat(e.valueCode()).contains("UNKNOWN_CODE");
        assertThat(e.path()).isEqualTo("lines[1].discount");
        assertThat(e.getMessage()).contains("'rebate'").contains("percentage").contains("fixed");
    }

    @Test
    void malformedDate() {
        JsonFormatException e = fail(edit(r -> r.put("issueDate", "02/11/2026")));
        assertThat(e.valueCode()).contains("INVALID_FORMAT");
        assertThat(e.path()).isEqualTo("issueDate");
        assertThat(e.getMessage()).contains("ISO-8601 date");
    }

    @Test
    void syntaxError() {
        JsonFormatException e = fail(valid.substring(0, valid.length() / 2));
        assertThat(e.code()).isEqualTo("JSON_MALFORMED");
        JsonFormatException bad = fail("{\"id\": \"q\", \"number\" 12}");
        assertThat(bad.code()).isEqualTo("JSON_MALFORMED");
        assertThat(bad.line()).isEqualTo(1);
        assertThat(bad.column()).isPositive();
    }

    @Test
    void trailingGarbage() {
        assertThat(fail(valid + " {}").code()).isEqualTo("JSON_MALFORMED");
        assertThat(fail(valid + "xyz").code()).isEqualTo("JSON_MALFORMED");
    }

    @Test
    void duplicateField() {
        JsonFormatException e = fail("{\"id\":\"a\",\"id\":\"b\"}");
        assertThat(e.code()).isEqualTo("JSON_MALFORMED");
        assertThat(e.getMessage()).contains("Duplicate");
    }

    @Test
    void emptyAndNonObjectDocuments() {
        assertThat(fail("").code()).isEqualTo("JSON_MALFORMED");
        assertThat(fail("   ").code()).isEqualTo("JSON_MALFORMED");
        assertThat(fail("null").code()).isEqualTo("JSON_WRONG_TYPE");
        assertThat(fail("[]").code()).isEqualTo("JSON_WRONG_TYPE");
    }

    @Test
    void tenMegabytesOfGarbageAreRefusedBeforeParsing() {
        byte[] garbage = new byte[10 * 1024 * 1024];
        Arrays.fill(garbage, (byte) '[');
        JsonFormatException e = catchThrowableOfType(JsonFormatException.class, () -> JSON.readQuote(garbage));
        assertThat(e.code()).isEqualTo("JSON_TOO_LARGE");
        JsonFormatException text = fail("x".repeat(10 * 1024 * 1024));
        assertThat(text.code()).isEqualTo("JSON_TOO_LARGE");
    }

    @Test
    void streamsAreCutAtTheLimit() {
        byte[] big = ("{\"id\":\"" + "a".repeat(6 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        JsonFormatException e = catchThrowableOfType(JsonFormatException.class,
                () -> JSON.readQuote(new ByteArrayInputStream(big)));
        assertThat(e.code()).isEqualTo("JSON_TOO_LARGE");
    }

    @Test
    void nestingBeyondTheLimitIsRefused() {
        Quote2InvoiceJson shallow = Quote2InvoiceJson.create(new JsonLimits(5_000_000, 3, 100_000, 200, 20), false);
        JsonFormatException e = catchThrowableOfType(JsonFormatException.class, () -> shallow.readQuote(valid));
        assertThat(e.code()).isEqualTo("JSON_TOO_LARGE");
        assertThat(e.getMessage()).contains("nesting depth");
    }

    @Test
    void deepNestingIsRefusedWithoutStackOverflow() {
        assertThat(fail("{\"notes\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}").code()).isEqualTo("JSON_WRONG_TYPE");
        assertThat(fail("[".repeat(100_000)).code()).isEqualTo("JSON_WRONG_TYPE");
    }

    @Test
    void longStringIsRefused() {
        Quote2InvoiceJson small = Quote2InvoiceJson.create(new JsonLimits(5_000_000, 32, 1_000, 200, 20), false);
        JsonFormatException e = catchThrowableOfType(JsonFormatException.class,
                () -> small.readQuote(edit(r -> line(r, 0).put("description", "d".repeat(2_000)))));
        assertThat(e.code()).isEqualTo("JSON_TOO_LARGE");
        assertThat(e.path()).isEqualTo("lines[0].description");
    }

    @Test
    void messagesNameNoJavaClass() {
        for (String json : new String[] {edit(r -> r.put("lines", "none")), edit(r -> line(r, 0).put("x", 1)),
                edit(r -> r.put("status", "SIGNED")), edit(r -> ((ObjectNode) line(r, 1).get("discount")).remove("type"))}) {
            assertThat(fail(json).getMessage()).doesNotContain("io.github").doesNotContain("java.");
        }
    }

    @Test
    void absentDefaultsApplyButNullIsRefused() {
        String minimal = edit(r -> {
            r.remove("status");
            r.remove("rounding");
            r.remove("references");
            r.remove("notes");
        });
        assertThat(JSON.readQuote(minimal).status().name()).isEqualTo("DRAFT");
        JsonFormatException e = fail(edit(r -> r.putNull("rounding")));
        assertThat(e.valueCode()).contains("REQUIRED");
        assertThat(e.path()).isEqualTo("rounding");
    }

    @Test
    void emptyLinesAreRefused() {
        JsonFormatException e = fail(edit(r -> r.set("lines", TREE.createArrayNode())));
        assertThat(e.valueCode()).contains("REQUIRED");
        assertThat(e.path()).isEqualTo("lines");
        JsonFormatException nullLine = fail(edit(r -> ((ArrayNode) r.get("lines")).addNull()));
        assertThat(nullLine.valueCode()).contains("REQUIRED");
        assertThat(nullLine.path()).isEqualTo("lines[4]");
    }

    @Test
    void readsTheSameFromTextBytesAndStreams() {
        byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
        assertThat(JSON.readQuote(bytes)).isEqualTo(JSON.readQuote(valid));
        assertThat(JSON.readQuote(new ByteArrayInputStream(bytes))).isEqualTo(JSON.readQuote(valid));
        JsonNode unused = TREE.readTree(valid);
        assertThat(unused.isObject()).isTrue();
    }
}
