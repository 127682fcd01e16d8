/**
 * Pictures: loading with a pixel budget, metafiles, PNG encoding.
 */
package org.inkpool.docx.media;
