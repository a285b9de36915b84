package org.entente.cli;

import java.util.List;
import org.entente.annotate.gazetteer.Dictionaries;
import org.entente.resolve.Claims;
import org.entente.resolve.ResolveTerms;
import org.entente.resolve.Resolver;
import org.entente.store.KnowledgeRepository;
import org.entente.store.Store;
import org.entente.store.StoredFact;
import org.entente.text.PartialDate;

/**
 * Keeps the knowledge base in step with the facts: each document's stored facts become its
 * claims, and a refresh resolves the blocks that changed. Every path that stores facts (build,
 * {@code build --facts}, the server's upload) goes through it.
 */
public final class KnowledgeBuild {

  private final Claims claims;
  private final Resolver resolver;

  /** Built with the default resolution vocabulary and these dictionaries. */
  public KnowledgeBuild(Dictionaries dictionaries) {
    ResolveTerms terms = ResolveTerms.builtin();
    this.claims = new Claims(terms, dictionaries);
    this.resolver = new Resolver(terms);
  }

  /** Replaces the claims of one document with those of its stored facts. */
  public void index(Store store, String doc, String text, PartialDate published, List<StoredFact> facts) {
    List<Claims.Source> sources =
        facts.stream()
            .map(f -> new Claims.Source(f.type(), f.argsJson(), f.whenStart(), f.whenEnd(), f.evidenceJson()))
            .toList();
    store.knowledge().replaceClaims(
        doc, claims.of(doc, text, published == null ? null : published.toString(), sources));
  }

  /** Resolves the blocks whose claims changed, in the store's open transaction. */
  public KnowledgeRepository.Refreshed refresh(Store store) {
    return store.knowledge().refresh(resolver);
  }
}
