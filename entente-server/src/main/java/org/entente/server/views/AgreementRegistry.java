package org.entente.server.views;

import java.util.List;
import java.util.Optional;

/** The agreements between the countries, one entry per agreement with all its mentions. */
public interface AgreementRegistry {

  /** Every agreement of every pair, newest first (undated last). */
  List<AgreementEntry> agreements();

  /** One agreement by id. */
  Optional<AgreementEntry> find(String id);
}
