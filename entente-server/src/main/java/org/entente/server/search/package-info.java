/**
 * Full-text search with Apache Lucene over documents and facts: BM25 ranking, phrase queries,
 * highlighted snippets and facets by fact type, year and country. The index lives beside the
 * store and is brought in step with it on start and after every ingest.
 */
package org.entente.server.search;
