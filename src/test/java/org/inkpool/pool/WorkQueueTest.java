package org.inkpool.pool;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WorkQueueTest {
    record File(String name, long bytes) {
        String kind() {
            return name.substring(name.lastIndexOf('.') + 1);
        }
    }

    private static WorkQueue<File> queue(File... files) {
        WorkQueue<File> q = new WorkQueue<>(File::bytes, File::kind);
        q.addAll(List.of(files));
        return q;
    }

    private static List<String> drain(WorkQueue<File> q) {
        List<String> order = new ArrayList<>();
        for (File f; (f = q.next(x -> true)) != null; ) {
            order.add(f.name());
        }
        return order;
    }

    @Test
    void largestFirstAndEqualSizesKeepTheirOrder() {
        WorkQueue<File> q = queue(new File("a.docx", 10), new File("b.docx", 300), new File("c.docx", 10), new File("d.docx", 50));
        assertThat(q.size()).isEqualTo(4);
        assertThat(drain(q)).containsExactly("b.docx", "d.docx", "a.docx", "c.docx");
        assertThat(q.isEmpty()).isTrue();
    }

    @Test
    void learnedTimePerByteOrdersTheKinds() {
        // before anything is learned, bytes decide: the .doc (uncompressed, large) goes first
        WorkQueue<File> q = queue(new File("small.docx", 100), new File("big.doc", 1000), new File("mid.docx", 400),
                new File("next.doc", 900));
        assertThat(q.next(x -> true).name()).isEqualTo("big.doc");
        // then .doc turns out cheap per byte (1 ms per 100 bytes) and .docx dear (1 ms per byte)
        q.learn(new File("big.doc", 1000), 10);
        q.learn(new File("x.docx", 100), 100);
        assertThat(q.rateOf("doc")).isEqualTo(0.01);
        assertThat(q.rateOf("docx")).isEqualTo(1.0);
        assertThat(q.rateOf("rtf")).isEqualTo(0.505); // unseen: the average of the known
        assertThat(drain(q)).containsExactly("mid.docx", "small.docx", "next.doc");
    }

    @Test
    void retriesGoFirstAndSkippedFilesWait() {
        WorkQueue<File> q = queue(new File("a.docx", 10), new File("b.docx", 20));
        File retried = new File("r.docx", 1);
        q.addFirst(retried);
        assertThat(q.size()).isEqualTo(3);
        // a worker that may not take the retry gets the largest other file
        assertThat(q.next(f -> f != retried).name()).isEqualTo("b.docx");
        assertThat(q.next(x -> true).name()).isEqualTo("r.docx");
        assertThat(q.snapshot()).extracting(File::name).containsExactly("a.docx");
        q.clear();
        assertThat(q.next(x -> true)).isNull();
        assertThat(q.size()).isZero();
    }
}
