package org.entente.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.entente.query.Source;
import org.junit.jupiter.api.Test;

class BriefFormatTest {

  private final Brief brief = new Brief("Relations of A with B", "2024-08-22",
      List.of(new Brief.Section("Visits", List.of(new Brief.Statement("<script>alert(1)</script> visited", List.of(1))), true)),
      List.of(new Source("doc<1>", 0, 10, "a <b>quote</b> & more")));

  @Test
  void htmlEscapesEveryTextFromTheKnowledgeBaseAndLinksEachNote() {
    String html = BriefFormat.HTML.render(brief);
    assertThat(html).doesNotContain("<script>").doesNotContain("<b>quote")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; visited")
        .contains("<a href=\"#note-1\" id=\"ref-1\">1</a>")
        .contains("<li id=\"note-1\">")
        .contains("22 August 2024");
  }

  @Test
  void markdownFootnotesEachStatementAndEscapesMarkup() {
    String md = BriefFormat.MD.render(brief);
    assertThat(md).startsWith("# Relations of A with B\n")
        .contains("- \\<script\\>alert(1)\\</script\\> visited[^1]")
        .contains("[^1]: doc\\<1\\>, 0–10: “a \\<b\\>quote\\</b\\> & more”");
  }

  @Test
  void anUnknownFormatIsRefusedByName() {
    assertThatThrownBy(() -> BriefFormat.of("pdf")).hasMessageContaining("'pdf'").hasMessageContaining("md or html");
  }
}
