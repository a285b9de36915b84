package org.entente.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

class PartwiseResolutionTest {

  private final Resolver resolver = new Resolver(ResolveTerms.builtin());

  private static Claim claim(String doc, int seq, String block, Map<String, Object> args, String start,
      String published) {
    String type = block.substring(block.indexOf('/') + 1);
    return new Claim(doc, seq, type, args, start, null, published, List.of(new Quote(seq, seq + 5, "quote")),
        List.of(), block);
  }

  private static Claim role(String doc, String published, String person, String role, String start) {
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("person", person);
    args.put("role", role);
    args.put("country", "KZ");
    return claim(doc, 0, "KZ-TJ/person_role", args, start, published);
  }

  /** Resolves a block as the store does: the claims of each part together, parts in order. */
  private List<Entity> partwise(String block, List<Claim> claims) {
    Map<String, List<Claim>> parts = new TreeMap<>();
    for (Claim c : claims) {
      parts.computeIfAbsent(Resolver.part(c), p -> new ArrayList<>()).add(c);
    }
    PartwiseResolution resolution = resolver.partwise(block);
    List<Entity> made = new ArrayList<>();
    for (List<Claim> part : parts.values()) {
      made.addAll(resolution.resolve(part));
    }
    Entity[] placed = new Entity[made.size()];
    List<PartwiseResolution.Placement> placements = resolution.placements();
    for (int i = 0; i < made.size(); i++) {
      Entity e = made.get(i);
      PartwiseResolution.Placement p = placements.get(i);
      assertThat(p.madeId()).isEqualTo(e.id());
      placed[p.rank()] = new Entity(p.id(), e.type(), e.block(), e.args(), e.start(), e.end(), e.claims(),
          e.disagreements());
    }
    return List.of(placed);
  }

  @Test
  void claimsOfDifferentKeysNeverShareAnEntityWhateverTheirDates() {
    List<Claim> claims = List.of(
        role("a", "2024-01-01", "Ivan Petrov", "ambassador", "2024"),
        role("b", "2024-02-01", "IVAN PETROV", "Ambassador", "2024"),
        role("c", "2024-03-01", "Ivan Petrov", "consul", "2024"));
    List<Entity> out = resolver.resolve("KZ-TJ/person_role", claims);
    assertThat(out).extracting(e -> e.claims().stream().map(Claim::doc).toList())
        .containsExactly(List.of("a", "b"), List.of("c"));
    assertThat(Resolver.part(claims.get(0))).isEqualTo(Resolver.part(claims.get(1)))
        .isNotEqualTo(Resolver.part(claims.get(2)));
  }

  @Test
  void numbersWithinOnePercentShareAPartAndWholeBlockFamiliesHaveOne() {
    Claim hundred = claim("a", 0, "KZ-TJ/agreements_batch", Map.of("count", 100), "2024", "2024-01-01");
    Claim hundredOne = claim("b", 0, "KZ-TJ/agreements_batch", Map.of("count", 101.0), "2024", "2024-01-02");
    Claim asText = claim("c", 0, "KZ-TJ/agreements_batch", Map.of("count", "100"), "2024", "2024-01-03");
    // "100" is the text of 100, not of 101.0: it joins the first, not a group holding the second.
    assertThat(resolver.resolve("KZ-TJ/agreements_batch", List.of(hundred, hundredOne, asText)))
        .extracting(e -> e.claims().size()).containsExactly(2, 1);
    assertThat(resolver.resolve("KZ-TJ/agreements_batch", List.of(hundred, asText))).hasSize(1);
    assertThat(Resolver.part(hundred)).isEqualTo(Resolver.part(hundredOne)).isEqualTo(Resolver.part(asText));
    Claim agreement = claim("a", 1, "KZ-TJ/agreement", Map.of("title", "Treaty"), "2024", "2024-01-01");
    assertThat(Resolver.part(agreement)).isEqualTo("all");
  }

  @Test
  void entitiesNamedAlikeInTwoPartsTakeTheIdsResolvingTheWholeBlockGives() {
    // "A. Smith" and "A Smith" are two keys with one slug: the earlier source's entity is named
    // first, whichever part is resolved first. One of the two cases resolves the later first.
    for (boolean dottedFirst : List.of(true, false)) {
      Claim dotted = role("a", dottedFirst ? "2024-01-01" : "2024-02-01", "A. Smith", "ambassador", "2024");
      Claim plain = role("b", dottedFirst ? "2024-02-01" : "2024-01-01", "A Smith", "ambassador", "2024");
      assertThat(Resolver.part(dotted)).isNotEqualTo(Resolver.part(plain));
      List<Entity> whole = resolver.resolve("KZ-TJ/person_role", List.of(dotted, plain));
      assertThat(whole).extracting(Entity::id)
          .containsExactly("kz-tj-person-role-smith-ambassador-kz-2024", "kz-tj-person-role-smith-ambassador-kz-2024-2");
      assertThat(whole.get(0).claims().get(0).published()).isEqualTo("2024-01-01");
      assertThat(partwise("KZ-TJ/person_role", List.of(dotted, plain))).isEqualTo(whole);
    }
  }

  @Test
  void aBlockWholeFamilyCannotBeResolvedInTwoParts() {
    PartwiseResolution resolution = resolver.partwise("KZ-TJ/agreement");
    resolution.resolve(List.of(claim("a", 0, "KZ-TJ/agreement", Map.of("title", "Treaty"), "2024", "2024-01-01")));
    org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(() -> resolution.resolve(
        List.of(claim("b", 0, "KZ-TJ/agreement", Map.of("title", "Accord"), "2024", "2024-01-01"))));
  }

  @Test
  void resolvingPartByPartMakesWhatResolvingTheWholeBlockMakes() {
    Random random = new Random(20240817);
    String[] persons = {"A. Smith", "A Smith", "a smith", "Ivan Petrov", "IVAN PETROV", "Olga Ivanova"};
    String[] roles = {"ambassador", "Ambassador", "consul", "minister of foreign affairs"};
    String[] visitors = {"Tokayev", "Rahmon", "Mirziyoyev"};
    String[] starts = {null, "2023", "2023-05", "2023-05-04", "2023-05-06", "2023-05-20", "2024", "2024-02-11"};
    for (int round = 0; round < 40; round++) {
      for (String family : List.of("person_role", "visit", "talks", "trade_volume", "agreements_batch", "mission")) {
        String block = "KZ-TJ/" + family;
        List<Claim> claims = new ArrayList<>();
        int n = 1 + random.nextInt(40);
        for (int i = 0; i < n; i++) {
          String doc = "d" + random.nextInt(12);
          String published = random.nextInt(10) == 0 ? null : "2024-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
          String start = starts[random.nextInt(starts.length)];
          Map<String, Object> args = new LinkedHashMap<>();
          switch (family) {
            case "person_role" -> {
              args.put("person", persons[random.nextInt(persons.length)]);
              args.put("role", roles[random.nextInt(roles.length)]);
              args.put("country", random.nextBoolean() ? "KZ" : "kz");
            }
            case "visit" -> {
              args.put("visitor", visitors[random.nextInt(visitors.length)]);
              args.put("host_country", random.nextBoolean() ? "KZ" : "TJ");
            }
            case "talks" -> args.put("participants", random.nextBoolean() ? List.of("Tokayev", "Rahmon") : List.of("Rahmon"));
            case "trade_volume" -> args.put("value_usd", 1.0e9 * (1 + random.nextInt(3)));
            case "agreements_batch" -> args.put("count", random.nextBoolean() ? 100 + random.nextInt(4) : "1" + random.nextInt(3));
            default -> {
              args.put("sender", visitors[random.nextInt(visitors.length)]);
              args.put("host", "TJ");
              args.put("level", random.nextBoolean() ? "embassy" : "Embassy");
            }
          }
          claims.add(claim(doc, i, block, args, start, published));
        }
        List<Entity> whole = resolver.resolve(block, claims);
        assertThat(partwise(block, claims)).as("round %d, %s", round, family).isEqualTo(whole);
        assertThat(whole).as("round %d, %s", round, family).isEqualTo(reference(family, claims));
      }
    }
  }

  /**
   * Resolution as it was before keys: every claim tried against every group of the block, so
   * that grouping by key is checked to change nothing.
   */
  private static List<Entity> reference(String family, List<Claim> claims) {
    List<Claim> sorted = new ArrayList<>(claims);
    sorted.sort(Resolver.ORDER);
    List<List<Claim>> groups;
    switch (family) {
      case "visit" -> groups = group(sorted, (x, c) -> c.start() != null
          && (x.text("visitor") + "|" + x.text("host_country")).equals(c.text("visitor") + "|" + c.text("host_country"))
          && Dates.near(x.start(), x.end(), c.start(), c.end(), 3));
      case "talks" -> groups = group(sorted, (x, c) -> c.start() != null
          && String.join(",", x.list("participants")).equals(String.join(",", c.list("participants")))
          && Dates.near(x.start(), x.end(), c.start(), c.end(), 3));
      case "trade_volume" -> {
        return new Resolver(ResolveTerms.builtin()).resolve("KZ-TJ/trade_volume", claims); // linear already
      }
      default -> {
        List<String> keys = Resolver.keysOf(family);
        boolean anyDate = family.equals("mission");
        groups = group(sorted, (x, c) -> Resolver.sameKey(x, c, keys) && (anyDate || Dates.agree(x.start(), c.start())));
      }
    }
    EntityMaker maker = new EntityMaker("KZ-TJ/" + family);
    return groups.stream().map(maker::make).toList();
  }

  private static List<List<Claim>> group(List<Claim> claims, BiPredicate<Claim, Claim> fits) {
    List<List<Claim>> groups = new ArrayList<>();
    for (Claim c : claims) {
      List<Claim> home = null;
      for (List<Claim> g : groups) {
        if (g.stream().noneMatch(x -> x.doc().equals(c.doc())) && g.stream().allMatch(x -> fits.test(x, c))) {
          home = g;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        groups.add(home);
      }
      home.add(c);
    }
    return groups;
  }
}
