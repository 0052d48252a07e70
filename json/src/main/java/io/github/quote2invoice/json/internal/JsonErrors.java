package io.github.quote2invoice.json.internal;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.error.InvalidValueException;
import io.github.quote2invoice.json.JsonFormatException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns what Jackson or a model constructor threw while reading into one {@link JsonFormatException}
 * with a code, the JSON path (Jackson's location joined with the model's own path, as
 * {@link InvalidValueException#within} does) and a message free of Java class names.
 */
public final class JsonErrors {
    private JsonErrors() {
    }

    /**
     * The typed exception for {@code e}.
     *
     * @param e what Jackson threw (possibly wrapping a model {@link InvalidValueException})
     * @param parser the parser that was reading, to locate syntax errors; may be null
     * @return never null
     */
    public static JsonFormatException translate(JacksonException e, JsonParser parser) {
        rethrowBugs(e);
        TokenStreamLocation loc = e.getLocation();
        int line = loc == null ? -1 : loc.getLineNr();
        int column = loc == null ? -1 : loc.getColumnNr();
        InvalidValueException invalid = findInvalidValue(e);
        if (invalid != null) {
            return new JsonFormatException(JsonFormatException.JSON_INVALID_VALUE, join(referencePath(e), invalid.path()),
                    invalid.rawMessage(), invalid.code(), line, column, e);
        }
        if (e instanceof StreamConstraintsException) {
            return new JsonFormatException(JsonFormatException.JSON_TOO_LARGE, parserPath(e, parser), "document exceeds a limit: "
                    + e.getOriginalMessage(), null, line, column, e);
        }
        if (e instanceof InputCoercionException) {
            return new JsonFormatException(JsonFormatException.JSON_INVALID_VALUE, parserPath(e, parser),
                    "number out of range: " + e.getOriginalMessage(), ErrorCodes.OUT_OF_RANGE, line, column, e);
        }
        if (e instanceof StreamReadException) {
            return new JsonFormatException(JsonFormatException.JSON_MALFORMED, parserPath(e, parser), "malformed JSON: " + e.getOriginalMessage(),
                    null, line, column, e);
        }
        String refs = referencePath(e);
        String path = refs.isEmpty() ? parserPath(e, parser) : refs;
        if (e instanceof UnrecognizedPropertyException u) {
            List<String> known = u.getKnownPropertyIds() == null ? List.of()
                    : u.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
            return new JsonFormatException(JsonFormatException.JSON_UNKNOWN_FIELD, path,
                    "unknown field '" + u.getPropertyName() + "'" + (known.isEmpty() ? "" : "; expected one of " + known),
                    null, line, column, e);
        }
        if (e instanceof InvalidTypeIdException t) {
            List<String> names = SealedTypes.typeNames(t.getBaseType().getRawClass());
            boolean missing = t.getTypeId() == null;
            return new JsonFormatException(JsonFormatException.JSON_INVALID_VALUE, path,
                    (missing ? "needs a \"type\" field" : "'" + t.getTypeId() + "' is not a known type") + "; expected one of " + names,
                    missing ? ErrorCodes.REQUIRED : ErrorCodes.UNKNOWN_CODE, line, column, e);
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            String allowed = Arrays.stream(f.getTargetType().getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            return new JsonFormatException(JsonFormatException.JSON_INVALID_VALUE, path,
                    "'" + f.getValue() + "' is not one of " + allowed, ErrorCodes.UNKNOWN_CODE, line, column, e);
        }
        if (e instanceof MismatchedInputException m) {
            if (String.valueOf(m.getOriginalMessage()).startsWith("Missing required creator property")) {
                return new JsonFormatException(JsonFormatException.JSON_INVALID_VALUE, path, "is required", ErrorCodes.REQUIRED,
                        line, column, e);
            }
            return new JsonFormatException(JsonFormatException.JSON_WRONG_TYPE, path, wrongType(m), null, line, column, e);
        }
        return new JsonFormatException(JsonFormatException.JSON_MALFORMED, path, e.getOriginalMessage(), null, line, column, e);
    }

    /**
     * A problem of this library rather than of the document (a type Jackson cannot handle, a model
     * constructor failing with something other than {@link InvalidValueException}) must stay visible:
     * reporting it as a format error would send the document's author looking for a fault that is
     * not theirs.
     */
    private static void rethrowBugs(JacksonException e) {
        if (e instanceof InvalidDefinitionException) {
            throw e;
        }
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof InvalidValueException) {
                return;
            }
            if (t instanceof RuntimeException r && !(t instanceof JacksonException)) {
                throw r;
            }
            if (t instanceof Error err) {
                throw err;
            }
        }
    }

    private static InvalidValueException findInvalidValue(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidValueException i) {
                return i;
            }
            if (t.getCause() == t) {
                return null;
            }
        }
        return null;
    }

    /** "expected an array, got a string" when the messages we wrote ourselves are not there. */
    private static String wrongType(MismatchedInputException m) {
        String own = m.getOriginalMessage();
        if (own != null && own.startsWith("expected ")) {
            return own;
        }
        Class<?> target = m.getTargetType();
        String got = m.getCurrentToken() == null ? "" : ", got " + DecimalDeserializer.describe(m.getCurrentToken());
        return "expected " + describeTarget(target) + got;
    }

    private static String describeTarget(Class<?> target) {
        if (target == null) {
            return "another kind of value";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "an array";
        }
        if (target == String.class || target.isEnum()) {
            return "a string";
        }
        if (target == int.class || target == Integer.class || target == long.class || target == Long.class) {
            return "an integer";
        }
        if (target == boolean.class || target == Boolean.class) {
            return "true or false";
        }
        if (target == LocalDate.class || target == Instant.class || target == YearMonth.class) {
            return "an ISO-8601 string";
        }
        return "an object";
    }

    /** Jackson's reference chain in the model's dotted form: {@code lines[2].quantity}. */
    static String referencePath(JacksonException e) {
        StringBuilder b = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                if (!b.isEmpty()) {
                    b.append('.');
                }
                b.append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    /** Where the parser stood when it failed (syntax errors carry no reference chain). */
    static String parserPath(JacksonException e, JsonParser parser) {
        JsonParser p = e.processor() instanceof JsonParser own ? own : parser;
        if (p == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (TokenStreamContext c = p.streamReadContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.add("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.currentName() != null) {
                parts.add("." + c.currentName());
            }
        }
        StringBuilder b = new StringBuilder();
        for (int i = parts.size() - 1; i >= 0; i--) {
            b.append(parts.get(i));
        }
        return b.length() > 0 && b.charAt(0) == '.' ? b.substring(1) : b.toString();
    }

    private static String join(String jsonPath, String modelPath) {
        if (jsonPath.isEmpty()) {
            return modelPath;
        }
        return modelPath.isEmpty() ? jsonPath : jsonPath + "." + modelPath;
    }
}
