package io.github.quote2invoice.einvoice.internal;

import io.github.quote2invoice.einvoice.EInvoiceException;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;

/**
 * The writers' XML output: elements are opened and closed by prefix and name, text leaves are
 * written in one call, and indentation makes the output readable (and stable byte for byte, which
 * the PDF renderer's deterministic output relies on). Writes UTF-8 straight into a byte buffer:
 * the names are the writers' own constants, and text and attribute values are checked (a character
 * XML 1.0 cannot hold is refused) and escaped here ({@code &amp; &lt; &gt;}, and {@code &quot;} in
 * attributes, as StAX escapes them; carriage returns, and in attributes tabs and line feeds, as
 * character references, so they read back as written). The bytes are those the JDK's StAX writer
 * gave ({@code XmlOutTest} pins the layout) for every invoice of the test corpus, without its
 * encoding of one character at a time through a chain of writers, which cost about 2 % of a
 * Factur-X PDF's time.
 *
 * <p>Not thread-safe: one instance per document.
 */
public final class XmlOut {
    /** Indentation by depth, made once (the writers indent every element). */
    private static final byte[][] INDENTS = new byte[24][];

    static {
        for (int i = 0; i < INDENTS.length; i++) {
            INDENTS[i] = ("\n" + "  ".repeat(i)).getBytes(StandardCharsets.US_ASCII);
        }
    }

    private final Bytes bytes = new Bytes(16 * 1024);
    private final Map<String, String> namespaces;
    private final Deque<String> open = new ArrayDeque<>();
    private final Deque<Boolean> hasChildren = new ArrayDeque<>();
    /** Whether the last start tag still lacks its closing {@code >} (attributes may follow). */
    private boolean inStartTag;

    /**
     * @param namespaces prefix to namespace URI, declared on the root element in this order ("" for the default namespace)
     */
    public XmlOut(Map<String, String> namespaces) {
        this.namespaces = namespaces;
        ascii("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    }

    /**
     * Opens element {@code prefix:name}.
     *
     * @throws EInvoiceException {@code EINVOICE_NOT_EXPORTABLE} when {@code prefix} is not one of the
     *         namespaces given: the document would not be namespace-well-formed
     */
    public XmlOut start(String prefix, String name) {
        if (!prefix.isEmpty() && !namespaces.containsKey(prefix)) {
            throw new EInvoiceException(EInvoiceException.NOT_EXPORTABLE, "", "no namespace for the prefix '" + prefix
                    + "' of element " + name);
        }
        indent();
        String qualified = prefix.isEmpty() ? name : prefix + ":" + name;
        bytes.write('<');
        ascii(qualified);
        if (open.isEmpty()) {
            for (Map.Entry<String, String> ns : namespaces.entrySet()) {
                attr(ns.getKey().isEmpty() ? "xmlns" : "xmlns:" + ns.getKey(), ns.getValue());
            }
        }
        inStartTag = true;
        open.push(qualified);
        hasChildren.push(Boolean.FALSE);
        return this;
    }

    /**
     * Adds an attribute to the element just opened. Tabs, line feeds and carriage returns are
     * written as character references, so that they read back as written (a parser turns raw ones
     * into spaces).
     *
     * @throws EInvoiceException {@code EINVOICE_NOT_EXPORTABLE} for a character XML 1.0 cannot hold
     */
    public XmlOut attr(String name, String value) {
        refuseWhatXmlCannotHold(value);
        bytes.write(' ');
        ascii(name);
        bytes.write('=');
        bytes.write('"');
        escaped(value, true);
        bytes.write('"');
        return this;
    }

    /** Closes the innermost open element. */
    public XmlOut end() {
        boolean children = hasChildren.pop();
        if (children) {
            newline(hasChildren.size());
        }
        closeStartTag();
        bytes.write('<');
        bytes.write('/');
        ascii(open.pop());
        bytes.write('>');
        return this;
    }

    /** Writes {@code <prefix:name>text</prefix:name>}. */
    public XmlOut leaf(String prefix, String name, String text) {
        start(prefix, name);
        return text(text).end();
    }

    /** Writes {@code <prefix:name attr="value">text</prefix:name>}. */
    public XmlOut leaf(String prefix, String name, String attr, String value, String text) {
        start(prefix, name);
        attr(attr, value);
        return text(text).end();
    }

    /**
     * Writes text in the element just opened. A carriage return is written as {@code &#13;} so that
     * it survives XML's end-of-line normalisation.
     *
     * @throws EInvoiceException {@code EINVOICE_NOT_EXPORTABLE} for a character XML 1.0 cannot hold
     *         (control characters, lone surrogates): the document would not be well-formed
     */
    public XmlOut text(String text) {
        refuseWhatXmlCannotHold(text);
        closeStartTag();
        escaped(text, false);
        return this;
    }

    private static void refuseWhatXmlCannotHold(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!allowed(text, i)) {
                throw new EInvoiceException(EInvoiceException.NOT_EXPORTABLE, "", String.format(
                        "the text \"%s\" holds the character U+%04X, which XML 1.0 cannot carry", abbreviate(text), (int) c));
            } else if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
    }

    /** XML 1.0's Char production: tab, LF, CR, U+0020-U+D7FF, U+E000-U+FFFD, and valid surrogate pairs. */
    private static boolean allowed(String s, int i) {
        char c = s.charAt(i);
        if (c == '\t' || c == '\n' || c == '\r') {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
    }

    private static String abbreviate(String t) {
        return t.length() > 40 ? t.substring(0, 40) + "..." : t;
    }

    /** Closes the document and returns its UTF-8 bytes. */
    public byte[] finish() {
        while (!hasChildren.isEmpty()) {
            end();
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    private void indent() {
        if (!hasChildren.isEmpty()) {
            hasChildren.pop();
            hasChildren.push(Boolean.TRUE);
        }
        newline(hasChildren.size());
    }

    private void newline(int depth) {
        closeStartTag();
        if (depth < INDENTS.length) {
            bytes.write(INDENTS[depth], 0, INDENTS[depth].length);
        } else {
            ascii("\n" + "  ".repeat(depth));
        }
    }

    private void closeStartTag() {
        if (inStartTag) {
            bytes.write('>');
            inStartTag = false;
        }
    }

    /** Writes {@code s}, which holds only ASCII characters (names, the declaration). */
    private void ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            bytes.write(s.charAt(i));
        }
    }

    /**
     * Writes {@code s} (checked: no character XML cannot hold) as UTF-8, {@code & < >} as entities, a
     * carriage return as {@code &#13;}, and in an attribute {@code "} as an entity and a tab or line
     * feed as a character reference too.
     */
    private void escaped(String s, boolean attribute) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '&' -> ascii("&amp;");
                    case '<' -> ascii("&lt;");
                    case '>' -> ascii("&gt;");
                    case '"' -> {
                        if (attribute) {
                            ascii("&quot;");
                        } else {
                            bytes.write(c);
                        }
                    }
                    case '\r' -> ascii("&#13;");
                    case '\n' -> {
                        if (attribute) {
                            ascii("&#10;");
                        } else {
                            bytes.write(c);
                        }
                    }
                    case '\t' -> {
                        if (attribute) {
                            ascii("&#9;");
                        } else {
                            bytes.write(c);
                        }
                    }
                    default -> bytes.write(c);
                }
            } else if (c < 0x800) {
                bytes.write(0xC0 | c >> 6);
                bytes.write(0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                bytes.write(0xF0 | cp >> 18);
                bytes.write(0x80 | cp >> 12 & 0x3F);
                bytes.write(0x80 | cp >> 6 & 0x3F);
                bytes.write(0x80 | cp & 0x3F);
            } else {
                bytes.write(0xE0 | c >> 12);
                bytes.write(0x80 | c >> 6 & 0x3F);
                bytes.write(0x80 | c & 0x3F);
            }
        }
    }

    /** A byte buffer without {@link ByteArrayOutputStream}'s locking. */
    private static final class Bytes extends ByteArrayOutputStream {
        Bytes(int size) {
            super(size);
        }

        @Override
        public void write(int b) {
            if (count == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            buf[count++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            Objects.checkFromIndexSize(off, len, b.length);
            if (count + len > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + len));
            }
            System.arraycopy(b, off, buf, count, len);
            count += len;
        }
    }
}
