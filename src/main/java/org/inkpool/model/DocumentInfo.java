package org.inkpool.model;

import java.time.Instant;

/**
 * Core properties of the document (title, author…); any text may be empty, never null.
 *
 * @param created  dcterms:created, or null when the document does not say
 * @param modified dcterms:modified, or null
 * @param language the document's default language as a BCP 47 tag ("en-US"), or "" when unknown
 */
public record DocumentInfo(String title, String author, String subject, String keywords, Instant created,
                           Instant modified, String language) {
    public static final DocumentInfo EMPTY = new DocumentInfo("", "", "", "");

    public DocumentInfo {
        title = title == null ? "" : title;
        author = author == null ? "" : author;
        subject = subject == null ? "" : subject;
        keywords = keywords == null ? "" : keywords;
        language = language == null ? "" : language;
    }

    /** Properties without dates and language. */
    public DocumentInfo(String title, String author, String subject, String keywords) {
        this(title, author, subject, keywords, null, null, "");
    }

    public DocumentInfo withLanguage(String newLanguage) {
        return new DocumentInfo(title, author, subject, keywords, created, modified, newLanguage);
    }
}
