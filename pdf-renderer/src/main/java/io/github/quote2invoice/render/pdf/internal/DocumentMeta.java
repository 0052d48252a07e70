package io.github.quote2invoice.render.pdf.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * What the PDF says about itself (information dictionary and XMP), all taken from the document so
 * that rendering twice gives the same bytes: never the clock.
 *
 * @param title the title, e.g. "Facture FA-2026-000042"
 * @param author the seller's name
 * @param date the document's own date (issue date), at midnight UTC; absent for drafts
 * @param fileName the file name to offer, e.g. "FA-2026-000042.pdf"
 * @param identity bytes that identify the document's content; hashed into the PDF file identifier
 */
public record DocumentMeta(String title, String author, Optional<ZonedDateTime> date, String fileName, byte[] identity) {
    /** The producer written in the metadata. */
    public static final String PRODUCER = "quote2invoice";

    /** The document date as the metadata carries it: midnight UTC of {@code date}. */
    public static Optional<ZonedDateTime> at(Optional<LocalDate> date) {
        return date.map(d -> d.atStartOfDay(ZoneOffset.UTC));
    }
}
