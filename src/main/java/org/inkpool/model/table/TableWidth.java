package org.inkpool.model.table;

/**
 * A preferred width (tblW, tcW).
 *
 * @param value points for {@link Unit#POINTS}, a fraction of the available width (1 = 100%) for
 *              {@link Unit#PERCENT}, ignored for {@link Unit#AUTO}
 */
public record TableWidth(Unit unit, double value) {

    public enum Unit { AUTO, POINTS, PERCENT }

    public static final TableWidth AUTO = new TableWidth(Unit.AUTO, 0);
}
