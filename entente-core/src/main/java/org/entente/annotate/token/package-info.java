/** Tokenization: words, numbers, punctuation and symbols with exact offsets. */
package org.entente.annotate.token;
