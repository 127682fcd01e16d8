package org.inkpool.convert;

import org.inkpool.doc.WordFormat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Which files a folder scan takes as Word documents: the Word extensions by name, and .xml files only when
 * their content is Word 2003 XML (a folder of other XML files is not a folder of failures).
 */
public final class WordFiles {
    /** The names that are Word documents whatever they hold (the reader then says what they really are). */
    public static final Set<String> EXTENSIONS = Set.of("docx", "docm", "dotx", "dotm", "doc", "dot");

    private WordFiles() {
    }

    /** Whether {@code file} is a Word document to convert; reads the first bytes of an .xml file. */
    public static boolean isWordDocument(Path file) {
        String ext = extension(file.getFileName().toString());
        if (EXTENSIONS.contains(ext)) {
            return true;
        }
        return "xml".equals(ext) && WordFormat.of(file) == WordFormat.WORD_2003_XML;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
