package org.inkpool.docx.body;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.HashMap;
import java.util.Map;

/**
 * Makes elements and attributes by cloning one template per qualified name. {@code createElementNS} and
 * {@code createAttributeNS} split every name into new prefix and local-name strings (the DOM parser hands
 * over the ones it has); a shallow clone shares the template's, so building a block allocates about what
 * the DOM parser would, and the young collector runs less often.
 */
final class NodeTemplates {
    private final Document doc;
    private final Map<String, Element> elements = new HashMap<>();
    private final Map<String, Attr> attributes = new HashMap<>();

    NodeTemplates(Document doc) {
        this.doc = doc;
    }

    /** A new element without attributes or children; {@code uri} is null for no namespace. */
    Element element(String uri, String qName) {
        Element template = elements.get(qName);
        if (template == null || !sameNamespace(template, uri)) {
            template = doc.createElementNS(uri, qName);
            // a prefix bound to another namespace further on replaces the template: rare, and still right
            elements.put(qName, template);
        }
        return (Element) template.cloneNode(false);
    }

    /** A new attribute with the value; {@code uri} is null for no namespace. */
    Attr attribute(String uri, String qName, String value) {
        Attr template = attributes.get(qName);
        if (template == null || !sameNamespace(template, uri)) {
            template = doc.createAttributeNS(uri, qName);
            attributes.put(qName, template);
        }
        Attr attr = (Attr) template.cloneNode(false);
        attr.setValue(value);
        return attr;
    }

    private static boolean sameNamespace(Node template, String uri) {
        String own = template.getNamespaceURI();
        return own == null ? uri == null : own.equals(uri);
    }
}
