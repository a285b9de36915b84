/**
 * The shared vocabulary of every stage: documents, spans, partial dates and diagnostics. Values
 * only, no behaviour that needs another package.
 */
package org.entente.text;
