/**
 * Fact extraction: from an annotated document to the facts of the contract ({@code
 * shared/spec/facts.md}), each with the evidence spans that state it and the id of the rule that
 * made it. Vocabulary (trigger words and phrases) is data under {@code src/main/resources}; the
 * structure (argument roles from word order and syntax) is code, one extractor per family of
 * fact types.
 */
package org.entente.extract;
