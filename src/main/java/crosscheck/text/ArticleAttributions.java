package crosscheck.text;

import crosscheck.config.EntityDef;
import crosscheck.config.MetricDef;
import crosscheck.model.Article;
import crosscheck.model.Attribution;
import crosscheck.model.Citation;
import crosscheck.model.CitedSource;
import crosscheck.model.Claim;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who each sentence of an article cites, and what the article cites anywhere: an outlet's own source ("Nikkei
 * reported, citing Caixin" makes a later "Nikkei said" Nikkei ← Caixin), and the first disclosure of each company
 * (its release, its executives), which backs that company's figures where their sentences cite no one.
 */
final class ArticleAttributions {

  private final EntityFinder entityFinder;
  private final String outlet;
  private final List<ParsedSentence> parsed;
  private final Map<Integer, AttributionFinder.Found> bySentence = new HashMap<>();
  private final Map<String, List<CitedSource>> outletCites = new HashMap<>();
  private final Map<String, Integer> disclosureByCompany = new HashMap<>();

  ArticleAttributions(Article article, List<ParsedSentence> parsed, EntityFinder entityFinder,
      AttributionFinder attributionFinder) {
    this.entityFinder = entityFinder;
    this.outlet = article.source().isEmpty() ? "unknown outlet of " + article.id()
        : entityFinder.byAlias(article.source()).map(EntityDef::name).orElse(article.source());
    this.parsed = parsed;
    for (ParsedSentence p : parsed) {
      int index = p.sentence().index();
      attributionFinder.find(p.sentence().text(), p.mentions()).ifPresent(found -> {
        bySentence.put(index, found);
        CitedSource first = found.chain().get(0);
        if (found.chain().size() > 1 && first.kind() == CitedSource.Kind.OUTLET) {
          outletCites.putIfAbsent(first.name(), found.chain().subList(1, found.chain().size()));
        }
        CitedSource last = found.chain().get(found.chain().size() - 1);
        if (last.resolved() && (last.kind() == CitedSource.Kind.COMPANY || last.kind() == CitedSource.Kind.PERSON)) {
          disclosureByCompany.putIfAbsent(last.speaksFor(), index);
        }
      });
    }
  }

  Attribution of(ParsedSentence p, EntityDef subject, MetricDef metric) {
    int index = p.sentence().index();
    if (bySentence.containsKey(index)) {
      return build(index, Attribution.Basis.SENTENCE);
    }
    ParsedSentence previous = index > 0 ? parsed.get(index - 1) : null;
    if (previous != null && previous.sentence().paragraph() == p.sentence().paragraph()
        && bySentence.containsKey(index - 1)) {
      return build(index - 1, Attribution.Basis.PREVIOUS_SENTENCE);
    }
    EntityDef parent = entityFinder.parentOf(subject);
    Integer disclosure = disclosureByCompany.get(parent != null ? parent.name() : subject.name());
    if (disclosure != null && metric.reportedBySubject()) {
      return build(disclosure, Attribution.Basis.ARTICLE);
    }
    if (metric.reportedBySubject() && (subject.kind() == EntityDef.Kind.COMPANY || subject.kind() == EntityDef.Kind.UNIT)) {
      EntityDef company = parent != null ? parent : subject;
      CitedSource own = new CitedSource(company.name(), CitedSource.Kind.COMPANY, "results", company.name(),
          company.name(), true);
      return new Attribution(outlet, List.of(own), "", 0, 0, Attribution.Basis.SUBJECT_REPORT, company.name(), true);
    }
    return new Attribution(outlet, List.of(), "", 0, 0, Attribution.Basis.OUTLET_ONLY, outlet,
        !outlet.startsWith("unknown outlet"));
  }

  /** Every source the article cites, with the claims of the article that rest on it. */
  List<Citation> citations(String articleId, List<Claim> claims) {
    // The claims resting on each source, found in one pass; only the article's first citation of a source lists them
    // (attribution.csv takes their union), so an article citing one source in every sentence stays linear.
    Map<String, Set<String>> backedBy = new HashMap<>();
    for (Claim c : claims) {
      for (CitedSource s : c.attribution().chain()) {
        backedBy.computeIfAbsent(Citation.keyOf(s, articleId), k -> new LinkedHashSet<>()).add(c.id());
      }
    }
    List<Citation> citations = new ArrayList<>();
    bySentence.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      for (CitedSource source : e.getValue().chain()) {
        String key = Citation.keyOf(source, articleId);
        Set<String> backed = backedBy.remove(key);
        citations.add(new Citation(key, source, articleId, e.getKey(), e.getValue().cue(),
            backed == null ? List.of() : List.copyOf(backed)));
      }
    });
    return citations;
  }

  private Attribution build(int sentenceIndex, Attribution.Basis basis) {
    AttributionFinder.Found found = bySentence.get(sentenceIndex);
    List<CitedSource> chain = new ArrayList<>(found.chain());
    CitedSource last = chain.get(chain.size() - 1);
    List<CitedSource> further = last.kind() == CitedSource.Kind.OUTLET ? outletCites.get(last.name()) : null;
    if (further != null && chain.stream().noneMatch(further::contains)) {
      chain.addAll(further);
    }
    CitedSource origin = chain.get(chain.size() - 1);
    String unresolved = origin.describe() + (chain.size() > 1 ? ", via " + chain.get(chain.size() - 2).text() : "");
    int offset = parsed.get(sentenceIndex).sentence().start();
    return new Attribution(outlet, chain, found.cue(), offset + found.start(), offset + found.end(), basis,
        origin.resolved() ? origin.speaksFor() : unresolved, origin.resolved());
  }
}
