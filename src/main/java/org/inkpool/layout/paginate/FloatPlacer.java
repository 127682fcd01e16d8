package org.inkpool.layout.paginate;

import org.inkpool.layout.flow.BlockLayouters;
import org.inkpool.layout.flow.BlockStack;
import org.inkpool.layout.flow.Slice;
import org.inkpool.layout.font.FaceCache;
import org.inkpool.layout.line.DrawingItems;
import org.inkpool.layout.line.LineEmitter;
import org.inkpool.layout.page.PageItem;
import org.inkpool.layout.page.PlacedImage;
import org.inkpool.layout.area.Exclusion;
import org.inkpool.model.drawing.Anchor;
import org.inkpool.model.AnchoredObject;
import org.inkpool.model.InlineDrawing;
import org.inkpool.model.InlineImage;
import org.inkpool.model.section.PageSetup;
import org.inkpool.model.drawing.TextBox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Positions a floating object on its page (its anchor resolved against the page, margins, column
 * and the paragraph holding it), paints its picture or drawing and its text box's text, and says
 * what room it takes from the text. Linked text boxes continue one story: what does not fit in a
 * box waits for the next box of its chain.
 */
final class FloatPlacer {

    /** A placed object: its box, what paints it, its layer and z-order, and the room it takes (or null). */
    record Placed(double x, double y, double width, double height, List<PageItem> items, boolean behind, long z,
                  Exclusion exclusion) {
    }

    /** Where the anchoring paragraph stands: its column and the top of its first line on the page. */
    record Where(PageSetup setup, int pageNumber, Column column, double paragraphTop) {
    }

    /** Points added to a frame sized to its content, so that its lines break there as they did at full width. */
    private static final double FIT_ALLOWANCE = 0.01;

    private final FaceCache faces;
    private final BlockLayouters layouters;
    private final LineEmitter emitter;
    private final Map<String, List<BlockStack.StackedLine>> chains = new HashMap<>();

    FloatPlacer(FaceCache faces, BlockLayouters layouters, LineEmitter emitter) {
        this.faces = faces;
        this.layouters = layouters;
        this.emitter = emitter;
    }

    Placed place(AnchoredObject object, Where where) {
        Anchor anchor = object.anchor();
        double w = object.width();
        double h = object.height();
        if (w <= 0 && object.content() instanceof InlineImage image) {
            w = image.width();
            h = image.height();
        }
        TextBox box = object.textBox();
        if (w <= 0 && box != null) {
            // an auto-width frame (a drop cap, a frame sized to its content): as wide as its widest line
            // broken at the column's width (a small allowance so that the lines break again the same way)
            w = where.column().width();
            if (!box.blocks().isEmpty()) {
                BlockStack full = BlockStack.compose(box.blocks(), textColumn(0, w, box, where), layouters);
                double widest = full.widestLine(w - box.insets().left() - box.insets().right());
                if (widest > 0) {
                    w = Math.min(w, widest + box.insets().left() + box.insets().right() + FIT_ALLOWANCE);
                }
            }
        }
        List<PageItem> items = new ArrayList<>();
        BlockStack stack = null;
        if (box != null && !box.blocks().isEmpty()) {
            stack = BlockStack.compose(box.blocks(), textColumn(0, w, box, where), layouters);
            if (box.autoFit()) {
                h = Math.max(h, stack.height() + box.insets().top() + box.insets().bottom());
            }
        }
        double x;
        double y;
        if (anchor.simplePos() != null) {
            x = anchor.simplePos().x();
            y = anchor.simplePos().y();
        } else {
            x = horizontal(anchor.horizontal(), w, where);
            y = vertical(anchor.vertical(), h, where);
        }
        if (object.content() instanceof InlineImage image) {
            items.add(org.inkpool.layout.page.Tag.open(null, org.inkpool.layout.page.StructRole.FIGURE,
                    image.description()));
            items.add(new PlacedImage(x, y, w, h, image));
            items.add(org.inkpool.layout.page.Tag.close());
        } else if (object.content() instanceof InlineDrawing drawing) {
            double scale = drawing.width() > 0 && w > 0 ? w / drawing.width() : 1;
            DrawingItems.translate(DrawingItems.resolve(drawing, scale, faces), x, y, items);
        }
        if (box != null) {
            text(box, stack, x, y, w, h, where, items);
        }
        boolean behind = anchor.behindDoc() && !anchor.wrap().displacesText();
        return new Placed(x, y, w, h, items, behind, anchor.relativeHeight(), exclusion(anchor, x, y, w, h));
    }

    private static Column textColumn(double x, double w, TextBox box, Where where) {
        double inner = Math.max(1, w - box.insets().left() - box.insets().right());
        return new Column(x + box.insets().left(), inner, where.column().bodyHeight());
    }

    /** The text inside the text rectangle: anchored top, centre or bottom; a linked box continues its chain. */
    private void text(TextBox box, BlockStack stack, double x, double y, double w, double h, Where where,
                      List<PageItem> out) {
        List<BlockStack.StackedLine> lines;
        if (stack != null) {
            // the story lies in the box that holds it; composed again at its place on the page
            lines = BlockStack.compose(box.blocks(), textColumn(x, w, box, where), layouters).lines(emitter);
        } else if (box.linkId() != null && chains.containsKey(box.linkId())) {
            lines = chains.remove(box.linkId());
            lines = shifted(lines, x + box.insets().left());
        } else {
            return;
        }
        double room = h - box.insets().top() - box.insets().bottom();
        double total = 0;
        for (BlockStack.StackedLine line : lines) {
            total += line.height();
        }
        int fit = lines.size();
        if (box.linkId() != null && total > room + 0.01) {
            double used = 0;
            fit = 0;
            while (fit < lines.size() && used + lines.get(fit).gapBefore() + lines.get(fit).contentHeight() <= room + 0.01) {
                used += lines.get(fit).height();
                fit++;
            }
            if (fit < lines.size()) {
                chains.put(box.linkId(), new ArrayList<>(lines.subList(fit, lines.size())));
            }
            total = used;
        }
        double top = y + box.insets().top();
        if (total < room) {
            top += switch (box.anchor()) {
                case CENTER -> (room - total) / 2;
                case BOTTOM -> room - total;
                default -> 0;
            };
        }
        double cursor = top;
        for (int i = 0; i < fit; i++) {
            BlockStack.StackedLine line = lines.get(i);
            cursor += line.gapBefore();
            line.painter().paint(cursor, out);
            cursor += line.contentHeight() + line.gapAfter();
        }
    }

    /** Lines composed for another box of the chain, painted at this box's left edge. */
    private List<BlockStack.StackedLine> shifted(List<BlockStack.StackedLine> lines, double left) {
        List<BlockStack.StackedLine> out = new ArrayList<>(lines.size());
        for (BlockStack.StackedLine line : lines) {
            double dx = line.paragraph() == null ? 0 : left - line.paragraph().column().originX();
            Slice.Painter painter = line.painter();
            out.add(new BlockStack.StackedLine(line.gapBefore(), line.contentHeight(), line.gapAfter(),
                    line.paragraph(), line.line(), (top, items) -> {
                        List<PageItem> own = new ArrayList<>();
                        painter.paint(top, own);
                        DrawingItems.translate(own, dx, 0, items);
                    }));
        }
        return out;
    }

    private static double horizontal(Anchor.Position p, double w, Where where) {
        PageSetup s = where.setup();
        boolean odd = where.pageNumber() % 2 == 1;
        double[] ref = switch (p.from()) {
            case PAGE -> new double[] {0, s.width()};
            case MARGIN -> new double[] {s.marginLeft(), s.width() - s.marginRight()};
            case LEFT_MARGIN -> new double[] {0, s.marginLeft()};
            case RIGHT_MARGIN -> new double[] {s.width() - s.marginRight(), s.width()};
            case INSIDE_MARGIN -> odd ? new double[] {0, s.marginLeft()}
                    : new double[] {s.width() - s.marginRight(), s.width()};
            case OUTSIDE_MARGIN -> odd ? new double[] {s.width() - s.marginRight(), s.width()}
                    : new double[] {0, s.marginLeft()};
            default -> new double[] {where.column().originX(), where.column().originX() + where.column().width()};
        };
        if (p.hasPercent()) {
            return ref[0] + p.percent() * (ref[1] - ref[0]);
        }
        return switch (p.align()) {
            case LEFT, TOP -> ref[0];
            case RIGHT, BOTTOM -> ref[1] - w;
            case CENTER -> (ref[0] + ref[1] - w) / 2;
            case INSIDE -> odd ? ref[0] : ref[1] - w;
            case OUTSIDE -> odd ? ref[1] - w : ref[0];
            default -> ref[0] + p.offset();
        };
    }

    private static double vertical(Anchor.Position p, double h, Where where) {
        PageSetup s = where.setup();
        double[] ref = switch (p.from()) {
            case PAGE -> new double[] {0, s.height()};
            case MARGIN, INSIDE_MARGIN, OUTSIDE_MARGIN -> new double[] {Math.abs(s.marginTop()),
                    s.height() - Math.abs(s.marginBottom())};
            case TOP_MARGIN -> new double[] {0, Math.abs(s.marginTop())};
            case BOTTOM_MARGIN -> new double[] {s.height() - Math.abs(s.marginBottom()), s.height()};
            default -> new double[] {where.paragraphTop(), where.paragraphTop()};
        };
        double y;
        if (p.hasPercent()) {
            y = ref[0] + p.percent() * (ref[1] - ref[0]);
        } else {
            y = switch (p.align()) {
                case TOP, LEFT, INSIDE -> ref[0];
                case BOTTOM, RIGHT, OUTSIDE -> ref[1] - h;
                case CENTER -> (ref[0] + ref[1] - h) / 2;
                default -> ref[0] + p.offset();
            };
        }
        if (p.from() == Anchor.RelativeFrom.PARAGRAPH || p.from() == Anchor.RelativeFrom.LINE) {
            // an object that follows its paragraph stays on the page (Word moves it up to fit)
            y = Math.max(0, Math.min(y, s.height() - h));
        }
        return y;
    }

    /** The room text gives the object: its bounds (or wrap polygon) and distances, on the sides its wrap allows. */
    static Exclusion exclusion(Anchor anchor, double x, double y, double w, double h) {
        Anchor.Wrap wrap = anchor.wrap();
        if (!wrap.displacesText()) {
            return null;
        }
        double top = y - wrap.distTop();
        double bottom = y + h + wrap.distBottom();
        if (wrap.type() == Anchor.WrapType.TOP_AND_BOTTOM) {
            return Exclusion.box(x, top, x + w, bottom, Exclusion.Sides.FULL_WIDTH);
        }
        Exclusion.Sides sides = switch (wrap.text()) {
            case LEFT -> Exclusion.Sides.LEFT;
            case RIGHT -> Exclusion.Sides.RIGHT;
            case LARGEST -> Exclusion.Sides.LARGEST;
            default -> Exclusion.Sides.BOTH;
        };
        List<double[]> polygon = new ArrayList<>();
        if (wrap.type() != Anchor.WrapType.SQUARE) {
            for (Anchor.Point pt : wrap.polygon()) {
                polygon.add(new double[] {x + pt.x(), y + pt.y()});
            }
        }
        return new Exclusion(x - wrap.distLeft(), top, x + w + wrap.distRight(), bottom, sides,
                wrap.distLeft(), wrap.distRight(), polygon);
    }
}
