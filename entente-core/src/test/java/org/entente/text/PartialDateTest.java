package org.entente.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PartialDateTest {

  @Test
  void parsesAndPrintsEachPrecision() {
    assertThat(PartialDate.parse("1993").toString()).isEqualTo("1993");
    assertThat(PartialDate.parse("1993-01").toString()).isEqualTo("1993-01");
    assertThat(PartialDate.parse("1993-01-13").toString()).isEqualTo("1993-01-13");
    assertThat(PartialDate.parse("2024-08-22T10:00:00+05:00")).isEqualTo(new PartialDate(2024, 8, 22));
  }

  @Test
  void refusesImpossibleDatesWithTheReason() {
    assertThatThrownBy(() -> PartialDate.parse("2023-02-30")).hasMessageContaining("no such day");
    assertThatThrownBy(() -> PartialDate.parse("2023-13")).hasMessageContaining("month");
    assertThatThrownBy(() -> PartialDate.parse("May 2023")).hasMessageContaining("YYYY-MM-DD");
  }

  @Test
  void ordersLessPreciseBeforeMorePreciseOfTheSamePeriod() {
    assertThat(PartialDate.parse("1993")).isLessThan(PartialDate.parse("1993-01"));
    assertThat(PartialDate.parse("1993-01")).isLessThan(PartialDate.parse("1993-01-13"));
    assertThat(PartialDate.parse("1993-12-31")).isLessThan(PartialDate.parse("1994"));
  }
}
