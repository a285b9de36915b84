/**
 * Cross-document resolution: the facts of many documents become entities (one agreement however
 * it is named, one visit however often it is reported, one body under its name variants) and
 * series (trade by year), each keeping every source that mentions it and the places where the
 * sources disagree.
 *
 * <p>{@link org.entente.resolve.Claims} turns the stored facts of one document into claims, each
 * with the exact spans that mention it; {@link org.entente.resolve.Resolver} groups the claims of
 * one block (a pair of countries and a family of fact types) into entities. Both are pure: the
 * store keeps claims and entities per block, so that adding a document resolves again only the
 * blocks it touches. The vocabulary (stop words, synonyms, reference cues, relationship levels)
 * is {@code resolve.yaml} beside {@link org.entente.resolve.ResolveTerms}.
 */
package org.entente.resolve;
