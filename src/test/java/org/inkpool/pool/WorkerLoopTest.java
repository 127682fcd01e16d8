package org.inkpool.pool;

import org.inkpool.convert.ConversionException;
import org.inkpool.convert.ConversionListener;
import org.inkpool.convert.ConversionResult;
import org.inkpool.convert.DocumentConverter;
import org.inkpool.convert.FailureKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The worker's protocol loop over piped streams: every request gets exactly one terminal reply. */
class WorkerLoopTest {
    @TempDir
    Path dir;

    private PipedOutputStream toWorker;
    private FrameWriter requests;
    private FrameReader replies;
    private CompletableFuture<WorkerLoop.End> loop;
    private final CountDownLatch threeDocumentsFinished = new CountDownLatch(3);

    /** Writes "pages:N" files as N-page results, fails "corrupt", throws on "bug". */
    private final DocumentConverter converter = (input, output, listener) -> {
        String text;
        try {
            text = Files.readString(input);
        } catch (IOException e) {
            throw new ConversionException(FailureKind.IO, "unreadable", e);
        }
        listener.progress(0.5, ConversionListener.Phase.LAYOUT);
        if (text.equals("corrupt")) {
            throw new ConversionException(FailureKind.CORRUPT, "corrupt or damaged: no document part");
        }
        if (text.equals("bug")) {
            throw new IllegalStateException("oops\nsecond line");
        }
        listener.warning("Calibri substituted by Carlito");
        try {
            Files.writeString(output, "%PDF-fake");
        } catch (IOException e) {
            throw new ConversionException(FailureKind.IO, "unwritable", e);
        }
        return new ConversionResult(Integer.parseInt(text.substring("pages:".length())), List.of(), 7);
    };

    @BeforeEach
    void startLoop() throws IOException {
        toWorker = new PipedOutputStream();
        PipedInputStream workerIn = new PipedInputStream(toWorker, 1 << 16);
        PipedOutputStream workerOut = new PipedOutputStream();
        PipedInputStream fromWorker = new PipedInputStream(workerOut, 1 << 16);
        requests = LineFrames.writer(toWorker);
        replies = LineFrames.reader(fromWorker);
        WorkerLoop worker = new WorkerLoop(converter, LineFrames.reader(workerIn), LineFrames.writer(workerOut), Duration.ZERO,
                threeDocumentsFinished::countDown);
        loop = CompletableFuture.supplyAsync(() -> {
            try {
                return worker.run();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @AfterEach
    void closeInput() throws IOException {
        toWorker.close();
    }

    @Test
    void convertsAndAnswersWithProgressWarningAndDone() throws Exception {
        assertThat(next()).isInstanceOf(Reply.Ready.class);
        Path input = write("a.docx", "pages:3");
        Path output = dir.resolve("out/a.pdf");
        send(new Request.Convert(1, input.toString(), output.toString()));

        List<Reply> got = untilTerminal();
        assertThat(got).first().isEqualTo(new Reply.Progress(1, 0.5, "LAYOUT"));
        // a wording the vocabulary does not know crosses as OTHER with the text as its argument
        assertThat(got).contains(new Reply.Warning(1, "Calibri substituted by Carlito", "OTHER",
                java.util.List.of("Calibri substituted by Carlito")));
        assertThat(got.get(got.size() - 1)).isInstanceOfSatisfying(Reply.Done.class, d -> {
            assertThat(d.id()).isEqualTo(1);
            assertThat(d.pages()).isEqualTo(3);
            assertThat(d.heapMax()).isPositive();
        });
        assertThat(output).hasContent("%PDF-fake");
        assertThat(filesIn(output.getParent())).containsExactly("a.pdf");
    }

    @Test
    void failuresAreRepliesAndTheLoopGoesOn() throws Exception {
        next();
        send(new Request.Convert(1, write("c.docx", "corrupt").toString(), dir.resolve("c.pdf").toString()));
        assertThat(last(untilTerminal())).isEqualTo(new Reply.Failed(1, "CORRUPT", "corrupt or damaged: no document part",
                "FAILURE", java.util.List.of("CORRUPT", "no document part")));

        send(new Request.Convert(2, write("b.docx", "bug").toString(), dir.resolve("b.pdf").toString()));
        assertThat(last(untilTerminal())).isEqualTo(new Reply.Failed(2, "INTERNAL", "internal error: IllegalStateException: oops",
                "FAILURE", java.util.List.of("INTERNAL", "IllegalStateException: oops")));

        send(new Request.Convert(3, write("ok.docx", "pages:1").toString(), dir.resolve("ok.pdf").toString()));
        assertThat(last(untilTerminal())).isInstanceOf(Reply.Done.class);
        assertThat(filesIn(dir)).containsExactlyInAnyOrder("c.docx", "b.docx", "ok.docx", "ok.pdf");
        // the after-document hook (heap trimming in a real worker) ran for failures as well
        assertThat(threeDocumentsFinished.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void shutdownEndsTheLoop() throws Exception {
        next();
        send(new Request.Shutdown());
        assertThat(loop.get(10, TimeUnit.SECONDS)).isEqualTo(WorkerLoop.End.SHUTDOWN);
    }

    @Test
    void closedInputMeansTheParentIsGone() throws Exception {
        next();
        toWorker.close();
        assertThat(loop.get(10, TimeUnit.SECONDS)).isEqualTo(WorkerLoop.End.INPUT_CLOSED);
    }

    @Test
    void framesAreOneLineEvenWhenTextHasNewlines() throws Exception {
        String frame = Codec.encode(new Reply.Warning(4, "two\nlines"));
        assertThat(frame).doesNotContain("\n");
        assertThat(Codec.reply(frame)).isEqualTo(new Reply.Warning(4, "two\nlines"));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private void send(Request request) throws IOException {
        requests.write(Codec.encode(request));
    }

    private Reply next() throws IOException {
        String frame = replies.next();
        assertThat(frame).as("a reply").isNotNull();
        return Codec.reply(frame);
    }

    private List<Reply> untilTerminal() throws IOException {
        List<Reply> got = new ArrayList<>();
        Reply reply;
        do {
            reply = next();
            got.add(reply);
        } while (!Reply.isTerminal(reply));
        return got;
    }

    private static Reply last(List<Reply> replies) {
        return replies.get(replies.size() - 1);
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }
}
