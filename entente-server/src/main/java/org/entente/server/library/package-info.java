/**
 * The server's hold on the store: the current snapshot and its views, the search index kept in
 * step with them, and the one writer that ingests new documents and swaps in the next snapshot.
 */
package org.entente.server.library;
