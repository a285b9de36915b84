package org.entente.annotate.amount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.entente.annotate.Amount;
import org.entente.annotate.Layers;
import org.entente.annotate.Pipeline;
import org.entente.text.Document;
import org.junit.jupiter.api.Test;

class AmountAnnotatorTest {

  private static final Pipeline PIPELINE = Pipeline.of(List.of(new AmountAnnotator()));

  @Test
  void declaresItsNameAndLayers() {
    AmountAnnotator annotator = new AmountAnnotator();
    assertThat(annotator.name()).isEqualTo("amounts");
    assertThat(annotator.requires()).isEmpty();
    assertThat(annotator.produces()).containsExactly(Layers.AMOUNTS);
  }

  @Test
  void readsDollarBillionsWithQualifier() {
    String text = "Bilateral trade amounted to over $1.13 billion in 2023, the ministry said.";
    assertThat(amounts(text))
        .containsExactly("MONEY 1.13E9 USD OVER 'over $1.13 billion'");
  }

  @Test
  void readsEachWayOfWritingDollars() {
    assertThat(
            amounts(
                "Loans of $ 500 million, US$1.5 billion, USD 2 bn, USD 2bn, USD2bn, 2 billion USD,"
                    + " 1 billion U.S. dollars, 1 billion US dollars, one billion dollars,"
                    + " 2.5 million dollars, $300m, $5k and 1,200,000 dollars were listed."))
        .containsExactly(
            "MONEY 5.0E8 USD EXACT '$ 500 million'",
            "MONEY 1.5E9 USD EXACT 'US$1.5 billion'",
            "MONEY 2.0E9 USD EXACT 'USD 2 bn'",
            "MONEY 2.0E9 USD EXACT 'USD 2bn'",
            "MONEY 2.0E9 USD EXACT 'USD2bn'",
            "MONEY 2.0E9 USD EXACT '2 billion USD'",
            "MONEY 1.0E9 USD EXACT '1 billion U.S. dollars'",
            "MONEY 1.0E9 USD EXACT '1 billion US dollars'",
            "MONEY 1.0E9 USD EXACT 'one billion dollars'",
            "MONEY 2500000 USD EXACT '2.5 million dollars'",
            "MONEY 3.0E8 USD EXACT '$300m'",
            "MONEY 5000 USD EXACT '$5k'",
            "MONEY 1200000 USD EXACT '1,200,000 dollars'");
  }

  @Test
  void readsOtherCurrenciesBySignCodeAndName() {
    assertThat(
            amounts(
                "The fund holds €40 million, 40 million euros, EUR 3 million, 5 billion rubles,"
                    + " 6 billion roubles, 120 billion tenge, 15 million somoni, 8 billion yuan,"
                    + " 2 million Belarusian rubles and 4 million Canadian dollars."))
        .containsExactly(
            "MONEY 4.0E7 EUR EXACT '€40 million'",
            "MONEY 4.0E7 EUR EXACT '40 million euros'",
            "MONEY 3000000 EUR EXACT 'EUR 3 million'",
            "MONEY 5.0E9 RUB EXACT '5 billion rubles'",
            "MONEY 6.0E9 RUB EXACT '6 billion roubles'",
            "MONEY 1.2E11 KZT EXACT '120 billion tenge'",
            "MONEY 1.5E7 TJS EXACT '15 million somoni'",
            "MONEY 8.0E9 CNY EXACT '8 billion yuan'",
            "MONEY 2000000 BYN EXACT '2 million Belarusian rubles'",
            "MONEY 4000000 CAD EXACT '4 million Canadian dollars'");
  }

  @Test
  void leavesAmbiguousCurrencyWordsAsNumbers() {
    // "sum" is an English word and names no one currency; "ZW$" is not a known sign.
    assertThat(amounts("A loan of 5 million sum arrived, and ZW$7 more."))
        .containsExactly("NUMBER 5000000 EXACT '5 million'", "NUMBER 7 EXACT '7'");
  }

  @Test
  void readsScaleAbbreviationsOfOneLetterOnlyAfterACurrency() {
    assertThat(amounts("A 300m bridge; $300m raised; 1.2 bln spent; 50 thousand tons shipped."))
        .containsExactly(
            "MONEY 3.0E8 USD EXACT '$300m'",
            "NUMBER 1.2E9 EXACT '1.2 bln'",
            "COUNT 50000 tons EXACT '50 thousand tons'");
  }

  @Test
  void readsThousandsGroupedByCommasOrSpaces() {
    assertThat(amounts("Exports: 1,200,000 tonnes, 1 200 000 tonnes, 3\u00A0500 tonnes, 1,000."))
        .containsExactly(
            "COUNT 1200000 tonnes EXACT '1,200,000 tonnes'",
            "COUNT 1200000 tonnes EXACT '1 200 000 tonnes'",
            "COUNT 3500 tonnes EXACT '3\u00A0500 tonnes'",
            "NUMBER 1000 EXACT '1,000'");
  }

  @Test
  void readsPercentagesInEachSpelling() {
    assertThat(
            amounts(
                "Output rose 18.5 percent, 18.5 per cent, 18.5%, 18.5 % and twenty percent;"
                    + " prices fell by 8 percent."))
        .containsExactly(
            "PERCENT 18.5 EXACT '18.5 percent'",
            "PERCENT 18.5 EXACT '18.5 per cent'",
            "PERCENT 18.5 EXACT '18.5%'",
            "PERCENT 18.5 EXACT '18.5 %'",
            "PERCENT 20 EXACT 'twenty percent'",
            "PERCENT 8 EXACT '8 percent'");
  }

  @Test
  void readsTwoAmountsInOneClause() {
    assertThat(amounts("Turnover grew by 18.5 percent to $1.5 billion last year."))
        .containsExactly(
            "PERCENT 18.5 EXACT '18.5 percent'", "MONEY 1.5E9 USD EXACT '$1.5 billion'");
  }

  @Test
  void countsListedNounsInDigitsAndWords() {
    assertThat(
            amounts(
                "The ministers signed 75 documents, 100 agreements and twenty agreements, visited"
                    + " two countries for two years and opened one joint venture."))
        .containsExactly(
            "COUNT 75 documents EXACT '75 documents'",
            "COUNT 100 agreements EXACT '100 agreements'",
            "COUNT 20 agreements EXACT 'twenty agreements'",
            "COUNT 2 countries EXACT 'two countries'",
            "COUNT 2 years EXACT 'two years'",
            "COUNT 1 joint ventures EXACT 'one joint venture'");
  }

  @Test
  void countsNounsBehindAdjectives() {
    assertThat(
            amounts(
                "They keep 75 bilateral documents, 20 intergovernmental agreements and 100"
                    + " interstate and government-to-government agreements; leaders paid eight"
                    + " official visits."))
        .containsExactly(
            "COUNT 75 documents EXACT '75 bilateral documents'",
            "COUNT 20 agreements EXACT '20 intergovernmental agreements'",
            "COUNT 100 agreements EXACT"
                + " '100 interstate and government-to-government agreements'",
            "COUNT 8 visits EXACT 'eight official visits'");
  }

  @Test
  void leavesNumbersBeforeUnlistedNounsOrFunctionWordsUncounted() {
    assertThat(amounts("They bought 5 apples; 3 of the documents were lost."))
        .containsExactly("NUMBER 5 EXACT '5'", "NUMBER 3 EXACT '3'");
  }

  @Test
  void readsBareNumbersInDigitsAndWords() {
    assertThat(
            amounts(
                "Figures: one billion, twenty, twenty-five, a hundred, 3.5, one hundred and"
                    + " twenty, two hundred thousand, fifteen hundred."))
        .containsExactly(
            "NUMBER 1.0E9 EXACT 'one billion'",
            "NUMBER 20 EXACT 'twenty'",
            "NUMBER 25 EXACT 'twenty-five'",
            "NUMBER 100 EXACT 'a hundred'",
            "NUMBER 3.5 EXACT '3.5'",
            "NUMBER 120 EXACT 'one hundred and twenty'",
            "NUMBER 200000 EXACT 'two hundred thousand'",
            "NUMBER 1500 EXACT 'fifteen hundred'");
  }

  @Test
  void leavesDatesAndYearsToTheTimeAnnotator() {
    assertThat(
            amounts(
                "Posted 01.03.2020 10:15. Ties began on January 7, 1993 and in 2021 the plan for"
                    + " 2021-2023 and 2024–25 was adopted; talks on 12-13 September, 2007, on"
                    + " May 19 and on 7 January at 10 a.m., dated 2020-01-03 and 12/05/2020."))
        .isEmpty();
  }

  @Test
  void leavesOrdinalsIdsAndListMarksAlone() {
    String text =
        "The 2nd round and the 30th anniversary, the second visit, Resolution No. 5, Article 3,"
            + " COVID-19, an A320, item (4).\n1. The Parties agree.\n  2. The Parties note.";
    assertThat(amounts(text)).isEmpty();
  }

  @Test
  void leavesModifiersAndThePronounOneAlone() {
    assertThat(
            amounts(
                "On a two-day visit under a 5-year plan in the twenty-first century, one of the"
                    + " guests met no one."))
        .isEmpty();
  }

  @Test
  void readsQualifiersInFront() {
    assertThat(
            amounts(
                "About $2 billion, around 3 percent, approximately 4 documents, approx. 5 tons,"
                    + " some 30 agreements, roughly 7, an estimated $9 million, nearly $2 billion,"
                    + " almost 3 percent, up to 10 percent, less than 6 percent, under 8 people,"
                    + " no more than 5 documents, more than 30 documents, above 4 percent,"
                    + " exceeding $3 million, in excess of $5 million, upwards of 20 people."))
        .containsExactly(
            "MONEY 2.0E9 USD ABOUT 'About $2 billion'",
            "PERCENT 3 ABOUT 'around 3 percent'",
            "COUNT 4 documents ABOUT 'approximately 4 documents'",
            "COUNT 5 tons ABOUT 'approx. 5 tons'",
            "COUNT 30 agreements ABOUT 'some 30 agreements'",
            "NUMBER 7 ABOUT 'roughly 7'",
            "MONEY 9000000 USD ABOUT 'an estimated $9 million'",
            "MONEY 2.0E9 USD UNDER 'nearly $2 billion'",
            "PERCENT 3 UNDER 'almost 3 percent'",
            "PERCENT 10 UNDER 'up to 10 percent'",
            "PERCENT 6 UNDER 'less than 6 percent'",
            "COUNT 8 people UNDER 'under 8 people'",
            "COUNT 5 documents UNDER 'no more than 5 documents'",
            "COUNT 30 documents OVER 'more than 30 documents'",
            "PERCENT 4 OVER 'above 4 percent'",
            "MONEY 3000000 USD OVER 'exceeding $3 million'",
            "MONEY 5000000 USD OVER 'in excess of $5 million'",
            "COUNT 20 people OVER 'upwards of 20 people'");
  }

  @Test
  void keepsQualifyingVerbsOutOfTheSpan() {
    assertThat(
            amounts(
                "Trade surpassed $1 billion, exports exceeded 2 million tons and imports topped"
                    + " 40 million euros."))
        .containsExactly(
            "MONEY 1.0E9 USD OVER '$1 billion'",
            "COUNT 2000000 tons OVER '2 million tons'",
            "MONEY 4.0E7 EUR OVER '40 million euros'");
  }

  @Test
  void takesNoSignOrQualifierFromThePreviousAmount() {
    assertThat(amounts("They lent 2 billion USD 5 documents later, then 3 percent over 4 percent."))
        .containsExactly(
            "MONEY 2.0E9 USD EXACT '2 billion USD'",
            "COUNT 5 documents EXACT '5 documents'",
            "PERCENT 3 EXACT '3 percent'",
            "PERCENT 4 OVER 'over 4 percent'");
  }

  @Test
  void givesBothEndsOfARangeTheUnitOfTheSecond() {
    assertThat(amounts("Growth of 10-15 percent needs $1–2 billion."))
        .containsExactly(
            "PERCENT 10 EXACT '10'",
            "PERCENT 15 EXACT '15 percent'",
            "MONEY 1.0E9 USD EXACT '$1'",
            "MONEY 2.0E9 USD EXACT '2 billion'");
  }

  @Test
  void readsAmountsAmidNonAsciiTextAndQuotes() {
    assertThat(
            amounts(
                "Товарооборот составил “$1.13 billion” — рост «18.5%»; «75 документов» и"
                    + " “twenty agreements” 🤝 «40 million euros», ‘1 billion U.S. dollars’."))
        .containsExactly(
            "MONEY 1.13E9 USD EXACT '$1.13 billion'",
            "PERCENT 18.5 EXACT '18.5%'",
            "NUMBER 75 EXACT '75'",
            "COUNT 20 agreements EXACT 'twenty agreements'",
            "MONEY 4.0E7 EUR EXACT '40 million euros'",
            "MONEY 1.0E9 USD EXACT '1 billion U.S. dollars'");
  }

  @Test
  void readsAUnitAcrossOneLineBreakButNotAParagraph() {
    assertThat(amounts("Trade reached $2\nbillion. They signed 12\n\ndocuments."))
        .containsExactly("MONEY 2.0E9 USD EXACT '$2\nbillion'", "NUMBER 12 EXACT '12'");
  }

  @Test
  void neverThrowsOnHostileText() {
    String[] pieces = {
      "$", "US$", "€", "1", "0", "9", ",", ".", " ", "\n", "\r\n", "-", "–", "/", ":", "%", "bn",
      "m", "billion", "one", "twenty", "hundred", "a", "and", "percent", "per cent", "documents",
      "USD", "dollars", "U.S.", "over", "more than", "No.", "May", "(", ")", "\u00A0", "ж",
      "\uD83D\uDE00", "\uD83D", "7th", "2021", "000", "about", "official"
    };
    Random random = new Random(7);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder("x");
      int length = random.nextInt(25);
      for (int k = 0; k < length; k++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      assertWellFormed(text.toString(), annotate(text.toString()));
    }
    for (String text :
        List.of(
            "1".repeat(100_000),
            "1,".repeat(50_000),
            "$".repeat(100_000) + "5",
            "one ".repeat(50_000),
            "a a a a a million " + "-".repeat(10_000),
            "twenty-".repeat(20_000),
            "5" + " ".repeat(100_000) + "percent")) {
      assertWellFormed(text, annotate(text));
    }
  }

  @Test
  void annotatesTwoMegabytesWithoutBacktracking() {
    String sentences =
        "In 2022 the two sides signed 14 agreements worth about $3.2 billion, up 12.5 percent. "
            + "Exports of 1,500,000 tonnes of grain (No. 7) topped 40 million euros on May 4. "
            + "Ministers met twenty-two times; “roughly 300 bilateral projects” — ещё «€5 bn». ";
    int perCopy = annotate(sentences).size();
    StringBuilder big = new StringBuilder();
    int copies = 0;
    while (big.length() < 2_000_000) {
      big.append(sentences);
      copies++;
    }
    String text = big.toString();
    int expected = perCopy * copies;
    assertTimeoutPreemptively(
        Duration.ofSeconds(20), () -> assertThat(annotate(text)).hasSize(expected));
  }

  @Test
  void reportsBrokenDataFilesWithFileAndLine() {
    assertThatThrownBy(
            () -> Lexicon.currencies(DataFile.of("currencies.txt", "# signs\nUSD smybol $\n")))
        .hasMessage("currencies.txt:2: unknown kind 'smybol' (expected one of symbol, code, name)");
    assertThatThrownBy(() -> Lexicon.currencies(DataFile.of("currencies.txt", "usd code USD")))
        .hasMessageStartingWith("currencies.txt:1: expected an ISO 4217 code");
    assertThatThrownBy(
            () -> Lexicon.units(DataFile.of("units.txt", "count documents\ncount Documents")))
        .hasMessage("units.txt:2: 'documents' is already listed at line 1");
    assertThatThrownBy(() -> Lexicon.numberWords(DataFile.of("number-words.txt", "twentyfive 25")))
        .hasMessageStartingWith("number-words.txt:1: expected 0-19, a multiple of ten");
    assertThatThrownBy(
            () -> Lexicon.qualifiers(DataFile.of("qualifiers.txt", "\n\nMORE phrase over")))
        .hasMessage(
            "qualifiers.txt:3: unknown qualifier 'MORE' (expected one of ABOUT, OVER, UNDER)");
    assertThatThrownBy(() -> Lexicon.scales(DataFile.of("scales.txt", "bn 1e9 money")))
        .hasMessage("scales.txt:1: unknown flag 'money' (expected money-only)");
    assertThatThrownBy(() -> Lexicon.notAmounts(DataFile.of("not-amounts.txt", "month")))
        .hasMessage("not-amounts.txt:1: expected kind form, found 'month'");
  }

  private static List<Amount> annotate(String text) {
    Document document = new Document("test", text, null, null, null, "en", "test");
    return PIPELINE.annotate(document).get(Layers.AMOUNTS);
  }

  /** Each amount as "KIND value [currency] [unit] QUALIFIER 'surface'". */
  private static List<String> amounts(String text) {
    List<String> lines = new ArrayList<>();
    for (Amount a : annotate(text)) {
      StringBuilder line = new StringBuilder();
      line.append(a.kind()).append(' ').append(format(a.value()));
      if (a.currency() != null) {
        line.append(' ').append(a.currency());
      }
      if (a.unit() != null) {
        line.append(' ').append(a.unit());
      }
      line.append(' ').append(a.qualifier()).append(" '").append(a.span().of(text)).append('\'');
      lines.add(line.toString());
    }
    return lines;
  }

  /** Whole values below ten million as integers, others as Java prints doubles (1.13E9). */
  private static String format(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e7
        ? Long.toString((long) value)
        : Double.toString(value);
  }

  private static void assertWellFormed(String text, List<Amount> amounts) {
    int previousEnd = 0;
    for (Amount a : amounts) {
      assertThat(a.span().start()).as("%s in [%s]", a, text).isGreaterThanOrEqualTo(previousEnd);
      assertThat(a.span().end()).as("%s in [%s]", a, text).isLessThanOrEqualTo(text.length());
      assertThat(a.span().length()).as("%s in [%s]", a, text).isPositive();
      assertThat(a.value()).as("%s in [%s]", a, text).isFinite().isNotNegative();
      previousEnd = a.span().end();
    }
  }
}
