package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PhrasesTest {

  private static final String TEXT = ("The ministers signed a memorandum on trade. Talks on energy were held in Astana; "
      + "the sides agreed to sign an agreement on transit. No document was signed on the water issue. "
      + "Trade grew, and the talks went on.").toLowerCase(java.util.Locale.ROOT);

  private final Phrases signing = new Phrases(List.of("sign*", "memorandum"), 1L);
  private final Phrases talks = new Phrases(List.of("talks", "held talks", "negotiations"), 2L);
  private final Phrases trade = new Phrases(List.of("trade", "transit", "water issue"), 4L);
  private final List<Phrases> lists = List.of(signing, talks, trade);

  @Test
  void masksNeverChangeWhatAListFindsWhateverTheOrderOfAsks() {
    WordIndex masked = WordIndex.of(TEXT, TriggerMasks.of(lists));
    WordIndex plain = WordIndex.of(TEXT);
    Random random = new Random(11);
    for (int round = 0; round < 2000; round++) {
      int from = random.nextInt(TEXT.length());
      int to = from + random.nextInt(TEXT.length() - from + 1);
      // the same range asked of several lists in a row: the case the index remembers masks for
      for (int ask = 0; ask < 4; ask++) {
        Phrases list = lists.get(random.nextInt(lists.size()));
        assertEquals(list.first(plain, from, to), list.first(masked, from, to), list.phrases() + " in [" + from + ", " + to + ")");
        assertEquals(list.all(plain, from, to), list.all(masked, from, to), list.phrases() + " in [" + from + ", " + to + ")");
      }
    }
  }

  @Test
  void aListAskedAfterAnotherAboutTheSameSentenceStillFindsItsPhrase() {
    WordIndex words = WordIndex.of(TEXT, TriggerMasks.of(lists));
    int end = TEXT.indexOf('.') + 1;
    assertNull(talks.first(words, 0, end));
    assertNotNull(signing.first(words, 0, end));
    assertEquals("trade", trade.first(words, 0, end).phrase());
    assertEquals(List.of("signed", "memorandum"), signing.all(words, 0, end).stream().map(h -> TEXT.substring(h.start(), h.end())).toList());
  }
}
