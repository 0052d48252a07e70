package io.github.quote2invoice.render;

import io.github.quote2invoice.internal.Checks;

import java.util.Arrays;

/**
 * A rendered document: its bytes, their media type and a file name to store or attach it under.
 *
 * <p>Immutable: the bytes are copied in and every call to {@link #content()} returns a fresh copy.
 * Equality compares the bytes.
 *
 * @param content the document's bytes, not empty
 * @param mediaType the IANA media type, e.g. {@code application/pdf}
 * @param fileName a file name without directories, e.g. {@code FA-2026-000042.pdf}
 */
public record RenderedDocument(byte[] content, String mediaType, String fileName) {

    /** Validates and copies. */
    public RenderedDocument {
        Checks.required(content, "content");
        Checks.check(content.length > 0, "REQUIRED", "content", "is empty");
        content = content.clone();
        mediaType = Checks.text(mediaType, "mediaType", 100);
        fileName = Checks.text(fileName, "fileName", 255);
        Checks.check(fileName.indexOf('/') < 0 && fileName.indexOf('\\') < 0, "INVALID_FORMAT", "fileName",
                "must not contain a directory separator");
    }

    /** A copy of the document's bytes. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    /** The number of bytes, without copying them. */
    public int size() {
        return content.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RenderedDocument r && Arrays.equals(content, r.content) && mediaType.equals(r.mediaType)
                && fileName.equals(r.fileName);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(content) + mediaType.hashCode()) + fileName.hashCode();
    }

    @Override
    public String toString() {
        return "RenderedDocument[" + fileName + ", " + mediaType + ", " + content.length + " bytes]";
    }
}
