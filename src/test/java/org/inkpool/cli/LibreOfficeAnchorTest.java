package org.inkpool.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class LibreOfficeAnchorTest {
    @TempDir
    Path dir;

    /** A stand-in soffice: writes one PDF per input into --outdir and logs its profile and files. */
    private Path fakeSoffice() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
        Path script = dir.resolve("soffice");
        Files.writeString(script, """
                #!/bin/sh
                profile="$1"; shift
                while [ "$1" != "--outdir" ]; do shift; done
                out="$2"; shift 2
                for f in "$@"; do
                  name=$(basename "$f" .docx)
                  echo pdf > "$out/$name.pdf"
                  echo "$profile $name" >> "%s"
                done
                """.formatted(dir.resolve("calls.txt")));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    @Test
    void aPoolDealsTheFilesInTurnToInstancesWithTheirOwnProfiles() throws Exception {
        Path soffice = fakeSoffice();
        Path scratch = Files.createDirectories(dir.resolve("scratch"));
        List<Path> files = List.of(dir.resolve("a.docx"), dir.resolve("b.docx"), dir.resolve("c.docx"));

        LibreOfficeAnchor.Timing pool = new LibreOfficeAnchor(soffice, scratch).run(files, 2);

        assertThat(pool.instances()).isEqualTo(2);
        assertThat(pool.files()).isEqualTo(3);
        assertThat(pool.pdfs()).isEqualTo(3);
        assertThat(pool.worstExit()).isZero();
        assertThat(pool.seconds()).isPositive();
        List<String> calls = Files.readAllLines(dir.resolve("calls.txt"));
        assertThat(calls).hasSize(3);
        String profileOfA = calls.stream().filter(l -> l.endsWith(" a")).findFirst().orElseThrow().split(" ")[0];
        String profileOfB = calls.stream().filter(l -> l.endsWith(" b")).findFirst().orElseThrow().split(" ")[0];
        String profileOfC = calls.stream().filter(l -> l.endsWith(" c")).findFirst().orElseThrow().split(" ")[0];
        assertThat(profileOfA).startsWith("-env:UserInstallation=").isEqualTo(profileOfC).isNotEqualTo(profileOfB);
    }
}
