/**
 * Blocks turned into flow items: composed paragraphs and laid-out tables, paragraph borders and the stacks of
 * blocks that cells, text boxes and headers share.
 */
package org.inkpool.layout.flow;
