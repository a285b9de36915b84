/**
 * The amounts stage: money, percentages, counts of things and bare numbers, found by one pass
 * over the text that stops only at digits and number words and reads forward from there. Its
 * vocabulary (number words, scales, currencies, units, qualifiers, and the words that make a
 * number a date, an id or a time instead) lives in line-oriented files beside this package under
 * {@code src/main/resources}; see {@link org.entente.annotate.amount.AmountAnnotator}.
 */
package org.entente.annotate.amount;
