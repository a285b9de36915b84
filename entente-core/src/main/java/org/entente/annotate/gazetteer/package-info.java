/**
 * Actors from data dictionaries: countries (names, adjectives, demonyms), cities, international
 * organizations and persons with dated roles, matched longest-first and case-aware by a token
 * trie; persons named by office ("the Kazakh President") resolved by date; ministries and other
 * government bodies recognized by pattern. The dictionaries are YAML files beside this package,
 * extensible with the user's own files.
 */
package org.entente.annotate.gazetteer;
