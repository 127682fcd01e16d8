package org.inkpool.pool;

import com.sun.net.httpserver.HttpServer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.inkpool.testing.HostileDocuments;
import org.inkpool.testing.HostileDocuments.Case;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile-input suite through real worker processes (with their real heap cap and stall limit): every
 * document ends in a valid PDF with its readable text, or a typed one-line reason; no worker is lost to
 * memory or a crash; sources stay byte-identical; no temporary file is left; no request leaves the machine.
 * The table of outcomes is written to target/hostile-inputs.txt.
 */
@Timeout(900)
class HostileDocumentsTest {
    @TempDir
    Path dir;

    @Test
    void everyHostileDocumentEndsInAPdfOrAOneLineReason() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            run("http://127.0.0.1:" + server.getAddress().getPort(), requests);
        } finally {
            server.stop(0);
        }
    }

    private void run(String url, AtomicInteger requests) throws Exception {
        List<Case> cases = HostileDocuments.all(url);
        Path in = Files.createDirectories(dir.resolve("in"));
        Path out = Files.createDirectories(dir.resolve("out"));
        List<PoolTask> tasks = new ArrayList<>();
        Map<Long, String> digests = new HashMap<>();
        for (int i = 0; i < cases.size(); i++) {
            Path file = in.resolve(String.format("case%02d.docx", i));
            cases.get(i).generator().write(file);
            tasks.add(new PoolTask(i, file, out.resolve(String.format("case%02d.pdf", i)), cases.get(i).toString()));
            digests.put((long) i, digest(file));
        }
        RecordingPoolListener events = new RecordingPoolListener();
        PoolConfig config = PoolConfig.defaults().withWorkers(2).withConverterClass(null).withClassDataSharing(false)
                .withHeapBytes(512 * WorkerCommand.MIB).withTimeouts(Duration.ofSeconds(60), Duration.ofMinutes(5));
        long start = System.nanoTime();
        Pool pool = Pool.start(tasks, config, events);
        pool.awaitTermination();
        long seconds = (System.nanoTime() - start) / 1_000_000_000;

        StringBuilder table = new StringBuilder("| class | case | outcome | detail |\n|---|---|---|---|\n");
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            PoolTask task = tasks.get(i);
            String outcome = events.outcome.get(task.id());
            String reason = events.reasons.getOrDefault(task.id(), "");
            String detail = reason;
            if ("done".equals(outcome)) {
                detail = checkPdf(task.output(), c, problems);
            } else {
                assertThat(task.output()).as(c.name()).doesNotExist();
                if (reason.contains("\n") || reason.isBlank()) {
                    problems.add(c + ": reason is not one line: " + reason);
                }
                boolean honest = outcome != null && !List.of("INTERNAL", "CRASHED", "OUT_OF_MEMORY", "TIMED_OUT", "cancelled")
                        .contains(outcome);
                switch (c.expect()) {
                    case PDF -> problems.add(c + ": expected a PDF, got " + outcome + " " + reason);
                    case REFUSED -> {
                        if (!c.text().equals(outcome)) {
                            problems.add(c + ": expected " + c.text() + ", got " + outcome + " " + reason);
                        }
                    }
                    case PDF_OR_REASON -> {
                        if (!honest) {
                            problems.add(c + ": " + outcome + " " + reason);
                        }
                    }
                }
            }
            table.append("| ").append(c.klass()).append(" | ").append(c.name()).append(" | ").append(outcome)
                    .append(" | ").append(detail.replace("|", "/")).append(" |\n");
        }
        table.append("\n").append(cases.size()).append(" cases in ").append(seconds).append(" s, 2 workers of 512 MB\n");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/hostile-inputs.txt"), table);

        assertThat(problems).as(table.toString()).isEmpty();
        assertThat(events.log).as("no worker lost").noneMatch(l -> l.contains("ran out of memory") || l.contains("killed by signal")
                || l.contains("crashed"));
        assertThat(requests.get()).as("requests reaching the loopback server").isZero();
        for (PoolTask task : tasks) {
            assertThat(digest(task.input())).as("source unchanged").isEqualTo(digests.get(task.id()));
        }
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString())).allMatch(n -> n.endsWith(".pdf") && !n.startsWith("."));
        }
        PoolTest.assertNoWorkersLeft();
    }

    /** Loads the PDF, finds the expected text, and refuses JavaScript and launch actions and links to local schemes. */
    private static String checkPdf(Path pdf, Case c, List<String> problems) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int pages = doc.getNumberOfPages();
            PDFTextStripper stripper = new PDFTextStripper();
            boolean atEnd = c.text().startsWith("the last") || c.text().startsWith("section 4999")
                    || c.text().startsWith("after");
            if (pages > 6) {
                stripper.setStartPage(atEnd ? pages - 2 : 1);
                stripper.setEndPage(atEnd ? pages : 3);
            }
            String text = stripper.getText(doc);
            if (!c.text().isEmpty() && !text.contains(c.text())) {
                problems.add(c + ": the PDF lacks \"" + c.text() + "\"");
            }
            for (COSObject o : doc.getDocument().getXrefTable().keySet().stream()
                    .map(k -> doc.getDocument().getObjectFromPool(k)).toList()) {
                COSBase base = o.getObject();
                if (base instanceof COSDictionary d && (d.containsKey(COSName.JS)
                        || COSName.JAVA_SCRIPT.equals(d.getCOSName(COSName.S)) || COSName.getPDFName("Launch").equals(d.getCOSName(COSName.S))
                        || d.containsKey(COSName.OPEN_ACTION) || d.containsKey(COSName.AA))) {
                    problems.add(c + ": the PDF holds a JavaScript, launch or automatic action");
                }
                if (base instanceof COSDictionary d && COSName.URI.equals(d.getCOSName(COSName.S))
                        && !String.valueOf(d.getString(COSName.URI)).matches("(?i)(https?|mailto):.*")) {
                    problems.add(c + ": the PDF has a clickable link to " + d.getString(COSName.URI));
                }
            }
            return pages + " page" + (pages == 1 ? "" : "s");
        }
    }

    private static String digest(Path file) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (var in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
