/**
 * The ingest boundary: turns files and folders (plain text, Markdown, HTML, PDF, Word, JSON
 * Lines dumps) into {@link org.entente.text.Document}s with their publication dates. Input is
 * hostile: every problem becomes a typed {@link org.entente.ingest.IngestFailure} naming the file
 * and, where there is one, the line.
 */
package org.entente.ingest;
