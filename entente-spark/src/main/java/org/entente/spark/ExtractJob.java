package org.entente.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.entente.annotate.Pipeline;
import org.entente.annotate.StandardPipeline;
import org.entente.annotate.gazetteer.Dictionaries;
import org.entente.cli.FactJson;
import org.entente.extract.FactExtractor;
import org.entente.ingest.Dateline;
import org.entente.store.FactRecords;
import org.entente.store.StoredFact;
import org.entente.text.Document;
import org.entente.text.PartialDate;

/**
 * Extracts the facts of a corpus on Spark with exactly the core's pipeline and extractor (one of
 * each per partition): reads documents ({@code id}, {@code text}, {@code published}?, {@code
 * title}?, {@code source}?, as {@code entente build} reads JSON Lines) from JSON Lines or Parquet,
 * and writes under {@code OUT}:
 *
 * <pre>
 * OUT/jsonl/year=YYYY/part-*.txt      one fact per line, the fact contract's JSON (as entente export)
 * OUT/parquet/year=YYYY/part-*.parquet doc, type, args (JSON), when_start, when_end, evidence (JSON), rule
 * </pre>
 *
 * {@code year} is the year of the document's publication, {@code unknown} when not known.
 * Facts of one document are consecutive in one file, which {@code entente build --facts} relies on.
 */
public final class ExtractJob {

  /** The Parquet and intermediate schema of a fact. */
  static final StructType FACT =
      new StructType()
          .add("doc", DataTypes.StringType, false)
          .add("type", DataTypes.StringType, false)
          .add("args", DataTypes.StringType, false)
          .add("when_start", DataTypes.StringType, true)
          .add("when_end", DataTypes.StringType, true)
          .add("evidence", DataTypes.StringType, false)
          .add("rule", DataTypes.StringType, true)
          .add("json", DataTypes.StringType, false)
          .add("year", DataTypes.StringType, false);

  private ExtractJob() {}

  /**
   * {@code ExtractJob INPUT OUT [--format jsonl|parquet]}: INPUT is a file or folder of documents
   * (format from the extension when not given).
   */
  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: ExtractJob INPUT OUT [--format jsonl|parquet]");
      System.exit(2);
    }
    String format = args.length >= 4 && args[2].equals("--format") ? args[3]
        : args[0].endsWith(".parquet") ? "parquet" : "jsonl";
    SparkSession spark = SparkSession.builder().appName("entente-extract").getOrCreate();
    try {
      long facts = run(spark, args[0], format, args[1]);
      System.err.printf(Locale.ROOT, "entente-extract: %,d facts written to %s%n", facts, args[1]);
    } finally {
      spark.stop();
    }
  }

  /** Runs the job; returns the number of facts written. */
  public static long run(SparkSession spark, String input, String format, String out) {
    Dataset<Row> docs = switch (format) {
      case "jsonl", "json" -> spark.read().schema(documentSchema()).json(input);
      case "parquet" -> spark.read().parquet(input);
      default -> throw new IllegalArgumentException("--format: expected jsonl or parquet, found '" + format + "'");
    };
    for (String required : List.of("id", "text")) {
      if (!List.of(docs.columns()).contains(required)) {
        throw new IllegalArgumentException(input + ": documents need an '" + required + "' column");
      }
    }
    Dataset<Row> selected = docs.select(column(docs, "id"), column(docs, "text"), column(docs, "published"),
        column(docs, "title"), column(docs, "source"));
    JavaRDD<Row> facts = selected.toJavaRDD().mapPartitions(new ExtractPartition());
    Dataset<Row> table = spark.createDataFrame(facts, FACT).cache();
    try {
      table.select("json", "year").write().mode(SaveMode.Overwrite).partitionBy("year").text(out + "/jsonl");
      table.drop("json").write().mode(SaveMode.Overwrite).partitionBy("year").parquet(out + "/parquet");
      return table.count();
    } finally {
      table.unpersist();
    }
  }

  private static StructType documentSchema() {
    return new StructType()
        .add("id", DataTypes.StringType)
        .add("text", DataTypes.StringType)
        .add("published", DataTypes.StringType)
        .add("title", DataTypes.StringType)
        .add("source", DataTypes.StringType);
  }

  private static org.apache.spark.sql.Column column(Dataset<Row> docs, String name) {
    return List.of(docs.columns()).contains(name)
        ? docs.col(name).cast(DataTypes.StringType).as(name)
        : functions.lit(null).cast(DataTypes.StringType).as(name);
  }

  /** Annotates and extracts one partition, with one pipeline built for it. */
  static final class ExtractPartition implements FlatMapFunction<Iterator<Row>, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      Pipeline pipeline = StandardPipeline.create(Dictionaries.builtin());
      FactExtractor extractor = FactExtractor.standard();
      FactJson json = new FactJson();
      return new Iterator<>() {
        private Iterator<Row> pending = java.util.Collections.emptyIterator();

        @Override
        public boolean hasNext() {
          while (!pending.hasNext() && rows.hasNext()) {
            pending = extract(rows.next(), pipeline, extractor, json).iterator();
          }
          return pending.hasNext();
        }

        @Override
        public Row next() {
          if (!hasNext()) {
            throw new java.util.NoSuchElementException();
          }
          return pending.next();
        }
      };
    }

    private static List<Row> extract(Row row, Pipeline pipeline, FactExtractor extractor, FactJson json) {
      String id = row.getString(0);
      String text = row.getString(1);
      if (id == null || text == null || text.isBlank()) {
        return List.of();
      }
      String publishedText = row.getString(2);
      PartialDate published = publishedText == null ? Dateline.find(text) : PartialDate.parse(publishedText);
      Document doc = new Document(id, text, published, row.getString(3), row.getString(4), null, "spark:" + id);
      String year = published == null ? "unknown" : String.valueOf(published.year());
      List<Row> out = new ArrayList<>();
      for (StoredFact f : FactRecords.of(id, 1, text, extractor.extract(pipeline.annotate(doc)))) {
        out.add(RowFactory.create(f.doc(), f.type(), f.argsJson(), f.whenStart(), f.whenEnd(),
            f.evidenceJson(), f.ruleId(), json.line(f), year));
      }
      return out;
    }
  }
}
