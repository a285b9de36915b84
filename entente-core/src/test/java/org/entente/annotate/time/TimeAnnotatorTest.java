package org.entente.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.entente.annotate.Layers;
import org.entente.annotate.Pipeline;
import org.entente.annotate.TimeExpression;
import org.entente.annotate.TimeExpression.DateList;
import org.entente.annotate.TimeExpression.Period;
import org.entente.annotate.TimeExpression.Point;
import org.entente.annotate.TimeExpression.Vague;
import org.entente.text.Document;
import org.entente.text.PartialDate;
import org.junit.jupiter.api.Test;

class TimeAnnotatorTest {

  private static final TimeAnnotator ANNOTATOR = new TimeAnnotator();
  private static final Pipeline PIPELINE = Pipeline.of(List.of(ANNOTATOR));

  /** A Thursday. */
  private static final String THURSDAY = "2021-05-20";

  // ---------------------------------------------------------------- absolute dates

  @Test
  void readsFullDatesInEachWordOrder() {
    assertThat(times("The consulate opened on January 7, 1993 in Almaty.", null))
        .containsExactly("Point 1993-01-07 'January 7, 1993'");
    assertThat(times("The embassy opened on 7 January 1993.", null))
        .containsExactly("Point 1993-01-07 '7 January 1993'");
    assertThat(times("The protocol of Jan. 7, 1993 was ratified later.", null))
        .containsExactly("Point 1993-01-07 'Jan. 7, 1993'");
    assertThat(times("The ministers met on 13 January, 1993 in Geneva.", null))
        .containsExactly("Point 1993-01-13 '13 January, 1993'");
    assertThat(times("The charter of September 14, 2015 remains in force.", null))
        .containsExactly("Point 2015-09-14 'September 14, 2015'");
    assertThat(times("It was signed on the 7th of January 1993.", null))
        .containsExactly("Point 1993-01-07 '7th of January 1993'");
  }

  @Test
  void aDayWithoutAYearTakesTheYearOfAnEarlierDateInItsSentence() {
    assertThat(times("During the visit from August 30 to September 3, 2014, they signed it on September 1. "
            + "The next round is due on March 5.", "2024-02-10"))
        .containsExactly("Period 2014-08-30..2014-09-03 'from August 30 to September 3, 2014'",
            "Point 2014-09-01 'September 1'", "Point 2024-03-05 'March 5' relative");
    // a year alone lends none, nor does a date of another sentence
    assertThat(times("The programme was reviewed in 2021 and again on May 5.", "2024-05-10"))
        .containsExactly("Point 2021 '2021'", "Point 2024-05-05 'May 5' relative");
  }

  @Test
  void readsMonthsWithAYearAtMonthPrecision() {
    assertThat(times("The mission was upgraded in June, 1993 and again in June 1994.", null))
        .containsExactly("Point 1993-06 'June, 1993'", "Point 1994-06 'June 1994'");
  }

  @Test
  void readsNumericDatesDayFirstWithDotsAndIso() {
    assertThat(times("Signed 01.03.2020 in Astana; in force 2023-05-04.", null))
        .containsExactly("Point 2020-03-01 '01.03.2020'", "Point 2023-05-04 '2023-05-04'");
    assertThat(times("Posted 2024-08-22T10:00:00+05:00 by the desk.", null))
        .containsExactly("Point 2024-08-22 '2024-08-22'");
  }

  @Test
  void takesABareNumberForAYearAfterATemporalPreposition() {
    assertThat(
            times(
                "The council was set up in 1993 and has met every year since 1998; the plan runs"
                    + " until 2030, the results of 2021 were good, and trade should double by"
                    + " 2035.",
                null))
        .containsExactly(
            "Point 1993 '1993'",
            "Point 1998 '1998'",
            "Point 2030 '2030'",
            "Point 2021 '2021'",
            "Point 2035 '2035'");
  }

  @Test
  void leavesNumbersThatAreAmountsNotYears() {
    assertThat(
            times(
                "Exports rose to 2000 tons, a fee of $2021 was paid, 1993 people signed, and 2010"
                    + " was mentioned without a preposition.",
                null))
        .isEmpty();
  }

  @Test
  void leavesReferencesMoneyCountsAndPhoneNumbers() {
    assertThat(
            times(
                "Resolution 1325 and Resolution 2031 of 2015, document No. 2021/15, a loan of"
                    + " $1.13 billion, 75 documents, 1,993 pages, and the hotline +7 7172"
                    + " 2021-2023.",
                null))
        .containsExactly("Point 2015 '2015'");
  }

  @Test
  void ignoresImpossibleDates() {
    assertThat(times("It was dated February 30, 2021 and 31.02.2020 and 2021-13-01.", null))
        .isEmpty();
  }

  // ---------------------------------------------------------------- partial dates

  @Test
  void takesTheYearOfAPartialDateFromThePublicationDate() {
    assertThat(times("The president arrives in Bishkek on May 19 for talks.", "2021-05-15"))
        .containsExactly("Point 2021-05-19 'May 19' relative");
    assertThat(times("The president arrived in Bishkek on 19 May.", "2021-05-25"))
        .containsExactly("Point 2021-05-19 '19 May' relative");
    assertThat(times("The summit takes place in June.", "2021-03-10"))
        .containsExactly("Point 2021-06 'June' relative");
  }

  @Test
  void putsAPartialDateLessThanSixMonthsFromThePublicationDate() {
    assertThat(times("The agreement was initialled on December 28.", "2022-01-10"))
        .containsExactly("Point 2021-12-28 'December 28' relative");
    assertThat(times("The commission meets on January 5.", "2021-12-20"))
        .containsExactly("Point 2022-01-05 'January 5' relative");
  }

  @Test
  void checksTheWeekdayWrittenWithADate() {
    assertThat(times("On Thursday May 20 the talks began.", THURSDAY))
        .containsExactly("Point 2021-05-20 'Thursday May 20' relative");
    assertThat(times("The talks began on Thursday, 20 May.", "2021-05-21"))
        .containsExactly("Point 2021-05-20 'Thursday, 20 May' relative");
    assertThat(times("On Thursday May 20 the talks began.", "2022-05-18"))
        .containsExactly("Point 2022-05-20 'Thursday May 20' relative weekday-conflict");
    assertThat(times("They met on Monday, January 7, 1993.", null))
        .containsExactly("Point 1993-01-07 'Monday, January 7, 1993' weekday-conflict");
  }

  @Test
  void makesAPartialDateVagueWithoutAPublicationDate() {
    assertThat(times("On May 19 the talks ended, and on 5 and 6 June they resumed.", null))
        .containsExactly("Vague PAST 'May 19'", "Vague PAST '5 and 6 June'");
  }

  // ---------------------------------------------------------------- relative times

  @Test
  void resolvesYearsAndMonthsAgainstThePublicationDate() {
    assertThat(
            times(
                "Last year trade fell; this year it grows and next year it will double. The"
                    + " previous year was hard, last month and the previous month too; this month"
                    + " is better.",
                THURSDAY))
        .containsExactly(
            "Point 2020 'Last year' relative",
            "Point 2021 'this year' relative",
            "Point 2022 'next year' relative",
            "Point 2020 'The previous year' relative",
            "Point 2021-04 'last month' relative",
            "Point 2021-04 'the previous month' relative",
            "Point 2021-05 'this month' relative");
  }

  @Test
  void resolvesDaysAgainstThePublicationDate() {
    assertThat(
            times(
                "He arrived the day before yesterday, met the minister yesterday, speaks today"
                    + " and leaves tomorrow.",
                THURSDAY))
        .containsExactly(
            "Point 2021-05-18 'the day before yesterday' relative",
            "Point 2021-05-19 'yesterday' relative",
            "Point 2021-05-20 'today' relative",
            "Point 2021-05-21 'tomorrow' relative");
  }

  @Test
  void resolvesAWeekdayToTheLatestOnOrBeforeThePublicationDay() {
    assertThat(
            times(
                "The envoy arrived on Monday, spoke on Thursday, recalled last Friday and will"
                    + " leave next Monday.",
                THURSDAY))
        .containsExactly(
            "Point 2021-05-17 'Monday' relative",
            "Point 2021-05-20 'Thursday' relative",
            "Point 2021-05-14 'last Friday' relative",
            "Point 2021-05-24 'next Monday' relative");
  }

  @Test
  void countsBackForExpressionsWithAgo() {
    assertThat(
            times(
                "Two years ago, three months ago, 5 days ago, a year ago and two weeks ago.",
                THURSDAY))
        .containsExactly(
            "Point 2019 'Two years ago' relative",
            "Point 2021-02 'three months ago' relative",
            "Point 2021-05-15 '5 days ago' relative",
            "Point 2020 'a year ago' relative",
            "Vague PAST 'two weeks ago'");
  }

  @Test
  void resolvesWeeksAndNamedMonths() {
    assertThat(times("Last week the sides agreed; last May and next June too.", THURSDAY))
        .containsExactly(
            "Period 2021-05-10..2021-05-16 'Last week' relative",
            "Point 2020-05 'last May' relative",
            "Point 2021-06 'next June' relative");
  }

  @Test
  void makesRelativeTimesVagueWithoutAPublicationDate() {
    assertThat(
            times(
                "Last year trade fell, this year it grows, next year it will double, and on"
                    + " Monday the minister flies home; the treaty of January 7, 1993 stands.",
                null))
        .containsExactly(
            "Vague PAST 'Last year'",
            "Vague PRESENT 'this year'",
            "Vague FUTURE 'next year'",
            "Vague PAST 'Monday'",
            "Point 1993-01-07 'January 7, 1993'");
  }

  @Test
  void resolvesWhatAMonthOnlyPublicationDateAllows() {
    assertThat(
            times(
                "The envoy arrives on June 2. Last month he was in Ankara; yesterday he met the"
                    + " minister, and on Monday he flies home.",
                "2023-05"))
        .containsExactly(
            "Point 2023-06-02 'June 2' relative",
            "Point 2023-04 'Last month' relative",
            "Vague PAST 'yesterday'",
            "Vague PAST 'Monday'");
  }

  @Test
  void resolvesWhatAYearOnlyPublicationDateAllows() {
    assertThat(
            times("On May 19 the talks ended. Last year trade fell; last month it rose.", "2023"))
        .containsExactly(
            "Point 2023-05-19 'May 19' relative",
            "Point 2022 'Last year' relative",
            "Vague PAST 'last month'");
  }

  // ---------------------------------------------------------------- periods

  @Test
  void readsRangesOfYears() {
    assertThat(
            times(
                "Forty accords concluded between 1993 and 2013 and from 1995 to 2005 remain, as"
                    + " in 1993-2013; a plan for 2021–2023 and a roadmap for 2024-2026 years.",
                null))
        .containsExactly(
            "Period 1993..2013 'between 1993 and 2013'",
            "Period 1995..2005 'from 1995 to 2005'",
            "Period 1993..2013 '1993-2013'",
            "Period 2021..2023 '2021–2023'",
            "Period 2024..2026 '2024-2026 years'");
  }

  @Test
  void readsRangesOfDays() {
    assertThat(
            times(
                "The forum met on 12-13 September, 2007, on 12–13 September 2008, on September"
                    + " 12-13, 2009, and from 12 to 14 May 2022.",
                null))
        .containsExactly(
            "Period 2007-09-12..2007-09-13 '12-13 September, 2007'",
            "Period 2008-09-12..2008-09-13 '12–13 September 2008'",
            "Period 2009-09-12..2009-09-13 'September 12-13, 2009'",
            "Period 2022-05-12..2022-05-14 'from 12 to 14 May 2022'");
  }

  @Test
  void readsRangesAcrossMonthsAndYears() {
    assertThat(
            times(
                "Talks ran December 28 – January 3, 2022, and trade grew January–March 2020.",
                null))
        .containsExactly(
            "Period 2021-12-28..2022-01-03 'December 28 – January 3, 2022'",
            "Period 2020-01..2020-03 'January–March 2020'");
  }

  @Test
  void takesTheYearOfAPartialRangeFromThePublicationDate() {
    assertThat(times("The visit on May 19-20 went well.", "2021-05-25"))
        .containsExactly("Period 2021-05-19..2021-05-20 'May 19-20' relative");
    assertThat(times("On May 5 and 6 agreements were signed.", "2021-05-25"))
        .containsExactly("Point 2021-05-05 'May 5' relative");
  }

  @Test
  void readsDecades() {
    assertThat(times("In the 1990s trade collapsed; in the early 2000s it recovered.", null))
        .containsExactly("Period 1990..1999 '1990s'", "Period 2000..2003 'early 2000s'");
  }

  // ---------------------------------------------------------------- lists

  @Test
  void readsAListOfYearsAsOneDateList() {
    assertThat(times("The commission met in 1998, 2001, 2004 and 2010.", null))
        .containsExactly("DateList [1998, 2001, 2004, 2010] '1998, 2001, 2004 and 2010'");
    assertThat(times("The council sat in 2003, 2005, 2008 and its reports followed.", null))
        .containsExactly("DateList [2003, 2005, 2008] '2003, 2005, 2008'");
  }

  @Test
  void readsConsecutiveDaysAsAPeriodAndOthersAsAList() {
    assertThat(times("Talks were held on 5 and 6 May 2022 and again on 5 and 9 June 2022.", null))
        .containsExactly(
            "Period 2022-05-05..2022-05-06 '5 and 6 May 2022'",
            "DateList [2022-06-05, 2022-06-09] '5 and 9 June 2022'");
    assertThat(times("Flights resume on May 5, 6 and 7.", "2021-05-01"))
        .containsExactly("Period 2021-05-05..2021-05-07 'May 5, 6 and 7' relative");
  }

  // ---------------------------------------------------------------- vague times

  @Test
  void readsVagueTimesWithTheirDirection() {
    assertThat(
            times(
                "Relations have recently improved and in recent years trade grew; in the near"
                    + " future, and soon, more flights follow, and in the coming years a railway."
                    + " Currently, and nowadays, at present too, the sides agree.",
                THURSDAY))
        .containsExactly(
            "Vague PAST 'recently'",
            "Vague PAST 'in recent years'",
            "Vague FUTURE 'in the near future'",
            "Vague FUTURE 'soon'",
            "Vague FUTURE 'in the coming years'",
            "Vague PRESENT 'Currently'",
            "Vague PRESENT 'nowadays'",
            "Vague PRESENT 'at present'");
    assertThat(times("In the past year the sides met often.", THURSDAY))
        .containsExactly("Vague PAST 'In the past year'");
    assertThat(
            times("Trade doubled over the past two years and will grow for years to come.", null))
        .containsExactly(
            "Vague PAST 'over the past two years'", "Vague FUTURE 'for years to come'");
  }

  // ---------------------------------------------------------------- spans and overlaps

  @Test
  void keepsTheLongestOfOverlappingMatches() {
    assertThat(times("Signed between 1993 and 2013, and on Thursday May 20.", THURSDAY))
        .containsExactly(
            "Period 1993..2013 'between 1993 and 2013'",
            "Point 2021-05-20 'Thursday May 20' relative");
  }

  @Test
  void countsOffsetsInJavaCharsThroughQuotesAndNonAsciiText() {
    String text =
        "«Договор» signed “on 7 January 1993” — and ‘in the 1990’s’ the „Nur-Sultan“ talks 🇰🇿"
            + " began; ‹soon› ended «in June 1994», \"last year\" 'recently'.";
    assertThat(times(text, "2021-05-20"))
        .containsExactly(
            "Point 1993-01-07 '7 January 1993'",
            "Period 1990..1999 '1990’s'",
            "Vague FUTURE 'soon'",
            "Point 1994-06 'June 1994'",
            "Point 2020 'last year' relative",
            "Vague PAST 'recently'");
    List<TimeExpression> found = ANNOTATOR.find(text, PartialDate.parse("2021-05-20"));
    assertThat(found.get(3).span().start()).isEqualTo(text.indexOf("June 1994"));
    assertThat(found.get(3).span().end()).isEqualTo(text.indexOf("»,"));
  }

  // ---------------------------------------------------------------- robustness

  @Test
  void neverThrowsAndKeepsSpansOrderedOnHostileText() {
    String[] pieces = {
      "May",
      "19",
      "-",
      "–",
      ",",
      " ",
      " ",
      "and",
      "between",
      "from",
      "to",
      "1993",
      "2021",
      "31",
      "02",
      ".",
      "last",
      "year",
      "ago",
      "two",
      "Monday",
      "on",
      "the",
      "1990",
      "s",
      "’",
      "\n",
      "$",
      "No.",
      "in",
      "early",
      "mid",
      "9999",
      "0000",
      "0",
      "February",
      "30",
      "29",
      "Feb.",
      "day",
      "before",
      "yesterday",
      "week",
      "next",
      "🇰🇿",
      "\u00a0",
      "th",
      "of",
      "1.",
      "2021-05-"
    };
    String[] published = {null, "0001", "9999-12-31", "2020-02-29", "2023-05", "2023"};
    Random random = new Random(42);
    for (int round = 0; round < 3000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(30); i >= 0; i--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String pub = published[random.nextInt(published.length)];
      List<TimeExpression> found =
          ANNOTATOR.find(text.toString(), pub == null ? null : PartialDate.parse(pub));
      for (int i = 0; i < found.size(); i++) {
        assertThat(found.get(i).span().end()).isLessThanOrEqualTo(text.length());
        if (i > 0) {
          assertThat(found.get(i).span().start())
              .isGreaterThanOrEqualTo(found.get(i - 1).span().end());
        }
      }
    }
  }

  @Test
  void annotatesMegabytesOfTextWithoutPathologicalBacktracking() {
    String paragraph =
        "The foreign ministers met in Tashkent on 12 March 2019 and agreed to meet again in"
            + " 2020. Trade of $1.2 billion in 2018 grew by 14 percent; 3,000 tons of cotton"
            + " were shipped. Resolution 2231 was cited. Talks last year and recently focused"
            + " on water, and the roadmap for 2021-2023 names 45 projects. ";
    int repeats = 2_000_000 / paragraph.length() + 1;
    String text = paragraph.repeat(repeats);
    List<TimeExpression> found =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20), () -> ANNOTATOR.find(text, PartialDate.parse("2021-06-01")));
    assertThat(found).hasSize(6 * repeats);
  }

  // ---------------------------------------------------------------- the stage and its data

  @Test
  void declaresItsLayers() {
    assertThat(ANNOTATOR.name()).isEqualTo("times");
    assertThat(ANNOTATOR.requires()).isEmpty();
    assertThat(ANNOTATOR.produces()).containsExactly(Layers.TIMES);
  }

  @Test
  void reportsBrokenDataFilesWithFileAndLine() {
    assertThatThrownBy(() -> read("months.txt", "1 January Jan\n# note\n13 Smarch"))
        .hasMessage("months.txt:3: month number out of range 1..12: 13");
    assertThatThrownBy(() -> read("months.txt", "1 January\n3 March"))
        .hasMessage("months.txt: missing months [2, 4, 5, 6, 7, 8, 9, 10, 11, 12]");
    assertThatThrownBy(() -> read("months.txt", "1 January Jan1"))
        .hasMessage("months.txt:1: 'Jan1' is not a word of 1 to 12 ASCII letters");
    assertThatThrownBy(() -> read("numbers.txt", "two 2\nmarch 3"))
        .hasMessageStartingWith("numbers.txt:2: 'march' is already listed at months.txt:");
    assertThatThrownBy(() -> read("years.txt", "prepositons: in since"))
        .hasMessageStartingWith("years.txt:1: unknown key 'prepositons' (expected one of");
    assertThatThrownBy(() -> read("phrases.txt", "soon = future\n\nlast year = yeer -1"))
        .hasMessageStartingWith("phrases.txt:3: unknown meaning 'yeer -1' (expected past");
    assertThatThrownBy(() -> read("phrases.txt", "soon = future\nSoon = past"))
        .hasMessage("phrases.txt:2: 'soon' is listed twice (first at line 1)");
  }

  @Test
  void aSpanOfMonthsWithoutAYearIsPlacedByItsEnd() {
    // published in December: "January-November" is this year's, not next year's
    assertThat(times("Trade grew in January-November to $4 billion.", "2022-12-22"))
        .containsExactly("Period 2022-01..2022-11 'January-November' relative");
  }

  // ---------------------------------------------------------------- helpers

  /** The times of a text as readable lines, through a pipeline as in production. */
  private static List<String> times(String text, String published) {
    PartialDate pub = published == null ? null : PartialDate.parse(published);
    Document doc = new Document("test", text, pub, null, null, "en", "test");
    List<String> lines = new ArrayList<>();
    for (TimeExpression e : PIPELINE.annotate(doc).get(Layers.TIMES)) {
      lines.add(describe(e, text));
    }
    return lines;
  }

  private static String describe(TimeExpression e, String text) {
    String surface = " '" + e.span().of(text) + "'";
    return switch (e) {
      case Point p ->
          "Point "
              + p.date()
              + surface
              + (p.relative() ? " relative" : "")
              + (p.weekdayConflict() ? " weekday-conflict" : "");
      case Period p ->
          "Period " + p.start() + ".." + p.end() + surface + (p.relative() ? " relative" : "");
      case DateList l -> "DateList " + l.dates() + surface;
      case Vague v -> "Vague " + v.direction() + surface;
    };
  }

  /** The bundled data files with one replaced. */
  private static Lexicon read(String replaced, String content) {
    String[] names = {"months.txt", "weekdays.txt", "numbers.txt", "years.txt", "phrases.txt"};
    DataFile[] files = new DataFile[names.length];
    for (int i = 0; i < names.length; i++) {
      files[i] =
          names[i].equals(replaced) ? DataFile.of(names[i], content) : DataFile.resource(names[i]);
    }
    return Lexicon.read(files[0], files[1], files[2], files[3], files[4]);
  }
}
