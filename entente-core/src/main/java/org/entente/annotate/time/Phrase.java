package org.entente.annotate.time;

import org.entente.annotate.TimeExpression.Direction;

/**
 * A fixed phrase from {@code phrases.txt}: "in the near future", "last year".
 *
 * @param text the words as listed, for messages
 * @param keys the {@link WordKeys} key of each word, or {@link #ANY_NUMBER}
 * @param meaning what it means
 */
record Phrase(String text, long[] keys, Meaning meaning) {

  /** The key of {@code <n>}: any number, in digits or in words ("over the past two years"). */
  static final long ANY_NUMBER = 0;

  /** How {@code <n>} is written in the data file. */
  static final String NUMBER_PLACEHOLDER = "<n>";

  /** What a fixed phrase or a counted expression ("two years ago") means. */
  sealed interface Meaning {

    /** A time that cannot be dated, in a direction from the document. */
    record Toward(Direction direction) implements Meaning {}

    /** The publication date's year, month, week or day, moved by {@code by} units. */
    record Shift(Unit unit, int by) implements Meaning {}
  }

  /** The units a publication date can be moved by. */
  enum Unit {
    YEAR,
    MONTH,
    WEEK,
    DAY
  }
}
