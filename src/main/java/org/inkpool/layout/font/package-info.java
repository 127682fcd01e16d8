/**
 * The font-metrics interface layout measures with, and the per-document cache of faces it asks for.
 */
package org.inkpool.layout.font;
