package org.inkpool.doc;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.FSPA;
import org.apache.poi.hwpf.model.PicturesTable;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.OfficeDrawing;
import org.apache.poi.hwpf.usermodel.OfficeDrawings;
import org.apache.poi.hwpf.usermodel.Picture;
import org.inkpool.docx.SharedValues;
import org.inkpool.model.AnchoredObject;
import org.inkpool.model.InlineImage;

import java.util.function.Consumer;

/**
 * Pictures of a binary document: inline ones (a 0x01 character pointing at a PICF in the data stream, which is
 * also how an embedded OLE object shows its preview) and floating ones (a 0x08 character anchoring an Office Art
 * shape whose blip is in the drawing group). A floating picture becomes an {@link AnchoredObject} placed by its
 * FSPA and Office Art options (see {@link ShapeAnchors}).
 */
final class Pictures {
    private final HWPFDocument doc;
    private final PicturesTable table;
    private final Consumer<String> warnings;
    private final ShapeAnchors anchors;

    Pictures(HWPFDocument doc, Consumer<String> warnings) {
        this.doc = doc;
        this.table = doc == null ? null : doc.getPicturesTable();
        this.warnings = warnings;
        this.anchors = new ShapeAnchors(doc);
    }

    /** The inline picture of a 0x01 character, or null when there is none to show. */
    InlineImage inline(CharacterRun run) {
        if (table == null) {
            return null;
        }
        try {
            Picture pic;
            if (table.hasPicture(run)) {
                pic = table.extractPicture(run, false);
            } else if (run.getPicOffset() >= 0 && run.getPicOffset() < doc.getDataStream().length) {
                // a 0x01 sharing its run with a field's marks (INCLUDEPICTURE): POI only looks at lone ones
                pic = new Picture(run.getPicOffset(), doc.getDataStream(), false);
            } else {
                return null;
            }
            if (pic == null) {
                return null;
            }
            double scaleX = pic.getHorizontalScalingFactor() > 0 ? pic.getHorizontalScalingFactor() / 1000.0 : 1;
            double scaleY = pic.getVerticalScalingFactor() > 0 ? pic.getVerticalScalingFactor() / 1000.0 : 1;
            double width = (pic.getDxaGoal() - pic.getDxaCropLeft() - pic.getDxaCropRight()) * scaleX / 20;
            double height = (pic.getDyaGoal() - pic.getDyaCropTop() - pic.getDyaCropBottom()) * scaleY / 20;
            return SharedValues.picture(pic.getContent(), pic.suggestFullFileName(), Units.clamp(width, 0,
                    Units.MAX_LENGTH), Units.clamp(height, 0, Units.MAX_LENGTH), pic.getDescription(), warnings);
        } catch (RuntimeException e) {
            warnings.accept("An inline picture could not be read; it was left out");
            return null;
        }
    }

    /** The floating picture anchored at position {@code cp} of the story, or null. */
    AnchoredObject floating(Story story, int cp) {
        OfficeDrawings drawings = story.drawings();
        if (drawings == null) {
            return null;
        }
        try {
            OfficeDrawing shape = drawings.getOfficeDrawingAt(cp);
            if (shape == null) {
                return null;
            }
            byte[] data = shape.getPictureData();
            if (data == null) {
                warnings.accept("Drawn shapes of a .doc file (other than pictures) are not shown yet");
                return null;
            }
            double width = Units.clamp((shape.getRectangleRight() - shape.getRectangleLeft()) / 20.0, 0,
                    Units.MAX_LENGTH);
            double height = Units.clamp((shape.getRectangleBottom() - shape.getRectangleTop()) / 20.0, 0,
                    Units.MAX_LENGTH);
            InlineImage picture = SharedValues.picture(data, "floating picture " + shape.getShapeId(), width, height,
                    "", warnings);
            FSPA fspa = anchors.at(story.kind(), cp);
            if (picture == null || fspa == null) {
                return null;
            }
            return new AnchoredObject(ShapeAnchors.anchor(fspa, shape.getOfficeArtSpContainer()), width, height,
                    picture, null, picture.description());
        } catch (RuntimeException e) {
            warnings.accept("A floating picture could not be read; it was left out");
            return null;
        }
    }

    OfficeDrawings mainDrawings() {
        try {
            return doc == null ? null : doc.getOfficeDrawingsMain();
        } catch (RuntimeException e) {
            return null;
        }
    }

    OfficeDrawings headerDrawings() {
        try {
            return doc == null ? null : doc.getOfficeDrawingsHeaders();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
