package io.github.quote2invoice.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Breaks a valid JSON document in the ways real input breaks: fields deleted, renamed, duplicated or
 * given values of another type or shape, array elements duplicated, text truncated or with a
 * character inserted or deleted.
 */
final class Mutator {
    private static final JsonMapper TREE = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<JsonNode> REPLACEMENTS = replacements();

    private final Draw d;

    Mutator(Draw d) {
        this.d = d;
    }

    private static List<JsonNode> replacements() {
        List<JsonNode> r = new ArrayList<>();
        r.add(NODES.nullNode());
        r.add(NODES.booleanNode(true));
        r.add(NODES.numberNode(0));
        r.add(NODES.numberNode(-1));
        r.add(NODES.numberNode(Long.MAX_VALUE));
        r.add(NODES.numberNode(new java.math.BigDecimal("1.5")));
        r.add(NODES.numberNode(new java.math.BigDecimal("1E+400")));
        for (String s : new String[] {"", " ", "x", "-5", "0", "1e3", "12.345678901", "99999999999999999999999999999999999", "20", "EUR",
            "JPY", "XAU", "S", "AE", "C62", "HUR", "2026-02-30", "2026-11-28", "2026-11", "2026-11-28T10:00:00Z", "DRAFT", "ACCEPTED",
            "FR7630006000011234567890189", "123456782", "fixed", "percentage", "x".repeat(2_000)}) {
            r.add(NODES.stringNode(s));
        }
        r.add(NODES.objectNode());
        r.add(NODES.arrayNode());
        r.add(NODES.arrayNode().addNull());
        r.add(NODES.objectNode().put("type", "fixed"));
        r.add(NODES.objectNode().put("amount", "1.00").put("currency", "EUR"));
        ArrayNode deep = NODES.arrayNode();
        ArrayNode cur = deep;
        for (int i = 0; i < 40; i++) {
            cur = cur.addArray();
        }
        r.add(deep);
        return List.copyOf(r);
    }

    /** {@code json} with 1 to 3 random mutations. */
    String mutate(String json) {
        JsonNode root = TREE.readTree(json);
        int n = d.between(1, 3);
        String text = null;
        for (int i = 0; i < n; i++) {
            int op = d.between(0, 9);
            if (op <= 6) {
                mutateTree(root, op);
            } else {
                text = write(root, op == 7);
                text = op == 7 ? text : mutateText(text);
                if (op != 7) {
                    return text;
                }
            }
        }
        return text != null ? text : write(root, false);
    }

    private void mutateTree(JsonNode root, int op) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = d.oneOf(containers);
        if (target instanceof ObjectNode o && !o.isEmpty()) {
            List<String> names = new ArrayList<>(o.propertyNames());
            String name = d.oneOf(names);
            switch (op) {
                case 0, 1 -> o.remove(name);
                case 2 -> o.set(name + d.oneOf(List.of("x", "_", "s")), o.remove(name));
                default -> o.set(name, d.oneOf(REPLACEMENTS).deepCopy());
            }
        } else if (target instanceof ArrayNode a && !a.isEmpty()) {
            int i = d.between(0, a.size() - 1);
            switch (op) {
                case 0, 1 -> a.remove(i);
                case 2 -> a.add(a.get(i).deepCopy());
                default -> a.set(i, d.oneOf(REPLACEMENTS).deepCopy());
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainer()) {
            out.add(node);
            for (JsonNode child : node.values()) {
                collect(child, out);
            }
        }
    }

    private String mutateText(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int at = d.between(0, text.length() - 1);
        return switch (d.between(0, 2)) {
            case 0 -> text.substring(0, at);
            case 1 -> text.substring(0, at) + d.oneOf(List.of("{", "}", "[", "]", ",", ":", "\"", "\\", "0", "-", "e", "n", " ", "\u0000"))
                    + text.substring(at);
            default -> text.substring(0, at) + text.substring(at + 1);
        };
    }

    /** The tree as text; with {@code duplicate}, one field of one object is written twice. */
    private String write(JsonNode root, boolean duplicate) {
        List<JsonNode> objects = new ArrayList<>();
        collect(root, objects);
        objects.removeIf(n -> !n.isObject() || n.isEmpty());
        JsonNode twice = duplicate && !objects.isEmpty() ? d.oneOf(objects) : null;
        StringWriter out = new StringWriter();
        try (JsonGenerator g = TREE.createGenerator(out)) {
            write(root, g, twice);
        }
        return out.toString();
    }

    private static void write(JsonNode node, JsonGenerator g, JsonNode twice) {
        if (node.isObject()) {
            g.writeStartObject();
            boolean first = true;
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                g.writeName(e.getKey());
                write(e.getValue(), g, twice);
                if (first && node == twice) {
                    g.writeName(e.getKey());
                    write(e.getValue(), g, twice);
                }
                first = false;
            }
            g.writeEndObject();
        } else if (node.isArray()) {
            g.writeStartArray();
            for (JsonNode child : node.values()) {
                write(child, g, twice);
            }
            g.writeEndArray();
        } else {
            g.writeTree(node);
        }
    }
}
