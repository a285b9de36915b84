package org.entente.server.search;

/**
 * A piece of a snippet: text, and whether it matched the query. Kept apart from markup so that
 * whoever renders it escapes it.
 *
 * @param text the text
 * @param hit whether it matched
 */
public record Segment(String text, boolean hit) {}
