package org.inkpool.doc;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.poifs.crypt.Decryptor;
import org.inkpool.convert.ConversionException;
import org.inkpool.convert.ConversionListener;
import org.inkpool.convert.ConversionResult;
import org.inkpool.convert.Engine;
import org.inkpool.convert.FailureKind;
import org.inkpool.model.UnreadableDocumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The reader is chosen by content: renamed files convert, other formats are refused with what they are. */
class ContentSniffingTest {
    @TempDir
    Path dir;

    @Test
    void formatsAreToldByTheirFirstBytes() {
        assertThat(WordFormat.of("{\\rtf1\\ansi hello}".getBytes(StandardCharsets.US_ASCII))).isEqualTo(WordFormat.RTF);
        assertThat(WordFormat.of("<!DOCTYPE html><html><body>x</body></html>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(WordFormat.HTML);
        assertThat(WordFormat.of(("<?xml version=\"1.0\"?><?mso-application progid=\"Word.Document\"?>"
                + "<w:wordDocument xmlns:w=\"http://schemas.microsoft.com/office/word/2003/wordml\">")
                .getBytes(StandardCharsets.UTF_8))).isEqualTo(WordFormat.WORD_2003_XML);
        assertThat(WordFormat.of("Just some notes.\r\nSecond line".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(WordFormat.TEXT);
        assertThat(WordFormat.of(new byte[]{(byte) 0xDB, (byte) 0xA5, 0x2D, 0})).isEqualTo(WordFormat.WORD_2_OR_OLDER);
        assertThat(WordFormat.of(new byte[]{'P', 'K', 3, 4})).isEqualTo(WordFormat.OOXML_PACKAGE);
        assertThat(WordFormat.of(new byte[]{0, 1, 2, 3})).isEqualTo(WordFormat.OTHER);
    }

    @Test
    void refusalsSayWhatTheFileIs() throws Exception {
        assertRefused("letter.doc", "{\\rtf1\\ansi hello}", FailureKind.UNSUPPORTED, "This is an RTF file; RTF is not supported");
        assertRefused("page.doc", "<html><body>x</body></html>", FailureKind.NOT_WORD, "HTML");
        assertRefused("notes.doc", "Just some notes.", FailureKind.NOT_WORD, "plain text");
        Path word2 = dir.resolve("ancient.doc");
        Files.write(word2, new byte[]{(byte) 0xDB, (byte) 0xA5, 0x2D, 0, 0, 0, 0, 0});
        assertThatThrownBy(() -> convert(word2)).isInstanceOfSatisfying(ConversionException.class, e -> {
            assertThat(e.kind()).isEqualTo(FailureKind.UNSUPPORTED);
            assertThat(e.getMessage()).contains("Word 2.0");
        });
    }

    @Test
    void aDocNamedDocxAndADocxNamedDocBothConvert() throws Exception {
        Path doc = copy("formatting.doc", "really-a-doc.docx");
        Path docx = copy("formatting.docx", "really-a-docx.doc");
        assertThat(convert(doc).pages()).isEqualTo(2);
        assertThat(convert(docx).pages()).isEqualTo(2);
    }

    @Test
    void aDotTemplateConvertsLikeADoc() throws Exception {
        assertThat(convert(copy("sections.doc", "template.dot")).pages()).isEqualTo(2);
    }

    @Test
    void encryptedDocIsPasswordProtectedUnlessItOpensWithWordsDefaultPassword() throws Exception {
        Path plain = copy("tables.doc", "plain.doc");
        Path locked = encrypt(plain, "s3cret", "locked.doc");
        assertThatThrownBy(() -> new DocReader().read(locked))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(UnreadableDocumentException.Reason.ENCRYPTED);
                    assertThat(e.getMessage()).contains("password-protected");
                });
        Path openable = encrypt(plain, Decryptor.DEFAULT_PASSWORD, "default.doc");
        assertThat(new DocReader().read(openable).sections().get(0).blocks()).hasSize(3);
    }

    private Path encrypt(Path source, String password, String name) throws Exception {
        Path target = dir.resolve(name);
        Biff8EncryptionKey.setCurrentUserPassword(password);
        try (InputStream in = Files.newInputStream(source); HWPFDocument doc = new HWPFDocument(in);
             OutputStream out = Files.newOutputStream(target)) {
            doc.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        return target;
    }

    private void assertRefused(String name, String content, FailureKind kind, String message) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content);
        assertThatThrownBy(() -> convert(f)).isInstanceOfSatisfying(ConversionException.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.getMessage()).contains(message);
        });
        assertThat(dir.resolve(name + ".pdf")).doesNotExist();
    }

    private ConversionResult convert(Path input) throws ConversionException {
        return Engine.converter().convert(input, dir.resolve(input.getFileName() + ".pdf"), ConversionListener.NONE);
    }

    private Path copy(String name, String as) throws Exception {
        Path target = dir.resolve(as);
        try (InputStream in = ContentSniffingTest.class.getResourceAsStream("golden/" + name)) {
            Files.copy(in, target);
        }
        return target;
    }
}
