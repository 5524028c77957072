package crosscheck.config;

import crosscheck.model.Qualifier;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the extraction and the verdicts read from editable files: entities and their aliases, anaphors such
 * as "the segment", metric vocabularies, how names in the text become subjects, currency spellings, exchange rates, hedging words, abbreviations, and the largest figure that can be a claim
 * ({@code maxValue}).
 * Loaded and checked once by {@link ConfigLoader} before a run starts.
 */
public record Config(
    List<EntityDef> entities,
    Map<EntityDef.Kind, List<String>> anaphors,
    List<MetricDef> metrics,
    List<String> notClaims,
    List<String> notClaimSentences,
    List<String> decreaseCues,
    String tableCurrency,
    Map<String, List<String>> conditions,
    NameRules names,
    List<CurrencyToken> currencies,
    RateTable rates,
    Map<String, Qualifier> qualifiers,
    Set<String> abbreviations,
    BigDecimal maxValue,
    Set<String> durationNouns,
    Map<String, List<String>> volumeUnits,
    Set<String> commodityUnits)
    implements Serializable {

  public Config {
    entities = List.copyOf(entities);
    anaphors = Map.copyOf(anaphors);
    metrics = List.copyOf(metrics);
    notClaims = List.copyOf(notClaims);
    notClaimSentences = List.copyOf(notClaimSentences);
    decreaseCues = List.copyOf(decreaseCues);
    conditions = Map.copyOf(conditions);
    currencies = List.copyOf(currencies);
    qualifiers = Map.copyOf(qualifiers);
    abbreviations = Set.copyOf(abbreviations);
    durationNouns = Set.copyOf(durationNouns);
    volumeUnits = Map.copyOf(volumeUnits);
    commodityUnits = Set.copyOf(commodityUnits);
  }

  /** This config with other entities listed: the extraction with no company listed, for one. */
  public Config withEntities(List<EntityDef> others) {
    return new Config(others, anaphors, metrics, notClaims, notClaimSentences, decreaseCues, tableCurrency, conditions,
        names, currencies, rates, qualifiers, abbreviations, maxValue, durationNouns, volumeUnits, commodityUnits);
  }
}
