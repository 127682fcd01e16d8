package org.inkpool.layout;

import org.inkpool.layout.page.LaidOutDocument;
import org.inkpool.model.Block;
import org.inkpool.model.Table;
import org.inkpool.model.table.TableCell;
import org.inkpool.model.table.TableRow;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inkpool.layout.Docs.doc;

/**
 * One block that runs over many pages (fuzzing found a table whose absurd font sizes and margins made it 2,900
 * pages, laid out for over a minute without a progress report, so the worker was killed as stalled): layout
 * says it is alive at every page it opens and every table row it places, though the fraction of blocks done cannot move.
 */
class LongBlockProgressTest {
    @Test
    void aTableCellRunningOverManyPagesSaysItIsAliveAtEveryPage() {
        List<Block> lines = Docs.fillerLines(3000);
        Table table = new Table(List.of(150.0), List.of(new TableRow(List.of(new TableCell(lines, 1, false, null)), false)), 0);
        List<Double> fractions = new ArrayList<>();
        AtomicInteger signs = new AtomicInteger();
        LayoutProgress progress = new LayoutProgress() {
            @Override
            public void advanced(double fraction) {
                fractions.add(fraction);
            }

            @Override
            public void stillWorking() {
                signs.incrementAndGet();
            }
        };

        LaidOutDocument laidOut = new LayoutEngine(new FakeMetrics()).layout(doc(table), progress);

        assertThat(laidOut.pages()).hasSizeGreaterThan(50);
        assertThat(signs.get()).as("a sign of life at every page opened (and table row placed)")
                .isGreaterThanOrEqualTo(laidOut.pages().size());
        assertThat(fractions).as("one block: the fraction moves once, at its end").containsExactly(1.0);
    }
}
