/**
 * Office Math (m:oMath) read into math trees and their linear text.
 */
package org.inkpool.docx.math;
