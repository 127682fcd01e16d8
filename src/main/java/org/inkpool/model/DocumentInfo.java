package org.inkpool.model;

/** Core properties of the document (title, author…); any of them may be empty, never null. */
public record DocumentInfo(String title, String author, String subject, String keywords) {
    public static final DocumentInfo EMPTY = new DocumentInfo("", "", "", "");

    public DocumentInfo {
        title = title == null ? "" : title;
        author = author == null ? "" : author;
        subject = subject == null ? "" : subject;
        keywords = keywords == null ? "" : keywords;
    }
}
