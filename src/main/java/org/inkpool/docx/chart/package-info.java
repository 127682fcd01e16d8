/**
 * Charts (c:chart parts) and SmartArt read into drawings.
 */
package org.inkpool.docx.chart;
