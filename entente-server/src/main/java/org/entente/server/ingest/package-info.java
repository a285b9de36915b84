/**
 * Ingest over HTTP: the token check, the body limits, and turning a multipart upload or a JSON
 * Lines body into files for the one ingest path the command line uses too.
 */
package org.entente.server.ingest;
