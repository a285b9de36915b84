package org.entente.annotate.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.annotate.AnnotatedDocument;
import org.entente.annotate.Annotator;
import org.entente.annotate.Layer;
import org.entente.annotate.LayerSink;
import org.entente.annotate.Layers;
import org.entente.annotate.TimeExpression;
import org.entente.text.PartialDate;
import org.entente.text.Span;

/**
 * Finds the times of a text and normalizes them against the publication date: dates of any
 * precision ("January 7, 1993", "in June 1993", "in 1993", "01.03.2020", "2023-05-04"), periods
 * ("between 1993 and 2013", "2021–2023", "12-13 September, 2007", "the 1990s"), lists ("in 1998,
 * 2001, 2004 and 2010"), relative times ("May 19", "last year", "yesterday", "on Monday", "two
 * years ago") and vague ones ("recently", "in the near future", "currently").
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>A date without a year takes the year that puts it nearest the publication date, so it lies
 *       less than about six months either side: in a January article "December 28" is last
 *       December. A year-only publication date gives its own year. With no publication date the
 *       year is unknown, and the fact contract wants no guess: the expression becomes a vague past
 *       time.
 *   <li>A day and month without a year ("on September 1") after a date of the same sentence that
 *       has its month and year ("from August 30 to September 3, 2014") takes that year: the
 *       sentence tells of its own time, not the publication's.
 *   <li>A weekday written with a date ("on Thursday May 20") is checked, not used: when the date
 *       falls on another day the point is kept and flagged {@code weekdayConflict}.
 *   <li>"on Monday" is the publication day when it is a Monday, else the latest Monday before it;
 *       "last Monday" strictly before, "next Monday" strictly after.
 *   <li>A four-digit number alone is a year only from 1900 to 2100 and after a preposition ("since
 *       1993", "by 2030"), or in a range or list; never after "$", "No." or "Resolution", nor
 *       before "tons" or "people", nor as part of a larger number or a phone number.
 *   <li>Month and weekday names count only when capitalized ("may" is a verb).
 *   <li>Spans cover the expression, without a leading "on" or "in" that adds nothing ("January 7,
 *       1993"), but with the words that make a range or a phrase ("between 1993 and 2013", "in the
 *       near future"). Overlapping matches keep the longest.
 * </ul>
 *
 * <p>The text is scanned once: rules are tried only where a number or a known word (a month, a
 * weekday, the first word of a phrase, ...) starts, and each reads a few tokens forward from there,
 * so the cost grows with the text and not with the number of rules. Immutable and thread-safe.
 */
public final class TimeAnnotator implements Annotator {

  private final Lexicon lexicon;

  /**
   * Loads the word lists beside this class.
   *
   * @throws IllegalArgumentException naming the file and line of a broken entry
   */
  public TimeAnnotator() {
    this.lexicon = Lexicon.load();
  }

  @Override
  public String name() {
    return "times";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.TIMES);
  }

  @Override
  public void annotate(AnnotatedDocument doc, LayerSink out) {
    out.put(Layers.TIMES, find(doc.text(), doc.published()));
  }

  /** The times of a text, in text order, none overlapping another. */
  List<TimeExpression> find(String text, PartialDate published) {
    Lexer lx = new Lexer(text);
    Anchor anchor = new Anchor(published);
    Dates dates = new Dates(lx, lexicon, anchor);
    Relatives relatives = new Relatives(lx, lexicon, anchor);
    List<TimeExpression> found = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      int start = i;
      Tok candidate = null;
      Word word = null;
      if (Lexer.isDigit(c)) {
        int value = 0;
        while (i < n && Lexer.isDigit(text.charAt(i))) {
          value = i - start < 9 ? value * 10 + (text.charAt(i) - '0') : -1;
          i++;
        }
        candidate = new Tok(Tok.Kind.NUMBER, start, i, 0, value);
      } else if (Lexer.isLetter(c)) {
        long key = 0;
        while (i < n && Lexer.isLetter(text.charAt(i))) {
          key = WordKeys.append(key, text.charAt(i));
          i++;
        }
        Word w = lexicon.word(key);
        if (w != null && w.trigger()) {
          candidate = new Tok(Tok.Kind.WORD, start, i, key, Character.isUpperCase(c) ? 1 : 0);
          word = w;
        }
      } else {
        i++;
        continue;
      }
      if (candidate != null) {
        // the word is looked up once here, not again by each rule
        keepLongest(found, Relatives.longer(dates.at(candidate, word), relatives.at(candidate, word)));
      }
      // The rest of a run like "1990s" or "A320": no rule starts inside a word.
      while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
    }
    return dayOfSentenceYear(text, monthOfThatYear(text, monthOfRelativeYear(text, found)));
  }

  /** A day and a month as written, without a year: "September 1", "1 Sept.", "May 5th". */
  private static final java.util.regex.Pattern MONTH_AND_DAY = java.util.regex.Pattern.compile(
      "^(?:\\d{1,2}\\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?$");

  /**
   * "During the visit from August 30 to September 3, 2014, the leaders signed the declaration on
   * September 1": a day and month without a year, after a date of the same sentence that has a
   * month and a year of its own, is in that year rather than the publication's. A year alone
   * ("the 2021–2023 programme") lends none: it often names something else than the time told.
   */
  private static List<TimeExpression> dayOfSentenceYear(String text, List<TimeExpression> found) {
    List<TimeExpression> out = new ArrayList<>(found.size());
    PartialDate lender = null;
    int lenderEnd = -1;
    for (TimeExpression e : found) {
      if (e instanceof TimeExpression.Point p && p.relative() && lender != null && p.date().isFull()
          && MONTH_AND_DAY.matcher(text.substring(p.span().start(), p.span().end())).find()
          && !p.weekdayConflict() && sameSentence(text, lenderEnd, p.span().start())
          && p.date().day() <= java.time.YearMonth.of(lender.year(), p.date().month()).lengthOfMonth()
          && !text.regionMatches(true, Math.max(0, p.span().start() - 5), "last ", 0, 5)
          && !text.regionMatches(true, Math.max(0, p.span().start() - 5), "next ", 0, 5)) {
        PartialDate date = PartialDate.of(java.time.LocalDate.of(lender.year(), p.date().month(), p.date().day()));
        out.add(new TimeExpression.Point(p.span(), date, false, false));
        continue;
      }
      if (e instanceof TimeExpression.Point p && !p.relative() && p.date().month() != 0) {
        lender = p.date();
        lenderEnd = p.span().end();
      } else if (e instanceof TimeExpression.Period p && !p.relative() && p.end() != null && p.end().month() != 0) {
        lender = p.end();
        lenderEnd = p.span().end();
      }
      out.add(e);
    }
    return out;
  }

  /** True when no sentence ends between the two offsets: no line break, no ". " before a capital. */
  private static boolean sameSentence(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '.' || c == '!' || c == '?') && i + 2 < text.length() && text.charAt(i + 1) == ' '
          && Character.isUpperCase(text.charAt(i + 2))) {
        return false;
      }
    }
    return true;
  }

  private static final java.util.regex.Pattern THAT_YEAR =
      java.util.regex.Pattern.compile("^,?\\s+(?:of\\s+)?(?:that|the\\s+same)\\s+year\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * "in January of that year", "in May the same year": a month without a year of its own is in the
   * last year the text named in full before it, not the publication's.
   */
  private static List<TimeExpression> monthOfThatYear(String text, List<TimeExpression> found) {
    List<TimeExpression> out = new ArrayList<>(found.size());
    int lastYear = 0;
    for (TimeExpression e : found) {
      if (e instanceof TimeExpression.Point month && month.relative() && month.date().month() != 0 && lastYear != 0) {
        java.util.regex.Matcher m = THAT_YEAR.matcher(text.substring(month.span().end(), Math.min(text.length(), month.span().end() + 24)));
        boolean valid = month.date().day() == 0
            || month.date().day() <= java.time.YearMonth.of(lastYear, month.date().month()).lengthOfMonth();
        if (valid && m.find()) {
          PartialDate date = month.date().day() == 0 ? PartialDate.ofMonth(lastYear, month.date().month())
              : PartialDate.of(java.time.LocalDate.of(lastYear, month.date().month(), month.date().day()));
          out.add(new TimeExpression.Point(new Span(month.span().start(), month.span().end() + m.end()), date, false, false));
          continue;
        }
      }
      if (e instanceof TimeExpression.Point p && !p.relative()) {
        lastYear = p.date().year();
      } else if (e instanceof TimeExpression.Period p && !p.relative() && p.start() != null) {
        lastYear = p.start().year();
      }
      out.add(e);
    }
    return out;
  }

  /**
   * "in May last year": a month without a year right before "last year", "this year" or "next
   * year" is that month of that year, one expression.
   */
  private static List<TimeExpression> monthOfRelativeYear(String text, List<TimeExpression> found) {
    List<TimeExpression> out = new ArrayList<>(found.size());
    for (int k = 0; k < found.size(); k++) {
      TimeExpression e = found.get(k);
      if (k + 1 < found.size()
          && e instanceof TimeExpression.Point month
          && month.relative()
          && month.date().month() != 0
          && month.date().day() == 0
          && found.get(k + 1) instanceof TimeExpression.Point year
          && year.relative()
          && year.date().month() == 0
          && text.substring(month.span().end(), year.span().start()).isBlank()) {
        out.add(new TimeExpression.Point(
            new Span(month.span().start(), year.span().end()),
            PartialDate.ofMonth(year.date().year(), month.date().month()),
            true,
            false));
        k++;
        continue;
      }
      out.add(e);
    }
    return out;
  }

  /**
   * Adds a match found at or after the start of every match so far: of two that overlap, the longer
   * stays (the earlier when they are as long). The one it replaces can overlap no other.
   */
  private static void keepLongest(List<TimeExpression> found, TimeExpression e) {
    if (e == null) {
      return;
    }
    int last = found.size() - 1;
    if (last >= 0 && found.get(last).span().overlaps(e.span())) {
      if (e.span().length() > found.get(last).span().length()) {
        found.set(last, e);
      }
      return;
    }
    found.add(e);
  }
}
