package org.inkpool.docx;

import org.inkpool.docx.body.BodyBlocks;
import org.inkpool.docx.body.BodyReader;
import org.inkpool.docx.body.BodySource;
import org.inkpool.docx.body.NotesReader;
import org.inkpool.docx.body.RevisionView;
import org.inkpool.docx.body.Revisions;
import org.inkpool.docx.body.StreamedBody;
import org.inkpool.docx.media.ImageLoader;
import org.inkpool.docx.opc.DocxPackage;
import org.inkpool.docx.opc.EmbeddedFonts;
import org.inkpool.docx.opc.FileSniffer;
import org.inkpool.docx.opc.OleContainer;
import org.inkpool.docx.opc.ZipGuard;
import org.inkpool.docx.style.CompatibilityMode;
import org.inkpool.docx.style.FontNames;
import org.inkpool.docx.style.Numbering;
import org.inkpool.docx.style.Settings;
import org.inkpool.docx.style.StyleSheet;
import org.inkpool.docx.style.Theme;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageProperties;
import org.inkpool.model.Document;
import org.inkpool.model.DocumentInfo;
import org.inkpool.model.EmbeddedFont;
import org.inkpool.model.NoteReference;
import org.inkpool.model.Notes;
import org.inkpool.model.style.Rgb;
import org.inkpool.model.section.Section;
import org.inkpool.model.UnreadableDocumentException;
import org.inkpool.model.UnreadableDocumentException.Reason;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.zip.ZipFile;

/**
 * Reads a .docx/.docm into the immutable document model, with every style cascade resolved. No POI type
 * leaves this package. The source file is only read. Every failure is an {@link UnreadableDocumentException}
 * with a plain reason; nothing POI throws escapes.
 */
public final class DocxReader {
    static {
        ZipGuard.install();
    }

    private final RevisionView revisionView;
    private final BodySource bodySource;

    /** A reader that shows tracked changes as Word prints them by default (all markup, inline). */
    public DocxReader() {
        this(RevisionView.ALL_MARKUP);
    }

    public DocxReader(RevisionView revisionView) {
        this(revisionView, StreamedBody.INSTANCE);
    }

    /** A reader that takes the main part's body from {@code bodySource} (tests compare sources with it). */
    public DocxReader(RevisionView revisionView, BodySource bodySource) {
        this.revisionView = revisionView == null ? RevisionView.ALL_MARKUP : revisionView;
        this.bodySource = bodySource;
    }

    public Document read(Path file) throws UnreadableDocumentException {
        return read(file, w -> { });
    }

    /** Reads the document; things that could not be shown faithfully (pictures left out…) go to {@code warnings}. */
    public Document read(Path file, Consumer<String> warnings) throws UnreadableDocumentException {
        return read(file, warnings, f -> { });
    }

    /**
     * Reads the document, reporting the fraction of the main document part read so far (0–1, never going
     * back) to {@code progress}.
     */
    public Document read(Path file, Consumer<String> warnings, DoubleConsumer progress)
            throws UnreadableDocumentException {
        if (!Files.isRegularFile(file)) {
            throw new UnreadableDocumentException(Reason.NOT_WORD, "Not a file: " + file.getFileName());
        }
        return readOpened(() -> FileSniffer.sniff(file) == FileSniffer.Kind.OLE2 ? OleContainer.open(file)
                : openZip(file), warnings, progress);
    }

    /**
     * Reads a Word package held in memory (the zip bytes of a .docx), as {@link #read(Path, Consumer,
     * DoubleConsumer)} reads a file: the Word 2003 XML reader hands its translation over this way.
     */
    public Document readPackage(byte[] zip, Consumer<String> warnings, DoubleConsumer progress)
            throws UnreadableDocumentException {
        return readOpened(() -> {
            try {
                return OPCPackage.open(new java.io.ByteArrayInputStream(zip));
            } catch (Exception e) {
                throw new UnreadableDocumentException(Reason.CORRUPT, "The document's package could not be built", e);
            }
        }, warnings, progress);
    }

    private interface Opener {
        OPCPackage open() throws UnreadableDocumentException, IOException;
    }

    private Document readOpened(Opener opener, Consumer<String> warnings, DoubleConsumer progress)
            throws UnreadableDocumentException {
        OPCPackage pkg = null;
        try {
            pkg = opener.open();
            return readPackage(pkg, new Warnings(warnings), progress == null ? f -> { } : progress);
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (StackOverflowError e) {
            throw new UnreadableDocumentException(Reason.CORRUPT, "The document is nested too deeply to be read", e);
        } catch (LinkageError e) {
            // a POI code path that needs a schema class the lite jar lacks: a limitation, not the user's fault
            throw new UnreadableDocumentException(Reason.UNSUPPORTED,
                    "The document uses a feature this reader cannot load (" + e.getClass().getSimpleName() + ")", e);
        } catch (SAXException e) {
            throw new UnreadableDocumentException(Reason.CORRUPT, xmlReason(e), e);
        } catch (IOException e) {
            throw classifyIo(e);
        } catch (RuntimeException e) {
            throw classifyRuntime(e);
        } finally {
            if (pkg != null) {
                pkg.revert(); // read-only: close without saving anything
            }
        }
    }

    private static OPCPackage openZip(Path file) throws UnreadableDocumentException {
        // POI would fall back to scanning local headers of a zip whose central directory is broken; such a
        // file is damaged (Word asks to "recover" it, LibreOffice refuses it), so it is reported as corrupt.
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() == 0) {
                throw new UnreadableDocumentException(Reason.CORRUPT, "The document is an empty zip archive");
            }
            ZipGuard.checkDeclared(zip);
        } catch (IOException e) {
            throw new UnreadableDocumentException(Reason.CORRUPT,
                    "The document is damaged: its zip archive is truncated or broken", e);
        }
        try {
            return OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (NotOfficeXmlFileException e) {
            throw new UnreadableDocumentException(Reason.NOT_WORD,
                    "The file is a zip archive but not a Word document", e);
        } catch (Exception e) {
            UnreadableDocumentException tooLarge = tooLarge(e);
            if (tooLarge != null) {
                throw tooLarge;
            }
            if (String.valueOf(e.getMessage()).contains("content type part")) {
                // a sound zip without [Content_Types].xml is some other kind of archive
                throw new UnreadableDocumentException(Reason.NOT_WORD,
                        "The file is a zip archive but not a Word document", e);
            }
            throw new UnreadableDocumentException(Reason.CORRUPT,
                    "The document is damaged: its zip archive is truncated or broken", e);
        }
    }

    private Document readPackage(OPCPackage opc, Warnings warnings, DoubleConsumer progress)
            throws IOException, SAXException, UnreadableDocumentException {
        DocxPackage pkg;
        try {
            pkg = DocxPackage.of(opc);
        } catch (Exception e) {
            throw new UnreadableDocumentException(Reason.CORRUPT, "The document's package structure is broken", e);
        }
        if (pkg == null) {
            throw new UnreadableDocumentException(Reason.CORRUPT,
                    "The package has no main document part (word/document.xml is missing)");
        }
        String mainType = pkg.main().getContentType();
        if (mainType.contains("presentationml") || mainType.contains("spreadsheetml")
                || mainType.contains("ms-excel") || mainType.contains("ms-powerpoint")) {
            throw new UnreadableDocumentException(Reason.NOT_WORD,
                    "This is a PowerPoint or Excel file, not a Word document");
        }
        if (!mainType.contains("wordprocessingml") && !mainType.contains("ms-word")) {
            throw new UnreadableDocumentException(Reason.CORRUPT,
                    "The package has no Word main document part (word/document.xml is missing)");
        }
        MainBody body = new MainBody(pkg, warnings, Set.of());
        if (!bodySource.read(pkg.main(), body, progress)) {
            throw new UnreadableDocumentException(Reason.CORRUPT, "The main document part has no body");
        }
        Set<Integer> unclosed = body.ctx.unclosedFields();
        if (!unclosed.isEmpty()) {
            // a field begin that never ends was never a field: read the body again without it, so the
            // text after it prints (it would all be hidden as field code)
            body = new MainBody(pkg, warnings, unclosed);
            bodySource.read(pkg.main(), body, f -> { });
        }
        List<Section> sections = body.sections.finish();
        ReadContext ctx = body.ctx;
        NotesReader notes = new NotesReader(ctx);
        Notes read = new Notes(
                notes.read("footnotes", NoteReference.Kind.FOOTNOTE, ctx.noteMarks.footnoteIds()),
                notes.read("endnotes", NoteReference.Kind.ENDNOTE, ctx.noteMarks.endnoteIds()));
        String lang = ctx.styles.defaultLang();
        DocumentInfo info = info(opc).withLanguage(lang == null ? "" : lang.strip());
        Rgb background = body.pageSettings.displayBackgroundShape() ? body.background : null;
        return new Document(info, sections, embeddedFonts(pkg, warnings), read,
                body.pageSettings.evenAndOddHeaders(), background);
    }

    /**
     * The body being read. The other parts it needs (styles, numbering, theme, settings) are read when the
     * main part's w:body opens, so a main part that is damaged or bodiless before that fails first, as it
     * did when the whole part was parsed up front.
     */
    private final class MainBody implements BodyBlocks {
        private final DocxPackage pkg;
        private final Warnings warnings;
        private ReadContext ctx;
        private PageSettings pageSettings;
        private BodyReader.Sections sections;
        private final Set<Integer> neverClosedFields;
        /** The w:background colour; shown only when the settings ask (w:displayBackgroundShape). */
        private Rgb background;

        MainBody(DocxPackage pkg, Warnings warnings, Set<Integer> neverClosedFields) {
            this.pkg = pkg;
            this.warnings = warnings;
            this.neverClosedFields = neverClosedFields;
        }

        @Override
        public void bodyStarted() throws SAXException {
            Optional<org.w3c.dom.Document> stylesXml = optionalPart(pkg, "styles", warnings);
            StyleSheet styles = stylesXml.map(StyleSheet::parse).orElseGet(StyleSheet::empty);
            Numbering numbering = optionalPart(pkg, "numbering", warnings).map(Numbering::parse)
                    .orElseGet(Numbering::empty);
            Optional<org.w3c.dom.Document> themeXml = optionalPart(pkg, "theme", warnings);
            Theme theme = themeXml.map(Theme::parse).orElse(Theme.NONE);
            Optional<org.w3c.dom.Document> settingsXml = optionalPart(pkg, "settings", warnings);
            Settings settings = settingsXml.map(Settings::parse).orElse(Settings.DEFAULT);
            pageSettings = settingsXml.map(PageSettings::parse).orElse(PageSettings.DEFAULT);

            String eastAsiaLang = settings.themeEastAsiaLang() != null ? settings.themeEastAsiaLang()
                    : styles.defaultEastAsiaLang();
            String bidiLang = settings.themeBidiLang() != null ? settings.themeBidiLang() : styles.defaultBidiLang();
            FontNames fonts = new FontNames(theme, eastAsiaLang, bidiLang);
            ctx = new ReadContext(pkg, pkg.main(), styles, numbering, fonts, settings.defaultTabStop(),
                    new ImageLoader(pkg, warnings), warnings);
            ctx.revisions = new Revisions(revisionView);
            ctx.startStory(neverClosedFields);
            ctx.shapeTheme = themeXml.map(org.inkpool.docx.drawing.ShapeTheme::parse)
                    .orElse(org.inkpool.docx.drawing.ShapeTheme.OFFICE);
            ctx.compatibilityMode = settingsXml.map(CompatibilityMode::of).orElse(CompatibilityMode.DEFAULT);
            ctx.gridInTables = pageSettings.adjustLineHeightInTable();
            ctx.noteMarks.formats(pageSettings.footnoteNumFmt(), pageSettings.endnoteNumFmt());
            sections = new BodyReader(ctx).new Sections();
        }

        @Override
        public void background(String color) {
            background = Rgb.parse(color);
        }

        @Override
        public void block(Element child) {
            sections.add(child);
        }

        @Override
        public void tableContent(Element tbl, Element child) {
            sections.tableContent(tbl, child);
        }
    }

    /** A part the document can live without: when damaged, a warning, and the reader goes on without it. */
    private static Optional<org.w3c.dom.Document> optionalPart(DocxPackage pkg, String kind, Warnings warnings)
            throws SAXException {
        try {
            PackagePart part = pkg.related(kind);
            return part == null ? Optional.empty() : Optional.of(DocxPackage.parse(part));
        } catch (SAXException e) {
            if (e.getMessage() != null && e.getMessage().contains("DOCTYPE")) {
                throw e; // never tolerate an entity declaration, wherever it is
            }
            warnings.warn("The document's " + kind + " part is damaged and was ignored");
            return Optional.empty();
        } catch (Exception e) {
            warnings.warn("The document's " + kind + " part could not be read and was ignored");
            return Optional.empty();
        }
    }

    private static List<EmbeddedFont> embeddedFonts(DocxPackage pkg, Warnings warnings) {
        try {
            PackagePart fontTable = pkg.related("fontTable");
            if (fontTable == null) {
                return List.of();
            }
            return EmbeddedFonts.read(pkg, fontTable, DocxPackage.parse(fontTable), warnings);
        } catch (Exception e) {
            warnings.warn("The font table could not be read; embedded fonts were not used");
            return List.of();
        }
    }

    private static DocumentInfo info(OPCPackage opc) {
        try {
            PackageProperties p = opc.getPackageProperties();
            return new DocumentInfo(p.getTitleProperty().orElse(""), p.getCreatorProperty().orElse(""),
                    p.getSubjectProperty().orElse(""), p.getKeywordsProperty().orElse(""),
                    p.getCreatedProperty().map(java.util.Date::toInstant).orElse(null),
                    p.getModifiedProperty().map(java.util.Date::toInstant).orElse(null), "");
        } catch (Exception | LinkageError e) {
            return DocumentInfo.EMPTY;
        }
    }

    private static String xmlReason(SAXException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("DOCTYPE")) {
            return "The document contains a DOCTYPE declaration (external entities are refused)";
        }
        return "The document's XML is damaged: " + firstLine(m);
    }

    private static UnreadableDocumentException classifyIo(IOException e) {
        UnreadableDocumentException tooLarge = tooLarge(e);
        if (tooLarge != null) {
            return tooLarge;
        }
        return new UnreadableDocumentException(Reason.CORRUPT,
                "The document is damaged: " + firstLine(String.valueOf(e.getMessage())), e);
    }

    private static UnreadableDocumentException classifyRuntime(RuntimeException e) {
        UnreadableDocumentException tooLarge = tooLarge(e);
        if (tooLarge != null) {
            return tooLarge;
        }
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
            if (cause instanceof SAXException sax) {
                return new UnreadableDocumentException(Reason.CORRUPT, xmlReason(sax), e);
            }
        }
        return new UnreadableDocumentException(Reason.CORRUPT,
                "The document could not be read (" + e.getClass().getSimpleName() + ": "
                        + firstLine(String.valueOf(e.getMessage())) + ")", e);
    }

    /** POI's zip-bomb guards (ZipSecureFile) report through IOExceptions; told with the limit that was hit. */
    private static UnreadableDocumentException tooLarge(Throwable e) {
        return ZipGuard.reason(e);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
