package org.entente.annotate.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.annotate.PersonMention;
import org.entente.text.PartialDate;

/** Who held which office when: the dated roles of the persons dictionary. */
final class Offices {

  private static final List<String> PRIORITY =
      List.of("head_of_state", "head_of_government", "foreign_minister", "minister", "ambassador", "other");

  /** The persons who ever held each office ("role|country"), in dictionary order. */
  private final Map<String, List<Entries.Person>> byOffice;

  Offices(List<Entries.Person> persons) {
    Map<String, List<Entries.Person>> index = new HashMap<>();
    for (Entries.Person p : persons) {
      for (Entries.Role r : p.roles()) {
        List<Entries.Person> holders = index.computeIfAbsent(r.role() + "|" + r.country(), k -> new ArrayList<>());
        if (holders.isEmpty() || holders.get(holders.size() - 1) != p) {
          holders.add(p);
        }
      }
    }
    index.replaceAll((k, v) -> List.copyOf(v));
    this.byOffice = Map.copyOf(index);
  }

  /** The most senior role {@code person} held during {@code date}, or null. */
  static PersonMention.Role roleAt(Entries.Person person, PartialDate date) {
    if (date == null) {
      return null;
    }
    // the first of the most senior, longest-held roles: a loop, as it runs for every name found
    Entries.Role best = null;
    int bestPriority = 0;
    long bestDays = 0;
    for (Entries.Role r : person.roles()) {
      long days = Entries.Roles.overlapDays(date, r.from(), r.to());
      if (days <= 0) {
        continue;
      }
      int priority = PRIORITY.indexOf(r.role());
      if (best == null || priority < bestPriority || priority == bestPriority && days > bestDays) {
        best = r;
        bestPriority = priority;
        bestDays = days;
      }
    }
    return best == null ? null : new PersonMention.Role(best.role(), best.country(), best.title());
  }

  /** Holders of an office during {@code date}, the longest-serving in that period first. */
  List<Entries.Person> holders(String role, String country, PartialDate date) {
    record Held(Entries.Person person, long days) {}
    List<Held> held = new ArrayList<>();
    for (Entries.Person p : byOffice.getOrDefault(role + "|" + country, List.of())) {
      long days = 0;
      for (Entries.Role r : p.roles()) {
        if (r.role().equals(role) && r.country().equals(country)) {
          days += Entries.Roles.overlapDays(date, r.from(), r.to());
        }
      }
      if (days > 0) {
        held.add(new Held(p, days));
      }
    }
    held.sort(Comparator.comparingLong(Held::days).reversed().thenComparing(h -> h.person().id()));
    return held.stream().map(Held::person).toList();
  }
}
