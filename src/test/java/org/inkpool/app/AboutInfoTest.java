package org.inkpool.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;

class AboutInfoTest {
    @TempDir
    Path tmp;

    @Test
    void listsTheClassPathsLibrariesWithVersionAndLicenceFollowingTheJarsClassPath() throws IOException {
        Path lib = Files.createDirectories(tmp.resolve("lib"));
        for (String name : new String[]{"poi-ooxml-5.5.1.jar", "log4j-to-slf4j-2.25.3.jar", "javafx-base-21.0.11.jar",
                "javafx-base-21.0.11-linux.jar", "mystery-1.0.jar"}) {
            Files.writeString(lib.resolve(name), "");
        }
        Path app = tmp.resolve("inkpool.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH,
                "lib/poi-ooxml-5.5.1.jar lib/log4j-to-slf4j-2.25.3.jar lib/javafx-base-21.0.11.jar lib/javafx-base-21.0.11-linux.jar");
        try (OutputStream out = Files.newOutputStream(app); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
        Properties licences = new Properties();
        licences.setProperty("poi", "Apache License 2.0");
        licences.setProperty("log4j-", "Apache License 2.0");
        licences.setProperty("javafx-", "GPL 2.0 with the Classpath Exception");

        var libraries = AboutInfo.libraries(app + File.pathSeparator + lib.resolve("mystery-1.0.jar"), licences);

        assertThat(libraries).containsExactly(
                new AboutInfo.Library("poi-ooxml", "5.5.1", "Apache License 2.0"),
                new AboutInfo.Library("log4j-to-slf4j", "2.25.3", "Apache License 2.0"),
                new AboutInfo.Library("javafx-base", "21.0.11", "GPL 2.0 with the Classpath Exception"),
                new AboutInfo.Library("mystery", "1.0", "see the library's jar"));
    }

    @Test
    void everyBundledLibraryHasAKnownLicence() {
        AboutInfo info = AboutInfo.current(null);
        // the test class path holds the build's dependencies as jars from the local repository
        assertThat(info.libraries()).filteredOn(l -> !l.name().matches(
                        "junit.*|assertj.*|archunit.*|testfx.*|openjfx-monocle|opentest4j|apiguardian.*|byte-buddy.*|hamcrest.*|surefire.*|org.osgi.*"
                        // veraPDF and what it brings, test scope only (the PDF/A tests)
                        + "|core|feature-reporting|metadata-fixer|parser|pdf-model|validation-model|verapdf-.*"
                        + "|jaxb-.*|FastInfoset|istack-commons-runtime|jakarta.activation-api|javax.activation-api"
                        + "|rhino|stax-ex|stax-utils|txw2"))
                .allSatisfy(l -> assertThat(l.licence()).as(l.name()).isNotEqualTo("see the library's jar"));
        assertThat(info.fontLicences()).contains("DejaVu").contains("Apache");
        assertThat(info.text()).contains("Logs: " + info.logFolder()).contains("Cache: " + info.cacheFolder());
    }
}
