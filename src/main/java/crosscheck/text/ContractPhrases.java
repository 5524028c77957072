package crosscheck.text;

import crosscheck.config.EntityDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Contracts no config lists. A company's name right before a contract noun ("the TikTok deal", "ByteDance's contract")
 * names that company's contract, which a deal value in its clause then belongs to, and which "the contract" stands for
 * where the article names no other. A contract with a company the article says another owns ("TikTok, owned by
 * ByteDance", "TikTok's owner ByteDance") is the owner's, so that stories naming different parties of one contract
 * give one subject.
 */
final class ContractPhrases {

  private static final Pattern THE = Pattern.compile("(?i)(?<![\\p{L}])the\\s+$");
  /** Between a name and a contract noun: "'s", or one lower-case word ("ByteDance's cloud contract"). */
  private final Pattern contractAfter;
  /** Between an owned name and its owner: "TikTok, owned by ByteDance", "TikTok's owner ByteDance". */
  private final Pattern ownerBetween;

  ContractPhrases(List<String> contractNouns, List<String> ownerCues) {
    this.contractAfter = Pattern.compile("(?:['’]s)?\\s+(?:\\p{Ll}[\\p{L}-]*\\s+)?(?:" + alternatives(contractNouns)
        + ")(?![\\p{L}])");
    this.ownerBetween = Pattern.compile("(?i)(?:['’]s)?\\s*,?\\s*(?:(?:the|its|a)\\s+)?(?:" + alternatives(ownerCues)
        + ")\\s+(?:(?:the|its)\\s+)?");
  }

  private static String alternatives(List<String> words) {
    return String.join("|", words.stream().map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).toList());
  }

  /** The article's sentences with each company name that a contract noun follows turned into that contract. */
  List<ParsedSentence> resolve(List<ParsedSentence> parsed) {
    Map<EntityDef, EntityDef> owners = owners(parsed);
    List<ParsedSentence> resolved = new ArrayList<>(parsed.size());
    for (ParsedSentence p : parsed) {
      List<EntityMention> mentions = new ArrayList<>(p.mentions().size());
      boolean changed = false;
      for (EntityMention m : p.mentions()) {
        if (isCompany(m) && namesParty(p.text(), m)) {
          EntityDef party = owners.getOrDefault(m.entity(), m.entity());
          // "the loss of ByteDance's contract": the contract, not a place, whatever word comes before it.
          mentions.add(new EntityMention(m.start(), m.end(), m.text(), contractOf(party), null, m.possessive(),
              false));
          changed = true;
        } else {
          mentions.add(m);
        }
      }
      resolved.add(changed ? p.withMentions(mentions) : p);
    }
    return resolved;
  }

  /**
   * "ByteDance's contract", "the TikTok deal": the name is a party; "a 3.55 billion dlr U.S. defense contract" is
   * only described by the name of who awards it.
   */
  private boolean namesParty(String sentence, EntityMention m) {
    return contractAfter.matcher(sentence).region(m.end(), sentence.length()).lookingAt()
        && (m.possessive() || THE.matcher(sentence).region(Math.max(0, m.start() - 4), m.start()).find());
  }

  /** Which company owns which, as the article states it (the first statement wins). */
  private Map<EntityDef, EntityDef> owners(List<ParsedSentence> parsed) {
    Map<EntityDef, EntityDef> owners = new HashMap<>();
    for (ParsedSentence p : parsed) {
      List<EntityMention> mentions = p.mentions();
      for (int i = 0; i + 1 < mentions.size(); i++) {
        EntityMention owned = mentions.get(i);
        EntityMention owner = mentions.get(i + 1);
        if (isCompany(owned) && !owned.place() && isCompany(owner) && !owner.place() && !owned.entity().equals(owner.entity())
            && owned.end() <= owner.start()
            && ownerBetween.matcher(p.text()).region(owned.end(), owner.start()).matches()) {
          owners.putIfAbsent(owned.entity(), owner.entity());
        }
      }
    }
    return owners;
  }

  private static boolean isCompany(EntityMention m) {
    return m.entity() != null && m.entity().kind() == EntityDef.Kind.COMPANY;
  }

  private static EntityDef contractOf(EntityDef party) {
    String name = party.name() + " contract";
    return new EntityDef(name, EntityDef.Kind.CONTRACT, party.name(), null, null, null, List.of(name));
  }
}
