package org.entente.server.views;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.server.model.FactView;

/** A registry that groups agreement facts by document type and normalized title. */
final class FactAgreementRegistry implements AgreementRegistry {

  private static final Set<String> STOP_WORDS =
      Set.of("the", "a", "an", "of", "on", "and", "in", "for", "between", "to", "with", "republic");

  private static final List<String> STATUS_ORDER =
      List.of("draft", "signed", "ratified", "in_force", "implementing");

  private final List<AgreementEntry> agreements;
  private final Map<String, AgreementEntry> byId;

  FactAgreementRegistry(List<FactView> facts) {
    Map<String, List<FactView>> groups = new TreeMap<>();
    for (FactView f : facts) {
      String title = f.text("title");
      if (f.type().equals("agreement") && title != null && !title.isBlank()) {
        String docType = f.text("doc_type") == null ? "other" : f.text("doc_type");
        groups.computeIfAbsent(docType + ":" + normalize(title), k -> new ArrayList<>()).add(f);
      }
    }
    List<AgreementEntry> entries = new ArrayList<>();
    groups.forEach((key, mentions) -> entries.add(entry(key, mentions)));
    entries.sort(
        Comparator.comparing((AgreementEntry e) -> e.date() == null ? "" : e.date()).reversed()
            .thenComparing(AgreementEntry::title));
    this.agreements = List.copyOf(entries);
    this.byId = agreements.stream().collect(Collectors.toMap(AgreementEntry::id, Function.identity()));
  }

  @Override
  public List<AgreementEntry> agreements() {
    return agreements;
  }

  @Override
  public Optional<AgreementEntry> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Words that name the parties in a trailing "between ..." of a title. */
  private static final Set<String> PARTY_WORDS =
      Set.of("the", "republic", "of", "and", "government", "governments", "two", "countries", "states",
          "kazakhstan", "tajikistan", "uzbekistan", "kyrgyzstan", "kyrgyz", "turkmenistan", "russia",
          "russian", "federation", "china", "people", "s");

  /**
   * Lower case content words of a title, in order, without a trailing "between" that only names
   * the parties: "The Treaty on Allied Relations between the Republic of Kazakhstan and the
   * Republic of Tajikistan" and "treaty on allied relations" agree.
   */
  static String normalize(String title) {
    StringBuilder out = new StringBuilder();
    String[] words = title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    int end = words.length;
    for (int i = words.length - 1; i > 0; i--) {
      if (words[i].equals("between")) {
        boolean partiesOnly = true;
        for (int j = i + 1; j < words.length && partiesOnly; j++) {
          partiesOnly = words[j].isEmpty() || PARTY_WORDS.contains(words[j]);
        }
        if (partiesOnly) {
          end = i;
        }
        break;
      }
    }
    for (String word : java.util.Arrays.copyOf(words, end)) {
      if (!word.isEmpty() && !STOP_WORDS.contains(word)) {
        out.append(out.isEmpty() ? "" : " ").append(word);
      }
    }
    return out.toString();
  }

  private static AgreementEntry entry(String key, List<FactView> facts) {
    List<FactView> sorted = new ArrayList<>(facts);
    sorted.sort(Comparator.comparing((FactView f) -> f.when() == null || f.when().first() == null ? "9999" : f.when().first())
        .thenComparingLong(FactView::id));
    Map<String, Integer> titles = new LinkedHashMap<>();
    Set<String> parties = new TreeSet<>();
    Set<String> docs = new TreeSet<>();
    Set<String> dates = new TreeSet<>();
    String status = null;
    for (FactView f : sorted) {
      titles.merge(f.text("title").strip(), 1, Integer::sum);
      parties.addAll(f.countries());
      docs.add(f.doc());
      if (f.when() != null && f.when().first() != null) {
        dates.add(f.when().first());
      }
      String s = f.text("status");
      if (s != null && (status == null || STATUS_ORDER.indexOf(s) > STATUS_ORDER.indexOf(status))) {
        status = s;
      }
    }
    String title = titles.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    String agreed = agreedDate(dates);
    String docType = key.substring(0, key.indexOf(':'));
    return new AgreementEntry(
        id(key), title, docType, agreed != null ? agreed : dates.stream().findFirst().orElse(null),
        status, List.copyOf(parties), docs.size(), !dates.isEmpty() && agreed == null,
        List.copyOf(dates), sorted.stream().map(Mention::of).toList());
  }

  /** The most precise date when every date is a prefix of it (1993-01 and 1993-01-13), else null. */
  static String agreedDate(Set<String> dates) {
    String best = null;
    for (String d : dates) {
      if (best == null || d.length() > best.length()) {
        best = d;
      }
    }
    for (String d : dates) {
      if (!best.startsWith(d)) {
        return null;
      }
    }
    return best;
  }

  private static String id(String key) {
    String words = key.substring(key.indexOf(':') + 1);
    String slug = (key.substring(0, key.indexOf(':')) + "-" + words).replaceAll("[^a-z0-9]+", "-");
    if (slug.length() > 60) {
      slug = slug.substring(0, 60);
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return slug.replaceAll("-+$", "") + "-" + HexFormat.of().formatHex(hash, 0, 3);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
