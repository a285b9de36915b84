package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.text.PartialDate;
import org.junit.jupiter.api.Test;

class DatelineTest {

  private static String date(String text) {
    PartialDate d = Dateline.find(text);
    return d == null ? null : d.toString();
  }

  @Test
  void readsNumericDatelineWithTime() {
    assertThat(date("01.03.2020 10:10\nRelations between the two states...")).isEqualTo("2020-03-01");
  }

  @Test
  void readsDayMonthYearWithTime() {
    assertThat(date("\n\n4 May 2023, 13:33\nThe leaders met.")).isEqualTo("2023-05-04");
    assertThat(date("May 4, 2023 | Politics\nThe leaders met.")).isEqualTo("2023-05-04");
  }

  @Test
  void takesTheYearOfACityDatelineFromTheSameDayWrittenInFull() {
    String text = "ASTANA, May 4. The presidents met today.\n\nThe declaration is dated 4 May 2023.";
    assertThat(date(text)).isEqualTo("2023-05-04");
  }

  @Test
  void leavesACityDatelineWithoutAnyYearUnknown() {
    assertThat(date("ASTANA, May 4. The presidents met on Thursday.")).isNull();
  }

  @Test
  void doesNotTakeADateInTheFirstSentenceForTheDateline() {
    assertThat(date("7 January 1993 is the day diplomatic relations were established.")).isNull();
    assertThat(date("Relations of Tajikistan with Kazakhstan\nOn January 7, 1993 relations began."))
        .isNull();
  }

  @Test
  void ignoresDatesBelowTheTopOfTheText() {
    assertThat(date("Title\nSubtitle\nBy a reporter\nSection\nFifth line\n01.03.2020 10:10")).isNull();
  }
}
