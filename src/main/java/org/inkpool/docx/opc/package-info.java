/**
 * The package: opening the zip safely (size guards, sniffing the real type), relationships and parts, the
 * locked-down XML parser, embedded fonts and OLE containers.
 */
package org.inkpool.docx.opc;
