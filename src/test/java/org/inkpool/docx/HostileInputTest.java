package org.inkpool.docx;

import org.inkpool.docx.opc.Limits;
import org.inkpool.model.Document;
import org.inkpool.model.Paragraph;
import org.inkpool.model.UnreadableDocumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.inkpool.docx.TestDocx.p;

/** Absurd values are clamped to Word's limits; damaged parts end in a typed failure or a read, never a crash. */
class HostileInputTest {
    @TempDir
    Path dir;

    @Test
    void absurdLengthsAreClampedToWordsLimits() throws Exception {
        String body = p("<w:ind w:left=\"2000000000\"/><w:spacing w:line=\"2000000000\" w:after=\"-5\"/>"
                        + "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>",
                "<w:sz w:val=\"2000000000\"/><w:spacing w:val=\"-2000000000\"/>", "x")
                + "<w:sectPr><w:pgSz w:w=\"2000000000\" w:h=\"0\"/><w:pgMar w:left=\"-700\" w:right=\"0\" "
                + "w:top=\"0\" w:bottom=\"0\"/></w:sectPr>";
        String numbering = "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"2000000000\"/>"
                + "<w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
                + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
        Document d = new DocxReader().read(TestDocx.body(body).numbering(numbering).write(dir, "absurd.docx"));
        Paragraph para = Models.paragraph(d, 0);
        assertThat(Models.firstRun(para).props().size()).isEqualTo(Limits.MAX_FONT);
        assertThat(Models.firstRun(para).props().spacing()).isEqualTo(-Limits.MAX_LENGTH);
        assertThat(para.props().indentLeft()).isEqualTo(Limits.MAX_LENGTH);
        assertThat(para.props().spaceAfter()).isZero();
        assertThat(para.props().lineSpacing().value()).isLessThanOrEqualTo(132);
        assertThat(para.label().text()).hasSizeLessThan(10);
        var page = d.sections().get(0).page();
        assertThat(page.width()).isEqualTo(Limits.MAX_PAGE);
        assertThat(page.height()).isEqualTo(792);
        assertThat(page.marginLeft()).isZero();
    }

    @Test
    void damagedCorpusDocumentsNeverEscapeUntyped() throws Exception {
        Path docx = Corpus.root().resolve("docx");
        assumeTrue(Files.isDirectory(docx), "corpus absent");
        List<Path> small;
        try (Stream<Path> s = Files.list(docx)) {
            small = s.filter(f -> size(f) < 60_000).sorted().limit(12).toList();
        }
        Random random = new Random(20261126);
        int read = 0;
        int failed = 0;
        for (int i = 0; i < 60; i++) {
            Path damaged = Files.write(dir.resolve("fuzz" + i + ".docx"), damage(small.get(i % small.size()), random));
            try {
                new DocxReader().read(damaged);
                read++;
            } catch (UnreadableDocumentException e) {
                assertThat(e.getMessage()).isNotBlank();
                failed++;
            }
        }
        assertThat(read + failed).isEqualTo(60);
        assertThat(failed).isPositive();
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Rewrites the package with some XML parts truncated or their numbers replaced by huge or negative ones. */
    private static byte[] damage(Path source, Random random) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipFile in = new ZipFile(source.toFile()); ZipOutputStream out = new ZipOutputStream(bytes)) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                byte[] data = in.getInputStream(e).readAllBytes();
                if (e.getName().startsWith("word/") && e.getName().endsWith(".xml") && random.nextBoolean()) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    if (random.nextInt(4) == 0) {
                        xml = xml.substring(0, random.nextInt(xml.length()));
                    } else {
                        Matcher m = Pattern.compile("=\"(\\d+)\"").matcher(xml);
                        StringBuilder sb = new StringBuilder();
                        while (m.find()) {
                            String replacement = random.nextInt(3) == 0
                                    ? "=\"" + (random.nextBoolean() ? "-" : "") + random.nextInt(Integer.MAX_VALUE) + "\""
                                    : m.group();
                            m.appendReplacement(sb, replacement);
                        }
                        m.appendTail(sb);
                        xml = sb.toString();
                    }
                    data = xml.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
