package org.inkpool.pool;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;

class StartupCacheTest {
    @TempDir
    Path dir;

    @Test
    void aClassPathWithAFolderCannotBeArchived() throws IOException {
        Path jar = jar("a.jar", null);
        Path folder = Files.createDirectories(dir.resolve("classes"));
        assertThat(StartupCache.forClassPath(jar + File.pathSeparator + folder, dir.resolve("cache"))).isEmpty();
        assertThat(StartupCache.forClassPath(jar.toString(), dir.resolve("cache"))).isPresent();
    }

    @Test
    void manifestClassPathJarsArePartOfTheKeySoANewLibraryMeansANewArchive() throws IOException {
        Files.createDirectories(dir.resolve("lib"));
        Path lib = jar("lib/dep.jar", null);
        Path app = jar("app.jar", "lib/dep.jar");
        assertThat(StartupCache.classPathJars(app.toString())).contains(java.util.List.of(app.toAbsolutePath(), lib.toAbsolutePath()));

        Path before = StartupCache.forClassPath(app.toString(), dir).orElseThrow().archive();
        Files.setLastModifiedTime(lib, FileTime.fromMillis(Files.getLastModifiedTime(lib).toMillis() - 60_000));
        Path after = StartupCache.forClassPath(app.toString(), dir).orElseThrow().archive();
        assertThat(after).isNotEqualTo(before);
        assertThat(after.getParent()).isEqualTo(dir.resolve("cds"));
        assertThat(after.getFileName().toString()).startsWith("workers-java" + Runtime.version().feature() + "-");
    }

    @Test
    void oneWorkerTrainsTheArchiveThenEveryWorkerUsesIt() throws IOException {
        StartupCache cache = StartupCache.forClassPath(jar("app.jar", null).toString(), dir).orElseThrow();
        boolean aot = Runtime.version().feature() >= 25;

        StartupCache.Launch trainer = cache.nextLaunch();
        assertThat(trainer.trainingPart()).isNotNull();
        assertThat(trainer.flags()).containsExactly((aot ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + trainer.trainingPart());
        assertThat(cache.nextLaunch()).as("a second worker meanwhile runs without").isEqualTo(new StartupCache.Launch(java.util.List.of(), null));

        Files.writeString(trainer.trainingPart(), "archive bytes");
        cache.trainingEnded(trainer.trainingPart(), true);

        assertThat(cache.archive()).hasContent("archive bytes");
        assertThat(cache.nextLaunch().flags()).containsExactly((aot ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + cache.archive());
    }

    @Test
    void aTrainingWorkerThatCrashedLeavesNoArchive() throws IOException {
        StartupCache cache = StartupCache.forClassPath(jar("app.jar", null).toString(), dir).orElseThrow();
        StartupCache.Launch trainer = cache.nextLaunch();
        Files.writeString(trainer.trainingPart(), "half");
        cache.trainingEnded(trainer.trainingPart(), false);

        assertThat(cache.archive()).doesNotExist();
        assertThat(trainer.trainingPart()).doesNotExist();
        assertThat(cache.nextLaunch().trainingPart()).as("the next worker trains again").isNotNull();
    }

    private Path jar(String name, String classPath) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (classPath != null) {
            manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        }
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, manifest)) {
            j.flush();
        }
        return jar;
    }
}
