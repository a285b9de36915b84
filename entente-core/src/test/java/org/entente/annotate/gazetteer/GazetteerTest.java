package org.entente.annotate.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.annotate.ActorMention;
import org.entente.annotate.AnnotatedDocument;
import org.entente.annotate.AnnotatorInvariants;
import org.entente.annotate.BodyMention;
import org.entente.annotate.CityMention;
import org.entente.annotate.CountryMention;
import org.entente.annotate.Layers;
import org.entente.annotate.OrganizationMention;
import org.entente.annotate.PersonMention;
import org.entente.annotate.Pipeline;
import org.entente.annotate.token.Tokenizer;
import org.entente.text.Document;
import org.entente.text.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {

  private static final Dictionaries DICTIONARIES = Dictionaries.builtin();
  private static final Tokenizer TOKENIZER = new Tokenizer();
  private static final Pipeline PIPELINE =
      Pipeline.of(
          List.of(
              TOKENIZER,
              new org.entente.annotate.token.CaseFolder(),
              new org.entente.annotate.sentence.SentenceSplitter(),
              new ActorAnnotator(DICTIONARIES, TOKENIZER),
              new org.entente.annotate.time.TimeAnnotator(),
              new RoleAnnotator(DICTIONARIES, TOKENIZER),
              new BodyAnnotator(DICTIONARIES, TOKENIZER)));

  private static AnnotatedDocument annotate(String text, String published) {
    return PIPELINE.annotate(
        new Document("t", text, published == null ? null : PartialDate.parse(published), null, null, null, "test"));
  }

  /** Actors as readable strings: "KZ:NAME 'Republic of Kazakhstan'", "person emomali-rahmon 'Rakhmon'". */
  private static List<String> actors(String text, String published) {
    List<String> out = new ArrayList<>();
    for (ActorMention a : annotate(text, published).get(Layers.ACTORS)) {
      String surface = "'" + a.span().of(text) + "'";
      out.add(
          switch (a) {
            case CountryMention c -> c.code() + ":" + c.form() + " " + surface;
            case CityMention c -> "city " + c.name() + "/" + c.country() + (c.capital() ? " capital " : " ") + surface;
            case OrganizationMention o -> "org " + o.code() + " " + surface;
            case PersonMention p -> "person " + (p.id() == null ? "?" + p.candidates() : p.id()) + " " + surface;
          });
    }
    return out;
  }

  @Test
  void matchesTheLongestNameAndResolvesPersonsByTheirVariants() {
    String text = "President of the Republic of Kazakhstan Kassym-Zhomart Tokayev met Emomali Rakhmon.";
    assertThat(actors(text, "2023-05-04"))
        .containsExactly(
            "KZ:NAME 'Republic of Kazakhstan'",
            "person kassym-jomart-tokayev 'Kassym-Zhomart Tokayev'",
            "person emomali-rahmon 'Emomali Rakhmon'");
  }

  @Test
  void resolvesSpellingVariantsAndInitials() {
    assertThat(actors("KassymJomart Tokayev, Rahmonov, E. Rahmon and N. Nazarbayev", "2019-01-01"))
        .containsExactly(
            "person kassym-jomart-tokayev 'KassymJomart Tokayev'",
            "person emomali-rahmon 'Rahmonov'",
            "person emomali-rahmon 'E. Rahmon'",
            "person nursultan-nazarbayev 'N. Nazarbayev'");
  }

  @Test
  void acronymsMatchOnlyInCapitalsAndNamesAlsoInHeadlines() {
    assertThat(actors("Let us meet the US delegation at the UN; un-related. ASTANA hosts.", null))
        .containsExactly("US:NAME 'US'", "org UN 'UN'", "city Astana/KZ capital 'ASTANA'");
  }

  @Test
  void aCountryNameBeforeDollarsIsACurrencyNotTheCountry() {
    assertThat(actors("Trade with Russia reached 3 billion US dollars; the US applauded.", null))
        .containsExactly("RU:NAME 'Russia'", "US:NAME 'US'");
  }

  @Test
  void listsOfOrganizationsGiveOneMentionEach() {
    assertThat(actors("within the UN, OSCE, SCO, CICA, CSTO and CIS, and earlier the EurAsEC", null))
        .extracting(s -> s.split(" ")[1])
        .containsExactly("UN", "OSCE", "SCO", "CICA", "CSTO", "CIS", "EURASEC");
  }

  @Test
  void splitsHyphenatedCompoundsOfCountriesButNotKnownHyphenatedNames() {
    assertThat(actors("Kazakh-Tajik talks in Nur-Sultan", "2020-01-01"))
        .containsExactly("KZ:ADJECTIVE 'Kazakh'", "TJ:ADJECTIVE 'Tajik'", "city Astana/KZ capital 'Nur-Sultan'");
  }

  @Test
  void knowsFormerCapitalsByDate() {
    assertThat(actors("Almaty", "1995-06-01")).containsExactly("city Almaty/KZ capital 'Almaty'");
    assertThat(actors("Almaty", "2005-06-01")).containsExactly("city Almaty/KZ 'Almaty'");
    assertThat(actors("Astana", "2005-06-01")).containsExactly("city Astana/KZ capital 'Astana'");
  }

  @Test
  void familyNameAloneFollowsTheFullNameGivenEarlierElseTheOfficeHolder() {
    assertThat(actors("Ilham Aliyev arrived. Aliyev said", "1995-01-01"))
        .containsExactly("person ilham-aliyev 'Ilham Aliyev'", "person ilham-aliyev 'Aliyev'");
    assertThat(actors("Aliyev said", "1995-01-01")).containsExactly("person heydar-aliyev 'Aliyev'");
    assertThat(actors("Aliyev said", "2015-01-01")).containsExactly("person ilham-aliyev 'Aliyev'");
  }

  private static List<String> roles(String text, String published) {
    return annotate(text, published).get(Layers.ROLES).stream()
        .map(p -> p.role().role() + "/" + p.role().country() + " " + p.id() + " '" + p.span().of(text) + "'")
        .toList();
  }

  @Test
  void theKazakhPresidentIsWhoeverHeldTheOfficeAtTheDate() {
    assertThat(roles("the Kazakh President arrived", "2007-09-12"))
        .containsExactly("head_of_state/KZ nursultan-nazarbayev 'Kazakh President'");
    assertThat(roles("the Kazakh president arrived", "2021-05-19"))
        .containsExactly("head_of_state/KZ kassym-jomart-tokayev 'Kazakh president'");
  }

  @Test
  void officesOfACountryAfterTheTitleOrAsPossessive() {
    assertThat(roles("President of the Republic of Tajikistan and Kazakhstan's Foreign Minister met", "2021-05-19"))
        .containsExactly(
            "head_of_state/TJ emomali-rahmon 'President of the Republic of Tajikistan'",
            "foreign_minister/KZ mukhtar-tileuberdi 'Kazakhstan's Foreign Minister'");
  }

  @Test
  void anOfficeIsHeldAtTheDateOfItsSentenceAndANameInAppositionWins() {
    assertThat(roles("the visit of the President of Kazakhstan to Dushanbe on 12 September 2007", "2020-03-01"))
        .containsExactly("head_of_state/KZ nursultan-nazarbayev 'President of Kazakhstan'");
    assertThat(roles("President of the Republic of Kazakhstan N. Nazarbayev arrived", "2021-01-01"))
        .containsExactly("head_of_state/KZ nursultan-nazarbayev 'President of the Republic of Kazakhstan'");
  }

  @Test
  void officeWithoutADateKeepsTheOfficeAndLeavesThePersonOpen() {
    List<PersonMention> roles = annotate("the Tajik President", null).get(Layers.ROLES);
    assertThat(roles).singleElement().satisfies(p -> {
      assertThat(p.id()).isNull();
      assertThat(p.role().country()).isEqualTo("TJ");
    });
  }

  private static List<String> bodies(String text) {
    List<String> out = new ArrayList<>();
    for (BodyMention b : annotate(text, "2023-01-01").get(Layers.BODIES)) {
      out.add(b.kind() + " '" + b.name() + "' " + b.countries() + " '" + b.span().of(text) + "'");
    }
    return out;
  }

  @Test
  void recognizesMinistriesWithTheirCountries() {
    assertThat(bodies("the Ministry of Industry and New Technologies of Tajikistan signed"))
        .containsExactly(
            "ministry 'Ministry of Industry and New Technologies' [TJ] 'Ministry of Industry and New Technologies of Tajikistan'");
    assertThat(bodies("the Kazakh Foreign Ministry said"))
        .containsExactly("ministry 'Foreign Ministry' [KZ] 'Kazakh Foreign Ministry'");
    assertThat(bodies("the Health Ministries of Kazakhstan and Tajikistan agreed"))
        .containsExactly("ministry 'Health Ministries' [KZ, TJ] 'Health Ministries of Kazakhstan and Tajikistan'");
    assertThat(bodies("Tajikistan's Ministry of Energy and Water Resources"))
        .containsExactly("ministry 'Ministry of Energy and Water Resources' [TJ] 'Tajikistan's Ministry of Energy and Water Resources'");
  }

  @Test
  void aBareHeadNounIsNotABody() {
    assertThat(bodies("The Ministry said. the ministry of nothing")).isEmpty();
  }

  @Test
  void userDictionariesAddPersonsAndCountries(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("mine.yaml");
    Files.writeString(
        file,
        """
        persons:
          - id: aigerim-example
            name: Aigerim Example
            given: [Aigerim]
            family: [Examplova]
            roles:
              - {role: ambassador, country: KZ, title: Ambassador, from: 2020-01-01}
        """);
    Dictionaries mine = Dictionaries.load(List.of(file));
    Pipeline pipeline = Pipeline.of(List.of(TOKENIZER, new org.entente.annotate.token.CaseFolder(), new ActorAnnotator(mine, TOKENIZER)));
    String text = "Aigerim Examplova presented her credentials.";
    assertThat(pipeline.annotate(new Document("t", text, null, null, null, null, "t")).get(Layers.ACTORS))
        .singleElement()
        .satisfies(a -> assertThat(((PersonMention) a).id()).isEqualTo("aigerim-example"));
  }

  @Test
  void malformedDictionariesAreReportedWithFileAndLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(
        file,
        """
        countries:
          - code: kz
            name: Lowercase
          - code: XQ
            name: Nowhere
            hots: [x]
        persons:
          - id: Not A Slug
            name: X
            family: [X]
          - id: good-slug
            name: Good
            family: [Good]
            roles:
              - {role: king_of_all, country: XQ, title: King, from: 2020}
        """);
    assertThatThrownBy(() -> Dictionaries.load(List.of(file)))
        .isInstanceOf(DictionaryException.class)
        .hasMessageContaining(file + ":2: code must be ISO 3166-1 alpha-2 in upper case, found 'kz'")
        .hasMessageContaining(file + ":4: unknown field 'hots' (expected one of [adjectives, cities, code, demonyms, name, names])")
        .hasMessageContaining(file + ":8: id must be a lower-case ASCII slug")
        .hasMessageContaining(file + ":11: role of 'good-slug': unknown role 'king_of_all'");
  }

  @Test
  void builtinDictionariesLoadAndCoverTheUnMembers() {
    assertThat(DICTIONARIES.countries).hasSizeGreaterThanOrEqualTo(193);
    assertThat(DICTIONARIES.persons).hasSizeGreaterThan(200);
    assertThat(DICTIONARIES.describe()).contains("countries");
  }

  @Test
  void keepsTheInvariantsOnHostileText() {
    AnnotatorInvariants.check(PIPELINE);
  }
}
