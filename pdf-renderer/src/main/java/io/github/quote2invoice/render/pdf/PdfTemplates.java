package io.github.quote2invoice.render.pdf;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.error.InvalidValueException;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.render.pdf.internal.TemplateEngine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the renderers find their Freemarker templates. The built-in set ({@code invoice.ftl},
 * {@code quote.ftl}, {@code layout.ftl}, {@code style.css}) always answers last, so a user directory
 * or classpath folder may override one file and keep the others, or provide a whole new
 * {@code invoice.ftl}. Templates produce XHTML; see docs/pdf.md for the data model. Immutable.
 */
public final class PdfTemplates {
    private final List<TemplateLoader> loaders;
    private final long reloadDelayMillis;

    private PdfTemplates(List<TemplateLoader> loaders, long reloadDelayMillis) {
        this.loaders = loaders;
        this.reloadDelayMillis = reloadDelayMillis;
    }

    /** The built-in templates only. */
    public static PdfTemplates defaults() {
        return new PdfTemplates(List.of(), Long.MAX_VALUE);
    }

    /**
     * Templates from {@code directory} first, then the built-in ones. Files are read once; a
     * template cannot reach outside the directory.
     *
     * @throws InvalidValueException when the directory does not exist
     */
    public static PdfTemplates directory(Path directory) {
        Checks.required(directory, "directory");
        if (!Files.isDirectory(directory)) {
            throw new InvalidValueException(ErrorCodes.INVALID_FORMAT, "directory", directory + " is not a directory");
        }
        try {
            return new PdfTemplates(List.of(new FileTemplateLoader(directory.toFile())), Long.MAX_VALUE);
        } catch (IOException e) {
            throw new InvalidValueException(ErrorCodes.INVALID_FORMAT, "directory", directory + " cannot be read: " + e.getMessage());
        }
    }

    /**
     * Templates from {@code basePath} in {@code loader}'s classpath first (e.g. {@code "/acme/templates"}),
     * then the built-in ones.
     */
    public static PdfTemplates classpath(ClassLoader loader, String basePath) {
        Checks.required(loader, "loader");
        Checks.required(basePath, "basePath");
        return new PdfTemplates(List.of(new ClassTemplateLoader(loader, basePath)), Long.MAX_VALUE);
    }

    /**
     * A copy that checks its templates for changes every {@code millis} milliseconds (useful while
     * designing a template; the default reads each template once).
     */
    public PdfTemplates reloadingEvery(long millis) {
        if (millis < 0) {
            throw new InvalidValueException(ErrorCodes.OUT_OF_RANGE, "millis", "must not be negative");
        }
        return new PdfTemplates(loaders, millis);
    }

    TemplateEngine engine() {
        return new TemplateEngine(loaders, reloadDelayMillis);
    }
}
