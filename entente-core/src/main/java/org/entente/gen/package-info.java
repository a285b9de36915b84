/**
 * The corpus generator behind {@code entente gen}: synthetic documents about any pair of
 * countries, written from sentence templates kept as data ({@code templates.yaml}, {@code
 * vocabulary.yaml} beside this package), with the gold facts of the fact contract that each
 * document states. Countries, capitals and office holders come from the annotation dictionaries,
 * so the generator never names a person in an office he did not hold.
 */
package org.entente.gen;
