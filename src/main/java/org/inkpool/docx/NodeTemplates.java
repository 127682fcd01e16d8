package org.inkpool.docx;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.HashMap;
import java.util.Map;

/**
 * Makes elements and attributes by cloning one template per namespace and qualified name.
 * {@code createElementNS} and {@code createAttributeNS} split every name into new prefix and local-name
 * strings (the DOM parser hands over the ones it has); a shallow clone shares the template's, so building
 * a block allocates about what the DOM parser would.
 */
final class NodeTemplates {
    private final Document doc;
    /** By namespace URI ("" for none), then qualified name. */
    private final Map<String, Map<String, Element>> elements = new HashMap<>();
    private final Map<String, Map<String, Attr>> attributes = new HashMap<>();

    NodeTemplates(Document doc) {
        this.doc = doc;
    }

    /** A new element without attributes or children; {@code uri} is "" for no namespace. */
    Element element(String uri, String qName) {
        Map<String, Element> byName = elements.computeIfAbsent(uri, u -> new HashMap<>());
        Element template = byName.get(qName);
        if (template == null) {
            template = doc.createElementNS(uri.isEmpty() ? null : uri, qName);
            byName.put(qName, template);
        }
        return (Element) template.cloneNode(false);
    }

    /** A new attribute with the value; {@code uri} is "" for no namespace. */
    Attr attribute(String uri, String qName, String value) {
        Map<String, Attr> byName = attributes.computeIfAbsent(uri, u -> new HashMap<>());
        Attr template = byName.get(qName);
        if (template == null) {
            template = doc.createAttributeNS(uri.isEmpty() ? null : uri, qName);
            byName.put(qName, template);
        }
        Attr attr = (Attr) template.cloneNode(false);
        attr.setValue(value);
        return attr;
    }
}
