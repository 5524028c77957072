package crosscheck.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** How names found in the text become subjects ({@code names.json}); see the comment at the top of that file. */
public record NameRules(
    @JsonProperty("_comment") String comment,
    @JsonProperty(value = "legal_suffixes", required = true) List<String> legalSuffixes,
    @JsonProperty(value = "descriptors", required = true) List<String> descriptors,
    @JsonProperty(value = "never_shortened_to", required = true) List<String> neverShortenedTo,
    @JsonProperty(value = "connectors", required = true) List<String> connectors,
    @JsonProperty(value = "person_titles", required = true) List<String> personTitles,
    @JsonProperty(value = "company_nouns", required = true) List<String> companyNouns,
    @JsonProperty(value = "organisation_words", required = true) List<String> organisationWords,
    @JsonProperty(value = "place_words", required = true) List<String> placeWords,
    @JsonProperty(value = "not_names", required = true) List<String> notNames,
    @JsonProperty(value = "not_alone", required = true) List<String> notAlone,
    @JsonProperty(value = "nationalities", required = true) java.util.Map<String, String> nationalities,
    @JsonProperty(value = "function_words", required = true) List<String> functionWords,
    @JsonProperty(value = "name_openers", required = true) List<String> nameOpeners,
    @JsonProperty(value = "unit_nouns", required = true) List<String> unitNouns,
    @JsonProperty(value = "contract_nouns", required = true) List<String> contractNouns,
    @JsonProperty(value = "owner_cues", required = true) List<String> ownerCues,
    @JsonProperty("headline_markers") List<String> headlineMarkers,
    @JsonProperty("possessive_determiners") List<String> possessiveDeterminers)
    implements Serializable {

  /** Every nationality and every country a nationality names ("Japanese", "Japan"). */
  public Set<String> nationalitiesAndCountries() {
    Set<String> words = new HashSet<>(nationalities.keySet());
    nationalities.values().stream().filter(country -> !country.isEmpty()).forEach(words::add);
    return Set.copyOf(words);
  }

  public NameRules {
    comment = Objects.requireNonNullElse(comment, "");
    legalSuffixes = List.copyOf(legalSuffixes);
    descriptors = List.copyOf(descriptors);
    neverShortenedTo = List.copyOf(neverShortenedTo);
    connectors = List.copyOf(connectors);
    personTitles = List.copyOf(personTitles);
    companyNouns = List.copyOf(companyNouns);
    organisationWords = List.copyOf(organisationWords);
    placeWords = List.copyOf(placeWords);
    notNames = List.copyOf(notNames);
    notAlone = List.copyOf(notAlone);
    nationalities = java.util.Map.copyOf(nationalities);
    functionWords = List.copyOf(functionWords);
    nameOpeners = List.copyOf(nameOpeners);
    unitNouns = List.copyOf(unitNouns);
    contractNouns = List.copyOf(contractNouns);
    ownerCues = List.copyOf(ownerCues);
    headlineMarkers = List.copyOf(Objects.requireNonNullElse(headlineMarkers, List.of()));
    possessiveDeterminers = List.copyOf(Objects.requireNonNullElse(possessiveDeterminers, List.of()));
  }
}
