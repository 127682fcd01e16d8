package org.inkpool.convert;

import java.util.List;

/** What a successful conversion produced. */
public record ConversionResult(int pages, List<String> warnings, long millis) {
    public ConversionResult {
        warnings = List.copyOf(warnings);
    }
}
