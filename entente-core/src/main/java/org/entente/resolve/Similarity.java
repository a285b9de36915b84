package org.entente.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * When two titles or names mean one thing. Two claims match when their identity words overlap by
 * at least half (Jaccard) and share a word that is not generic, their doc_types (or kinds) are
 * compatible, their periods are equal, and their dates agree. A strong match (overlap of at least
 * 0.8 on two specific words) is one thing whose sources disagree on the date, except for kinds
 * signed again and again (joint statements, programs), which must lie within a few years.
 * A title without identity words ("the joint statement") joins the one compatible, same-dated
 * entity there is, if there is exactly one.
 */
final class Similarity {

  private static final double MATCH = 0.5;
  private static final double STRONG = 0.8;
  private static final int STRONG_YEARS = 3;

  /** Kinds of documents signed again and again under one title: dates keep them apart. */
  private static final Set<String> RECURRING = Set.of("joint_statement", "program", "protocol", "roadmap", "other");

  private final ResolveTerms terms;

  Similarity(ResolveTerms terms) {
    this.terms = terms;
  }

  List<List<Claim>> agreements(List<Claim> claims) {
    List<List<Claim>> groups = new ArrayList<>();
    WordIndex index = new WordIndex();
    List<Claim> later = new ArrayList<>();
    for (boolean drafts : new boolean[] {false, true}) {
      for (Claim c : claims) {
        if (c.draft() != drafts) {
          continue;
        }
        if (c.words().isEmpty()) {
          later.add(c);
          continue;
        }
        List<Claim> best = null;
        double bestScore = 0;
        for (List<Claim> g : index.candidates(c)) {
          double s = agreementScore(c, g);
          if (s > bestScore) {
            best = g;
            bestScore = s;
          }
        }
        index.add(place(groups, best, c), c);
      }
    }
    for (Claim c : later) {
      List<Claim> only = null;
      int found = 0;
      for (List<Claim> g : groups) {
        if (c.start() != null && compatibleUnnamed(c, g)) {
          only = g;
          found++;
        }
      }
      place(groups, found == 1 ? only : null, c);
    }
    joinSiblings(groups);
    return groups;
  }

  /**
   * One title twice in one document is one agreement, whatever dates extraction gave each: the
   * groups its claims went to become one (the earlier absorbs the later).
   */
  private void joinSiblings(List<List<Claim>> groups) {
    for (int i = 0; i < groups.size(); i++) {
      for (int j = groups.size() - 1; j > i; j--) {
        List<Claim> a = groups.get(i);
        List<Claim> b = groups.get(j);
        boolean siblings = a.stream().anyMatch(x -> b.stream().anyMatch(y -> x.doc().equals(y.doc())
            && !x.words().isEmpty() && sameTitle(x, y) && terms.compatible(x.text("doc_type"), y.text("doc_type"))));
        if (siblings) {
          a.addAll(b);
          groups.remove(j);
        }
      }
    }
  }

  List<List<Claim>> bodies(List<Claim> claims) {
    List<List<Claim>> groups = new ArrayList<>();
    WordIndex index = new WordIndex();
    for (Claim c : claims) {
      List<Claim> best = null;
      double bestScore = 0;
      for (List<Claim> g : index.candidates(c)) {
        if (g.stream().anyMatch(x -> x.doc().equals(c.doc()))
            || !g.stream().allMatch(x -> kindsAgree(x.text("kind"), c.text("kind")))) {
          continue;
        }
        double s = score(c, g);
        if (s > bestScore) {
          best = g;
          bestScore = s;
        }
      }
      index.add(place(groups, best, c), c);
    }
    return groups;
  }

  /**
   * The groups holding a claim with a specific word of a claim's title: only they can match it,
   * so a block of thousands of agreements is not compared pair by pair.
   */
  private final class WordIndex {
    private final java.util.Map<String, List<List<Claim>>> byWord = new java.util.HashMap<>();
    private final java.util.Map<List<Claim>, Integer> order = new java.util.IdentityHashMap<>();
    private final java.util.Map<List<Claim>, Set<String>> wordsOf = new java.util.IdentityHashMap<>();

    /** Candidate groups in the order they were made, as a scan of every group would meet them. */
    List<List<Claim>> candidates(Claim c) {
      Set<List<Claim>> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      List<List<Claim>> out = new ArrayList<>();
      for (String w : c.words()) {
        if (terms.genericWords().contains(w)) {
          continue;
        }
        for (List<Claim> g : byWord.getOrDefault(w, List.of())) {
          if (seen.add(g)) {
            out.add(g);
          }
        }
      }
      out.sort(java.util.Comparator.comparingInt(order::get));
      return out;
    }

    void add(List<Claim> group, Claim c) {
      order.putIfAbsent(group, order.size());
      Set<String> known = wordsOf.computeIfAbsent(group, g -> new HashSet<>());
      for (String w : c.words()) {
        if (known.add(w)) {
          byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(group);
        }
      }
    }
  }

  /** The body a session's institution name resolves to, or null. */
  Entity bodyOf(Claim session, List<Entity> bodies) {
    Entity best = null;
    double bestScore = 0;
    for (Entity e : bodies) {
      double s = score(session, e.claims());
      if (s > bestScore) {
        best = e;
        bestScore = s;
      }
    }
    return best;
  }

  private double agreementScore(Claim c, List<Claim> g) {
    for (Claim x : g) {
      if ((x.doc().equals(c.doc()) && !sameTitle(x, c))
          || !terms.compatible(x.text("doc_type"), c.text("doc_type"))
          || !periodsAgree(x.args().get("period"), c.args().get("period"))) {
        return 0;
      }
    }
    double s = score(c, g);
    if (s == 0 || c.draft() || c.start() == null) {
      return s;
    }
    for (Claim x : g) {
      if (x.draft() || x.start() == null || Dates.agree(x.start(), c.start())) {
        continue;
      }
      if (x.laterStage() != c.laterStage()) {
        // in force or ratified after it was signed: the later stage may not come first
        Claim signing = x.laterStage() ? c : x;
        Claim later = x.laterStage() ? x : c;
        if (Dates.year(later.start()) >= Dates.year(signing.start())) {
          continue;
        }
      }
      boolean strong = jaccard(x.words(), c.words()) >= STRONG && specificShared(x.words(), c.words()) >= 2;
      boolean recurring = RECURRING.contains(c.text("doc_type")) || RECURRING.contains(x.text("doc_type"));
      if (!strong || (recurring && Math.abs(Dates.year(x.start()) - Dates.year(c.start())) > STRONG_YEARS)) {
        return 0;
      }
    }
    return s;
  }

  /**
   * Two facts of one document are one agreement only when their titles have the same specific
   * words and it is not of a kind signed again and again: extraction told them apart by date,
   * which one of them got wrong.
   */
  private boolean sameTitle(Claim x, Claim c) {
    return x.words().equals(c.words())
        && specificShared(x.words(), c.words()) >= 1
        && !RECURRING.contains(x.text("doc_type"))
        && !RECURRING.contains(c.text("doc_type"));
  }

  private boolean compatibleUnnamed(Claim c, List<Claim> g) {
    boolean dated = false;
    for (Claim x : g) {
      if (x.doc().equals(c.doc()) || !Objects.equals(x.text("doc_type"), c.text("doc_type"))) {
        return false;
      }
      if (!x.draft() && x.start() != null) {
        if (!Dates.agree(x.start(), c.start())) {
          return false;
        }
        dated = true;
      }
    }
    return dated;
  }

  /** The best pairwise match of a claim with a group's claims, 0 when none matches. */
  private double score(Claim c, List<Claim> g) {
    double best = 0;
    for (Claim x : g) {
      if (x.words().isEmpty() || c.words().isEmpty()) {
        continue;
      }
      double j = jaccard(x.words(), c.words());
      if (j >= MATCH && specificShared(x.words(), c.words()) >= 1) {
        best = Math.max(best, j);
      }
    }
    return best;
  }

  private int specificShared(List<String> a, List<String> b) {
    int n = 0;
    for (String w : a) {
      if (b.contains(w) && !terms.genericWords().contains(w)) {
        n++;
      }
    }
    return n;
  }

  static double jaccard(List<String> a, List<String> b) {
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    if (union.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String w : a) {
      if (b.contains(w)) {
        shared++;
      }
    }
    return (double) shared / union.size();
  }

  private static boolean periodsAgree(Object a, Object b) {
    return a == null || b == null || a.equals(b);
  }

  private static boolean kindsAgree(String a, String b) {
    return a == null || b == null || a.equals(b) || a.equals("other") || b.equals("other");
  }

  private static List<Claim> place(List<List<Claim>> groups, List<Claim> home, Claim c) {
    if (home == null) {
      home = new ArrayList<>();
      groups.add(home);
    }
    home.add(c);
    return home;
  }
}
