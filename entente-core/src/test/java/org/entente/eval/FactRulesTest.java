package org.entente.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

class FactRulesTest {

  private static boolean equal(String key, String a, String b) {
    return FactRules.equal(key, Json.of(a), Json.of(b));
  }

  private static boolean datesAgree(String goldWhen, String predWhen) {
    return FactRules.datesAgree(
        Json.of("{'when': " + goldWhen + "}"), Json.of("{'when': " + predWhen + "}"));
  }

  @Test
  void personsMatchAcrossTransliterationVariants() {
    assertThat(equal("visitor", "'sirojiddin-mukhriddin'", "'sirojiddin-muhriddin'")).isTrue();
    assertThat(equal("person", "'kassym-zhomart-tokaev'", "'kassym-jomart-tokayev'")).isTrue();
    assertThat(equal("visitor", "'Kassym-Zhomart Tokayev'", "'kassymjomart-tokayev'")).isTrue();
    assertThat(equal("visitor", "'emomali-rahmon'", "'nursultan-nazarbayev'")).isFalse();
  }

  @Test
  void personFoldingReplacesInScorePyOrder() {
    assertThat(FactRules.foldPerson(TextNode.valueOf("Kassym-Zhomart Tokayev")).textValue())
        .isEqualTo("kasmjomartokaev");
    assertThat(FactRules.foldPerson(TextNode.valueOf("dzhabarov")).textValue())
        .isEqualTo("jabarov");
    assertThat(FactRules.foldPerson(TextNode.valueOf("Djabarov")).textValue()).isEqualTo("jabarov");
    // y goes after kh became h, and the runs collapse last: "yy-khh" leaves one h.
    assertThat(FactRules.foldPerson(TextNode.valueOf("yy-khh")).textValue()).isEqualTo("h");
  }

  @Test
  void participantListsMatchInAnyOrderAfterFolding() {
    assertThat(
            equal(
                "participants",
                "['emomali-rahmon', 'kassym-jomart-tokayev']",
                "['Kassym-Zhomart Tokayev', 'emomali-rakhmon']"))
        .isTrue();
  }

  @Test
  void titlesMatchWhenHalfTheirContentWordsAreShared() {
    assertThat(
            equal(
                "title", "'Treaty on strategic partnership'", "'The strategic partnership treaty'"))
        .isTrue();
    // {treaty, border, demarcation} and {treaty, border, delimitation}: 2 of 4, enough.
    assertThat(equal("title", "'treaty on border demarcation'", "'treaty on border delimitation'"))
        .isTrue();
    // {agreement, trade} and {agreement, transit}: 1 of 3, not enough.
    assertThat(equal("title", "'agreement on trade'", "'agreement on transit'")).isFalse();
    // Stop words, "republic" included, do not count.
    assertThat(equal("name", "'the Republic of Tajikistan'", "'Tajikistan'")).isTrue();
  }

  @Test
  void fuzzyWordsOfNonStringsComeFromPythonsStr() {
    assertThat(FactRules.words(Json.of("['Treaty on X', null, 1.5]")))
        .containsExactlyInAnyOrder("treaty", "x", "none", "1", "5");
    // str(None) is "None": a missing title matches a title that is the word None.
    assertThat(equal("title", "null", "'None'")).isTrue();
    assertThat(equal("title", "''", "''")).isFalse();
  }

  @Test
  void numbersMatchWithinOnePercent() {
    assertThat(equal("value_usd", "1.13e9", "1.14e9")).isTrue();
    assertThat(equal("value_usd", "1.0e9", "1.011e9")).isFalse();
    assertThat(equal("count", "'75'", "75")).isTrue();
    assertThat(equal("count", "'1_000'", "1005")).isTrue();
    assertThat(equal("count", "'seventy'", "70")).isFalse();
    assertThat(equal("rank", "[2]", "2")).isFalse();
  }

  @Test
  void missingNumbersFallBackToEquality() {
    assertThat(equal("count", "null", "null")).isTrue();
    assertThat(equal("count", "null", "0")).isFalse();
  }

  @Test
  void otherKeysCompareAfterCaseWhitespaceAndOrderNormalization() {
    assertThat(equal("parties", "['TJ', 'KZ']", "['kz', ' tj']")).isTrue();
    assertThat(equal("org", "'CSTO'", "'csto '")).isTrue();
    assertThat(equal("level", "'embassy'", "'mission'")).isFalse();
    assertThat(equal("parties", "[1, 1.0]", "[true, 1]")).isTrue();
  }

  @Test
  void listsPythonCannotSortAreRejected() {
    assertThatThrownBy(() -> equal("parties", "['KZ', 5]", "['KZ']"))
        .isInstanceOf(EvalInputException.class)
        .hasMessageContaining("'<' not supported between instances of 'int' and 'str'");
  }

  @Test
  void aPredictedDateMayBeMorePreciseNotLess() {
    assertThat(datesAgree("{'start': '1993-01'}", "{'start': '1993-01-13'}")).isTrue();
    assertThat(datesAgree("{'start': '1993-01-13'}", "{'start': '1993-01'}")).isFalse();
    assertThat(datesAgree("{'start': '1993'}", "{'start': '1994'}")).isFalse();
    assertThat(datesAgree("{'start': '1993'}", "null")).isFalse();
  }

  @Test
  void anUndatedGoldFactAcceptsAnyDate() {
    assertThat(datesAgree("null", "{'start': '1993-01-13'}")).isTrue();
    assertThat(datesAgree("{}", "null")).isTrue();
  }

  @Test
  void theGoldStartAloneDecidesWhenThereIsOne() {
    assertThat(
            datesAgree("{'start': '1993', 'end': '1995'}", "{'start': '1993-05', 'end': '2001'}"))
        .isTrue();
  }

  @Test
  void anEndOnlyGoldDateIsMetByAPredictedEndOrElseAPredictedStart() {
    assertThat(datesAgree("{'end': '2013'}", "{'end': '2013-12'}")).isTrue();
    assertThat(datesAgree("{'end': '2013'}", "{'start': '2013-12'}")).isTrue();
    assertThat(datesAgree("{'end': '2013'}", "{'start': '2013', 'end': '2014'}")).isFalse();
    assertThat(datesAgree("{'end': '2013'}", "{'start': '2012'}")).isFalse();
  }

  @Test
  void evidenceOverlapsWhenAnySpansIntersectEndExclusive() {
    assertThat(
            FactRules.overlap(
                Json.of("[{'start': 10, 'end': 20}]"), Json.of("[{'start': 19, 'end': 30}]")))
        .isTrue();
    assertThat(
            FactRules.overlap(
                Json.of("[{'start': 10, 'end': 20}]"), Json.of("[{'start': 20, 'end': 30}]")))
        .isFalse();
    assertThat(
            FactRules.overlap(
                Json.of("[{'start': 0, 'end': 5}, {'start': 100, 'end': 120}]"),
                Json.of("[{'start': 50, 'end': 60}, {'start': 110, 'end': 111}]")))
        .isTrue();
    assertThat(FactRules.overlap(Json.of("[{'start': 10, 'end': 20}]"), Json.of("[]"))).isFalse();
  }

  @Test
  void attributesCompareNormalizedButNeverFuzzily() {
    assertThat(FactRules.same("city", Json.of("'Dushanbe'"), Json.of("' dushanbe'"))).isTrue();
    assertThat(
            FactRules.same(
                "signatories", Json.of("['sadyr-japarov']"), Json.of("['Sadyr Zhaparov']")))
        .isTrue();
    assertThat(FactRules.same("growth_pct", Json.of("10.0"), Json.of("10.05"))).isFalse();
  }
}
