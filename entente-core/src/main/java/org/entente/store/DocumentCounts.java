package org.entente.store;

import java.util.Map;

/**
 * What the store holds, for {@code entente status}.
 *
 * @param documents distinct document ids
 * @param versions stored versions, all ids together
 * @param codePoints total text length of the current versions
 * @param bySource current documents per source, most first
 * @param byYear current documents per publication year, "(unknown)" for undated ones
 */
public record DocumentCounts(
    long documents,
    long versions,
    long codePoints,
    Map<String, Long> bySource,
    Map<String, Long> byYear) {}
