package org.entente.server.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * What a query looks for in one field, as the highlighter needs it: single terms, phrases, and
 * automata of the multi-term queries (prefix, wildcard, fuzzy). Terms under {@code NOT} are left
 * out, and the words of a phrase count only where the whole phrase is found.
 *
 * @param terms the single terms
 * @param phrases the phrases
 * @param automata the automata a term may match instead
 */
record QueryTerms(Set<BytesRef> terms, List<Phrase> phrases, List<ByteRunAutomaton> automata) {

  /**
   * A phrase: its terms at their relative positions, found when they are at most {@code slop}
   * positions away from those.
   */
  record Phrase(BytesRef[] terms, int[] positions, int slop) {}

  static QueryTerms of(Query query, String field) {
    Set<BytesRef> terms = new HashSet<>();
    List<Phrase> phrases = new ArrayList<>();
    List<ByteRunAutomaton> automata = new ArrayList<>();
    query.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String f) {
        return field.equals(f);
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return occur == BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
      }

      @Override
      public void consumeTerms(Query q, Term... ts) {
        if (q instanceof PhraseQuery phrase && ts.length > 1) {
          BytesRef[] bytes = new BytesRef[ts.length];
          for (int i = 0; i < ts.length; i++) {
            bytes[i] = ts[i].bytes();
          }
          phrases.add(new Phrase(bytes, phrase.getPositions(), phrase.getSlop()));
          return;
        }
        for (Term t : ts) {
          if (field.equals(t.field())) {
            terms.add(t.bytes());
          }
        }
      }

      @Override
      public void consumeTermsMatching(Query q, String f, Supplier<ByteRunAutomaton> automaton) {
        if (field.equals(f)) {
          automata.add(automaton.get());
        }
      }
    });
    return new QueryTerms(Set.copyOf(terms), List.copyOf(phrases), List.copyOf(automata));
  }

  /** Whether nothing in the field can match. */
  boolean isEmpty() {
    return terms.isEmpty() && phrases.isEmpty() && automata.isEmpty();
  }

  /** Whether a term found in the text may be part of a match. */
  boolean mayMatch(BytesRef term) {
    if (terms.contains(term)) {
      return true;
    }
    for (Phrase p : phrases) {
      for (BytesRef t : p.terms()) {
        if (t.bytesEquals(term)) {
          return true;
        }
      }
    }
    return matchesAutomaton(term);
  }

  /** Whether a term found in the text matches on its own (not only as part of a phrase). */
  boolean matchesAlone(BytesRef term) {
    return terms.contains(term) || matchesAutomaton(term);
  }

  private boolean matchesAutomaton(BytesRef term) {
    for (ByteRunAutomaton a : automata) {
      if (a.run(term.bytes, term.offset, term.length)) {
        return true;
      }
    }
    return false;
  }
}
