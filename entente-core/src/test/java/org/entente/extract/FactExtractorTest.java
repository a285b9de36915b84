package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.annotate.Pipeline;
import org.entente.annotate.StandardPipeline;
import org.entente.annotate.gazetteer.Dictionaries;
import org.entente.text.Document;
import org.entente.text.PartialDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the extraction rules make of sentences written for these tests. */
class FactExtractorTest {

  private static Pipeline pipeline;
  private static FactExtractor extractor;

  @BeforeAll
  static void load() {
    pipeline = StandardPipeline.create(Dictionaries.builtin());
    extractor = FactExtractor.standard();
  }

  /** Facts as "type {args} when", sorted, for readable assertions. */
  private static List<String> facts(String text, String published) {
    Document doc = new Document("t", text, published == null ? null : PartialDate.parse(published), null, null, null, "test");
    return extractor.extract(pipeline.annotate(doc)).stream()
        .map(f -> f.type() + " " + f.argMap() + (f.when().isEmpty() ? "" : " " + f.when().start() + (f.when().end() == null ? "" : ".." + f.when().end())))
        .sorted()
        .toList();
  }

  private static List<String> of(String type, List<String> facts) {
    return facts.stream().filter(f -> f.startsWith(type + " ")).toList();
  }

  @Test
  void aTwoDayVisitStartingOnADateEndsTheNextDay() {
    List<String> facts = facts(
        "ASTANA, June 3. Uzbek President Shavkat Mirziyoyev arrived in Astana on June 3 on a two-day state visit.", "2024-06-03");
    assertThat(of("visit", facts)).containsExactly(
        "visit {visitor=shavkat-mirziyoyev, visitor_country=UZ, host_country=KZ, city=Astana, kind=state} 2024-06-03..2024-06-04");
  }

  @Test
  void plansAndInvitationsAreNotVisits() {
    String text = "Kyrgyz President Sadyr Japarov will visit Tajikistan next year. "
        + "Rahmon invited Japarov to visit Dushanbe at a convenient time.";
    assertThat(of("visit", facts(text, "2024-02-10"))).isEmpty();
  }

  @Test
  void aListOfOrganizationsGivesOneFactEach() {
    List<String> facts = facts(
        "Uzbekistan and Kyrgyzstan cooperate closely within the UN, the SCO, the CIS and the OTS.", "2024-01-01");
    assertThat(of("org_cooperation", facts)).extracting(f -> f.replaceAll(".*org=(\\w+).*", "$1"))
        .containsExactlyInAnyOrder("UN", "SCO", "CIS", "OTS");
  }

  @Test
  void documentsListedAfterTheSigningAreDatedByTheTalks() {
    String text = "TASHKENT, March 12. After the talks on March 12, the following documents were signed:\n"
        + "- Agreement on the demarcation of the state border between Uzbekistan and Kyrgyzstan;\n"
        + "- Program of cultural cooperation for 2024-2026.";
    List<String> agreements = of("agreement", facts(text, "2024-03-12"));
    assertThat(agreements).hasSize(2).allMatch(a -> a.contains("status=signed") && a.endsWith("2024-03-12"));
    assertThat(agreements).anyMatch(a -> a.contains("doc_type=program") && a.contains("period={start=2024, end=2026}"));
  }

  @Test
  void aProtocolAndTheAgreementItAmendsAreTwoFactsEachWithItsOwnDate() {
    String text = "TASHKENT, December 22. The presidents signed the following documents:\n"
        + "- Protocol amending the Agreement on visa-free travel of citizens of 7 July 2000;\n"
        + "- Agreement on the demarcation of the state border between Kazakhstan and Uzbekistan.\n";
    List<String> agreements = of("agreement", facts(text, "2022-12-22"));
    assertThat(agreements).anySatisfy(f -> assertThat(f)
        .contains("title=Protocol amending the Agreement on visa-free travel of citizens of 7 July 2000")
        .endsWith(" 2022-12-22"));
    assertThat(agreements).anySatisfy(f -> assertThat(f)
        .contains("title=Agreement on visa-free travel of citizens,").endsWith(" 2000-07-07"));
    assertThat(agreements).hasSize(3);
  }

  @Test
  void aSigningDateRightAfterTheTitleWinsOverAnEarlierDateOfTheSentence() {
    String text = "During the visit of Kazakh President Kassym-Jomart Tokayev to Uzbekistan from 21 to 23 December 2022, "
        + "the two leaders signed the Treaty on Allied Relations on 22 December.";
    assertThat(of("agreement", facts(text, "2024-05-01"))).singleElement().asString().endsWith(" 2022-12-22");
  }

  @Test
  void aChoiceToSignToldInThePastIsASigning() {
    String text = "Relations go back to 1952, when India chose to sign a separate peace treaty with Japan.";
    assertThat(of("agreement", facts(text, "2024-01-01"))).singleElement().asString()
        .contains("status=signed").endsWith(" 1952");
  }

  @Test
  void earlierVisitsCountedAfterTheCurrentOneAreVisitsOfTheirOwn() {
    String text = "BISHKEK, November 25. Russian President Vladimir Putin arrived in Bishkek on a state visit. "
        + "The visit is Putin's third to Kyrgyzstan, after those of 2000 and 2019.";
    assertThat(of("visit", facts(text, "2025-11-25")))
        .anySatisfy(f -> assertThat(f).contains("host_country=KG").endsWith(" 2000"))
        .anySatisfy(f -> assertThat(f).contains("host_country=KG").endsWith(" 2019"))
        .anySatisfy(f -> assertThat(f).contains("city=Bishkek").endsWith(" 2025-11-25"));
  }

  @Test
  void anAgreementSignedAlongWithAnotherSharesItsSigning() {
    String text = "On March 31 the presidents of Kyrgyzstan and Tajikistan signed a treaty on the junction point "
        + "of the state borders, along with a declaration of eternal friendship.";
    assertThat(of("agreement", facts(text, "2025-04-02")))
        .hasSize(2).allSatisfy(f -> assertThat(f).contains("status=signed").endsWith(" 2025-03-31"));
  }

  @Test
  void aSigningDuringTheVisitToldBeforeIsDatedByThatVisit() {
    String text = "The Uzbek leader paid a state visit to Kazakhstan on August 7-9. "
        + "During the visit the two leaders approved a programme of strategic partnership until 2034.";
    assertThat(of("agreement", facts(text, "2024-08-12"))).singleElement().asString().endsWith(" 2024-08");
  }

  @Test
  void aPastSigningWhoseDayWithoutAYearFallsAfterThePublicationWasLastYears() {
    String text = "The fighting ended with a ceasefire statement signed by the leaders of Azerbaijan, Armenia "
        + "and Russia on November 10.";
    assertThat(of("agreement", facts(text, "2021-06-15"))).singleElement().asString()
        .contains("doc_type=joint_statement").endsWith(" 2020-11-10");
  }

  @Test
  void aVisitorWhoFlewInOnTheDayOfADatedReportVisitedThatDay() {
    String text = "BAKU, June 15. Turkish President Recep Tayyip Erdogan, who flew to Azerbaijan for a one-day visit, "
        + "met President Ilham Aliyev.";
    assertThat(of("visit", facts(text, "2021-06-15"))).singleElement().asString().endsWith(" 2021-06-15");
  }

  @Test
  void hisSecondTripIsAVisitByTheVisitorToldBefore() {
    String text = "Japanese Prime Minister Fumio Kishida arrived in New Delhi on a two-day official visit. "
        + "It is his second trip to India as prime minister: he first came in March last year.";
    assertThat(of("visit", facts(text, "2023-03-20")))
        .anySatisfy(f -> assertThat(f).contains("visitor=fumio-kishida").endsWith(" 2022-03"));
  }

  @Test
  void anInstitutionNameKeepsAFormatInFiguresAndTwoModifiersJoinedByAnd() {
    String text = "The India-Japan 2+2 Foreign and Defence Ministerial Dialogue was first held in New Delhi in November 2019.";
    assertThat(of("institution", facts(text, "2024-09-01"))).singleElement().asString()
        .contains("name=India-Japan 2+2 Foreign and Defence Ministerial Dialogue");
  }

  @Test
  void documentsSignedFollowingTheTalksToldBeforeAreDatedByTheTalks() {
    String text = "On 16 December 2021, President Ilham Aliyev and President Recep Tayyip Erdogan held talks in Baku. "
        + "Following the talks, the following documents were signed:\n"
        + "1. Program of economic cooperation between Azerbaijan and Turkey for 2022-2024;\n";
    assertThat(of("agreement", facts(text, "2021-12-17"))).singleElement().asString().endsWith(" 2021-12-16");
  }

  @Test
  void anArrivalTakesTheDatesOfTheSentenceThatGoesOnAboutTheVisit() {
    String text = "President Recep Tayyip Erdogan has arrived in Baku on an official visit. "
        + "The visit takes place on 16-17 December 2021.";
    assertThat(of("visit", facts(text, "2021-12-17"))).singleElement().asString()
        .endsWith(" 2021-12-16..2021-12-17");
  }

  @Test
  void aReportsUndatedSigningHappenedAtTheTalksItToldBeforeNotOnItsOwnDay() {
    String text = "ASTANA, October 4. The President of Uzbekistan Shavkat Mirziyoyev paid a state visit to Kazakhstan "
        + "on October 3-4. President Kassym-Jomart Tokayev and President Mirziyoyev held talks in a one-on-one format "
        + "on 3 October. The sides signed the Memorandum of Understanding on cooperation in health care.";
    assertThat(of("agreement", facts(text, "2019-10-04"))).singleElement().asString().endsWith(" 2019-10-03");
  }

  @Test
  void areasDiscussedDirectlyOrPutOnTheAgendaAreCooperationAreas() {
    String text = "President Sadyr Japarov of Kyrgyzstan and President Emomali Rahmon of Tajikistan held talks. "
        + "During the talks, the sides discussed tourism and health care. "
        + "Issues of cooperation in water management and culture were on the agenda. "
        + "The presidents also discussed the situation in the region.";
    assertThat(of("cooperation_area", facts(text, "2024-05-01"))).extracting(f -> f.replaceAll(".*area=(\\w+).*", "$1"))
        .containsExactlyInAnyOrder("tourism", "health", "water", "culture");
  }

  @Test
  void aSecondTitleWithItsOwnPassiveVerbTakesThatVerbsDateAndNotTheFirstClausesCity() {
    String text = "The Treaty on Eternal Friendship between Kazakhstan and Kyrgyzstan was signed in Astana on 8 April 1997, "
        + "and the Treaty on Allied Relations was concluded on 25 December 2003.";
    assertThat(of("agreement", facts(text, "2025-04-01")))
        .anySatisfy(f -> assertThat(f).contains("title=Treaty on Eternal Friendship").contains("city=Astana")
            .endsWith(" 1997-04-08"))
        .anySatisfy(f -> assertThat(f).contains("title=Treaty on Allied Relations").doesNotContain("city=")
            .endsWith(" 2003-12-25"));
  }

  @Test
  void twoMissionsInOneSentenceEachKeepTheCityAndDateOfTheirOwnClause() {
    String text = "Relations between Kazakhstan and Kyrgyzstan are close. The Embassy of Kazakhstan in Bishkek opened "
        + "in 1993, and the Consulate General of Kazakhstan operates in Osh.";
    assertThat(of("mission", facts(text, "2025-04-01")))
        .anySatisfy(f -> assertThat(f).contains("level=embassy").contains("city=Bishkek").endsWith(" 1993"))
        .anySatisfy(f -> assertThat(f).contains("level=consulate").contains("city=Osh").doesNotContain("1993"));
  }

  @Test
  void aTargetForItRightAfterATradeFigureIsATradeTarget() {
    String text = "In 2024 trade between Kazakhstan and Kyrgyzstan totalled $2.1 billion. "
        + "The presidents aim to raise it to $3 billion by 2030. It reached $1 billion in a single quarter.";
    List<String> facts = facts(text, "2025-04-01");
    assertThat(of("trade_target", facts)).singleElement().asString().contains("value_usd=3.0E9").endsWith(" 2030");
    assertThat(of("trade_volume", facts)).singleElement().asString().contains("value_usd=2.1E9");
  }

  @Test
  void aPlanInAnotherClauseDoesNotMakeAPastVisitAPlan() {
    String text = "President Ilham Aliyev of Azerbaijan and President Shavkat Mirziyoyev of Uzbekistan discussed the council "
        + "that is to meet in Tashkent in the autumn, and the agreements reached during Aliyev's state visit to "
        + "Uzbekistan in August 2024. Mirziyoyev invited Aliyev to pay an official visit to Uzbekistan.";
    assertThat(of("visit", facts(text, "2025-05-14"))).singleElement().asString()
        .contains("visitor=ilham-aliyev").endsWith(" 2024-08");
  }

  @Test
  void aTelephoneCallIsNotPlacedAtTheReportsDateline() {
    String text = "BAKU, 14 May 2025. President of Azerbaijan Ilham Aliyev had a telephone conversation with "
        + "President of Uzbekistan Shavkat Mirziyoyev on Tuesday.";
    assertThat(of("talks", facts(text, "2025-05-14"))).singleElement().asString()
        .contains("format=phone").doesNotContain("city=").endsWith(" 2025-05-13");
  }

  @Test
  void aDraftIsNotASigning() {
    String text = "The ministers agreed to prepare a draft Agreement on visa-free travel between Kazakhstan and Kyrgyzstan.";
    assertThat(of("agreement", facts(text, "2023-01-01"))).singleElement().asString().contains("status=draft");
  }

  @Test
  void tradeFiguresKeepTheirQualifierAndYear() {
    List<String> facts = facts(
        "Bilateral trade between Kazakhstan and Uzbekistan exceeded $4.3 billion last year, "
            + "and the presidents set the goal of bringing it to $10 billion by 2030.", "2024-02-01");
    assertThat(of("trade_volume", facts)).singleElement().asString()
        .contains("value_usd=4.3E9").contains("qualifier=over").endsWith("2023");
    assertThat(of("trade_target", facts)).singleElement().asString().contains("value_usd=1.0E10").endsWith("2030");
  }

  @Test
  void theSameEventReportedTwiceIsOneFactWithTheMorePreciseDate() {
    String text = "Xi Jinping paid a state visit to Kazakhstan in July 2024. "
        + "The state visit of Xi Jinping to Kazakhstan took place on 2-3 July 2024.";
    assertThat(of("visit", facts(text, "2024-07-10"))).singleElement().asString().endsWith("2024-07-02..2024-07-03");
  }

  @Test
  void numberedClausesOfADeclarationAreCommitments() {
    String text = "Joint Statement of the Republic of Uzbekistan and the Republic of Tajikistan\n\n"
        + "1. The Parties will expand cooperation in energy and water management.\n"
        + "2. The Parties will develop transport corridors and logistics.\n";
    List<String> commitments = of("commitment", facts(text, "2018-08-17"));
    assertThat(commitments).hasSize(2);
    assertThat(commitments.get(0)).contains("clause=1").contains("energy").contains("water");
  }

  @Test
  void anOfficeIntroducingANameIsAPersonRole() {
    assertThat(of("person_role", facts("Turkish President Recep Tayyip Erdogan arrived in Baku.", "2021-06-15")))
        .containsExactly("person_role {person=recep-tayyip-erdogan, role=head_of_state, country=TR, title=President}");
  }
}
