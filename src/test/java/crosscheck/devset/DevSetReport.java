package crosscheck.devset;

import crosscheck.config.ConfigLoader;
import crosscheck.model.Article;
import crosscheck.model.Claim;
import crosscheck.text.ClaimExtractor;
import java.util.List;
import java.util.Map;

/**
 * Prints, for the development-set articles named on the command line (e.g. {@code reuters21578/reuters_10.txt}),
 * each annotated claim and each claim the extractor finds with its sentence: for working on the misses the dev-set
 * test lists. Not a test.
 */
public final class DevSetReport {

  private DevSetReport() {}

  public static void main(String[] files) {
    List<DevSet.Gold> gold = DevSet.annotations(DevSet.ANNOTATIONS).stream()
        .filter(g -> List.of(files).contains(g.file())).toList();
    Map<String, Article> articles = DevSet.articles(gold);
    ClaimExtractor extractor = new ClaimExtractor(ConfigLoader.load(null));
    for (Map.Entry<String, Article> e : articles.entrySet()) {
      System.out.println("== " + e.getKey() + "  " + e.getValue().title());
      gold.stream().filter(g -> g.file().equals(e.getKey())).forEach(g -> System.out.printf(
          "  gold   %-22s %-32s %-20s %s%n", g.number(), String.join("|", g.subjects()), g.metric(), g.period()));
      for (Claim c : extractor.extract(e.getValue()).claims()) {
        System.out.printf("  found  %-22s %-32s %-20s %-10s %s%n", c.valueText(), c.entity(), c.metric(),
            c.period().label(), c.sentence().length() > 150 ? c.sentence().substring(0, 150) : c.sentence());
      }
    }
  }
}
