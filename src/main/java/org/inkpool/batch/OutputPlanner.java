package org.inkpool.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.Set;

/**
 * Decides each file's PDF: beside the source or mirrored under an output folder, applying the
 * existing-PDF policy. Names handed out are reserved, so two files of one batch (report.docx and
 * report.doc, or two input folders with the same tree) never race for one PDF.
 */
final class OutputPlanner {
    private final Path outputDir;
    private final ExistingPolicy policy;
    /**
     * Reserved PDFs by case-folded path: on Windows and macOS "A.pdf" and "a.pdf" are one file, so A.docx and
     * a.docx of one batch must not both be given it (on Linux the second is named "a (1).pdf", harmlessly).
     */
    private final Set<String> reserved = new HashSet<>();

    OutputPlanner(Path outputDir, ExistingPolicy policy) {
        this.outputDir = outputDir == null ? null : outputDir.toAbsolutePath().normalize();
        this.policy = policy;
    }

    /** Where this file's PDF goes, or why it is skipped. */
    sealed interface Plan {
    }

    record Write(Path pdf) implements Plan {
    }

    record Skip(Path existingPdf, String reason) implements Plan {
    }

    Plan plan(BatchFile file) {
        Path natural = naturalPdf(file);
        boolean exists = Files.exists(natural);
        if (!exists && reserve(natural)) {
            return new Write(natural);
        }
        if (exists && !reserved.contains(key(natural))) {
            if (policy == ExistingPolicy.SKIP_IF_NEWER && isNewer(natural, file.source())) {
                reserve(natural);
                return new Skip(natural, "PDF is newer than the document");
            }
            if (policy == ExistingPolicy.OVERWRITE) {
                reserve(natural);
                return new Write(natural);
            }
        }
        return new Write(nextFreeName(natural));
    }

    Path naturalPdf(BatchFile file) {
        String name = file.source().getFileName().toString();
        int dot = name.lastIndexOf('.');
        String pdfName = (dot > 0 ? name.substring(0, dot) : name) + ".pdf";
        if (outputDir == null) {
            return file.source().resolveSibling(pdfName);
        }
        Path relative = Path.of(file.display()).normalize();
        Path parent = relative.getParent();
        Path folder = parent == null || parent.startsWith("..") ? outputDir : outputDir.resolve(parent);
        return folder.resolve(pdfName).normalize();
    }

    private boolean reserve(Path pdf) {
        return reserved.add(key(pdf));
    }

    private static String key(Path pdf) {
        return pdf.toAbsolutePath().normalize().toString().toLowerCase(java.util.Locale.ROOT);
    }

    private Path nextFreeName(Path pdf) {
        String name = pdf.getFileName().toString();
        String stem = name.substring(0, name.length() - ".pdf".length());
        for (int n = 1; ; n++) {
            Path candidate = pdf.resolveSibling(stem + " (" + n + ").pdf");
            if (!Files.exists(candidate) && reserve(candidate)) {
                return candidate;
            }
        }
    }

    private static boolean isNewer(Path pdf, Path source) {
        try {
            FileTime pdfTime = Files.getLastModifiedTime(pdf);
            FileTime sourceTime = Files.getLastModifiedTime(source);
            return pdfTime.compareTo(sourceTime) >= 0;
        } catch (IOException e) {
            return false;
        }
    }
}
