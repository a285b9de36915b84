package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.entente.text.Document;
import org.entente.text.PartialDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/** Runs on the embedded H2 store and on PostgreSQL (see {@link StoreTarget}). */
class DocumentRepositoryTest {

  @TempDir Path dir;
  private StoreLocation location;
  private Store store;

  private void open(StoreTarget target) {
    location = target.freshLocation(dir);
    store = Store.open(location);
  }

  @AfterEach
  void close() {
    if (store != null) {
      store.close();
    }
  }

  private static Document doc(String id, String text, String published, String source) {
    return new Document(
        id, text, published == null ? null : PartialDate.parse(published), "T", source, "en", id + ".txt");
  }

  @ParameterizedTest
  @MethodSource("org.entente.store.StoreTarget#all")
  void compactingASparseEmbeddedStoreKeepsItsDocumentsAndAServerIsLeftAsItIs(StoreTarget target) {
    open(target);
    for (int i = 0; i < 50; i++) {
      store.documents().put(doc("d" + i, "Text number " + i + ".", "2021", null), 20);
      store.commit();
    }
    boolean compacted = store.compactIfSparse(101); // below 101 % live: always, where it can
    assertThat(compacted).isEqualTo(location instanceof StoreLocation.Embedded);
    store.close();
    store = Store.open(location);
    assertThat(store.documents().counts().versions()).isEqualTo(50);
    assertThat(store.compactIfSparse(0)).isFalse(); // nothing is below 0 %
  }

  @ParameterizedTest
  @MethodSource("org.entente.store.StoreTarget#all")
  void sameDocumentTwiceChangesNothing(StoreTarget target) {
    open(target);
    Document d = doc("a", "Text.", "2021-05-20", "Agency");
    assertThat(store.documents().put(d, 5)).isEqualTo(new PutResult(PutResult.Outcome.STORED, 1));
    assertThat(store.documents().put(d, 5)).isEqualTo(new PutResult(PutResult.Outcome.UNCHANGED, 1));
    assertThat(store.documents().counts().versions()).isEqualTo(1);
  }

  @ParameterizedTest
  @MethodSource("org.entente.store.StoreTarget#all")
  void changedTextUnderTheSameIdIsANewVersionAndTheOldOneIsKept(StoreTarget target) {
    open(target);
    store.documents().put(doc("a", "First text.", "2021", null), 11);
    PutResult second = store.documents().put(doc("a", "Second text.", "2021", null), 12);
    assertThat(second).isEqualTo(new PutResult(PutResult.Outcome.NEW_VERSION, 2));
    assertThat(store.documents().find("a")).get().satisfies(s -> {
      assertThat(s.version()).isEqualTo(2);
      assertThat(s.document().text()).isEqualTo("Second text.");
    });
    assertThat(store.documents().versions("a"))
        .extracting(s -> s.document().text())
        .containsExactly("First text.", "Second text.");
    assertThat(store.documents().counts().documents()).isEqualTo(1);
  }

  @ParameterizedTest
  @MethodSource("org.entente.store.StoreTarget#all")
  void correctedMetadataIsANewVersionToo(StoreTarget target) {
    open(target);
    store.documents().put(doc("a", "Text.", "2021", null), 5);
    assertThat(store.documents().put(doc("a", "Text.", "2021-05-20", null), 5).outcome())
        .isEqualTo(PutResult.Outcome.NEW_VERSION);
  }

  @ParameterizedTest
  @MethodSource("org.entente.store.StoreTarget#all")
  void textRoundTripsExactly(StoreTarget target) {
    open(target);
    String text = "\uFEFFCRLF\r\nline «quotes» “curly” 😀 \u0000 end \uFFFF0 \uFFFF\n";
    store.documents().put(doc("exact", text, null, null), text.length());
    Document back = store.documents().find("exact").orElseThrow().document();
    assertThat(back.text()).isEqualTo(text);
    assertThat(back.published()).isNull();
  }

  @ParameterizedTest
  @MethodSource("org.entente.store.StoreTarget#all")
  void countsDocumentsBySourceAndYear(StoreTarget target) {
    open(target);
    store.documents().put(doc("a", "A.", "2021-05-20", "Agency"), 2);
    store.documents().put(doc("b", "B.", "2021", "Agency"), 2);
    store.documents().put(doc("c", "C.", null, "Ministry"), 2);
    store.documents().put(doc("d", "D.", "2023-01", null), 2);
    DocumentCounts counts = store.documents().counts();
    assertThat(counts.documents()).isEqualTo(4);
    assertThat(counts.bySource()).containsExactly(
        java.util.Map.entry("Agency", 2L), java.util.Map.entry("(unknown)", 1L), java.util.Map.entry("Ministry", 1L));
    assertThat(counts.byYear()).containsOnly(
        java.util.Map.entry("2021", 2L), java.util.Map.entry("2023", 1L), java.util.Map.entry("(unknown)", 1L));
  }

  @ParameterizedTest
  @MethodSource("org.entente.store.StoreTarget#all")
  void reopeningAStoreKeepsItsDocuments(StoreTarget target) {
    open(target);
    store.documents().put(doc("a", "A.", null, null), 2);
    store.close();
    store = Store.open(location);
    assertThat(store.documents().ids()).containsExactly("a");
  }
}
