package org.entente.bench;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes news-like documents about bilateral relations from templates: varied enough in length
 * and wording to exercise ingest realistically, deterministic for a given seed.
 */
final class SyntheticNews {

  private record Country(String name, String adjective, String capital, String leader, String minister) {}

  private static final List<Country> COUNTRIES =
      List.of(
          new Country("Kazakhstan", "Kazakh", "Astana", "Kassym-Jomart Tokayev", "Murat Nurtleu"),
          new Country("Tajikistan", "Tajik", "Dushanbe", "Emomali Rahmon", "Sirojiddin Muhriddin"),
          new Country("Uzbekistan", "Uzbek", "Tashkent", "Shavkat Mirziyoyev", "Bakhtiyor Saidov"),
          new Country("Kyrgyzstan", "Kyrgyz", "Bishkek", "Sadyr Japarov", "Jeenbek Kulubaev"),
          new Country("Turkmenistan", "Turkmen", "Ashgabat", "Serdar Berdimuhamedov", "Rashid Meredov"),
          new Country("Azerbaijan", "Azerbaijani", "Baku", "Ilham Aliyev", "Jeyhun Bayramov"));

  private static final String[] AREAS = {
    "trade", "energy", "transport", "water management", "agriculture", "education", "culture",
    "digital technologies", "tourism", "security", "health care", "mining", "logistics"
  };

  private static final String[] MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"
  };

  private final long seed;
  private final JsonStringEncoder encoder = JsonStringEncoder.getInstance();

  SyntheticNews(long seed) {
    this.seed = seed;
  }

  /** One generated document. */
  record Generated(String id, LocalDate published, String title, String text) {}

  /** Document number {@code i} as one JSON Lines record. */
  String jsonLine(int i) {
    Generated g = generate(i);
    return "{\"id\":\"" + g.id() + "\",\"published\":\"" + g.published()
        + "\",\"source\":\"synthetic\",\"title\":\"" + new String(encoder.quoteAsString(g.title()))
        + "\",\"text\":\"" + new String(encoder.quoteAsString(g.text())) + "\"}";
  }

  /** Document number {@code i}. */
  Generated generate(int i) {
    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
    Country host = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
    Country guest;
    do {
      guest = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
    } while (guest == host);
    LocalDate date = LocalDate.of(2000 + random.nextInt(26), 1 + random.nextInt(12), 1 + random.nextInt(28));
    StringBuilder text = new StringBuilder();
    text.append(host.capital().toUpperCase(Locale.ROOT)).append(", ")
        .append(MONTHS[date.getMonthValue() - 1]).append(' ').append(date.getDayOfMonth()).append(". ");
    text.append("President ").append(guest.leader()).append(" arrived in ").append(host.capital())
        .append(" on ").append(random.nextBoolean() ? "an official" : "a state")
        .append(" visit at the invitation of President ").append(host.leader()).append(".\n\n");
    int paragraphs = 2 + random.nextInt(6);
    for (int p = 0; p < paragraphs; p++) {
      switch (random.nextInt(4)) {
        case 0 -> text.append("The leaders held talks in narrow and expanded formats and discussed ")
            .append(AREAS[random.nextInt(AREAS.length)]).append(", ")
            .append(AREAS[random.nextInt(AREAS.length)]).append(" and ")
            .append(AREAS[random.nextInt(AREAS.length)]).append(". ");
        case 1 -> text.append("Bilateral trade between ").append(host.name()).append(" and ")
            .append(guest.name()).append(" reached ")
            .append(String.format(Locale.ROOT, "$%d.%d", 1 + random.nextInt(4), random.nextInt(10)))
            .append(" billion in ").append(date.getYear() - 1).append(", growing by ")
            .append(1 + random.nextInt(30)).append(" percent. ");
        case 2 -> text.append("Following the talks, the ministers of foreign affairs ")
            .append(host.minister()).append(" and ").append(guest.minister()).append(" signed ")
            .append(2 + random.nextInt(20)).append(" documents on cooperation in ")
            .append(AREAS[random.nextInt(AREAS.length)]).append(". ");
        default -> text.append("The ").append(host.adjective()).append(" side noted that the ")
            .append(guest.adjective()).append(" delegation would take part in the next session of the ")
            .append("intergovernmental commission, planned for ")
            .append(MONTHS[random.nextInt(12)]).append(' ').append(date.getYear() + 1).append(". ");
      }
      if (random.nextInt(3) == 0) {
        text.append("\n\n");
      }
    }
    text.append("\n\nThe visit ended on ").append(date.getDayOfMonth() + 1 > 28 ? 28 : date.getDayOfMonth() + 1)
        .append(' ').append(MONTHS[date.getMonthValue() - 1]).append(' ').append(date.getYear()).append('.');
    return new Generated("gen-" + i, date, guest.adjective() + " leader visits " + host.name(), text.toString());
  }
}
