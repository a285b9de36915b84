/**
 * The views the pages and the API show, built once per snapshot from the entities of the
 * knowledge base: per pair of countries the chronology (its dossier's timeline) and the trade
 * series; over every pair the agreements registry and the conflicts between sources. Every
 * mention links to its sentence: the fact whose evidence holds the quote, else the quote itself.
 */
package org.entente.server.views;
