/**
 * Anchored objects' anchors, drawings (shapes, paths, fills, strokes) and text boxes.
 */
package org.inkpool.model.drawing;
