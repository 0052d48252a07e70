package io.github.quote2invoice.render.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The default templates' labels in French and English, read once from {@code labels_fr.properties}
 * and {@code labels_en.properties} (UTF-8). Immutable and thread-safe.
 */
public final class Labels {
    private final Map<String, String> french;
    private final Map<String, String> english;

    /** Reads both label files. */
    public Labels() {
        french = load("labels_fr.properties");
        english = load("labels_en.properties");
    }

    /** Every label of {@code locale}'s language: French for {@code fr}, English otherwise. */
    public Map<String, String> of(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? french : english;
    }

    /** Label {@code key} with {@code {0}}, {@code {1}}... replaced by {@code args}; no other syntax. */
    static String format(Map<String, String> labels, String key, String... args) {
        String s = labels.get(key);
        if (s == null) {
            throw new IllegalStateException("missing label " + key);
        }
        for (int i = 0; i < args.length; i++) {
            s = s.replace("{" + i + "}", args[i]);
        }
        return s;
    }

    private static Map<String, String> load(String name) {
        Properties p = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the pdf-renderer jar");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> m = new TreeMap<>();
        p.forEach((k, v) -> m.put((String) k, (String) v));
        return Map.copyOf(m);
    }
}
