package org.entente.annotate;

import java.util.List;
import java.util.Objects;
import org.entente.text.PartialDate;
import org.entente.text.Span;

/** A temporal expression, normalized against the document's publication date. */
public sealed interface TimeExpression extends Annotation {

  /**
   * A point in time of some precision: "January 7, 1993", "in June, 1993", "last year", "May 19".
   *
   * @param span where
   * @param date the normalized date
   * @param relative whether it was resolved against the publication date (last year, May 19)
   * @param weekdayConflict true when a weekday was written that the date does not fall on
   */
  record Point(Span span, PartialDate date, boolean relative, boolean weekdayConflict)
      implements TimeExpression {
    /** Requires span and date. */
    public Point {
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * A period: "between 1993 and 2013", "2021-2023", "12-13 September, 2007".
   *
   * @param span where
   * @param start the first day, month or year
   * @param end the last day, month or year (inclusive)
   * @param relative whether it was resolved against the publication date
   */
  record Period(Span span, PartialDate start, PartialDate end, boolean relative)
      implements TimeExpression {
    /** Requires all fields, start not after end. */
    public Period {
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
    }
  }

  /**
   * Several points: "in 1998, 2001, 2004 and 2010".
   *
   * @param span where
   * @param dates the dates, in text order
   */
  record DateList(Span span, List<PartialDate> dates) implements TimeExpression {
    /** Requires at least two dates. */
    public DateList {
      Objects.requireNonNull(span, "span");
      dates = List.copyOf(dates);
      if (dates.size() < 2) {
        throw new IllegalArgumentException("a list needs two dates or more: " + dates);
      }
    }
  }

  /**
   * A time that cannot be dated: "recently", "in the near future", or a relative expression in a
   * document whose publication date is unknown.
   *
   * @param span where
   * @param direction past, present or future
   */
  record Vague(Span span, Direction direction) implements TimeExpression {
    /** Requires all fields. */
    public Vague {
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(direction, "direction");
    }
  }

  /** Where a vague time lies relative to the document. */
  enum Direction {
    /** Before the document: recently, in recent years. */
    PAST,
    /** Around the document: currently, nowadays. */
    PRESENT,
    /** After the document: soon, in the near future. */
    FUTURE
  }
}
