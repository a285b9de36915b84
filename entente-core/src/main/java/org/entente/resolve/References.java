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
  private final Pattern signingLine;
  private final Pattern followUp;

  References(ResolveTerms terms) {
    this.terms = terms;
    String cues =
        terms.referenceCues().stream()
            .map(c -> Pattern.quote(c).replace(" ", "\\E\\s+\\Q"))
            .collect(Collectors.joining("|"));
    String nouns =
        terms.referenceNouns().keySet().stream().sorted().map(Pattern::quote).collect(Collectors.joining("|"));
    // group 1: an opening ("the ceremony"); group 2: a phrase anywhere in the sentence ("ratified it")
    String openings = terms.followUps().stream().filter(f -> !f.contains(" it") && !f.startsWith("it "))
        .sorted().map(f -> Pattern.quote(f).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
    String anywhere = terms.followUps().stream().filter(f -> f.contains(" it") || f.startsWith("it "))
        .sorted().map(f -> Pattern.quote(f).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
    // "(?!)" matches nothing: a list left empty must not match everywhere
    this.followUp = Pattern.compile("\\b(?:(" + (openings.isEmpty() ? "(?!)" : openings) + ")|("
        + (anywhere.isEmpty() ? "(?!)" : anywhere) + "))\\b",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.signingLine = Pattern.compile(terms.signingLine(), Pattern.MULTILINE | Pattern.UNICODE_CHARACTER_CLASS);
    this.pattern =
        Pattern.compile(
            "\\b(?:" + cues + ")\\s+(" + nouns + ")\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  void attach(String text, CodePoints cp, List<Claims.Draft> drafts) {
    if (drafts.stream().noneMatch(d -> d.source.type().equals("agreement"))) {
      return;
    }
    attachEnacting(text, cp, drafts);
    attachFollowUps(text, cp, drafts);
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

  /**
   * A sentence that goes on about the agreement the sentence before it named ("The ceremony took
   * place in Bishkek", "Both parliaments ratified it within a week") mentions that agreement: the
   * last one named there. The quote runs to the sentence's first comma.
   */
  private void attachFollowUps(String text, CodePoints cp, List<Claims.Draft> drafts) {
    Matcher m = followUp.matcher(text);
    while (m.find()) {
      int sentence = sentenceStart(text, m.start());
      int back = sentence - 1;
      while (back > 0 && Character.isWhitespace(text.charAt(back))) {
        back--;
      }
      int previous = back <= 0 ? -1 : sentenceStart(text, back);
      if (previous < 0 || !(m.group(1) == null || m.start() == sentence)) {
        continue; // an opening counts only where the sentence opens
      }
      int from = cp.of(previous);
      int to = cp.of(sentence);
      Claims.Draft target = null;
      int latest = -1;
      for (Claims.Draft d : drafts) {
        if (!d.source.type().equals("agreement")) {
          continue;
        }
        for (Quote q : d.quotes) {
          if (q.start() >= from && q.start() < to && q.start() > latest) {
            target = d;
            latest = q.start();
          }
        }
      }
      int end = sentence;
      while (end < text.length() && ",;\n".indexOf(text.charAt(end)) < 0
          && !(text.charAt(end) == '.' && (end + 1 == text.length() || Character.isWhitespace(text.charAt(end + 1))))) {
        end++;
      }
      int start = cp.of(sentence);
      int stop = cp.of(end);
      if (target != null && target.quotes.stream().noneMatch(q -> q.start() < stop && start < q.end())) {
        target.quotes.add(Claims.quote(text, cp, start, stop));
      }
    }
  }

  /** Where the sentence holding {@code at} starts: after the last ". ", "! ", "? " or line break. */
  private static int sentenceStart(String text, int at) {
    for (int i = at - 1; i > 0; i--) {
      char c = text.charAt(i);
      if (c == '\n') {
        return i + 1;
      }
      if (Character.isWhitespace(c) && ".!?".indexOf(text.charAt(i - 1)) >= 0) {
        int start = i;
        while (start < at && Character.isWhitespace(text.charAt(start))) {
          start++;
        }
        return start;
      }
    }
    return 0;
  }

  /**
   * In a document headed by an agreement (its title quoted on the first line), the enacting
   * formula ("the Parties declare the following") and the closing place-and-date line mention that
   * agreement.
   */
  private void attachEnacting(String text, CodePoints cp, List<Claims.Draft> drafts) {
    int firstLineEnd = text.indexOf('\n');
    int headingEnd = cp.of(firstLineEnd < 0 ? Math.min(text.length(), 300) : firstLineEnd);
    Claims.Draft heading = null;
    for (Claims.Draft d : drafts) {
      if (d.source.type().equals("agreement") && d.firstStart() < headingEnd) {
        heading = d;
        break;
      }
    }
    if (heading == null) {
      return;
    }
    Matcher line = signingLine.matcher(text);
    while (line.find()) {
      int from = line.start();
      while (from < line.end() && Character.isWhitespace(text.charAt(from))) {
        from++;
      }
      int start = cp.of(from);
      int end = cp.of(text.substring(0, line.end()).stripTrailing().length());
      if (end > start) {
        heading.quotes.add(Claims.quote(text, cp, start, end));
      }
    }
    String lower = text.toLowerCase(Locale.ROOT);
    for (String formula : terms.enactingFormulas()) {
      for (int at = lower.indexOf(formula); at >= 0; at = lower.indexOf(formula, at + 1)) {
        int from = at;
        while (from > 0 && ",;:.\n".indexOf(text.charAt(from - 1)) < 0) {
          from--;
        }
        while (from < at && Character.isWhitespace(text.charAt(from))) {
          from++;
        }
        int start = cp.of(from);
        int end = cp.of(at + formula.length());
        if (heading.quotes.stream().noneMatch(q -> q.start() < end && start < q.end())) {
          heading.quotes.add(Claims.quote(text, cp, start, end));
        }
      }
    }
  }
}
