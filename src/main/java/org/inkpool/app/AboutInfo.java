package org.inkpool.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the About dialog shows: the version, the Java runtime the window runs on, the bundled libraries
 * (read from the class path, so the list is what really runs) with their licences, the bundled fonts'
 * licences, and the folders of the logs and the cache.
 *
 * @param sessionLog this session's log file, or null when none could be written
 */
record AboutInfo(String version, String runtime, Path javaHome, Path logFolder, Path sessionLog, Path cacheFolder,
                 List<Library> libraries, String fontLicences) {
    private static final Pattern JAR_NAME = Pattern.compile("(.+?)-(\\d[^-]*(?:-[A-Za-z]*\\d[^-]*)?)(?:-(linux|win|mac|mac-aarch64|linux-aarch64))?\\.jar");
    private static final String[] FONT_NOTICES = {"README.txt", "DejaVu-copyright.txt", "DroidSansFallback-copyright.txt"};

    /** One bundled library: artifact name, version, licence. */
    record Library(String name, String version, String licence) {
    }

    static AboutInfo current(Path sessionLog) {
        String version = AboutInfo.class.getPackage().getImplementationVersion();
        if (version == null) {
            version = System.getProperty("jpackage.app-version", "development build");
        }
        String runtime = System.getProperty("java.runtime.name", "Java") + " " + Runtime.version()
                + " (" + System.getProperty("java.vendor", "?") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ")";
        return new AboutInfo(version, runtime, Path.of(System.getProperty("java.home")), AppFolders.logs(), sessionLog,
                AppFolders.cache(), libraries(System.getProperty("java.class.path", ""), licences()), readFontLicences());
    }

    /** The jars of the class path (following a jar's manifest Class-Path, as {@code java -jar} does), named and licensed. */
    static List<Library> libraries(String classPath, Properties licences) {
        Map<String, Library> byName = new LinkedHashMap<>();
        for (Path jar : jars(classPath)) {
            Matcher m = JAR_NAME.matcher(jar.getFileName().toString());
            if (m.matches() && !m.group(1).equals("inkpool")) {
                byName.putIfAbsent(m.group(1), new Library(m.group(1), m.group(2), licence(m.group(1), licences)));
            }
        }
        return List.copyOf(byName.values());
    }

    static String licence(String artifact, Properties licences) {
        String best = null;
        for (String prefix : licences.stringPropertyNames()) {
            if (artifact.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return best == null ? "see the library's jar" : licences.getProperty(best);
    }

    private static List<Path> jars(String classPath) {
        List<Path> jars = new ArrayList<>();
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            if (!entry.endsWith(".jar")) {
                continue;
            }
            Path jar = Path.of(entry);
            jars.add(jar);
            try (JarFile file = new JarFile(jar.toFile())) {
                Manifest manifest = file.getManifest();
                String cp = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
                if (cp != null) {
                    for (String relative : cp.trim().split("\\s+")) {
                        jars.add(jar.resolveSibling(relative));
                    }
                }
            } catch (IOException e) {
                // listed by its own name only
            }
        }
        return jars;
    }

    private static Properties licences() {
        Properties licences = new Properties();
        try (InputStream in = AboutInfo.class.getResourceAsStream("licences.properties")) {
            if (in != null) {
                licences.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // every library then says "see the library's jar"
        }
        return licences;
    }

    /** The bundled fonts' notices, as shipped beside them in the jar. */
    private static String readFontLicences() {
        StringBuilder text = new StringBuilder();
        for (String name : FONT_NOTICES) {
            try (InputStream in = AboutInfo.class.getResourceAsStream("/org/inkpool/pdf/font/fonts/" + name)) {
                if (in != null) {
                    text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip()).append("\n\n");
                }
            } catch (IOException e) {
                // skipped
            }
        }
        return text.toString().strip();
    }

    /** True when the window runs on the runtime bundled with the installed app (not a JDK). */
    boolean bundledRuntime() {
        // jpackage's layouts: lib/runtime (Linux), runtime (Windows), runtime/Contents/Home (macOS)
        return javaHome.endsWith("runtime") || javaHome.endsWith(Path.of("runtime", "Contents", "Home"));
    }

    /** Plain text of everything shown, for "Copy" (bug reports). */
    String text() {
        StringBuilder text = new StringBuilder("Inkpool ").append(version).append('\n')
                .append("Runtime: ").append(runtime).append('\n')
                .append("Java home: ").append(javaHome).append(bundledRuntime() ? " (bundled)" : "").append('\n')
                .append("Logs: ").append(logFolder).append('\n');
        if (sessionLog != null) {
            text.append("This session's log: ").append(sessionLog).append('\n');
        }
        text.append("Cache: ").append(cacheFolder).append('\n').append('\n');
        for (Library library : libraries) {
            text.append(library.name()).append(' ').append(library.version()).append(" — ").append(library.licence()).append('\n');
        }
        return text.append('\n').append(fontLicences).append('\n').toString();
    }

    static boolean exists(Path folder) {
        return folder != null && Files.isDirectory(folder);
    }
}
