/**
 * Cross-document views built from the stored facts: the chronology, the agreements registry, the
 * trade series and their conflicts. Each is a small interface with one implementation built
 * from facts, so a knowledge-base implementation can replace it without touching the API or the
 * pages.
 */
package org.entente.server.views;
