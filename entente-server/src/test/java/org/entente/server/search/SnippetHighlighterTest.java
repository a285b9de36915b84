package org.entente.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.junit.jupiter.api.Test;

class SnippetHighlighterTest {

  private final Analyzer analyzer = new StandardAnalyzer();

  private List<Segment> snippet(String query, String text) throws ParseException {
    MultiFieldQueryParser parser = new MultiFieldQueryParser(
        new String[] {IndexedDocs.TITLE, IndexedDocs.TEXT}, analyzer, Map.of(IndexedDocs.TITLE, 2f, IndexedDocs.TEXT, 1f));
    parser.setDefaultOperator(MultiFieldQueryParser.Operator.AND);
    return new SnippetHighlighter(analyzer, IndexedDocs.TEXT, parser.parse(query)).snippet(text);
  }

  private static List<String> marked(List<Segment> snippet) {
    return snippet.stream().filter(Segment::hit).map(Segment::text).toList();
  }

  @Test
  void marksEachMatchedWordWhateverItsCase() throws ParseException {
    List<Segment> s = snippet("tokayev dushanbe", "Tokayev arrived in DUSHANBE on Monday.");
    assertThat(s).containsExactly(
        new Segment("Tokayev", true), new Segment(" arrived in ", false), new Segment("DUSHANBE", true),
        new Segment(" on Monday.", false));
  }

  @Test
  void marksAPhraseAsOneSpanAndOnlyWhereItsWordsAreInOrder() throws ParseException {
    List<Segment> s = snippet("\"state visit\"", "A visit of state. Then a state visit to Astana.");
    assertThat(marked(s)).containsExactly("state visit");
  }

  @Test
  void sloppyPhraseMarksItsWordsWithinTheSlop() throws ParseException {
    assertThat(marked(snippet("\"state visit\"~1", "An official state working visit."))).containsExactly("state working visit");
    assertThat(marked(snippet("\"state visit\"~1", "A state of the art visit."))).isEmpty();
  }

  @Test
  void wordsUnderNotAreNotMarked() throws ParseException {
    assertThat(marked(snippet("energy NOT water", "Energy and water, energy again."))).containsExactly("Energy", "energy");
  }

  @Test
  void prefixAndWildcardQueriesMarkTheWordsTheyMatch() throws ParseException {
    assertThat(marked(snippet("trad*", "Trade and traders met; a tirade."))).containsExactly("Trade", "traders");
    assertThat(marked(snippet("t?ade", "Trade and tirade."))).containsExactly("Trade");
  }

  @Test
  void keepsTheTwoBestSentencesInTextOrder() throws ParseException {
    String text = "Energy in a long sentence that goes on about other matters entirely. Nothing here. "
        + "Energy and transport, transport again. More. Transport last.";
    List<Segment> s = snippet("energy OR transport", text);
    String shown = String.join("", s.stream().map(Segment::text).toList());
    assertThat(shown).isEqualTo("Energy and transport, transport again. … Transport last.");
  }

  @Test
  void withoutAMatchInTheTextShowsTheFirstSentencesUnmarked() throws ParseException {
    List<Segment> s = snippet("title:treaty", "One. Two. Three.");
    assertThat(s).containsExactly(new Segment("One.", false), new Segment(" … ", false), new Segment("Two.", false));
    assertThat(snippet("x", "")).isEmpty();
  }

  @Test
  void looksOnlyAtTheFirstCharactersOfALongText() throws ParseException {
    String text = "a ".repeat(SnippetHighlighter.MAX_LENGTH) + "zanzibar.";
    assertThat(marked(snippet("zanzibar", text))).isEmpty();
  }
}
