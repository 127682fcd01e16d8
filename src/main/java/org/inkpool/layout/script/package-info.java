/**
 * Right-to-left and complex-script text: bidi reordering of lines, mirroring, Arabic joining and presentation
 * forms.
 */
package org.inkpool.layout.script;
