/**
 * The questions the CLI and the web ask of the knowledge base about one pair of countries: the
 * chronology, the agreements registry, trade against targets, the legal base and the level of
 * relations over time, diplomatic presence, bodies and their sessions, commitments and their
 * fulfilment, and where the sources disagree. Every answer carries its sources.
 */
package org.entente.query;
