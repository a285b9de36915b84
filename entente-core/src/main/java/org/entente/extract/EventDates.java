package org.entente.extract;

import java.util.List;
import org.entente.text.PartialDate;

/**
 * The dated visits and talks of a document, for a signing that points back at one ("During the
 * visit the leaders approved ...", "Following the talks, the documents were signed").
 */
final class EventDates {

  private final List<Fact> events;

  EventDates(List<Fact> facts) {
    this.events = facts.stream()
        .filter(f -> (f.args() instanceof FactArgs.Visit || f.args() instanceof FactArgs.Talks) && f.when().start() != null)
        .toList();
  }

  /**
   * When the last event of the kind the cue names, told before {@code offset}, happened: its day, or the month (else the
   * year) its days lie in, since a signing on one of several days is not known to the day; null
   * when none is told before.
   */
  When before(int offset, Phrases.Hit cue) {
    // "during the visit" points at a visit, "following the talks" at talks
    boolean visit = cue.phrase().contains("visit") || cue.phrase().contains("trip");
    Fact last = null;
    for (Fact e : events) {
      int at = e.evidence().get(0).start();
      if (at < offset && (e.args() instanceof FactArgs.Visit) == visit
          && (last == null || at > last.evidence().get(0).start())) {
        last = e;
      }
    }
    return last == null ? null : within(last.when());
  }

  /**
   * The day of the last talks told before {@code offset}, when they were held on one day told in
   * full; else null. A report's undated signing ("The sides signed the following documents")
   * happened at those talks rather than on the day the report came out.
   */
  When talksDayBefore(int offset) {
    Fact last = null;
    for (Fact e : events) {
      int at = e.evidence().get(0).start();
      if (at < offset && e.args() instanceof FactArgs.Talks && (last == null || at > last.evidence().get(0).start())) {
        last = e;
      }
    }
    if (last == null || !last.when().start().isFull()
        || last.when().end() != null && !last.when().end().equals(last.when().start())) {
      return null;
    }
    return When.at(last.when().start());
  }

  private static When within(When when) {
    PartialDate start = when.start();
    PartialDate end = when.end();
    if (end == null || end.equals(start)) {
      return When.at(start);
    }
    if (start.year() == end.year() && start.month() != 0 && start.month() == end.month()) {
      return When.at(PartialDate.ofMonth(start.year(), start.month()));
    }
    return When.at(start.year() == end.year() ? PartialDate.ofYear(start.year()) : start);
  }
}
