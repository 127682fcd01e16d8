package org.inkpool.convert;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shared test corpus beside the checkout; tests that need it skip where it is absent. */
final class Corpus {
    static final Path ROOT = Path.of(System.getProperty("user.dir")).resolve("../shared/corpus").normalize();

    private Corpus() {
    }

    static Path folder(String name) {
        Path dir = ROOT.resolve(name);
        Assumptions.assumeTrue(Files.isDirectory(dir), "corpus folder " + dir + " is absent");
        return dir;
    }

    static List<Path> files(String name) {
        try (Stream<Path> s = Files.list(folder(name))) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path reference(Path document) {
        String base = document.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        return ROOT.resolve("reference").resolve(document.getParent().getFileName()).resolve(base + ".pdf");
    }
}
