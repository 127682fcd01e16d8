package org.inkpool.pdf.font;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FontInstanceBudgetTest {

    private static LoadedFont load(String resource, FontInstanceBudget budget) throws IOException {
        return LoadedFont.load("Test", false, false, FontSource.resource(resource), budget);
    }

    @Test
    void aFaceLargerThanTheWholeBudgetIsNotKeptParsedAfterLoading() throws IOException {
        FontInstanceBudget budget = new FontInstanceBudget(8L << 20);

        LoadedFont small = load("fonts/DejaVuSans.ttf", budget);
        LoadedFont large = load("fonts/DroidSansFallbackFull.ttf", budget);

        assertThat(small.idleBytes()).isPositive();
        assertThat(large.idleBytes()).isZero();
        // measuring still works, and painting parses an instance when it needs one
        assertThat(large.hasGlyph('中')).isTrue();
        assertThat(large.borrow()).isNotNull();
    }

    @Test
    void theFontsOfTheDocumentJustWrittenStayParsedEvenAboveTheBudget() throws IOException {
        FontInstanceBudget budget = new FontInstanceBudget(8L << 20);
        LoadedFont large = load("fonts/DroidSansFallbackFull.ttf", budget);

        large.returnInstance(large.borrow());
        budget.released(List.of(large));

        assertThat(large.idleBytes()).isPositive();
    }

    @Test
    void aLargeFaceJustUsedDoesNotPushTheOthersOut() throws IOException {
        FontInstanceBudget budget = new FontInstanceBudget(8L << 20);
        LoadedFont latin = load("fonts/DejaVuSans.ttf", budget);
        LoadedFont cjk = load("fonts/DroidSansFallbackFull.ttf", budget);

        cjk.returnInstance(cjk.borrow());
        budget.released(List.of(cjk));
        assertThat(latin.idleBytes()).isPositive();

        // the next document uses only the Latin face: now the large one is over the budget and goes
        latin.returnInstance(latin.borrow());
        budget.released(List.of(latin));
        assertThat(cjk.idleBytes()).isZero();
        assertThat(latin.idleBytes()).isPositive();
    }

    @Test
    void withoutALimitEveryInstanceStays() throws IOException {
        LoadedFont large = load("fonts/DroidSansFallbackFull.ttf", FontInstanceBudget.UNLIMITED);

        assertThat(large.idleBytes()).isPositive();
    }
}
