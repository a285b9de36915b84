package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.entente.store.PutResult;
import org.junit.jupiter.api.Test;

class ProgressTest {

  @Test
  void terminalBarRedrawsInPlaceAndKeepsMessagesOnTheirOwnLines() {
    StringWriter sink = new StringWriter();
    BuildTally tally = new BuildTally();
    try (Progress.Bar bar = new Progress.Bar(new PrintWriter(sink), 100)) {
      tally.read(50, PutResult.Outcome.STORED);
      bar.update(tally);
      bar.message("error: x.pdf: corrupt");
      tally.read(50, PutResult.Outcome.STORED);
      bar.update(tally);
    }
    String out = sink.toString();
    assertThat(out).contains("\r[###############...............]  50% 1 documents");
    assertThat(out).contains("\rerror: x.pdf: corrupt\n");
    assertThat(out).contains("\r[##############################] 100% 2 documents").endsWith("\n");
  }

  @Test
  void plainLinesEveryNDocuments() {
    StringWriter sink = new StringWriter();
    BuildTally tally = new BuildTally();
    Progress.Lines lines = new Progress.Lines(new PrintWriter(sink), 2);
    for (int i = 0; i < 5; i++) {
      tally.read(10, PutResult.Outcome.STORED);
      lines.update(tally);
    }
    assertThat(sink.toString().lines()).hasSize(2).allMatch(l -> l.startsWith("progress: "));
  }
}
