package org.entente.server.search;

/**
 * How many results have one value of a facet.
 *
 * @param value the value: a fact type, a year, a country code
 * @param count the number of results
 */
public record FacetCount(String value, long count) {}
