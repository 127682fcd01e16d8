package org.inkpool.pool;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inkpool.pool.WorkerCommand.MIB;

class WorkerCommandTest {

    @Test
    void heapIsSixtyPercentOfAvailableMemoryPerWorkerBetween256MbAnd1Gb() {
        assertThat(WorkerCommand.defaultHeap(2, OptionalLong.of(2000 * MIB))).isEqualTo(600 * MIB);
        assertThat(WorkerCommand.defaultHeap(8, OptionalLong.of(2000 * MIB))).isEqualTo(256 * MIB);
        assertThat(WorkerCommand.defaultHeap(1, OptionalLong.of(24000 * MIB))).isEqualTo(1024 * MIB);
        assertThat(WorkerCommand.defaultHeap(4, OptionalLong.empty())).isEqualTo(512 * MIB);
    }

    @Test
    void workersRunThisJavaWithAHeapCapAndExitOnOutOfMemory() {
        List<String> command = WorkerCommand.build(PoolConfig.defaults().withWorkers(1).withHeapBytes(300 * MIB)
                .withConverterClass("x.Y"), List.of("-XX:SharedArchiveFile=/a.jsa"));

        assertThat(command.get(0)).startsWith(System.getProperty("java.home"));
        assertThat(command).contains("-Xmx300m", "-XX:+ExitOnOutOfMemoryError", "-Dinkpool.worker.converter=x.Y",
                "-XX:SharedArchiveFile=/a.jsa", "-Xlog:all=warning:stderr", "-Xmn32m",
                "-XX:-ShrinkHeapInSteps", "-Dinkpool.fontMemoryMB=40");
        assertThat(command.subList(command.size() - 3, command.size()))
                .containsExactly("-cp", System.getProperty("java.class.path"), WorkerMain.class.getName());
    }
}
