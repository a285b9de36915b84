package org.entente.resolve;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.entente.text.CodePoints;

/**
 * Definite references to an agreement of the same document ("the new treaty", "this
 * Declaration"): each becomes one more quote of the nearest agreement before it whose doc_type
 * the noun can name.
 */
final class References {

  private final ResolveTerms terms;
  private final Pattern pattern;

  References(ResolveTerms terms) {
    this.terms = terms;
    String cues =
        terms.referenceCues().stream()
            .map(c -> Pattern.quote(c).replace(" ", "\\E\\s+\\Q"))
            .collect(Collectors.joining("|"));
    String nouns =
        terms.referenceNouns().keySet().stream().sorted().map(Pattern::quote).collect(Collectors.joining("|"));
    this.pattern =
        Pattern.compile(
            "\\b(?:" + cues + ")\\s+(" + nouns + ")\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  void attach(String text, CodePoints cp, List<Claims.Draft> drafts) {
    if (drafts.stream().noneMatch(d -> d.source.type().equals("agreement"))) {
      return;
    }
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      Set<String> types = terms.referenceNouns().get(m.group(1).toLowerCase(Locale.ROOT));
      int start = cp.of(m.start());
      int end = cp.of(m.end());
      Claims.Draft target = null;
      for (Claims.Draft d : drafts) {
        if (!d.source.type().equals("agreement")
            || !types.contains(String.valueOf(d.args.get("doc_type")))
            || d.firstStart() >= start) {
          continue;
        }
        if (target == null || d.firstStart() > target.firstStart()) {
          target = d;
        }
      }
      if (target != null && target.quotes.stream().noneMatch(q -> q.start() < end && start < q.end())) {
        target.quotes.add(Claims.quote(text, cp, start, end));
      }
    }
  }
}
