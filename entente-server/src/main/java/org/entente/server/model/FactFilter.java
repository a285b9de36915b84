package org.entente.server.model;

import java.util.function.Predicate;

/**
 * Which facts to list; every null field matches everything. Values are compared, never
 * interpreted, so no filter value can change what the query means.
 *
 * @param type a fact type
 * @param country an ISO country code among the arguments
 * @param person a person slug among the arguments
 * @param from the earliest date (reduced precision ISO), inclusive
 * @param to the latest date (reduced precision ISO), inclusive by prefix
 * @param doc a document id
 */
public record FactFilter(String type, String country, String person, String from, String to, String doc)
    implements Predicate<FactView> {

  /** A filter that matches every fact. */
  public static final FactFilter ALL = new FactFilter(null, null, null, null, null, null);

  @Override
  public boolean test(FactView f) {
    if (type != null && !type.equals(f.type())) {
      return false;
    }
    if (doc != null && !doc.equals(f.doc())) {
      return false;
    }
    if (country != null && !f.countries().contains(country)) {
      return false;
    }
    if (person != null && !f.persons().contains(person)) {
      return false;
    }
    if (from != null || to != null) {
      String date = f.when() == null ? null : f.when().first();
      if (date == null) {
        return false;
      }
      if (from != null && date.compareTo(from) < 0 && !from.startsWith(date)) {
        return false;
      }
      if (to != null && date.compareTo(to) > 0 && !date.startsWith(to)) {
        return false;
      }
    }
    return true;
  }
}
