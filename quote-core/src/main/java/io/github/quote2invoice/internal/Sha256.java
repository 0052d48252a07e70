package io.github.quote2invoice.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 in lower-case hex, the one digest of the library (quote content digests, stored documents,
 * the audit chain, the payment ledger's chain). Each call clones one prototype instead of looking the
 * algorithm up in the providers again. Not API.
 */
public final class Sha256 {
    private static final MessageDigest PROTOTYPE = lookUp();

    private Sha256() {
    }

    /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code text}. */
    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Lower-case hex SHA-256 of {@code bytes}. */
    public static String hex(byte[] bytes) {
        return hex(bytes, 0, bytes.length);
    }

    /** Lower-case hex SHA-256 of {@code length} bytes of {@code bytes} from {@code offset}. */
    public static String hex(byte[] bytes, int offset, int length) {
        MessageDigest sha;
        try {
            sha = (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            sha = lookUp();
        }
        sha.update(bytes, offset, length);
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest lookUp() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
