package org.inkpool.cli;

import org.inkpool.pool.ScriptedConverter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Runs commands with workers that use the tests' scripted converter, capturing what the command prints
 * on standard output.
 */
abstract class ScriptedCommandTest {
    @TempDir
    Path dir;

    final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream realOut;

    @BeforeEach
    void capture() {
        System.setProperty("inkpool.worker.converter", ScriptedConverter.class.getName());
        realOut = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(realOut);
        System.clearProperty("inkpool.worker.converter");
    }

    String printed() {
        return captured.toString(StandardCharsets.UTF_8);
    }
}
