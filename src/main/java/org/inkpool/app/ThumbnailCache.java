package org.inkpool.app;

import javafx.scene.image.Image;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * First-page pictures of written PDFs, rendered in the background at low resolution and kept for the
 * last {@link #CAPACITY} files (a PDF rewritten since is rendered again). Requests and results are on
 * the FX thread; only the rendering runs elsewhere.
 */
final class ThumbnailCache {
    static final int CAPACITY = 64;
    static final int WIDTH = 180;

    /** Renders a PDF's first page as PNG bytes ({@code org.inkpool.convert.Thumbnails} in production). */
    @FunctionalInterface
    interface Renderer {
        byte[] firstPagePng(Path pdf, int widthPixels) throws IOException;
    }

    private record Key(Path pdf, long modified) {
    }

    private final Renderer renderer;
    private final Executor background;
    private final Executor fxThread;
    private final Map<Key, Image> images = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Image> eldest) {
            return size() > CAPACITY;
        }
    };
    private int rendered;

    ThumbnailCache(Renderer renderer, Executor background, Executor fxThread) {
        this.renderer = renderer;
        this.background = background;
        this.fxThread = fxThread;
    }

    /**
     * Hands the picture of {@code pdf} to {@code whenReady} on the FX thread once found in the cache or
     * rendered; null when it cannot be drawn (not a PDF, gone).
     */
    void request(Path pdf, Consumer<Image> whenReady) {
        background.execute(() -> {
            Image image = null;
            try {
                Key key = new Key(pdf, Files.getLastModifiedTime(pdf).toMillis());
                image = cached(key);
                if (image == null) {
                    image = new Image(new ByteArrayInputStream(renderer.firstPagePng(pdf, WIDTH)));
                    if (image.isError()) {
                        image = null;
                    } else {
                        remember(key, image);
                    }
                }
            } catch (IOException | RuntimeException e) {
                image = null; // gone, or not a PDF we can draw: the pane says so
            }
            Image done = image;
            fxThread.execute(() -> whenReady.accept(done));
        });
    }

    private synchronized Image cached(Key key) {
        return images.get(key);
    }

    private synchronized void remember(Key key, Image image) {
        images.put(key, image);
        rendered++;
    }

    /** How many pictures were rendered (not taken from the cache). */
    synchronized int rendered() {
        return rendered;
    }
}
