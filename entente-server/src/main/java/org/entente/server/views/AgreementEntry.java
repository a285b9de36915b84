package org.entente.server.views;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One agreement however often it is mentioned.
 *
 * @param id a stable id made from its type and normalized title
 * @param title the title as most mentions write it
 * @param docType treaty, agreement, memorandum, ...
 * @param date the most precise date its mentions agree on, or null
 * @param status the furthest status mentioned (draft, signed, ratified, in_force, implementing)
 * @param parties the parties named by any mention, sorted
 * @param sources how many documents mention it
 * @param dateConflict whether mentions give dates that disagree (1993 and 1995)
 * @param dates the distinct dates its mentions give, sorted
 * @param mentions every mention, oldest date first
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgreementEntry(
    String id,
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
