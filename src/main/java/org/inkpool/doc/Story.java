package org.inkpool.doc;

import org.apache.poi.hwpf.usermodel.OfficeDrawings;

/**
 * Which text a range belongs to, which decides what its special characters mean: a 0x02 in the main text is a
 * note reference, in a note it is the note's own mark; floating shapes are indexed per story.
 *
 * @param drawings   the story's floating shapes, or null
 * @param cpOrigin   where the story's character positions start (shapes are indexed from there)
 * @param noteMark   in a note: the mark its 0x02 shows; null elsewhere
 */
record Story(Kind kind, OfficeDrawings drawings, int cpOrigin, String noteMark) {
    enum Kind { MAIN, HEADER, NOTE }
}
