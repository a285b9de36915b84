package org.entente.gen;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The two countries of a document at the date of its main event, with their office holders.
 *
 * @param host the hosting country (named first as {@code a})
 * @param guest the visiting country ({@code b})
 * @param date the date of the main event
 * @param hostLeader the host's head of state, when known
 * @param guestLeader the guest's head of state, when known
 * @param hostFm the host's foreign minister, when known
 * @param guestFm the guest's foreign minister, when known
 */
record Pair(
    World.Country host,
    World.Country guest,
    LocalDate date,
    Optional<World.Holder> hostLeader,
    Optional<World.Holder> guestLeader,
    Optional<World.Holder> hostFm,
    Optional<World.Holder> guestFm) {

  static Pair at(World world, World.Country host, World.Country guest, LocalDate date) {
    return new Pair(host, guest, date, world.headOfState(host, date), world.headOfState(guest, date),
        world.foreignMinister(host, date), world.foreignMinister(guest, date));
  }

  boolean leadersKnown() {
    return hostLeader.isPresent() && guestLeader.isPresent();
  }

  /** The two country codes, sorted, as the contract lists parties. */
  List<String> parties() {
    return host.code().compareTo(guest.code()) < 0
        ? List.of(host.code(), guest.code())
        : List.of(guest.code(), host.code());
  }

  /** "Kazakh-Tajik". */
  String adjectives() {
    return host.adjective() + "-" + guest.adjective();
  }
}
