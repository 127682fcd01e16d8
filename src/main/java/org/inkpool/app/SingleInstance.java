package org.inkpool.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One window per user. The first launch listens on a Unix domain socket in the user's runtime folder (no
 * network interface at all; Java supports them on Linux, macOS and Windows 10+); a later launch with files
 * and folders connects, hands them over and exits, and the running window adds them to its queue.
 * <p>
 * Protocol: the client writes {@value #HELLO}, one {@code file:} URI per line (a URI has no line breaks,
 * a file name may), and an empty line; the window answers {@value #ACK} once the paths are queued. A lock
 * file makes "connect, or else become the listener" atomic between two launches started together; a
 * socket file left by a crashed window is found dead (nobody accepts) and replaced.
 */
public final class SingleInstance implements AutoCloseable {
    static final String HELLO = "inkpool-open 1";
    static final String ACK = "queued";
    static final String SOCKET_NAME = "instance.sock";
    private static final long HAND_OVER_TIMEOUT_SECONDS = 10;

    private final Path socket;
    private final ServerSocketChannel server;
    private final Thread acceptor;
    private final List<List<Path>> early = new ArrayList<>();
    private Consumer<List<Path>> receiver;

    private SingleInstance(Path socket, ServerSocketChannel server) {
        this.socket = socket;
        this.server = server;
        this.acceptor = new Thread(this::acceptLoop, "inkpool-single-instance");
        acceptor.setDaemon(true);
    }

    /**
     * What a launch found: {@code handedOver} when a running window took the paths (this launch should
     * exit); otherwise {@code instance} is this launch's listener, or null where one cannot be set up
     * (the window then runs on its own, as before).
     */
    public record Claim(boolean handedOver, SingleInstance instance) {
    }

    /** Hands {@code paths} to a running window in {@code folder}, or becomes the window that listens there. */
    public static Claim claim(Path folder, List<Path> paths) {
        try {
            createPrivateFolder(folder);
            Path socket = folder.resolve(SOCKET_NAME);
            try (FileChannel lockFile = FileChannel.open(folder.resolve("instance.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = lockFile.lock()) {
                if (handOver(socket, paths)) {
                    return new Claim(true, null);
                }
                Files.deleteIfExists(socket); // nobody answered: a crashed window's leftover
                ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
                server.bind(UnixDomainSocketAddress.of(socket));
                SingleInstance instance = new SingleInstance(socket, server);
                instance.acceptor.start();
                return new Claim(false, instance);
            }
        } catch (IOException | UnsupportedOperationException e) {
            return new Claim(false, null);
        }
    }

    /**
     * The folder for the socket: $XDG_RUNTIME_DIR/inkpool on Linux (private to the user, emptied at
     * logout), the user's temporary folder on macOS, %LOCALAPPDATA%\Inkpool\run on Windows;
     * {@code -Dinkpool.runtimeDir} overrides it (tests).
     */
    public static Path defaultFolder() {
        String override = System.getProperty("inkpool.runtimeDir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return AppFolders.runtime();
    }

    /** Where handed-over paths go from now on (called on any thread); paths that came earlier go there first. */
    public synchronized void receiveWith(Consumer<List<Path>> receiver) {
        this.receiver = receiver;
        early.forEach(receiver);
        early.clear();
    }

    Path socket() {
        return socket;
    }

    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            // the next launch finds the socket dead and replaces it
        }
    }

    private synchronized void deliver(List<Path> paths) {
        if (receiver != null) {
            receiver.accept(paths);
        } else {
            early.add(paths);
        }
    }

    private void acceptLoop() {
        while (server.isOpen()) {
            try (SocketChannel client = server.accept()) {
                BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(client),
                        StandardCharsets.UTF_8));
                if (!HELLO.equals(in.readLine())) {
                    continue;
                }
                List<Path> paths = new ArrayList<>();
                for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                    try {
                        paths.add(Path.of(URI.create(line)));
                    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                        // not a file URI: ignored, as a bad command-line argument would be
                    }
                }
                deliver(paths);
                Writer out = Channels.newWriter(client, StandardCharsets.UTF_8);
                out.write(ACK + "\n");
                out.flush();
            } catch (IOException e) {
                // a client that went away, or the channel closed at exit: keep listening while open
            }
        }
    }

    /** True when a window listening on {@code socket} queued the paths. */
    private static boolean handOver(Path socket, List<Path> paths) {
        if (!Files.exists(socket)) {
            return false;
        }
        ExecutorService exchange = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "inkpool-hand-over");
            t.setDaemon(true);
            return t;
        });
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            // bounded: a window that hangs must not hang this launch too
            Future<Boolean> answer = exchange.submit(() -> {
                Writer out = Channels.newWriter(channel, StandardCharsets.UTF_8);
                out.write(HELLO + "\n");
                for (Path path : paths) {
                    out.write(path.toAbsolutePath().toUri() + "\n");
                }
                out.write("\n");
                out.flush();
                BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(channel),
                        StandardCharsets.UTF_8));
                return ACK.equals(in.readLine());
            });
            return answer.get(HAND_OVER_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return false;
        } finally {
            exchange.shutdownNow();
        }
    }

    private static void createPrivateFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        Files.createDirectories(folder);
        try {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException e) {
            // Windows: the folder is under the user's own profile
        }
    }
}
