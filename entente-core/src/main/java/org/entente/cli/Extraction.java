package org.entente.cli;

import java.util.List;
import org.entente.annotate.Pipeline;
import org.entente.annotate.StandardPipeline;
import org.entente.annotate.gazetteer.Dictionaries;
import org.entente.extract.Fact;
import org.entente.extract.FactExtractor;
import org.entente.text.Document;

/** Annotation and extraction, wired once per command. */
final class Extraction {

  private final Pipeline pipeline;
  private final FactExtractor extractor;

  Extraction(Dictionaries dictionaries) {
    this.pipeline = StandardPipeline.create(dictionaries);
    this.extractor = FactExtractor.standard();
  }

  List<Fact> facts(Document document) {
    return extractor.extract(pipeline.annotate(document));
  }
}
