package org.inkpool.docx;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.inkpool.model.Document;
import org.inkpool.model.UnreadableDocumentException;
import org.inkpool.model.UnreadableDocumentException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.inkpool.docx.TestDocx.p;

class FailuresTest {
    @TempDir
    Path dir;

    private void assertFails(Path file, Reason reason) {
        assertThatThrownBy(() -> new DocxReader().read(file))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
                });
    }

    @Test
    void zeroByteFileIsNotWord() throws IOException {
        assertFails(Files.createFile(dir.resolve("empty.docx")), Reason.NOT_WORD);
    }

    @Test
    void textFileRenamedDocxIsNotWord() throws IOException {
        assertFails(Files.writeString(dir.resolve("notes.docx"), "just some text\n"), Reason.NOT_WORD);
    }

    @Test
    void zipWithoutOfficeContentIsNotWord() throws IOException {
        Path f = dir.resolve("archive.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
            zip.putNextEntry(new ZipEntry("hello.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertFails(f, Reason.NOT_WORD);
    }

    @Test
    void legacyDocIsUnsupported() throws IOException {
        Path f = dir.resolve("old.doc");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(f)) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
            fs.writeFilesystem(out);
        }
        assertThatThrownBy(() -> new DocxReader().read(f))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED);
                    assertThat(e.getMessage()).contains("legacy Word 97-2003 document");
                });
    }

    @Test
    void passwordProtectedDocxIsEncrypted() throws Exception {
        Path f = encrypt(TestDocx.body(p("secret text")).write(dir, "plain.docx"), "s3cret", "locked.docx");
        assertFails(f, Reason.ENCRYPTED);
    }

    @Test
    void docxEncryptedWithOfficesDefaultPasswordIsRead() throws Exception {
        Path f = encrypt(TestDocx.body(p("open sesame")).write(dir, "plain.docx"), Decryptor.DEFAULT_PASSWORD,
                "default.docx");
        Document d = new DocxReader().read(f);
        assertThat(Models.text(Models.paragraph(d, 0))).isEqualTo("open sesame");
    }

    @Test
    void truncatedZipIsCorrupt() throws Exception {
        byte[] whole = Files.readAllBytes(TestDocx.body(p("x")).write(dir, "whole.docx"));
        Path f = Files.write(dir.resolve("cut.docx"), java.util.Arrays.copyOf(whole, whole.length / 2));
        assertFails(f, Reason.CORRUPT);
    }

    @Test
    void externalEntitiesAreRefusedNotResolved() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP SECRET");
        Path good = TestDocx.body(p("x")).write(dir, "good.docx");
        Path evil = replacePart(good, "word/document.xml", xml -> xml.replaceFirst("<w:document",
                "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]><w:document")
                .replace(">x<", ">&xxe;<"), "evil.docx");
        assertThatThrownBy(() -> new DocxReader().read(evil))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
                    assertThat(e.getMessage()).doesNotContain("TOP SECRET");
                });
    }

    @Test
    void brokenXmlIsCorrupt() throws Exception {
        Path good = TestDocx.body(p("x")).write(dir, "good.docx");
        Path broken = replacePart(good, "word/document.xml", xml -> xml.substring(0, xml.length() / 2), "broken.docx");
        assertFails(broken, Reason.CORRUPT);
    }

    @Test
    void damagedOptionalPartIsSkippedWithAWarning() throws Exception {
        Path good = TestDocx.body(p("x")).styles("<w:style w:type=\"paragraph\" w:styleId=\"A\"/>").write(dir, "g.docx");
        Path damaged = replacePart(good, "word/styles.xml", xml -> xml.substring(0, 40), "damaged.docx");
        java.util.List<String> warnings = new java.util.ArrayList<>();
        Document d = new DocxReader().read(damaged, warnings::add);
        assertThat(Models.text(Models.paragraph(d, 0))).isEqualTo("x");
        assertThat(warnings).anyMatch(w -> w.contains("styles"));
    }

    @Test
    void sourceFileIsNotModified() throws Exception {
        Path f = TestDocx.body(p("x")).write(dir, "ro.docx");
        byte[] before = Files.readAllBytes(f);
        long modified = Files.getLastModifiedTime(f).toMillis();
        new DocxReader().read(f);
        assertThat(Files.readAllBytes(f)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(f).toMillis()).isEqualTo(modified);
    }

    private Path encrypt(Path plain, String password, String name) throws Exception {
        Path out = dir.resolve(name);
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword(password);
            try (OPCPackage opc = OPCPackage.open(plain.toFile()); OutputStream os = enc.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream fos = Files.newOutputStream(out)) {
                fs.writeFilesystem(fos);
            }
        }
        return out;
    }

    private Path replacePart(Path source, String entryName, java.util.function.UnaryOperator<String> edit, String name)
            throws IOException {
        return TestDocx.replaceEntry(source, entryName, edit, dir.resolve(name));
    }
}
