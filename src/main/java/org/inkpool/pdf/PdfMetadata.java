package org.inkpool.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.XmpSerializer;
import org.inkpool.model.DocumentInfo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.regex.Pattern;

/**
 * The document's properties in the PDF: the information dictionary and the same values as XMP metadata
 * (title, author, subject, keywords, the document's own creation and modification dates, producer
 * "Inkpool &lt;version&gt;"), the language of the text (/Lang) and, for PDF/A, its identification.
 */
final class PdfMetadata {

    /** BCP 47 as Word writes it: "en-US", "zh-CN", "sr-Latn-RS". */
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    private PdfMetadata() {
    }

    /** "Inkpool 0.1.0" from the jar's manifest; "Inkpool" when run from classes. */
    static String producer() {
        String version = PdfMetadata.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? "Inkpool" : "Inkpool " + version;
    }

    /**
     * Writes the properties.
     *
     * @param pdfaPart 2 to identify the file as PDF/A-2b, 0 for none
     */
    static void describe(PDDocument pdf, DocumentInfo info, int pdfaPart, Instant now) throws IOException {
        describe(pdf, info, pdfaPart, "B", now);
    }

    /**
     * Writes the properties.
     *
     * @param pdfaPart    2 to identify the file as PDF/A-2, 0 for none
     * @param conformance the PDF/A level claimed: "B" (looks the same for ever), "A" (also tagged, with the
     *                    text's Unicode and language: accessible)
     */
    static void describe(PDDocument pdf, DocumentInfo info, int pdfaPart, String conformance, Instant now)
            throws IOException {
        Instant written = now.truncatedTo(ChronoUnit.SECONDS);
        Calendar created = calendar(info.created() != null ? info.created() : written);
        Calendar modified = calendar(info.modified() != null ? info.modified() : written);
        Calendar metadataDate = calendar(written);
        String producer = producer();

        PDDocumentInformation properties = pdf.getDocumentInformation();
        if (!info.title().isBlank()) {
            properties.setTitle(info.title());
            PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
            prefs.setDisplayDocTitle(true);
            pdf.getDocumentCatalog().setViewerPreferences(prefs);
        }
        if (!info.author().isBlank()) {
            properties.setAuthor(info.author());
        }
        if (!info.subject().isBlank()) {
            properties.setSubject(info.subject());
        }
        if (!info.keywords().isBlank()) {
            properties.setKeywords(info.keywords());
        }
        properties.setProducer(producer);
        properties.setCreator(producer);
        properties.setCreationDate(created);
        properties.setModificationDate(modified);
        String language = info.language();
        if (LANGUAGE.matcher(language).matches()) {
            pdf.getDocumentCatalog().setLanguage(language);
        }

        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setFormat("application/pdf");
        if (!info.title().isBlank()) {
            dc.setTitle(info.title());
        }
        if (!info.author().isBlank()) {
            dc.addCreator(info.author());
        }
        if (!info.subject().isBlank()) {
            dc.setDescription(info.subject());
        }
        if (LANGUAGE.matcher(language).matches()) {
            dc.addLanguage(language);
        }
        AdobePDFSchema pdfSchema = xmp.createAndAddAdobePDFSchema();
        pdfSchema.setProducer(producer);
        if (!info.keywords().isBlank()) {
            pdfSchema.setKeywords(info.keywords());
        }
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(producer);
        basic.setCreateDate(created);
        basic.setModifyDate(modified);
        basic.setMetadataDate(metadataDate);
        if (pdfaPart > 0) {
            PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
            id.setPart(pdfaPart);
            try {
                id.setConformance(conformance);
            } catch (org.apache.xmpbox.type.BadFieldValueException e) {
                throw new IllegalArgumentException("no PDF/A conformance level: " + conformance, e);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, bytes, true);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException("The XMP metadata could not be written: " + e.getMessage(), e);
        }
        PDMetadata metadata = new PDMetadata(pdf);
        metadata.importXMPMetadata(bytes.toByteArray());
        pdf.getDocumentCatalog().setMetadata(metadata);
    }

    private static Calendar calendar(Instant instant) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(instant.truncatedTo(ChronoUnit.SECONDS).toEpochMilli());
        return c;
    }
}
