package org.entente.server.views;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One agreement of the knowledge base, however its documents name it.
 *
 * @param id the entity id
 * @param pair the pair of countries, e.g. {@code KZ-TJ}
 * @param title the title the knowledge base retains
 * @param docType treaty, agreement, memorandum, ...
 * @param date the date its sources support best, or null
 * @param status its status (draft, signed, ratified, in_force, implementing), or null
 * @param parties the parties, sorted
 * @param sources how many documents mention it
 * @param dateConflict whether its sources disagree about its date
 * @param dates the distinct dates its sources give, sorted
 * @param mentions every place a document mentions it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgreementEntry(
    String id,
    String pair,
    String title,
    String docType,
    String date,
    String status,
    List<String> parties,
    int sources,
    boolean dateConflict,
    List<String> dates,
    List<Mention> mentions) {

  /** Copies the lists. */
  public AgreementEntry {
    parties = List.copyOf(parties);
    dates = List.copyOf(dates);
    mentions = List.copyOf(mentions);
  }
}
