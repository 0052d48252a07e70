package io.github.quote2invoice.payment.spi;

import io.github.quote2invoice.internal.Checks;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An incoming notification (webhook call) exactly as received: the raw body bytes (signatures cover
 * the exact bytes, so never re-serialise) and the HTTP headers.
 *
 * @param body the raw request body
 * @param headers the request headers; names are matched without regard to case
 */
public record Notification(byte[] body, Map<String, String> headers) {
    /** Copies body and headers. */
    public Notification {
        body = Checks.required(body, "body").clone();
        TreeMap<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((k, v) -> {
                if (k != null && v != null) {
                    h.put(k, v);
                }
            });
        }
        headers = java.util.Collections.unmodifiableMap(h);
    }

    /** A notification with a UTF-8 body and one header. */
    public static Notification of(String body, String header, String value) {
        return new Notification(Checks.required(body, "body").getBytes(StandardCharsets.UTF_8), Map.of(header, value));
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The body bytes (a copy). */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The value of header {@code name}, whatever its case. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(name == null ? null : headers.get(name));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Notification n && java.util.Arrays.equals(body, n.body) && headers.equals(n.headers);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(body) * 31 + headers.hashCode();
    }

    @Override
    public String toString() {
        return "Notification[" + body.length + " bytes, headers " + headers.keySet() + "]";
    }
}
