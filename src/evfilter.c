/* evfilter.c — trigger words that fit a pattern but tell of no act:
 * states and modifiers, not events (see events.c for the triggers).
 *
 * Owns: the senses of a trigger that are no act of its code (the words
 * that name states, things or places rather than acts are tested before
 * arguments are looked for: evnoact.c).
 * Senses of a trigger that are no act of its code (kg_ev_wrong_sense):
 * force (18x-20x) in a sentence with no sign of violence and no two states
 * on either side of it ("Arsenal beat Chelsea", "attacked the plans",
 * "launch a product"); "fail"/"decline"
 * without an infinitive ("shares declined 3%"), "fail to" an act that is no
 * compliance ("failed to win the cup"); releasing, returning or
 * receiving a thing or going back somewhere ("released an album", "returned
 * to power", "received an award") rather than persons; joining anything but
 * people ("joined Chelsea", "joined the company": no meeting); investing or
 * funding by anyone but a state ("BMW invested in production"); seizing
 * (171) no place, vessel, arms or assets without violence ("took over the
 * chairmanship"), nor ever an office ("took over the presidency of X");
 * "insisted" with no demand; "came to power"; helping no
 * state or people in need; signing no agreement ("signed a striker");
 * "linked with" between fewer than two states; "appealed against" (a
 * ruling, to a court: no appeal to anyone); "asked" a question ("asked
 * him whether", "was asked about"), no request; recognising what is no
 * state, organisation or statehood ("recognised people's concerns",
 * "recognised that ..."); a warning to no one by
 * no state ("analysts warned that profits could fall"; but "warned Western
 * navies", "warned that China would act if Ottawa ..." are threats); a threat that is a
 * danger ("the threat of inflation", "a dispute that threatened the
 * economy", "threatened with closure") rather than one someone makes;
 * market demand ("a surge in demand", "meet the growing demand") and
 * things met ("met its targets"); a power held ("has the power to bar
 * him"); a retreat (087x) with no armed forces in the sentence ("pulled
 * out with an injury"); blaming a thing ("blamed high fuel prices for the
 * loss"); a promise, offer or commitment to no one (kgd:offerVerb: "pledged
 * to cut taxes", "his pledge card", "the phone offers a camera", "committed
 * suicide"); a present participle naming a kind of thing ("the defending
 * champion", "best supporting actor"); meeting no person or body ("met
 * Carr's cross"); conceding what is so ("conceded that ...") or a penalty;
 * a talk (words, not talks); "asked" in a question; a thing "held hostage";
 * a broadcaster's programme ("presents a satellite programme");
 * a call-up, calling up no forces, calls one resists;
 * charging a price or running ("the prices it charged"); showing ("demonstrated a phone", "... why").
 * Also the words that show violence and the object of a verb, which
 * evrecode.c uses too.  Not under an exclusive codebook (its patterns and
 * codes replace ours).
 * Does not own: recoding a sense to another code and incident words
 * (evrecode.c), patterns (dict.c), matching (evmatch.c), factuality and
 * emitting (events.c). */
#include <string.h>
#include "actors.h"
#include "clausefix.h"
#include "evargs.h"
#include "evclause.h"
#include "evwarn.h"
#include "evmodal.h"
#include "evpermit.h"
#include "evtargets.h"
#include "evdecline.h"

static const char *rel(const kg_doc *d, uint32_t i)
{
  return d->tokens[i].deprel ? d->tokens[i].deprel : "";
}

/* Words that show violence in a sentence: armed people, weapons, the dead
 * and wounded.  Stems, matched at the start of a lower-case word; none of
 * them is a common word of sport or business ("shot", "strike", "attack",
 * "battle", "war" of prices are not here); a kidnapping or abduction is one. */
int kg_ev_violence_word(const char *w, const char *prev)
{
  static const char *const stem[] = { "troop", "soldier", "militar", "militant", "militia",
    "paramilitar", "rebel", "insurgen", "guerrilla", "guerilla", "jihad", "bomb", "missile", "rocket",
    "weapon", "gunm", "gunfire", "gunshot", "gunboat", "artiller", "airstrike", "warplane",
    "warship", "shelling", "kill", "dead", "death", "wounded", "casualt", "civilian", "ceasefire",
    "cease-fire", "invasion", "invade", "terroris", "explosi", "explode", "grenade", "police",
    "riot", "massacre", "assassin", "murder", "violen", "hostage", "navy", "naval", "marines",
    "suicide", "blast", "bloodshed", "armed", "army", "armies", "beheaded", "stabbed",
    "tortur", "genocide", "raid", "occupying", "blockad", "ambush", "detonat", "behead",
    "injur", "wounding", "coastguard", "rammed", "ramming", "cannon", "drone", "kidnap", "abduct", NULL };
  static const char *const exact[] = { "war", "wars", "gun", "guns", "shells", "forces", "fighters",
    "shot dead", "knife", "knives", NULL };
  static const char *const tame_war[] = { "price", "trade", "bidding", "format", "browser",
    "console", "ratings", "turf", "takeover", "tariff", "talent", "market", "words", NULL };
  if (kg_ev_in_list(w, exact))
    return !(prev && kg_ev_in_list(prev, tame_war));
  /* "air strikes", "fighter jets", "coast guard" */
  if (prev && ((!strcmp(prev, "air") && !strncmp(w, "strike", 6)) ||
               (!strcmp(prev, "fighter") && !strncmp(w, "jet", 3)) ||
               (!strcmp(prev, "coast") && !strncmp(w, "guard", 5))))
    return 1;
  for (size_t k = 0; stem[k]; k++)
    if (stem[k][0] == w[0] && !strncmp(w, stem[k], strlen(stem[k])))   /* first byte first (speed) */
      return !(!strncmp(stem[k], "dead", 4) && strcmp(w, "dead")) &&   /* "deadline" */
             !(!strncmp(stem[k], "army", 4) && prev && !strcmp(prev, "tartan"));
  return 0;
}

int kg_ev_sentence_has_violence(const kg_doc *d, const kg_sentence *s)
{
  char w[32], prev[32] = "";
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
    kg_ev_low(d, k, w, sizeof w);
    if (kg_ev_violence_word(w, prev) || (!strcmp(w, "up") && (!strcmp(prev, "blew") || !strncmp(prev, "blow", 4))) ||
        (!strcmp(w, "offensive") && d->tokens[k].upos == KG_UPOS_NOUN && strcmp(prev, "charm")))  /* "its offensive" */
      return 1;
    strcpy(prev, w);
  }
  return 0;
}

/* The direct object of verb i (passive: its subject), -1 when none. */
int32_t kg_ev_verb_object(const kg_doc *d, const kg_sentence *s, uint32_t i)
{
  int32_t subj = -1;
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
    if (kg_tok_head(d, k) != (int32_t)i)
      continue;
    if (!strcmp(rel(d, k), "obj"))
      return (int32_t)k;
    if (!strcmp(rel(d, k), "nsubj:pass"))
      subj = (int32_t)k;
  }
  /* "Signed in 1960 by X and Y, the treaty gave ...", "Once signed by X,
   * the accord ...": a past participle clause opening the sentence has the
   * subject of the verb it modifies as its patient (not a participle later
   * on, often a noun's misattached: "the album, released in 2003, ...") */
  int32_t h = kg_tok_head(d, i);
  int opening = i == s->tok || (i == s->tok + 1 && (d->tokens[s->tok].upos == KG_UPOS_ADV ||
                                                   d->tokens[s->tok].upos == KG_UPOS_SCONJ));
  if (subj < 0 && h >= 0 && opening && !strcmp(rel(d, i), "advcl") && d->tokens[i].xpos &&
      !strcmp(d->tokens[i].xpos, "VBN"))
    for (uint32_t k = s->tok; k < s->tok + s->ntok; k++)
      if (kg_tok_head(d, k) == h && !strcmp(rel(d, k), "nsubj"))
        return (int32_t)k;
  return subj;
}

/* "was welcomed at the airport by Deputy Prime Minister X": a passive
 * welcome whose by-agent is a name hosts (043) as an active one with a
 * person as object does. */
static int received_by_name(const kg_doc *d, const kg_sentence *s, uint32_t i)
{
  int pass = 0, by = 0;
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
    if (kg_tok_head(d, k) != (int32_t)i || !d->tokens[k].deprel)
      continue;
    pass |= !strcmp(d->tokens[k].deprel, "aux:pass");
    by |= !strcmp(d->tokens[k].deprel, "obl:agent") && kg_mention_at(d, k) >= 0;
  }
  return pass && by;
}

/* Whether token k names persons: a person, state or organisation, a
 * pronoun, or a noun of people ("the hostages", "15 fishermen"). */
int kg_ev_names_persons(const kg_doc *d, uint32_t k)
{
  static const char *const people[] = { "hostage", "prisoner", "detainee", "captive", "inmate",
    "suspect", "soldier", "journalist", "activist", "worker", "national", "citizen", "people",
    "men", "women", "child", "children", "crew", "sailor", "fisherman", "fishermen", "dissident",
    "body", "bodies", "remains", "refugee", "migrant", "immigrant", "protester", "opponent", "leader",
    "member", "official", "diplomat", "ambassador", "envoy", "minister", "president",
    "delegation", "visitor", "guest", "counterpart", "pilot", "tourist", "student", "civilian",
    "troops", "man", "woman", "boy", "girl", "pow", "spy", "agent", "missionary", "aid",
    "king", "queen", "prince", "princess", "pope", "premier", "chancellor", "emir", "sultan",
    "monarch", "secretary", "general", "commander", "negotiator", "representative", "head",
    NULL };
  if (kg_ev_agentive(d, kg_mention_at(d, k)))
    return 1;
  if (d->tokens[k].upos == KG_UPOS_PRON)
    return 1;
  if (kg_ev_lemma_in(d, k, people))
    return 1;
  char w[32];
  kg_ev_low(d, k, w, sizeof w);
  return kg_ev_in_list(w, people);
}

/* Force between states: a state among the words that hang off the trigger
 * ("North Korea attacked South Korea", "the Philippines has clashed with
 * Chinese vessels"), or two states naming people on two of them ("Chilean
 * agents attacked Peruvian workers"; not "British imperialists", no
 * people of the list), and another state in the sentence.  With no tree,
 * two states in the sentence. */
int kg_ev_states_at_war(const kg_doc *d, const kg_sentence *s, uint32_t i)
{
  int32_t seen[8];
  size_t n = 0;
  int dep = 0, tree = kg_sent_has_tree(d, d->tokens[i].sent);
  int32_t nmod_state = -1;
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
    int32_t m = kg_mention_at(d, k);
    if (kg_ev_atype(d, m) != KG_ACT_COUNTRY)
      continue;
    int32_t h = kg_tok_head(d, k);
    const char *r = d->tokens[k].deprel;
    /* "U.S. border patrol agents": up the compound to the noun it names */
    for (int up = 0; up < 3 && h >= 0 && h != (int32_t)i && d->tokens[h].deprel &&
         !strcmp(d->tokens[h].deprel, "compound"); up++)
      h = kg_tok_head(d, (uint32_t)h);
    if (!tree || h == (int32_t)i)
      dep = 1;
    else if (h >= 0 && kg_tok_head(d, (uint32_t)h) == (int32_t)i && r && kg_ev_names_persons(d, (uint32_t)h) &&
             (!strcmp(r, "amod") || !strcmp(r, "compound") || !strcmp(r, "nmod:poss"))) {
      int32_t a = d->mentions[m].actor;   /* a state naming people on the trigger */
      if (nmod_state >= 0 && nmod_state != a)
        dep = 1;                          /* on both sides: "Chilean agents attacked Peruvian workers" */
      nmod_state = a;
    }
    int32_t a = d->mentions[m].actor;
    size_t q = 0;
    while (q < n && seen[q] != a)
      q++;
    if (q == n && n < 8)
      seen[n++] = a;
  }
  return dep && n >= 2;
}

/* What a state or armed group seizes: land, farms, places, vessels, arms, assets. */
static int seized_thing(const kg_doc *d, uint32_t k)
{
  static const char *const th[] = { "territory", "land", "town", "city", "village", "region",
    "ship", "vessel", "tanker", "boat", "aircraft", "plane", "embassy", "consulate", "asset", "farm", "farmland",
    "property", "weapon", "arms", "drug", "cargo", "base", "airport", "building", "border",
    "island", "province", "capital", "oilfield", "mine", "port", "shipment", "carrier", NULL };
  int t = kg_ev_atype(d, kg_mention_at(d, k));
  if (t == KG_ACT_PLACE || t == KG_ACT_COUNTRY || kg_ev_lemma_in(d, k, th))
    return 1;
  /* "the tanker Galaxy Leader": a vessel's name after its noun */
  for (uint32_t q = k > 3 ? k - 3 : 0; q < k; q++)
    if (kg_tok_head(d, q) == (int32_t)k && d->tokens[q].deprel && !strcmp(d->tokens[q].deprel, "compound") &&
        kg_ev_lemma_in(d, q, th))
      return 1;
  return 0;
}

/* "asked Mr X how / whether / about ...", "was asked: ...", a question
 * mark in the sentence: a question before any "to" or "for" of a request. */
static int asked_question(const kg_doc *d, const kg_sentence *s, uint32_t i)
{
  static const char *const q[] = { "how", "what", "why", "whether", "if", "when", "where", "who",
    "which", "about", ":", NULL };
  char b[16];
  for (uint32_t k = i + 1; k < s->tok + s->ntok && k <= i + 8; k++) {
    kg_ev_low(d, k, b, sizeof b);
    if (!strcmp(b, "to") || !strcmp(b, "for"))
      return 0;
    if (!strcmp(b, ".") || !strcmp(b, ";"))
      break;
    if (kg_ev_in_list(b, q))
      return 1;
  }
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++)   /* '"Why build your own?" he asked' */
    if (kg_tok_is(d, k, "?"))
      return 1;
  return 0;
}

/* What a state recognises diplomatically: a state or organisation, or a
 * noun of statehood ("recognised the new government"), not a thing or a
 * fact ("recognised people's concerns", "recognised that ..."). */
static int recognised_polity(const kg_doc *d, uint32_t k)
{
  static const char *const n[] = { "country", "state", "government", "independence", "sovereignty",
    "regime", "republic", "nation", "authority", "administration", "annexation", "leadership", NULL };
  int t = kg_ev_atype(d, kg_mention_at(d, k));
  return t == KG_ACT_COUNTRY || t == KG_ACT_ORG || kg_ev_lemma_in(d, k, n);
}

/* "insisted on" (not "on Monday"), "insisted that they should leave", "insisted that Japan explain" (a that-clause
 * with no tensed verb: the subjunctive): a demand; "insisted that it had played no part", "that it is": none. */
static int insisted_act(const kg_doc *d, const kg_sentence *s, uint32_t i)
{
  uint32_t end = s->tok + s->ntok, that = 0;
  if (i + 2 < end && kg_tok_is(d, i + 1, "on") && !kg_tree_month_or_day(&d->tokens[i + 2]))
    return 1;
  for (uint32_t q = i + 1; q < end && !kg_tok_is(d, q, ",") && !kg_tok_is(d, q, ";") && !kg_tok_is(d, q, "."); q++) {
    const char *x = d->tokens[q].xpos ? d->tokens[q].xpos : "";
    if (kg_tok_is(d, q, "must") || kg_tok_is(d, q, "should") || (q <= i + 8 && (kg_tok_is(d, q, "stop") ||
        kg_tok_is(d, q, "withdraw") || kg_tok_is(d, q, "leave"))))
      return 1;
    that |= kg_tok_is(d, q, "that");
    if (that && (!strcmp(x, "VBD") || !strcmp(x, "VBZ") || !strcmp(x, "MD") || kg_tok_is(d, q, "not") ||
        kg_tok_is(d, q, "n't") || (!strcmp(x, "VBP") && d->tokens[q].lemma && !strcmp(d->tokens[q].lemma, "be"))))
      return 0;
  }
  return that != 0;
}

/* "came to London", "came to Iran": a place or an actor after "to". */
static int to_actor_or_place(const kg_doc *d, const kg_sentence *s, uint32_t i)
{
  uint32_t end = s->tok + s->ntok, q = i + 1;
  while (q < end && !kg_tok_is(d, q, "to") && q <= i + 2)
    q++;
  if (q >= end || !kg_tok_is(d, q, "to"))
    return 0;
  q++;
  while (q < end && kg_tok_is(d, q, "the"))
    q++;
  return q < end && kg_ev_atype(d, kg_mention_at(d, q)) != 0;
}

/* Who aid goes to: a state, or people in need. */
static int needy(const kg_doc *d, uint32_t k)
{
  static const char *const n[] = { "victim", "refugee", "survivor", "poor", "homeless",
    "civilian", "farmer", "child", "children", "people", "population", "family", "families",
    "country", "countries", "nation", "region", "government", "economy", NULL };
  return kg_ev_atype(d, kg_mention_at(d, k)) == KG_ACT_COUNTRY || kg_ev_lemma_in(d, k, n);
}

/* What states and organisations sign: agreements, not players or forms. */
static int accord_noun(const kg_doc *d, uint32_t k)
{
  static const char *const a[] = { "agreement", "deal", "treaty", "pact", "accord", "memorandum",
    "protocol", "declaration", "convention", "communique", "charter", "ceasefire", "truce",
    "armistice", "resolution", "letter", "petition", "statement", "law", "bill", "decree",
    "order", "document", "framework", "partnership", "consensus", "settlement", "compromise", NULL };
  return kg_ev_lemma_in(d, k, a);
}

/* Whether a state is the subject of verb i, or names it ("Russian
 * officials", "Russia's minister"). */
/* Does noun o, blamed by verb i, have a "by" phrase naming an actor ("blamed drills by the United States for")?
 * Not with "on": "blamed her defeat by X on injuries" blames the injuries. */
static int done_by_actor(const kg_doc *d, const kg_sentence *s, uint32_t i, uint32_t o)
{
  for (uint32_t k = i + 1; k < s->tok + s->ntok; k++)
    if (kg_tok_is(d, k, "on") && kg_tok_head(d, k) >= 0 && kg_tok_head(d, (uint32_t)kg_tok_head(d, k)) == (int32_t)i)
      return 0;
  for (uint32_t k = o + 1; k < s->tok + s->ntok; k++)
    if (kg_tok_head(d, k) == (int32_t)o && !strcmp(rel(d, k), "nmod") && kg_mention_at(d, k) >= 0)
      for (uint32_t j = o + 1; j < k; j++)
        if (kg_tok_head(d, j) == (int32_t)k && !strcmp(rel(d, j), "case") && kg_tok_is(d, j, "by"))
          return 1;
  return 0;
}

int kg_ev_state_subject(const kg_doc *d, const kg_sentence *s, uint32_t i)
{
  int subj = 0;
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
    if (kg_tok_head(d, k) != (int32_t)i || strncmp(rel(d, k), "nsubj", 5))
      continue;
    subj = 1;
    if (kg_ev_atype(d, kg_mention_at(d, k)) == KG_ACT_COUNTRY)
      return 1;
    for (uint32_t q = s->tok; q < s->tok + s->ntok; q++)
      if (kg_tok_head(d, q) == (int32_t)k && kg_ev_atype(d, kg_mention_at(d, q)) == KG_ACT_COUNTRY)
        return 1;
  }
  /* "Japan was ready to fund", "agreed to invest": the subject of the
   * readiness or commitment (not "the UK continued to invest") */
  static const char *const commit[] = { "agree", "offer", "pledge", "promise", "vow", "decide", "plan",
    "undertake", NULL };
  int32_t h = kg_tok_head(d, i);
  return !subj && h >= 0 && !strcmp(rel(d, i), "xcomp") &&
         (d->tokens[h].upos == KG_UPOS_ADJ || kg_ev_lemma_in(d, (uint32_t)h, commit)) &&
         kg_ev_state_subject(d, s, (uint32_t)h);
}

/* "released an album", "released figures": what is published, not freed. */
static int published_thing(const kg_doc *d, uint32_t k)
{
  static const char *const thing[] = { "album", "single", "record", "film", "movie", "figure",
    "data", "result", "report", "statement", "detail", "version", "game", "product", "song",
    "book", "video", "dvd", "cd", "trailer", "track", "earnings", "profit", "photo", "picture",
    "image", "list", "information", "update", "software", "title", "sales", "forecast",
    "estimate", "account", "documentary", "edition", "handset", "phone", "console", "chart",
    "paper", "study", "survey", "finding", "number", "statistic", "collection", "series",
    "episode", "show", "tape", "recording", "guideline", "plan", "proposal", "name", "detail",
    "document", "letter", "memo", "transcript", "footage", "programme", "program", "tool",
    "patch", "browser", "code", "device", "model", "debut", "compilation", "sequel", NULL };
  return kg_ev_lemma_in(d, k, thing);
}

/* The first child of token h with relation r (a prefix: "nsubj" finds
 * "nsubj:pass" too), -1 when none. */
static int32_t child_rel(const kg_doc *d, const kg_sentence *s, uint32_t h, const char *r)
{
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++)
    if (kg_tok_head(d, k) == (int32_t)h && !strncmp(rel(d, k), r, strlen(r)))
      return (int32_t)k;
  return -1;
}

/* The preposition (case child) of nominal k, or "". */
static const char *case_of(const kg_doc *d, const kg_sentence *s, uint32_t k)
{
  int32_t c = child_rel(d, s, k, "case");
  return c >= 0 ? d->tokens[c].form : "";
}

/* Acts one threatens with ("the threat of sanctions", "threatened with
 * legal action"), as against dangers ("the threat of inflation",
 * "threatened with closure"). */
static const char *const coercive[] = { "sanction", "action", "force", "strike", "war", "retaliation",
  "violence", "protest", "attack", "veto", "boycott", "expulsion", "penalty", "fine", "arrest",
  "prosecution", "death", "punishment", "lawsuit", "suit", "invasion", "reprisal", "measure",
  "tariff", "ban", "walkout", "resignation", "embargo", "jail", "prison", "legal", "military",
  "intervention", "reprisals", "court", "disciplinary", NULL };

/* "the threat of sanctions", "their threat to cut supplies", "threats
 * against journalists", "Iran's threat", "dropped the threat": a threat
 * someone makes; "the threat of inflation", "a threat to democracy",
 * "the terrorist threat is new", "posed a threat": a danger, no act. */
static int threat_made(const kg_doc *d, const kg_sentence *s, uint32_t i)
{
  static const char *const made[] = { "make", "issue", "carry", "drop", "withdraw", "renew",
    "repeat", "lift", "ignore", "defy", "reiterate", "back", "execute", "follow", NULL };
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
    if (kg_tok_head(d, k) != (int32_t)i)
      continue;
    const char *r = rel(d, k);
    if (!strcmp(r, "nmod:poss") && kg_ev_agentive(d, kg_mention_at(d, k)))
      return 1;                           /* "Iran's threat" */
    if (!strncmp(r, "acl", 3) && d->tokens[k].upos == KG_UPOS_VERB && child_rel(d, s, k, "mark") >= 0)
      return 1;                           /* "a threat to cut supplies" */
    if (!strncmp(r, "nmod", 4) && !strcmp(case_of(d, s, k), "against"))
      return 1;
    if ((!strcmp(r, "compound") || !strcmp(r, "amod")) && kg_ev_lemma_in(d, k, coercive))
      return 1;                           /* "death threats" */
    if (!strncmp(r, "nmod", 4) && !strcmp(case_of(d, s, k), "of") && kg_ev_lemma_in(d, k, coercive))
      return 1;                           /* "the threat of (legal) action" */
    if (!strncmp(r, "nmod", 4) && !strcmp(case_of(d, s, k), "of")) {
      int32_t a = child_rel(d, s, k, "amod");
      if (a >= 0 && kg_ev_lemma_in(d, (uint32_t)a, coercive))
        return 1;                         /* "the threat of military action" */
    }
  }
  int32_t h = kg_tok_head(d, i);
  return h >= 0 && (!strcmp(rel(d, i), "obj") || !strcmp(rel(d, i), "nsubj:pass")) &&
         kg_ev_lemma_in(d, (uint32_t)h, made);   /* "threats were made against him" */
}

/* Who can threaten: persons, states, organisations, names, pronouns, and
 * nouns of bodies or of people by what they do ("creditors", "the union"). */
static int threatener(const kg_doc *d, uint32_t k)
{
  static const char *const body[] = { "union", "management", "board", "government", "administration",
    "regime", "party", "company", "firm", "group", "club", "bank", "lender", "owner", "boss",
    "employer", "staff", "ministry", "council", "court", "police", "army", "side", NULL };
  if (kg_ev_names_persons(d, k) || d->tokens[k].upos == KG_UPOS_PROPN || kg_ev_lemma_in(d, k, body))
    return 1;
  const char *w = d->tokens[k].form;
  size_t L = strlen(w);
  if (L <= 5)
    return 0;
  return !strcmp(w + L - 3, "ers") || !strcmp(w + L - 3, "ors") || !strcmp(w + L - 4, "ists") ||
         !strcmp(w + L - 4, "ants") || (!strcmp(w + L - 4, "ents") && strcmp(w + L - 5, "ments"));
         /* "creditors", "residents", "inhabitants"; not "payments" */
}

/* The subject of verb i, or for a relative clause on "that" / "which" and
 * a participle on a noun ("a dispute that threatened", "an emergency
 * threatening the nation") the noun it hangs on; -1 when none. */
static int32_t doer_of(const kg_doc *d, const kg_sentence *s, uint32_t i)
{
  int32_t k = -1, h = kg_tok_head(d, i);
  for (uint32_t q = s->tok; q < s->tok + s->ntok; q++)   /* the nearest: "the motive is that he threatened" */
    if (kg_tok_head(d, q) == (int32_t)i && !strncmp(rel(d, q), "nsubj", 5) && (k < 0 || q < i))
      k = (int32_t)q;
  if (k >= 0 && (kg_tok_is(d, (uint32_t)k, "that") || kg_tok_is(d, (uint32_t)k, "which")) &&
      h >= 0 && !strncmp(rel(d, i), "acl", 3))
    return h;
  if (k < 0 && h >= 0 && !strcmp(rel(d, i), "acl"))
    return h;
  return k;
}

/* "Russia threatened Georgia", "the union threatened to strike",
 * "was threatened with sanctions": a threat; "a dispute that threatened the
 * economy", "the ruling could threaten production", "was threatened with
 * closure": a danger, no act. */
static int threatened_by_someone(const kg_doc *d, const kg_sentence *s, uint32_t i)
{
  int32_t k = doer_of(d, s, i);
  int acl_part = !strcmp(rel(d, i), "acl") && ((d->tokens[i].xpos && !strcmp(d->tokens[i].xpos, "VBN")) ||
                                                child_rel(d, s, i, "obl:agent") >= 0);
  if ((k >= 0 && !strcmp(rel(d, (uint32_t)k), "nsubj:pass")) || acl_part) {   /* "a campaign threatened by" */
    int32_t w = -1;
    for (uint32_t q = s->tok; q < s->tok + s->ntok; q++) {
      if (kg_tok_head(d, q) != (int32_t)i || strncmp(rel(d, q), "obl", 3))
        continue;
      if (!strcmp(rel(d, q), "obl:agent"))
        return threatener(d, q);          /* "threatened by a campaign of violence": no one */
      if (!strcmp(case_of(d, s, q), "with"))
        w = (int32_t)q;
    }
    return w < 0 || kg_ev_lemma_in(d, (uint32_t)w, coercive);
  }
  if (k < 0 || threatener(d, (uint32_t)k) || child_rel(d, s, i, "xcomp") >= 0)
    return 1;                             /* "threatened to strike" (whoever the parser made the subject) */
  /* "Pakistan today threatened": a name on it; not the owner of a thing
   * that endangers a thing ("China's actions threatened regional peace") */
  int32_t o = kg_ev_verb_object(d, s, i);
  int thing = o >= 0 && kg_mention_at(d, (uint32_t)o) < 0 && !threatener(d, (uint32_t)o);
  for (uint32_t q = s->tok; q < s->tok + s->ntok; q++)
    if (kg_tok_head(d, q) == k && kg_ev_agentive(d, kg_mention_at(d, q)) &&
        !(thing && !strncmp(rel(d, q), "nmod:poss", 9)))
      return 1;
  return 0;
}

/* "to protect its security", "will defend their borders", "protect
 * itself": protection of one's own (a thing of the subject's: its security,
 * borders, interests, citizens; or a reflexive), no protection given to
 * another (074, 0334). */
static int protects_own(const kg_doc *d, const kg_sentence *s, uint32_t i)
{
  static const char *const own[] = { "security", "border", "interest", "sovereignty", "territory",
    "citizen", "people", "population", "economy", "industry", "market", "independence", "integrity",
    "right", "airspace", "homeland", "soil", "country", "nation", "coast", "coastline", "water", "frontier",
    "position", "investment", "asset", "worker", "farmer", "business", "job", NULL };
  static const char *const poss[] = { "its", "their", "our", "his", "her", "my", "own", NULL };
  int32_t o = kg_ev_verb_object(d, s, i);
  if (o < 0)
    return 0;
  char w[24];
  kg_ev_low(d, (uint32_t)o, w, sizeof w);
  if (!strcmp(w, "itself") || !strcmp(w, "themselves") || !strcmp(w, "ourselves") || !strcmp(w, "himself") ||
      !strcmp(w, "herself"))
    return 1;
  if (!kg_ev_lemma_in(d, (uint32_t)o, own))
    return 0;
  for (uint32_t k = s->tok; k < (uint32_t)o; k++)
    if (kg_tok_head(d, k) == o && kg_ev_lemma_in(d, k, poss))
      return 1;
  return 0;
}

/* "meet the growing demand", "met the deadline": a thing one meets, no meeting. */
static int met_thing(const kg_doc *d, uint32_t o)
{
  static const char *const th[] = { "demand", "target", "deadline", "need", "cost", "expectation",
    "requirement", "criterion", "criteria", "standard", "obligation", "payment", "bill", "challenge",
    "condition", "goal", "threat", "shortfall", "commitment", "quota", "forecast", "estimate",
    "price", "spending", "budget", "fee", "debt", "objective", "aim", "expense", NULL };
  return kg_ev_lemma_in(d, o, th);
}

/* "has the power to suspend him", "the authority to order detentions": a
 * power held, no act done. */
static int power_to(const kg_doc *d, const kg_sentence *s, uint32_t i)
{
  static const char *const pw[] = { "power", "powers", "authority", "ability", "capacity", NULL };
  uint32_t v = i;
  int32_t h = kg_tok_head(d, v);
  if (h >= 0 && !strcmp(rel(d, v), "conj")) {   /* "to suspend or bar him" */
    v = (uint32_t)h;
    h = kg_tok_head(d, v);
  }
  return h >= 0 && !strncmp(rel(d, v), "acl", 3) && child_rel(d, s, v, "mark") >= 0 &&
         kg_ev_lemma_in(d, (uint32_t)h, pw);
}

/* Whether token k lies in the subtree of token top (k itself excluded). */
static int under(const kg_doc *d, uint32_t k, uint32_t top)
{
  int32_t h = kg_tok_head(d, k);
  for (int n = 0; h >= 0 && n < 40; n++, h = kg_tok_head(d, (uint32_t)h))
    if (h == (int32_t)top)
      return 1;
  return 0;
}

/* Whether verb i has a subject of its own in the active ("X offered to";
 * not "X was offered chances to", "a man offered money to"). */
static int active_subject(const kg_doc *d, const kg_sentence *s, uint32_t i)
{
  int32_t h = !strcmp(rel(d, i), "conj") && child_rel(d, s, i, "nsubj:pass") < 0 ? kg_tok_head(d, i) : -1;
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++)   /* (or the verb's it is joined to: "told X and offered") */
    if ((kg_tok_head(d, k) == (int32_t)i || (h >= 0 && kg_tok_head(d, k) == h &&
                                             d->tokens[h].upos == KG_UPOS_VERB)) && !strcmp(rel(d, k), "nsubj"))
      return 1;
  return 0;
}

/* "promised a fair policy", "pledged to cut taxes", "his pledge card": a
 * promise that names no one it is made to or for (a state, organisation or
 * person in what is promised, other than the promiser and a possessive
 * pronoun) is a domestic pledge, no intent to cooperate with anyone;
 * "pledged aid to Indonesia", "promised Iran to ...", "a pledge to Mr Brown",
 * "vowed to cooperate", "vowed to abide by the truce" are.  So for an offer or a commitment (kgd:offerVerb):
 * "the phone offers a camera", "were offered a new deal" (the passive's
 * subject is who is offered), "committed suicide" name no one; "offered to
 * freeze debts" (an act offered), "is committed to opening up the economy"
 * (a course of action, no deed done) are intents. */
static int pledge_to_no_one(const ev_ctx *c, const kg_sentence *s, uint32_t i)
{
  const kg_doc *d = c->doc;
  static const char *const coop[] = { "cooperate", "co-operate", "help", "assist", "support", "work",
    "negotiate", "talk", "meet", "visit", "aid", "mediate", "office", "mediation", "assistance", "cooperation",
    "co-operation", "dialogue", "abide", "honour", "honor", "observe", NULL };
  int32_t subj = -1;
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
    const char *r = rel(d, k);
    if (kg_tok_head(d, k) == (int32_t)i && (!strncmp(r, "nsubj", 5) || !strcmp(r, "nmod:poss")))
      subj = (int32_t)k;
    if (kg_tok_head(d, k) == (int32_t)i && !strcmp(r, "obj") && kg_ev_lemma_in(d, k, coop))
      return 0;                           /* "offered his good offices", "pledged help" */
    if (kg_tok_head(d, k) == (int32_t)i && !strcmp(r, "xcomp") &&
        (kg_ev_lemma_in(d, k, coop) || (kg_ev_cand_has(d, i, "offer") && child_rel(d, s, k, "mark") >= 0 &&
                                         active_subject(d, s, i))))
      return 0;                           /* "vowed to cooperate", "offered to freeze debts" */
  }
  /* "is committed to opening up the economy", "committed itself to
   * cutting spending": a commitment to a course of action (03); "committed
   * suicide", "a crime he did not commit", "committed to the project" are not */
  int32_t ob = child_rel(d, s, i, "obj");   /* (a deed: "commit fraud to meet targets") */
  int deed = ob >= 0 && !strstr(d->tokens[ob].form, "sel");   /* ("committed itself to") */
  if (kg_ev_cand_has(d, i, "commit") && !strcmp(rel(d, i), "acl"))
    return 1;                             /* "the atrocities committed by X": the noun is the deed */
  for (uint32_t k = s->tok; k < s->tok + s->ntok && !deed && kg_ev_cand_has(d, i, "commit"); k++)
    if (kg_tok_head(d, k) == (int32_t)i && d->tokens[k].upos == KG_UPOS_VERB &&
        (!strcmp(rel(d, k), "xcomp") || !strncmp(rel(d, k), "advcl", 5)) && child_rel(d, s, k, "mark") >= 0)
      return 0;
  int32_t sm = subj >= 0 ? kg_mention_at(d, (uint32_t)subj) : -1, h = kg_tok_head(d, i);
  if (sm < 0 && subj >= 0 && h >= 0 && !strcmp(rel(d, i), "acl:relcl"))
    sm = kg_mention_at(d, (uint32_t)h);   /* "Inoni, who vowed to tackle corruption": the noun */
  int32_t sa = sm >= 0 ? d->mentions[sm].actor : -1;
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
    int32_t m = kg_mention_at(d, k);
    if (m < 0 || k == i || !kg_ev_agentive(d, m) || kg_ev_possessive_pronoun(d, m) ||
        d->mentions[m].actor == sa || !under(d, k, i))
      continue;
    if (subj >= 0 && (k == (uint32_t)subj || under(d, k, (uint32_t)subj)))
      continue;                           /* the promiser's own phrase */
    return 0;
  }
  return 1;
}

/* Words of armed forces in a sentence: a retreat, a ceasefire or a
 * demobilisation (087x) is of forces ("withdrew its troops"), not of a
 * player, a bidder or a remark ("pulled out with an injury", "withdrew
 * the remarks", "withdrew from the auction"). */
static int forces_in_sentence(const kg_doc *d, const kg_sentence *s)
{
  static const char *const stem[] = { "troop", "soldier", "militar", "militia", "army", "armies",
    "navy", "naval", "marines", "warship", "tank", "artiller", "rebel", "insurgen", "guerrill",
    "guerill", "ceasefire", "cease-fire", "truce", "armistice", "blockad", "occupation", "occupying",
    "garrison", "peacekeep", "battalion", "brigade", "division", "fighters", "forces", "war", "combat",
    "missile", "weapon", "jets", "warplane", "convoy", "attack", "hostilit", "offensive", "bombing", "shelling",
    "airstrike", "raids", "reservist", "conscript", "demobili", "disarm", NULL };
  char w[32];
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
    kg_ev_low(d, k, w, sizeof w);
    for (size_t q = 0; stem[q]; q++)
      if (!strncmp(w, stem[q], strlen(stem[q])) && strcmp(w, "warm") && strncmp(w, "warn", 4) &&
          strncmp(w, "ward", 4) && strncmp(w, "warr", 4) && strncmp(w, "tanker", 6))
        return 1;
  }
  return 0;
}

/* Two states or more named in a sentence ("Turkey urged Russia to withdraw"). */
static int two_states(const kg_doc *d, const kg_sentence *s)
{
  int32_t first = -1;
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
    int32_t m = kg_mention_at(d, k);
    if (kg_ev_atype(d, m) != KG_ACT_COUNTRY)
      continue;
    if (first >= 0 && d->mentions[m].actor != first)
      return 1;
    first = d->mentions[m].actor;
  }
  return 0;
}

/* "the defending champion", "the visiting side", "best supporting actor",
 * "the ruling party", "trading partners" (tagged a noun, a compound): a
 * present participle or gerund modifying the noun after it
 * names a kind of thing, no act; not a visit or meeting ("the visiting
 * Peruvian minister" is one), a threat, a show of force or violence ("the
 * invading troops", "a threatening letter"), nor one with an object or an
 * oblique of its own. */
static int ing_modifier(const ev_ctx *c, const kg_sentence *s, uint32_t i, const char *code)
{
  const kg_doc *d = c->doc;
  const char *w = d->tokens[i].form;
  size_t L = strlen(w);
  int32_t h = kg_tok_head(d, i);
  if (!strcmp(rel(d, i), "conj") && i + 1 < s->tok + s->ntok && d->tokens[i + 1].upos == KG_UPOS_NOUN &&
      kg_tok_head(d, i + 1) != (int32_t)i && i > s->tok && d->tokens[i - 1].upos == KG_UPOS_CCONJ)
    h = (int32_t)i + 1;      /* "the top seed and defending champion overcame ...", parsed as two heads */
  else if (strcmp(rel(d, i), "amod") && strcmp(rel(d, i), "compound"))
    return 0;
  if (L < 6 || strcmp(w + L - 3, "ing") ||
      h <= (int32_t)i ||
      (uint32_t)h > i + 3 || !strncmp(code, "04", 2) || !strncmp(code, "13", 2) ||
      (code[0] == '1' && code[1] >= '5') || code[0] == '2')
    return 0;
  for (uint32_t k = i + 1; k < (uint32_t)h; k++)   /* "the defending Olympic champion" */
    if (d->tokens[k].upos != KG_UPOS_ADJ && d->tokens[k].upos != KG_UPOS_NOUN &&
        d->tokens[k].upos != KG_UPOS_PROPN)
      return 0;
  if (child_rel(d, s, i, "obj") >= 0 || child_rel(d, s, i, "obl") >= 0)
    return 0;
  char b[32];
  kg_ev_low(d, (uint32_t)h, b, sizeof b);
  return !(kg_dict_lex(c->dict, b) & KG_LEX_MESSAGE);
}

/* "charged him with fraud", "was charged", "those charged", "free or charge
 * 12 detainees": an accusation; "the prices it charged", "charging users
 * for the tool", "charging a fee", "charged to the net": a price or a run. */
static int charged_someone(const kg_doc *d, const kg_sentence *s, uint32_t i, int32_t o)
{
  int pass = child_rel(d, s, i, "aux:pass") >= 0 || child_rel(d, s, i, "nsubj:pass") >= 0 ||
             (!strcmp(rel(d, i), "acl") && d->tokens[i].xpos && !strcmp(d->tokens[i].xpos, "VBN"));
  int with = 0, forp = 0;
  for (uint32_t k = i + 1; k < s->tok + s->ntok && k <= i + 8; k++)   /* ("its neighbour with", on the noun) */
    with |= kg_tok_is(d, k, "with");
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++)
    if (kg_tok_head(d, k) == (int32_t)i && !strncmp(rel(d, k), "obl", 3))
      forp |= !strcmp(case_of(d, s, k), "for");
  if (pass || with)
    return 1;
  return o >= 0 && !forp && threatener(d, (uint32_t)o);
}

/* Verbs that turn down calls made to their subject ("resisted calls to"). */
static const char *const refusing[] = { "resist", "refuse", "reject", "ignore", "sidestep", "dismiss", NULL };

/* What a side concedes in a game: no yielding (08). */
static const char *const scored[] = { "penalty", "goal", "try", "corner", "wicket", "set", "game", "kick",
  "free-kick", "run", "point", "break", NULL };

/* "gunmen seized four engineers", "the five men were seized on July 22":
 * persons seized, not property, are abducted (181, as the patterns' "seize
 * VERB object=engineer"); the object or passive subject a noun of people
 * (not suspects, whom police seize: an arrest). */
static const kg_trigger seized_people = { "seize", KG_UPOS_VERB, NULL, NULL, NULL, NULL, "181", NULL, NULL,
                                          NULL, 0, 0, 0, 0, 0, 0, 0, 0, 0 };

static int seized_persons(const kg_doc *d, const kg_sentence *s, uint32_t i)
{
  static const char *const people[] = { "man", "men", "woman", "women", "child", "children", "worker",
    "employee", "engineer", "technician", "contractor", "tourist", "journalist", "reporter", "national",
    "citizen", "hostage", "crew", "sailor", "fisherman", "fishermen", "civilian", "missionary", "people",
    "passenger", "diplomat", "soldier", "student", "villager", "teacher", "doctor", "nurse", "priest",
    "businessman", "foreigner", "expatriate", NULL };
  int32_t o = kg_ev_verb_object(d, s, i);
  return o >= 0 && kg_mention_at(d, (uint32_t)o) < 0 && kg_ev_lemma_in(d, (uint32_t)o, people);
}

/* "presents a Persian-language satellite programme", "hosts a radio
 * programme": the programme of a broadcaster (a modifier of broadcasting on
 * the object), not a plan or a scheme of aid. */
static int broadcast_programme(const kg_doc *d, const kg_sentence *s, uint32_t i)
{
  static const char *const bc[] = { "television", "tv", "radio", "satellite", "news", "documentary", "chat",
    "talk", "breakfast", "cookery", "comedy", "language", "affairs", "phone-in", "podcast", NULL };
  int32_t o = kg_ev_verb_object(d, s, i);
  if (o < 0 || !(kg_tok_is(d, (uint32_t)o, "programme") || kg_tok_is(d, (uint32_t)o, "program")))
    return 0;
  for (uint32_t k = s->tok; k < (uint32_t)o; k++)
    if (kg_tok_head(d, k) == o && (!strcmp(rel(d, k), "compound") || !strcmp(rel(d, k), "amod")) &&
        kg_ev_lemma_in(d, k, bc))
      return 1;
  return 0;
}

/* Is an actor named in verb i's object or phrases ("goods worth dollars
 * 20bn from China"), not in its subject nor in a clause of its own? */
static int partner_named(const kg_doc *d, const kg_sentence *s, uint32_t i)
{
  int32_t subj = -1;                      /* the subject's actor ("India imports 70% of its oil") */
  for (uint32_t k = s->tok; k < s->tok + s->ntok && subj < 0; k++)
    if (kg_tok_head(d, k) == (int32_t)i && !strncmp(rel(d, k), "nsubj", 5) && kg_mention_at(d, k) >= 0)
      subj = d->mentions[kg_mention_at(d, k)].actor;
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
    int32_t m = k == i ? -1 : kg_mention_at(d, k);
    if (m < 0 || (subj >= 0 && d->mentions[m].actor == subj))
      continue;
    uint32_t v = k;
    int hops = 0;
    while (hops++ < 12 && kg_tok_head(d, v) >= 0 && kg_tok_head(d, v) != (int32_t)i)
      v = (uint32_t)kg_tok_head(d, v);    /* v: k's ancestor right under i */
    if (kg_tok_head(d, v) != (int32_t)i)
      continue;
    static const char *const no[] = { "nsubj", "csubj", "ccomp", "advcl", "acl", "conj", "parataxis", "punct", NULL };
    int skip = 0;
    for (const char *const *r = no; *r && !skip; r++)
      skip = !strncmp(rel(d, v), *r, strlen(*r));
    if (!skip)
      return 1;
  }
  return 0;
}

/* CAMEO.2.0's delaying verbs that tell of things in the way ("hampered by
 * injury", "religious views could hamper research", "lack of uniformity
 * can hinder US exports", "infighting is obstructing good government"):
 * a rejection (120) only when an actor does it, the verb's own subject (or
 * its first conjunct's) or its "by" phrase a mention of a person, state or
 * organisation ("Hungary obstructed the sanctions package"). */
static const char *const hinder[] = { "hamper", "hinder", "impede", "obstruct", "stymie", "retard", "inhibit",
                                      "forestall", NULL };
static int hinderer_named(const ev_ctx *c, const kg_sentence *s, uint32_t i)
{
  const kg_doc *d = c->doc;
  int32_t v = (int32_t)i;
  for (int hops = 0; hops < 2 && v >= 0; hops++) {
    for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
      if (kg_tok_head(d, k) != v || (strcmp(rel(d, k), "nsubj") && strcmp(rel(d, k), "obl:agent")))
        continue;
      int t = kg_ev_atype(d, kg_mention_at(d, k));
      if (t == KG_ACT_PERSON || t == KG_ACT_COUNTRY || t == KG_ACT_ORG || kg_ev_noun_sector(c, k) != 0)
        return 1;                         /* (or a sector's group: "Hungarian officials obstructed") */
    }
    v = !strcmp(rel(d, (uint32_t)v), "conj") ? kg_tok_head(d, (uint32_t)v) : -1;
  }
  return 0;
}

int kg_ev_wrong_sense(const ev_ctx *c, uint32_t i, int pos, const kg_trigger *p)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  const char *code = p->code, *lem = p->lemma ? p->lemma : "";
  if (kg_dict_exclusive(c->dict))
    return 0;                             /* a user's codebook gives its verbs their own
                                             codes: the senses here are our dictionary's */
  if (p == &seized_people)
    return 0;                             /* (persons seized: violence enough) */
  /* "while the lifeline of a hundred million people is held hostage": what
   * is held hostage is no person, a figure of speech */
  if (p->object && !strcmp(p->object, "hostage") && !strcmp(lem, "hold"))
    for (uint32_t k = s->tok; k < s->tok + s->ntok; k++)
      if (kg_tok_head(d, k) == (int32_t)i && (!strcmp(rel(d, k), "obj") || !strcmp(rel(d, k), "nsubj:pass")) &&
          !kg_tok_is(d, k, "hostage") && !kg_tok_is(d, k, "hostages") && !kg_ev_names_persons(d, k))
        return 1;
  if (!strcmp(code, "120") && kg_ev_lemma_in(d, i, hinder))
    return !hinderer_named(c, s, i);
  /* "accuses Beijing of plundering the resources of Balochistan", "looted
   * the treasury": wealth taken, no force (an object of riches) */
  if ((!strncmp(code, "19", 2) || !strncmp(code, "14", 2)) && pos == KG_UPOS_VERB &&
      kg_ev_lemma_in(d, i, (const char *const[]){ "plunder", "pillage", "loot", "despoil", "ransack", NULL })) {
    static const char *const riches[] = { "resource", "resources", "wealth", "coffer", "coffers", "treasury",
      "fund", "funds", "riches", "revenue", "revenues", "mineral", "minerals", "oil", "gas", "economy", NULL };
    int32_t o = kg_ev_verb_object(d, s, i);
    if (o >= 0 && kg_ev_lemma_in(d, (uint32_t)o, riches))
      return 1;
  }
  if (!strncmp(code, "18", 2) || !strncmp(code, "19", 2) || !strncmp(code, "20", 2))
    return !kg_ev_sentence_has_violence(d, s) && !kg_ev_states_at_war(d, s, i) && !kg_ev_war_object(d, i) &&
           !kg_ev_military_named(c, s);    /* ("Israeli jets struck targets": evgroups.c) */
  if (!strncmp(code, "087", 3))             /* "pulled out with an injury" */
    return !forces_in_sentence(d, s) && !two_states(d, s);
  if (!strncmp(code, "15", 2) && !strcmp(lem, "call"))   /* "call up a replacement" (a squad), no reservists */
    return !forces_in_sentence(d, s);
  if (!kg_sent_has_tree(d, d->tokens[i].sent))
    return 0;
  if (pos == KG_UPOS_NOUN && !strncmp(code, "13", 2) && !strcmp(lem, "threat") && !p->object)
    return !threat_made(d, s, i);         /* "the threat of inflation" */
  if (!strcmp(code, "030") && !p->object && (kg_dict_lex(c->dict, lem) & KG_LEX_OFFER_VERB))
    return pledge_to_no_one(c, s, i);     /* "promised to cut taxes", "offers a camera" (kgd:offerVerb) */
  if (ing_modifier(c, s, i, code))
    return 1;                             /* "the defending champion", "best supporting actor" */
  if ((!strcmp(code, "074") || !strcmp(code, "0334")) && pos == KG_UPOS_VERB && protects_own(d, s, i))
    return 1;                             /* "to protect its security" */
  /* "a call-up to the squad": a selection, no telephone call; "resisted
   * calls to publish": the calls are rejected, the resister made none */
  if (pos == KG_UPOS_NOUN && !strcmp(lem, "call") && i + 1 < s->tok + s->ntok &&
      (kg_tok_is(d, i + 1, "up") ||
       (kg_tok_is(d, i + 1, "-") && i + 2 < s->tok + s->ntok && kg_tok_is(d, i + 2, "up"))))
    return 1;
  if (pos == KG_UPOS_NOUN && kg_ev_recoded_call(p) && kg_tok_head(d, i) >= 0 &&
      kg_ev_lemma_in(d, (uint32_t)kg_tok_head(d, i), refusing))
    return 1;
  /* "the talk of the country", "had a long talk with Keane", "more talk
   * from Brown": a talk is words, talks (plural) are negotiations */
  if (pos == KG_UPOS_NOUN && !strncmp(code, "04", 2) && !p->object && kg_tok_is(d, i, "talk"))
    return 1;
  if (pos != KG_UPOS_VERB)
    return 0;
  if (power_to(d, s, i))
    return 1;
  if (!strncmp(code, "12", 2) && (!strcmp(lem, "fail") || !strcmp(lem, "decline")) && !p->object &&
      !p->prep) {
    if (!(i + 2 < s->tok + s->ntok && kg_tok_is(d, i + 1, "to")))
      return !(!strcmp(lem, "decline") && kg_ev_decline_answers(d, i));   /* ("invited but declined": evdecline.c) */
    /* "failed to reach agreement" rejects; "failed to win the cup" does not */
    static const char *const comply[] = { "agree", "reach", "comply", "honour", "honor", "meet",
      "implement", "ratify", "approve", "sign", "pay", "deliver", "respond", "release", "withdraw",
      "stop", "end", "halt", "cooperate", "attend", "accept", "keep", "fulfil", "fulfill", "abide",
      "hand", "return", "allow", "provide", "support", "back", "recognise", "recognize", "condemn",
      "endorse", "lift", "ease", "resolve", "settle", "disarm", "ratify", "extradite", "join", NULL };
    if (kg_ev_cand_has(d, i + 2, "meet")) {   /* "failed to meet expectations": a thing missed */
      int32_t mo = kg_ev_verb_object(d, s, i + 2);
      if (mo >= 0 && met_thing(d, (uint32_t)mo))
        return 1;
    }
    if (!strcmp(lem, "fail") && kg_ev_lemma_in(d, i + 2, comply)) {
      /* "failed to reach the finals", "failed to return after a trip": no
       * accord reached, nothing handed back, no one answered */
      int32_t vo = kg_ev_verb_object(d, s, i + 2);
      if (kg_ev_cand_has(d, i + 2, "reach") || vo >= 0)
        return !(vo >= 0 && (!kg_ev_cand_has(d, i + 2, "reach") || accord_noun(d, (uint32_t)vo)));
      static const char *const pr[] = { "to", "with", "by", "on", NULL };   /* "respond to", "abide by" */
      for (uint32_t k = s->tok; k < s->tok + s->ntok; k++)
        if (kg_tok_head(d, k) == (int32_t)i + 2 && !strncmp(rel(d, k), "obl", 3) && kg_ev_in_list(case_of(d, s, k), pr))
          return 0;
      return 1;
    }
    return !strcmp(lem, "fail");
  }
  if (p->object && (!strcmp(p->object, "programme") || !strcmp(p->object, "program")) &&
      broadcast_programme(d, s, i))
    return 1;
  if (!p->object && !strncmp(code, "08", 2) && !strcmp(lem, "allow"))
    return !kg_ev_state_permission(c, i);   /* "allowed the opposition to rally", not "the law allows" */
  if (p->object)
    return 0;
  int32_t o = kg_ev_verb_object(d, s, i);
  /* "a resolution sanctioning military action", "sanctioned the use of
   * force": to sanction an act is to authorise it; sanctions are laid on a
   * state, a body or a person ("sanctioned Iran") */
  static const char *const acts[] = { "action", "use", "attack", "war", "strike", "invasion", "operation",
    "intervention", "deal", "plan", "sale", "move", "deployment", "measure", "step", "payment", "merger",
    "takeover", "change", "transfer", "bid", "expansion", "increase", "raid", "mission", "release", NULL };
  if (!strncmp(code, "16", 2) && !strcmp(lem, "sanction") && o >= 0 && kg_ev_lemma_in(d, (uint32_t)o, acts))
    return 1;
  /* "shares in Barclays were trading down 0.7%", "India imports 70% of its
   * oil", "had invested pounds 280m in Mini production": trading, importing
   * or investing with no actor named beside the subject is a market's
   * doing, no cooperation ("the US imported goods from China" is) */
  static const char *const market[] = { "trade", "import", "export", "invest", NULL };
  if (!strcmp(code, "061") && kg_ev_in_list(lem, market) && !partner_named(d, s, i))
    return 1;
  if (!strncmp(code, "084", 3) && !strcmp(lem, "return"))
    return o < 0;                         /* "returned to power", "return home" */
  if (!strncmp(code, "084", 3) && (!strcmp(lem, "release") || !strcmp(lem, "free")))
    return o < 0 || published_thing(d, (uint32_t)o);
  if (!strcmp(code, "043") && (!strcmp(lem, "receive") || !strcmp(lem, "welcome")))
    return o < 0 ? !received_by_name(d, s, i) : !kg_ev_names_persons(d, (uint32_t)o);
  /* "has hosted Russian nuclear weapons", "hosts a naval base": a host
   * receives people or a gathering, not things */
  static const char *const gatherings[] = { "talk", "talks", "summit", "meeting", "conference", "visit",
    "dinner", "banquet", "ceremony", "round", "forum", "session", "gathering", "reception", "lunch",
    "event", "games", "celebration", "negotiation", NULL };
  if (!strcmp(code, "043") && !strcmp(lem, "host") && o >= 0)
    return d->tokens[o].upos == KG_UPOS_NOUN && kg_mention_at(d, (uint32_t)o) < 0 &&
           !kg_ev_names_persons(d, (uint32_t)o) && !kg_ev_lemma_in(d, (uint32_t)o, gatherings);
  /* "took over the rotating presidency of the EU": an office is taken up,
   * not seized, whatever else the sentence tells of */
  static const char *const offices[] = { "presidency", "chairmanship", "chair", "leadership", "helm", "reins",
    "post", "role", "office", "job", "duties", "portfolio", "mantle", "premiership", "captaincy", NULL };
  int32_t ov = o >= 0 ? o : kg_ev_child_with(d, i, "obl", 0);   /* ("over" read as its preposition) */
  if (!strcmp(code, "171") && ov >= 0 && kg_ev_lemma_in(d, (uint32_t)ov, offices))
    return 1;
  if (!strcmp(code, "171"))               /* "took over the company", "caught Heinze" */
    return !kg_ev_sentence_has_violence(d, s) && !kg_ev_states_at_war(d, s, i) &&
           !(o >= 0 && seized_thing(d, (uint32_t)o));
  if (!strncmp(code, "13", 2) && !strcmp(lem, "warn"))
    return !kg_ev_warned_someone(c, s, i, o);   /* (evwarn.c) */
  if (!strcmp(code, "112") && !strcmp(lem, "charge"))   /* "the prices it charged", "charged to the net" */
    return !charged_someone(d, s, i, o);
  /* "said smugglers were to blame": who is to blame is blamed, blaming no one */
  if (!strcmp(lem, "blame")) {
    int32_t mk = kg_ev_child_with(d, i, "mark", 0), ax = kg_ev_child_with(d, i, "aux", 0);
    if (mk >= 0 && ax >= 0 && kg_tok_is(d, (uint32_t)mk, "to") &&
        kg_ev_lemma_in(d, (uint32_t)ax, (const char *const[]){ "be", NULL }))
      return 1;
  }
  if (!strncmp(code, "112", 3) && !strcmp(lem, "blame"))   /* "blamed high fuel prices for" */
    return o >= 0 && !threatener(d, (uint32_t)o) && kg_mention_at(d, (uint32_t)o) < 0 &&
           !kg_ev_reciprocal_object(d, i) &&   /* (not "blamed each other") */
           !done_by_actor(d, s, i, (uint32_t)o);   /* (nor "blamed drills by the United States") */
  if (!strncmp(code, "13", 2) && !strcmp(lem, "threaten"))
    return !threatened_by_someone(d, s, i);
  if (!strncmp(code, "04", 2) && !strcmp(lem, "meet"))   /* "met Carr's cross", "met everything head on" */
    return o >= 0 && (met_thing(d, (uint32_t)o) ||
                      !(threatener(d, (uint32_t)o) || kg_mention_at(d, (uint32_t)o) >= 0 ||
                        (o + 1 < (int32_t)(s->tok + s->ntok) && kg_tok_head(d, (uint32_t)o + 1) == o &&
                         kg_mention_at(d, (uint32_t)o + 1) >= 0)));   /* ("meeting Ms Furse", "Ms" the head) */
  if (!strncmp(code, "08", 2) && !strcmp(lem, "concede"))   /* "conceded that it was wrong", "conceded a penalty" */
    return child_rel(d, s, i, "ccomp") >= 0 || (o >= 0 && kg_ev_lemma_in(d, (uint32_t)o, scored));
  if (!strncmp(code, "02", 2) && !strcmp(lem, "appeal") && i + 1 < s->tok + s->ntok &&
      kg_tok_is(d, i + 1, "against"))
    return 1;                             /* "appealed against the ruling": a court's */
  if (!strncmp(code, "054", 3) && (!strcmp(lem, "recognise") || !strcmp(lem, "recognize")))
    return o < 0 || !recognised_polity(d, (uint32_t)o);   /* "recognised that ..." */
  if (!strncmp(code, "02", 2) && !strcmp(lem, "ask"))
    return asked_question(d, s, i);       /* "asked him whether ...": a question */
  if (!strncmp(code, "14", 2) && !strcmp(lem, "demonstrate"))   /* "demonstrated a phone", "demonstrated why" */
    return (o >= 0 && d->tokens[o].upos != KG_UPOS_PROPN) || child_rel(d, s, i, "ccomp") >= 0;
  if (!strcmp(lem, "insist"))              /* "insisted he was innocent": no demand */
    return !insisted_act(d, s, i);
  if (!strncmp(code, "04", 2) && !strcmp(lem, "come"))   /* "came to power / light" */
    return !to_actor_or_place(d, s, i);
  if (!strncmp(code, "07", 2) && !strcmp(lem, "help"))   /* "helped the team win"; "was ready to help": an offer */
    return o < 0 ? !kg_ev_readiness(c, i) : !needy(d, (uint32_t)o);
  if (!strcmp(code, "057") && !strcmp(lem, "sign")) {     /* "signed a striker / a contract"; "It was signed" */
    int32_t a = o >= 0 ? kg_ev_it_antecedent(d, (uint32_t)o) : -1;
    return o < 0 || !accord_noun(d, (uint32_t)(a >= 0 ? a : o));
  }
  if (!strcmp(code, "051") && !strcmp(lem, "stand")) {   /* "stood with Peru", "by Lima": not "by his remarks" */
    for (uint32_t k = s->tok; k < s->tok + s->ntok; k++)
      if (kg_tok_head(d, k) == (int32_t)i && !strncmp(rel(d, k), "obl", 3) &&
          (!strcmp(case_of(d, s, k), "with") || !strcmp(case_of(d, s, k), "by")))
        return kg_mention_at(d, k) < 0;
    return 1;
  }
  if (!strncmp(code, "031", 3) && !strcmp(lem, "link"))   /* "linked with a move to Chelsea" */
    return !kg_ev_states_at_war(d, s, i);
  if (!strncmp(code, "06", 2) && (!strcmp(lem, "invest") || !strcmp(lem, "fund")))
    return !kg_ev_state_subject(d, s, i);       /* "Indonesia might invest in ...", not a firm */
  if (!strncmp(code, "04", 2) && !strcmp(lem, "join")) {  /* "joined the leaders", not a club */
    if (o < 0)
      return 1;
    int t = kg_ev_atype(d, kg_mention_at(d, (uint32_t)o));
    return t == KG_ACT_ORG || t == KG_ACT_COUNTRY || t == KG_ACT_PLACE || !kg_ev_names_persons(d, (uint32_t)o);
  }
  return 0;
}

const kg_trigger *kg_ev_seized_people(const kg_doc *d, const kg_sentence *s, uint32_t i)
{
  return seized_persons(d, s, i) ? &seized_people : NULL;
}
