/**
 * The time stage: {@link org.entente.annotate.time.TimeAnnotator} finds dates, periods, lists of
 * dates and vague times in a text and normalizes them against the publication date. The word lists
 * it reads (month and weekday names, number words, the context of bare years, fixed phrases) are
 * classpath resources beside this package, described in {@code Lexicon}.
 */
package org.entente.annotate.time;
