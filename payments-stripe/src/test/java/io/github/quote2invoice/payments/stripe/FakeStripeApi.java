package io.github.quote2invoice.payments.stripe;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for {@code api.stripe.com} on loopback (JDK HttpServer, 127.0.0.1, a free port) answering
 * {@code POST /v1/checkout/sessions} as Stripe documents it: form-encoded parameters, a checkout
 * session object in JSON, and idempotency keys honoured - the same key with the same parameters
 * replays the first response (header {@code Idempotent-Replayed: true}), with other parameters it is
 * refused (400, {@code idempotency_error}). It can be told to fail the next calls with a 500 that
 * stripe-java retries ({@code Stripe-Should-Retry: true}) or with a 401.
 */
final class FakeStripeApi implements AutoCloseable {
    /** One request as received. */
    record Received(String method, String path, Map<String, String> headers, Map<String, String> params) {
    }

    private record Stored(String params, String response) {
    }

    private final HttpServer server;
    private final List<Received> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Stored> byIdempotencyKey = new ConcurrentHashMap<>();
    private final AtomicInteger sessionsCreated = new AtomicInteger();
    private final AtomicInteger failNext = new AtomicInteger();
    private volatile boolean unauthorized;

    FakeStripeApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/checkout/sessions", this::sessions);
        server.start();
    }

    String apiBase() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Received> requests() {
        return requests;
    }

    int sessionsCreated() {
        return sessionsCreated.get();
    }

    void failNextWithServerError(int times) {
        failNext.set(times);
    }

    void rejectApiKey() {
        unauthorized = true;
    }

    private void sessions(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        ex.getRequestHeaders().forEach((k, v) -> headers.put(k, String.join(",", v)));
        Map<String, String> params = form(body);
        requests.add(new Received(ex.getRequestMethod(), ex.getRequestURI().getPath(), headers, params));
        if (unauthorized) {
            send(ex, 401, "{\"error\": {\"message\": \"Invalid API Key provided: sk_test_****wxyz\", \"type\": \"invalid_request_error\"}}", Map.of());
            return;
        }
        if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            send(ex, 500, "{\"error\": {\"message\": \"An unknown error occurred\", \"type\": \"api_error\"}}",
                    Map.of("Stripe-Should-Retry", "true"));
            return;
        }
        if (!"POST".equals(ex.getRequestMethod())) {
            send(ex, 405, "{\"error\": {\"message\": \"Unrecognized request URL\", \"type\": \"invalid_request_error\"}}", Map.of());
            return;
        }
        String key = headers.get("Idempotency-Key");
        if (key != null) {
            Stored previous = byIdempotencyKey.get(key);
            if (previous != null) {
                if (previous.params().equals(params.toString())) {
                    send(ex, 200, previous.response(), Map.of("Idempotent-Replayed", "true", "Idempotency-Key", key));
                } else {
                    send(ex, 400, "{\"error\": {\"message\": \"Keys for idempotent requests can only be used with the same parameters they "
                            + "were first used with.\", \"type\": \"idempotency_error\"}}", Map.of());
                }
                return;
            }
        }
        String response;
        synchronized (this) {
            int n = sessionsCreated.incrementAndGet();
            long created = 1_795_000_000L + n;
            String email = params.get("customer_email");
            StringBuilder types = new StringBuilder("[");
            for (int i = 0; params.containsKey("payment_method_types[" + i + "]"); i++) {
                types.append(i == 0 ? "" : ", ").append('"').append(params.get("payment_method_types[" + i + "]")).append('"');
            }
            response = StripeFixtures.json("checkout_session", Map.ofEntries(
                    Map.entry("SESSION_ID", "cs_test_a1" + String.format("%06d", n) + "Fq3NSlzVxkZ9dQ0mH4b2Jc"),
                    Map.entry("AMOUNT", params.get("line_items[0][price_data][unit_amount]")),
                    Map.entry("CURRENCY", params.get("line_items[0][price_data][currency]")),
                    Map.entry("CANCEL_URL", params.get("cancel_url")),
                    Map.entry("SUCCESS_URL", params.get("success_url")),
                    Map.entry("INVOICE_ID", params.get("metadata[invoice_id]")),
                    Map.entry("INVOICE_NUMBER", params.get("metadata[invoice_number]")),
                    Map.entry("CUSTOMER_EMAIL", email == null ? "null" : "\"" + email + "\""),
                    Map.entry("CREATED", created),
                    Map.entry("EXPIRES_AT", created + 24 * 3600),
                    Map.entry("PAYMENT_METHOD_TYPES", types.append(']').toString())));
            if (key != null) {
                byIdempotencyKey.put(key, new Stored(params.toString(), response));
            }
        }
        send(ex, 200, response, key == null ? Map.of() : Map.of("Idempotency-Key", key));
    }

    private static Map<String, String> form(String body) {
        Map<String, String> m = new TreeMap<>();
        if (body.isEmpty()) {
            return m;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            m.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return m;
    }

    private static void send(HttpExchange ex, int status, String json, Map<String, String> headers) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.getResponseHeaders().set("Request-Id", "req_" + Integer.toHexString(System.identityHashCode(ex)));
        headers.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
