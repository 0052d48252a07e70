package io.github.quote2invoice.json;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.quote.Quote;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

/**
 * Reading arbitrarily broken documents (a valid generated quote, then fields deleted, renamed,
 * duplicated, retyped, array elements duplicated, text truncated or edited) yields either a valid quote
 * or a {@link JsonFormatException} with a known code and a readable message, and nothing else: no NPE,
 * no class cast, no Jackson exception. QuickTheories prints the seed of a failing case.
 */
class JsonMutationPropertyTest {
    private static final Quote2InvoiceJson JSON = Quote2InvoiceJson.create();
    private static final Set<String> JSON_CODES = Set.of(JsonFormatException.JSON_MALFORMED, JsonFormatException.JSON_TOO_LARGE,
            JsonFormatException.JSON_UNKNOWN_FIELD, JsonFormatException.JSON_WRONG_TYPE, JsonFormatException.JSON_INVALID_VALUE);
    private static final Set<String> VALUE_CODES = Arrays.stream(ErrorCodes.class.getFields())
            .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
            .map(JsonMutationPropertyTest::constant).collect(Collectors.toUnmodifiableSet());
    private static final List<Class<? extends Throwable>> BUGS = List.of(NullPointerException.class, ClassCastException.class,
            IllegalArgumentException.class, IllegalStateException.class, ArithmeticException.class, IndexOutOfBoundsException.class,
            UnsupportedOperationException.class, StackOverflowError.class);

    private static String constant(Field f) {
        try {
            return (String) f.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private static Gen<String> brokenQuotes() {
        return in -> {
            Draw d = new Draw(in);
            return new Mutator(d).mutate(JSON.writeQuote(QuoteGen.quote(d)));
        };
    }

    @Test
    void brokenDocumentsGiveAValidQuoteOrTheTypedException() {
        qt().withExamples(2_000).forAll(brokenQuotes()).checkAssert(json -> {
            Quote quote;
            try {
                quote = JSON.readQuote(json);
            } catch (JsonFormatException e) {
                assertThat(e.code()).isIn(JSON_CODES);
                assertThat(e.getMessage()).isNotBlank().doesNotContain("io.github.quote2invoice.");
                if (e.code().equals(JsonFormatException.JSON_INVALID_VALUE)) {
                    assertThat(e.valueCode()).hasValueSatisfying(c -> assertThat(c).isIn(VALUE_CODES));
                } else {
                    assertThat(e.valueCode()).isEmpty();
                }
                for (Throwable t = e; t != null; t = t.getCause()) {
                    Throwable cause = t;
                    assertThat(BUGS).noneMatch(bug -> bug.isInstance(cause));
                }
                return;
            }
            assertThat(JSON.readQuote(JSON.writeQuote(quote))).isEqualTo(quote);
        });
    }
}
