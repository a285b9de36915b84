package org.entente.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.entente.store.PutResult;
import org.entente.cli.KnowledgeBuild;
import org.entente.store.Store;
import org.entente.store.StoredFact;
import org.entente.text.Document;
import org.entente.text.PartialDate;

/**
 * Writes a synthetic store straight through the repositories (extraction of 100,000 facts would
 * take far longer than the benchmark it feeds): documents of template sentences, one fact per
 * sentence, with evidence on that sentence. Agreements recur across documents (a few mentions
 * each, some with disagreeing dates), and some trade figures disagree with the year's value.
 */
final class SyntheticStore {

  static final int FACTS_PER_DOCUMENT = 20;
  static final int FIRST_YEAR = 1995;
  static final int LAST_YEAR = 2024;

  private static final String[] CITIES = {"Dushanbe", "Astana", "Almaty", "Tashkent", "Bishkek", "Khujand"};
  private static final String[] PERSONS = {
    "kassym-jomart-tokayev", "emomali-rahmon", "nursultan-nazarbayev", "shavkat-mirziyoyev", "sadyr-japarov"};
  private static final String[] NAMES = {
    "Kassym-Jomart Tokayev", "Emomali Rahmon", "Nursultan Nazarbayev", "Shavkat Mirziyoyev", "Sadyr Japarov"};
  private static final String[] AREAS = {
    "energy", "agriculture", "transport", "education", "culture", "health", "tourism", "industry",
    "water", "digital", "science", "security", "finance", "customs", "mining", "logistics"};
  private static final String[] KINDS = {"Agreement", "Memorandum", "Protocol", "Program", "Treaty"};
  private static final String[] TYPES = {"agreement", "memorandum", "protocol", "program", "treaty"};

  private final SplittableRandom random;
  private final int agreementPool;

  SyntheticStore(long seed, int agreementPool) {
    this.random = new SplittableRandom(seed);
    this.agreementPool = agreementPool;
  }

  /**
   * Writes {@code documents} documents of {@link #FACTS_PER_DOCUMENT} facts each, with their
   * knowledge base as {@code build} makes it; returns the facts.
   */
  long write(Store store, int documents, KnowledgeBuild knowledge) {
    long facts = 0;
    for (int d = 0; d < documents; d++) {
      int year = FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1);
      StringBuilder text = new StringBuilder();
      List<Draft> drafts = new ArrayList<>();
      text.append("Bulletin ").append(d).append(" on relations between Kazakhstan and Tajikistan. ");
      for (int f = 0; f < FACTS_PER_DOCUMENT; f++) {
        drafts.add(sentence(text, year));
      }
      String id = String.format(Locale.ROOT, "bench-%06d", d);
      PutResult put = store.documents().put(
          new Document(id, text.toString(), PartialDate.ofYear(year), "Bulletin " + d, "synthetic", "en", id + ".txt"),
          text.length());
      List<StoredFact> stored = new ArrayList<>(drafts.size());
      for (Draft draft : drafts) {
        stored.add(new StoredFact(id, put.version(), draft.type, draft.args, draft.when, null,
            "[{\"start\":" + draft.start + ",\"end\":" + draft.end + "}]", "bench/" + draft.type));
      }
      store.facts().replace(id, put.version(), stored);
      knowledge.index(store, id, text.toString(), PartialDate.ofYear(year), stored);
      facts += stored.size();
      if (d % 200 == 199) {
        store.commit();
      }
    }
    knowledge.refresh(store);
    store.commit();
    return facts;
  }

  private record Draft(String type, String args, String when, int start, int end) {}

  private Draft sentence(StringBuilder text, int year) {
    int start = text.length();
    String city = pick(CITIES);
    int p = random.nextInt(PERSONS.length);
    String date = String.format(Locale.ROOT, "%d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28));
    String type;
    String args;
    String when = date;
    switch (random.nextInt(8)) {
      case 0 -> {
        type = "visit";
        text.append("President ").append(NAMES[p]).append(" arrived in ").append(city).append(" on ").append(date)
            .append(" on an official visit.");
        args = "{\"visitor\":\"" + PERSONS[p] + "\",\"visitor_country\":\"KZ\",\"host_country\":\"TJ\",\"city\":\""
            + city + "\",\"kind\":\"official\"}";
      }
      case 1 -> {
        type = "talks";
        int q = (p + 1) % PERSONS.length;
        text.append(NAMES[p]).append(" and ").append(NAMES[q]).append(" held talks in narrow format in ").append(city)
            .append(" on ").append(date).append('.');
        args = "{\"participants\":[\"" + PERSONS[Math.min(p, q)] + "\",\"" + PERSONS[Math.max(p, q)]
            + "\"],\"city\":\"" + city + "\",\"format\":\"narrow\"}";
      }
      case 2, 3 -> {
        type = "agreement";
        int n = random.nextInt(agreementPool);
        int k = n % KINDS.length;
        String area = AREAS[n % AREAS.length];
        String title = KINDS[k] + " on cooperation in the field of " + area + " No. " + n;
        int signed = FIRST_YEAR + n % (LAST_YEAR - FIRST_YEAR + 1) + (random.nextInt(50) == 0 ? 1 : 0);
        when = String.valueOf(signed);
        text.append("The ").append(title).append(" was signed in ").append(city).append(" in ").append(signed).append('.');
        args = "{\"title\":\"" + title + "\",\"doc_type\":\"" + TYPES[k] + "\",\"parties\":[\"KZ\",\"TJ\"],\"city\":\""
            + city + "\",\"status\":\"signed\"}";
      }
      case 4 -> {
        type = "trade_volume";
        int measured = FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1);
        double value = (200 + (measured - FIRST_YEAR) * 40) * 1e6 * (random.nextInt(20) == 0 ? 1.1 : 1.0);
        when = String.valueOf(measured);
        text.append(String.format(Locale.ROOT, "Mutual trade reached $%.1f million in %d.", value / 1e6, measured));
        args = "{\"parties\":[\"KZ\",\"TJ\"],\"value_usd\":" + (long) value + ",\"qualifier\":\"exact\"}";
      }
      case 5 -> {
        type = "cooperation_area";
        String area = pick(AREAS);
        when = null;
        text.append("The sides named ").append(area).append(" a priority direction of cooperation.");
        args = "{\"parties\":[\"KZ\",\"TJ\"],\"area\":\"" + area + "\",\"basis\":\"priority\"}";
      }
      case 6 -> {
        type = "person_role";
        text.append("President of Tajikistan ").append(NAMES[1]).append(" received the delegation.");
        args = "{\"person\":\"emomali-rahmon\",\"role\":\"head_of_state\",\"country\":\"TJ\",\"title\":\"President\"}";
      }
      default -> {
        type = "institution_session";
        text.append("The Intergovernmental Commission on economic cooperation met in ").append(city).append(" on ")
            .append(date).append('.');
        args = "{\"institution\":\"Intergovernmental Commission\",\"city\":\"" + city + "\"}";
      }
    }
    int end = text.length();
    text.append(' ');
    return new Draft(type, args, when, start, end);
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }
}
