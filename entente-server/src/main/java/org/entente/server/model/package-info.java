/**
 * What the server shows, read from the store into one immutable snapshot: documents, facts
 * (with their row ids, countries and persons) and the views built from them. A snapshot is
 * swapped whole after an ingest, so a reader never sees a half-ingested document.
 */
package org.entente.server.model;
