package org.inkpool.docx.drawing;

import org.apache.poi.sl.draw.geom.AdjustPoint;
import org.apache.poi.sl.draw.geom.AdjustValue;
import org.apache.poi.sl.draw.geom.ArcToCommand;
import org.apache.poi.sl.draw.geom.ClosePathCommand;
import org.apache.poi.sl.draw.geom.Context;
import org.apache.poi.sl.draw.geom.CurveToCommand;
import org.apache.poi.sl.draw.geom.CustomGeometry;
import org.apache.poi.sl.draw.geom.Guide;
import org.apache.poi.sl.draw.geom.GuideIf;
import org.apache.poi.sl.draw.geom.LineToCommand;
import org.apache.poi.sl.draw.geom.MoveToCommand;
import org.apache.poi.sl.draw.geom.Path;
import org.apache.poi.sl.draw.geom.PathIf;
import org.apache.poi.sl.draw.geom.PresetGeometries;
import org.apache.poi.sl.draw.geom.QuadToCommand;
import org.apache.poi.sl.usermodel.PaintStyle;
import org.w3c.dom.Element;

import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A shape's geometry (a:prstGeom with its a:avLst, or a:custGeom) evaluated at the shape's size with the
 * ECMA-376 formulas: presets come from the definitions shipped inside POI, custom paths are built into
 * POI's geometry objects and evaluated by the same engine. The result is in the shape's own coordinates
 * (EMU, top-left at 0, 0), before its rotation, flips and group transforms.
 */
final class ShapeGeometry {

    /** One path of the geometry and whether it is filled (and how) and outlined. */
    record Outline(Path2D.Double path, boolean filled, Shading shading, boolean stroked) {
    }

    /** DrawingML's path fill modes: some presets shade a face darker or lighter (a can's top, a cube's side). */
    enum Shading { NORMAL, DARKEN, DARKEN_LESS, LIGHTEN, LIGHTEN_LESS }

    private ShapeGeometry() {
    }

    /**
     * The outlines of the geometry in {@code spPr} at {@code width} × {@code height} EMU. A missing or
     * unknown geometry is a rectangle.
     */
    static List<Outline> outlines(Element spPr, double width, double height) {
        Element custom = Dom.child(spPr, "custGeom");
        if (custom != null) {
            CustomGeometry geometry = custom(custom);
            if (geometry != null) {
                return evaluate(geometry, width, height, Map.of());
            }
        }
        Element preset = Dom.child(spPr, "prstGeom");
        String name = preset == null ? "rect" : preset.getAttribute("prst");
        return preset(name.isEmpty() ? "rect" : name, width, height, adjusts(Dom.child(preset, "avLst")));
    }

    /** A preset geometry by name, with adjust values by name (formulas such as "val 25000"). */
    static List<Outline> preset(String name, double width, double height, Map<String, String> adjusts) {
        CustomGeometry geometry = PresetGeometries.getInstance().get(name);
        if (geometry == null) {
            geometry = PresetGeometries.getInstance().get("rect");
        }
        return evaluate(geometry, width, height, adjusts);
    }

    private static Map<String, String> adjusts(Element avLst) {
        Map<String, String> out = new HashMap<>();
        for (Element gd : Dom.children(avLst)) {
            if ("gd".equals(gd.getLocalName()) && !gd.getAttribute("name").isEmpty()) {
                out.put(gd.getAttribute("name"), gd.getAttribute("fmla"));
            }
        }
        return out;
    }

    private static List<Outline> evaluate(CustomGeometry geometry, double width, double height,
                                          Map<String, String> adjusts) {
        List<Outline> out = new ArrayList<>();
        for (PathIf p : geometry) {
            // a path with its own w/h is drawn in that coordinate space, scaled to the shape
            double pw = p.getW() > 0 ? p.getW() : width;
            double ph = p.getH() > 0 ? p.getH() : height;
            Context ctx = new Context(geometry, new Rectangle2D.Double(0, 0, pw, ph), name -> guide(name, adjusts));
            Path2D.Double path;
            try {
                path = p.getPath(ctx);
            } catch (RuntimeException e) {
                continue; // a formula naming a guide that does not exist: that path cannot be drawn
            }
            if (pw != width || ph != height) {
                path.transform(AffineTransform.getScaleInstance(pw == 0 ? 1 : width / pw, ph == 0 ? 1 : height / ph));
            }
            out.add(new Outline(path, p.isFilled(), shading(p.getFill()), p.isStroked()));
        }
        return out;
    }

    private static GuideIf guide(String name, Map<String, String> adjusts) {
        String formula = adjusts.get(name);
        if (formula == null || formula.isBlank()) {
            return null;
        }
        Guide g = new Guide();
        g.setName(name);
        g.setFmla(formula);
        return g;
    }

    private static Shading shading(PaintStyle.PaintModifier modifier) {
        if (modifier == null) {
            return Shading.NORMAL;
        }
        return switch (modifier) {
            case DARKEN -> Shading.DARKEN;
            case DARKEN_LESS -> Shading.DARKEN_LESS;
            case LIGHTEN -> Shading.LIGHTEN;
            case LIGHTEN_LESS -> Shading.LIGHTEN_LESS;
            default -> Shading.NORMAL;
        };
    }

    /** An a:custGeom built into POI's geometry objects, or null when it has no path. */
    static CustomGeometry custom(Element custGeom) {
        CustomGeometry g = new CustomGeometry();
        for (Element gd : Dom.children(Dom.child(custGeom, "avLst"))) {
            AdjustValue av = new AdjustValue();
            av.setName(gd.getAttribute("name"));
            av.setFmla(gd.getAttribute("fmla"));
            g.addAdjustGuide(av);
        }
        for (Element gd : Dom.children(Dom.child(custGeom, "gdLst"))) {
            Guide guide = new Guide();
            guide.setName(gd.getAttribute("name"));
            guide.setFmla(gd.getAttribute("fmla"));
            g.addGeomGuide(guide);
        }
        boolean any = false;
        for (Element pe : Dom.children(Dom.child(custGeom, "pathLst"))) {
            if (!"path".equals(pe.getLocalName())) {
                continue;
            }
            Path path = new Path();
            path.setW(Dom.longAttr(pe, "w", -1));
            path.setH(Dom.longAttr(pe, "h", -1));
            if ("none".equals(pe.getAttribute("fill"))) {
                path.setFill(PaintStyle.PaintModifier.NONE);
            }
            String stroke = pe.getAttribute("stroke");
            path.setStroke(!(stroke.equals("0") || stroke.equals("false")));
            for (Element c : Dom.children(pe)) {
                List<Element> pts = Dom.children(c);
                switch (c.getLocalName()) {
                    case "moveTo" -> {
                        if (!pts.isEmpty()) {
                            MoveToCommand m = new MoveToCommand();
                            m.setPt(point(pts.get(0)));
                            path.addCommand(m);
                        }
                    }
                    case "lnTo" -> {
                        if (!pts.isEmpty()) {
                            LineToCommand l = new LineToCommand();
                            l.setPt(point(pts.get(0)));
                            path.addCommand(l);
                        }
                    }
                    case "arcTo" -> {
                        ArcToCommand a = new ArcToCommand();
                        a.setWR(c.getAttribute("wR"));
                        a.setHR(c.getAttribute("hR"));
                        a.setStAng(c.getAttribute("stAng"));
                        a.setSwAng(c.getAttribute("swAng"));
                        path.addCommand(a);
                    }
                    case "quadBezTo" -> {
                        if (pts.size() >= 2) {
                            QuadToCommand q = new QuadToCommand();
                            q.setPt1(point(pts.get(0)));
                            q.setPt2(point(pts.get(1)));
                            path.addCommand(q);
                        }
                    }
                    case "cubicBezTo" -> {
                        if (pts.size() >= 3) {
                            CurveToCommand cu = new CurveToCommand();
                            cu.setPt1(point(pts.get(0)));
                            cu.setPt2(point(pts.get(1)));
                            cu.setPt3(point(pts.get(2)));
                            path.addCommand(cu);
                        }
                    }
                    case "close" -> path.addCommand(new ClosePathCommand());
                    default -> {
                    }
                }
            }
            g.addPath(path);
            any = true;
        }
        return any ? g : null;
    }

    private static AdjustPoint point(Element pt) {
        AdjustPoint p = new AdjustPoint();
        p.setX(pt.getAttribute("x"));
        p.setY(pt.getAttribute("y"));
        return p;
    }
}
