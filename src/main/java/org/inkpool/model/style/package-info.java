/**
 * Formatting values shared by the model: paragraph and run properties, borders, colours, tab stops, line
 * spacing.
 */
package org.inkpool.model.style;
