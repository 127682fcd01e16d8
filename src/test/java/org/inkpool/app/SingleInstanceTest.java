package org.inkpool.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** One window per user: a later launch hands its files to the first and exits. */
class SingleInstanceTest {
    @TempDir
    Path tmp;

    @Test
    void aSecondClaimHandsItsPathsToTheFirstAndTheFirstReceivesThem() throws Exception {
        Path runtime = tmp.resolve("run");
        Path doc = Files.writeString(tmp.resolve("a report\nwith a line break.docx"), "x");
        Path folder = Files.createDirectories(tmp.resolve("folder with spaces & ünïcode"));
        SingleInstance.Claim first = SingleInstance.claim(runtime, List.of());
        try {
            assertThat(first.handedOver()).isFalse();
            assertThat(first.instance()).isNotNull();
            LinkedBlockingQueue<List<Path>> received = new LinkedBlockingQueue<>();
            first.instance().receiveWith(received::add);

            SingleInstance.Claim second = SingleInstance.claim(runtime, List.of(doc, folder));

            assertThat(second.handedOver()).isTrue();
            assertThat(second.instance()).isNull();
            // the acknowledgement comes after delivery, so the paths are already there
            assertThat(received.poll()).containsExactly(doc.toAbsolutePath(), folder.toAbsolutePath());
        } finally {
            first.instance().close();
        }
    }

    @Test
    void pathsArrivingBeforeTheWindowIsReadyAreKeptForIt() throws Exception {
        Path runtime = tmp.resolve("run");
        Path doc = Files.writeString(tmp.resolve("early.docx"), "x");
        SingleInstance first = SingleInstance.claim(runtime, List.of()).instance();
        try {
            assertThat(SingleInstance.claim(runtime, List.of(doc)).handedOver()).isTrue();
            LinkedBlockingQueue<List<Path>> received = new LinkedBlockingQueue<>();
            first.receiveWith(received::add);
            assertThat(received.poll()).containsExactly(doc.toAbsolutePath());
        } finally {
            first.close();
        }
    }

    @Test
    void aSocketLeftByACrashedWindowIsReplaced() throws IOException {
        Path runtime = Files.createDirectories(tmp.resolve("run"));
        Files.writeString(runtime.resolve(SingleInstance.SOCKET_NAME), "left over");

        SingleInstance.Claim claim = SingleInstance.claim(runtime, List.of());
        try {
            assertThat(claim.handedOver()).isFalse();
            assertThat(claim.instance()).isNotNull();
        } finally {
            claim.instance().close();
        }
        assertThat(runtime.resolve(SingleInstance.SOCKET_NAME)).doesNotExist();
    }

    @Test
    void afterTheWindowClosedTheNextLaunchOpensItsOwn() {
        Path runtime = tmp.resolve("run");
        SingleInstance.claim(runtime, List.of()).instance().close();

        SingleInstance.Claim next = SingleInstance.claim(runtime, List.of());
        try {
            assertThat(next.handedOver()).isFalse();
            assertThat(next.instance()).isNotNull();
        } finally {
            next.instance().close();
        }
    }

    @Test
    void theRuntimeFolderIsPrivateToTheUser() throws IOException {
        Path runtime = tmp.resolve("run");
        SingleInstance.claim(runtime, List.of()).instance().close();
        if (runtime.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(runtime)))
                    .isEqualTo("rwx------");
        }
    }

    /** The real launcher in a second JVM: it must hand the document over and exit without a window. */
    @Test
    void aSecondLaunchOfTheAppWithADocumentAddsItToTheFirstWindowAndExits() throws Exception {
        Path runtime = tmp.resolve("run");
        Path doc = Files.writeString(tmp.resolve("handed over.docx"), "x");
        SingleInstance first = SingleInstance.claim(runtime, List.of()).instance();
        try {
            LinkedBlockingQueue<List<Path>> received = new LinkedBlockingQueue<>();
            first.receiveWith(received::add);
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process second = new ProcessBuilder(java.toString(), "-Djava.awt.headless=true",
                    "-Dinkpool.runtimeDir=" + runtime, "-cp", System.getProperty("java.class.path"),
                    "org.inkpool.Main", doc.toString())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(second.getInputStream().readAllBytes());
            assertThat(second.waitFor(2, TimeUnit.MINUTES)).as("second launch exits").isTrue();

            assertThat(second.exitValue()).as(output).isZero();
            assertThat(output).contains("already open");
            assertThat(received.poll(1, TimeUnit.MINUTES)).containsExactly(doc.toAbsolutePath());
        } finally {
            first.close();
        }
    }
}
