package org.inkpool.app;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small Word documents written with POI, and broken ones, for the window's tests. */
final class TestDocuments {
    private TestDocuments() {
    }

    static Path docx(Path file, String title, int paragraphs) throws IOException {
        Files.createDirectories(file.getParent());
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            XWPFRun heading = document.createParagraph().createRun();
            heading.setBold(true);
            heading.setFontSize(16);
            heading.setText(title);
            for (int i = 1; i <= paragraphs; i++) {
                document.createParagraph().createRun().setText("Paragraph " + i + " of " + title
                        + ": the quick brown fox jumps over the lazy dog, again and again, until the line wraps.");
            }
            document.write(out);
        }
        return file;
    }

    static Path empty(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, new byte[0]);
    }

    static Path textPretendingToBeWord(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "This is plain text, renamed to .docx.\n", StandardCharsets.UTF_8);
    }
}
