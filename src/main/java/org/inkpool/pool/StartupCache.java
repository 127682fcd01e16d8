package org.inkpool.pool;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Class-data sharing for worker start-up. Workers load the same thousands of classes (POI, PDFBox,
 * the engine); an archive of them lets each new JVM map them instead of parsing them again.
 * <ul>
 *   <li>Java 25+: the JDK's AOT cache ({@code -XX:AOTCacheOutput} on a training run, then {@code -XX:AOTCache});</li>
 *   <li>older: a dynamic AppCDS archive ({@code -XX:ArchiveClassesAtExit}, then {@code -XX:SharedArchiveFile}).</li>
 * </ul>
 * The archive lives in the user's cache folder, named by a hash of the java runtime and the class path
 * jars (names, sizes, times), so a new app version or runtime builds a new one. It is written by the
 * first worker that exits normally (one training worker per archive), to a part file renamed into place.
 * Class path folders (as in tests) cannot be archived: then nothing is used.
 * {@code -Dinkpool.cds=off} turns it off (for measuring the difference).
 */
final class StartupCache {
    static final String SWITCH_PROPERTY = "inkpool.cds";
    private static final int KEEP_ARCHIVES = 3;
    private static final ConcurrentHashMap<Path, Boolean> TRAINING = new ConcurrentHashMap<>();

    private final Path archive;
    private final boolean aot;

    private StartupCache(Path archive, boolean aot) {
        this.archive = archive;
        this.aot = aot;
    }

    /** The cache for this runtime and class path, or empty where class-data sharing cannot be used. */
    static Optional<StartupCache> forThisProcess() {
        if ("off".equalsIgnoreCase(System.getProperty(SWITCH_PROPERTY, "on"))) {
            return Optional.empty();
        }
        return forClassPath(System.getProperty("java.class.path", ""), cacheFolder());
    }

    static Optional<StartupCache> forClassPath(String classPath, Path cacheFolder) {
        Optional<List<Path>> jars = classPathJars(classPath);
        if (jars.isEmpty()) {
            return Optional.empty();
        }
        boolean aot = Runtime.version().feature() >= 25;
        String key = key(jars.get());
        return Optional.of(new StartupCache(cacheFolder.resolve("cds").resolve(key + (aot ? ".aot" : ".jsa")), aot));
    }

    Path archive() {
        return archive;
    }

    /** Flags for the next worker: use the archive, or train it (only one worker at a time), or nothing. */
    Launch nextLaunch() {
        if (Files.isRegularFile(archive)) {
            return new Launch(List.of((aot ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + archive), null);
        }
        if (TRAINING.putIfAbsent(archive, Boolean.TRUE) != null) {
            return new Launch(List.of(), null);
        }
        try {
            Files.createDirectories(archive.getParent());
        } catch (IOException e) {
            TRAINING.remove(archive);
            return new Launch(List.of(), null);
        }
        Path part = archive.resolveSibling(archive.getFileName() + ".part-" + ProcessHandle.current().pid());
        return new Launch(List.of((aot ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + part), part);
    }

    /** After the training worker exited: keep its archive if it exited cleanly, then allow a new training. */
    void trainingEnded(Path part, boolean clean) {
        try {
            if (clean && Files.isRegularFile(part) && Files.size(part) > 0) {
                Files.move(part, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                pruneOldArchives();
            } else {
                Files.deleteIfExists(part);
            }
        } catch (IOException e) {
            // next batch tries again
        } finally {
            TRAINING.remove(archive);
        }
    }

    /** Keeps the few newest archives (other app versions or runtimes may still be in use); deletes the rest. */
    private void pruneOldArchives() throws IOException {
        String suffix = aot ? ".aot" : ".jsa";
        List<Path> archives;
        try (var entries = Files.list(archive.getParent())) {
            archives = entries.filter(p -> p.getFileName().toString().startsWith("workers-") && p.getFileName().toString().endsWith(suffix))
                    .sorted(java.util.Comparator.comparingLong(StartupCache::modified).reversed())
                    .toList();
        }
        for (Path old : archives.subList(Math.min(KEEP_ARCHIVES, archives.size()), archives.size())) {
            if (!old.equals(archive)) {
                Files.deleteIfExists(old);
            }
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** @param trainingPart non-null when this worker writes the archive at exit */
    record Launch(List<String> flags, Path trainingPart) {
    }

    /** The class path as jars (following manifest Class-Path entries), or empty when any entry is a folder. */
    static Optional<List<Path>> classPathJars(String classPath) {
        List<Path> jars = new ArrayList<>();
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path path = Path.of(entry).toAbsolutePath();
            if (!Files.isRegularFile(path) || !entry.toLowerCase(Locale.ROOT).endsWith(".jar")) {
                return Optional.empty();
            }
            jars.add(path);
            jars.addAll(manifestClassPath(path));
        }
        return jars.isEmpty() ? Optional.empty() : Optional.of(jars);
    }

    private static List<Path> manifestClassPath(Path jar) {
        List<Path> entries = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String cp = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (cp != null) {
                for (String e : cp.trim().split("\\s+")) {
                    Path p = jar.resolveSibling(e).normalize();
                    if (Files.isRegularFile(p)) {
                        entries.add(p);
                    }
                }
            }
        } catch (IOException e) {
            // hashed by its own name, size and time only
        }
        return entries;
    }

    private static String key(List<Path> jars) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            StringBuilder text = new StringBuilder(System.getProperty("java.home")).append('|')
                    .append(Runtime.version()).append('|').append(System.getProperty("java.vm.name"));
            for (Path jar : jars) {
                text.append('|').append(jar);
                try {
                    text.append(':').append(Files.size(jar)).append(':').append(Files.getLastModifiedTime(jar).toMillis());
                } catch (IOException e) {
                    text.append(":?");
                }
            }
            byte[] hash = sha.digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return "workers-java" + Runtime.version().feature() + "-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The user's cache folder ({@link CacheFolder}). */
    static Path cacheFolder() {
        return CacheFolder.forUser();
    }
}
