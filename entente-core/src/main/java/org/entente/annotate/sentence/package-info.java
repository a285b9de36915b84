/** Sentence splitting: sentences, list items and headings, with their list markers. */
package org.entente.annotate.sentence;
