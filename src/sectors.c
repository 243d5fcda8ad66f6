/* sectors.c — sector actors: a state named together with a sector noun
 * stands for that sector of the state, an actor of its own.
 *
 * Owns: kg_mention.group, the sector actors of doc->actors (kg_actor.sector
 * and .sector_of) and CAMEO actor codes (kg_actor_code).
 * Does not own: the mentions and their states (actors.c), the sector
 * vocabulary (ontology/lexicon.ttl through dict.c), events (events.c).
 *
 * "Egyptian soldiers", "the Israeli government", "Gondor's main opposition
 * group", "the army of Mali", "police in Lagos" (a sector noun of the
 * dictionary, kgd:sectorNoun, with the state's mention before it, or
 * after "of", "in" or "from"): the mention keeps its state as actor (the
 * state is the CAMEO source or target: "Turkish troops" acts as Turkey) and
 * gains a group, the sector actor "Egypt military" (key egypt-military,
 * kg_actor.sector the sector's number, .sector_of the state).  Between the
 * state and the noun stand at most two lower-case adjectives ("Israeli
 * security forces" is found as the phrase "security forces"; "Iraqi
 * elite troops" by skipping "elite").  A coordination of states shares
 * the noun: "Hungarian and Romanian officials", "lawmakers in France and
 * Germany"; a capitalised title right before the name of a state's entry
 * is that entry's sector ("Prime Minister Romendacil" of a codebook that
 * codes the man as his state); not a phrase that already has an owner before it ("its
 * troops from Lebanon", "French troops in Mali").  Only states (kgo:Country) compose, and not with a title
 * before a name ("Vietnamese President Vo Van Thuong" is the person).
 *
 * Actor codes: a sector actor is its state's code and the sector's agent
 * code ("EGY" + "MIL"); a state or organisation its dictionary code; a
 * person who leads or serves a state (a relation of the document, or the
 * dictionary's office holder) that state's code and "GOV", as CAMEO codes
 * officials ("Egyptian President X" -> EGYGOV).
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include "sectors.h"
#include "actors.h"

#define MAXW 4     /* words of a sector phrase */

static int is_state(const kg_doc *d, int32_t m, int place_ok)
{
  if (m < 0) return 0;
  const kg_mention *mm = &d->mentions[m];
  return mm->actor >= 0 && (place_ok || !mm->as_place) &&
         d->actors[mm->actor].type == KG_ACT_COUNTRY &&
         mm->kind != KG_MEN_PRONOUN && mm->kind != KG_MEN_DESCRIPTION;
}

/* Sector number of the phrase of tokens [i, i+n), 0 when none: the
 * lower-cased forms, then with the last word's lemma ("forces" -> "force"). */
static int phrase_sector(const kg_dict *dict, const kg_doc *d, uint32_t i, uint32_t n)
{
  char buf[160], w[64];
  size_t len = 0;
  for (uint32_t k = 0; k < n; k++) {
    size_t l = kg_tok_lower(&d->tokens[i + k], w, sizeof w);
    if (l == 0 || len + l + 2 >= sizeof buf) return 0;
    if (k) buf[len++] = ' ';
    memcpy(buf + len, w, l);
    len += l;
  }
  buf[len] = '\0';
  int s = kg_dict_sector_noun(dict, buf);
  if (s) return s;
  const char *lem = d->tokens[i + n - 1].lemma;
  if (!lem || !*lem) return 0;
  size_t l0 = strlen(d->tokens[i + n - 1].form);
  size_t ll = strlen(lem);
  if (len < l0 || len - l0 + ll + 1 >= sizeof buf) return 0;
  len -= l0;
  for (size_t k = 0; k < ll; k++) buf[len + k] = (char)tolower((unsigned char)lem[k]);
  buf[len + ll] = '\0';
  return kg_dict_sector_noun(dict, buf);
}

/* A token that may stand in a sector phrase: a word outside any mention
 * ("Army" too: "the Egyptian Army"). */
static int plain_word(const kg_doc *d, uint32_t i, uint32_t end)
{
  if (i >= end || kg_mention_at(d, i) >= 0) return 0;
  const kg_token *t = &d->tokens[i];
  return t->form && isalpha((unsigned char)t->form[0]);
}

/* Longest sector phrase starting at i (within [i, end)): its sector, *n
 * its length; 0 when none. */
static int sector_at(const kg_dict *dict, const kg_doc *d, uint32_t i, uint32_t end, uint32_t *n)
{
  uint32_t max = 0;
  while (max < MAXW && plain_word(d, i + max, end)) max++;
  for (uint32_t k = max; k >= 1; k--) {
    int s = phrase_sector(dict, d, i, k);
    if (s) { *n = k; return s; }
  }
  return 0;
}

/* Sector of the noun phrase after a state's mention ending at token e. */
static int sector_after(const kg_dict *dict, const kg_doc *d, uint32_t e, uint32_t end)
{
  uint32_t j = e + 1, n;
  if (j < end && kg_tok_is_poss(&d->tokens[j])) j++;
  for (int skip = 0; skip <= 2 && j < end; skip++, j++) {
    int s = sector_at(dict, d, j, end, &n);
    if (s) {                    /* a title before a name: "Vietnamese President Vo" is
                                   the person, unless the name is a state's entry */
      int32_t nm = j + n < end ? kg_mention_at(d, j + n) : -1;
      return (nm >= 0 && !is_state(d, nm, 0)) ? 0 : s;
    }
    if (!plain_word(d, j, end) || kg_tok_is_cap(&d->tokens[j]) ||
        d->tokens[j].upos != KG_UPOS_ADJ) return 0;
  }
  return 0;
}

/* Sector of the noun phrase that ends just before "of/in/from (the)" and
 * the state's mention starting at token b. */
static int sector_before(const kg_dict *dict, const kg_doc *d, uint32_t b, uint32_t start)
{
  if (b < start + 2) return 0;
  uint32_t p = b - 1;
  if (kg_tok_is(d, p, "the") && p > start) p--;
  if (!(kg_tok_is(d, p, "of") || kg_tok_is(d, p, "in") || kg_tok_is(d, p, "from")))
    return 0;
  if (p == start) return 0;
  uint32_t q = p - 1;                  /* last word of the phrase */
  for (uint32_t k = MAXW; k >= 1; k--) {
    if (q + 1 < start + k) continue;
    uint32_t i = q + 1 - k, ok = 1;
    for (uint32_t x = i; x <= q && ok; x++) ok = plain_word(d, x, q + 1);
    if (!ok) continue;
    int s = phrase_sector(dict, d, i, k);
    if (!s) continue;
    /* "its troops from Lebanon", "French troops in Mali": the phrase
     * belongs to someone else already */
    if (i > start && (kg_mention_at(d, i - 1) >= 0 || kg_tok_is_poss(&d->tokens[i - 1]) ||
                      kg_tok_is(d, i - 1, "its") || kg_tok_is(d, i - 1, "their") ||
                      kg_tok_is(d, i - 1, "his") || kg_tok_is(d, i - 1, "her") ||
                      kg_tok_is(d, i - 1, "our")))
      return 0;
    return s;
  }
  return 0;
}

/* Sector of a capitalised title standing right before the mention starting
 * at token b: "Prime Minister Romendacil" when the dictionary knows the
 * name as a state's entry (a codebook's person coded as its state). */
static int title_before(const kg_dict *dict, const kg_doc *d, uint32_t b, uint32_t start)
{
  for (uint32_t k = MAXW; k >= 1; k--) {
    if (b < start + k) continue;
    uint32_t i = b - k, ok = 1;
    for (uint32_t x = i; x < b && ok; x++) ok = plain_word(d, x, b) && kg_tok_is_cap(&d->tokens[x]);
    if (!ok) continue;
    int s = phrase_sector(dict, d, i, k);
    if (s) return s;
  }
  return 0;
}

/* The mention of a state that ends at token e (a conjunct before "and"). */
static int32_t state_ending_at(const kg_doc *d, uint32_t e)
{
  int32_t m = kg_mention_at(d, e);
  if (m < 0 || d->mentions[m].tok + d->mentions[m].ntok - 1 != e || !is_state(d, m, 0)) return -1;
  return m;
}

static int32_t sector_actor(kg_doc *d, const kg_dict *dict, int32_t state, int sector)
{
  const kg_sector *sc = kg_dict_sector_at(dict, sector);
  if (!sc) return -1;
  char label[256], key[256];
  snprintf(label, sizeof label, "%s %s", d->actors[state].label, sc->label);
  if (kg_make_key(label, key, sizeof key) == 0) return -1;
  int32_t a = kg_doc_intern_actor(d, KG_ACT_ORG, label, key);
  if (a >= 0 && !d->actors[a].sector && d->actors[a].dict_entry < 0) {
    d->actors[a].sector = (uint8_t)sector;
    d->actors[a].sector_of = state;
  }
  return a;
}

static kg_status set_group(kg_doc *d, const kg_dict *dict, int32_t m, int sector)
{
  int32_t g = sector_actor(d, dict, d->mentions[m].actor, sector);
  if (g < 0) return KG_ERR_NOMEM;
  if (d->actors[g].sector) d->mentions[m].group = g;
  return KG_OK;
}

/* "opposition politicians in Colombo", "a court in Lima": a sector phrase
 * right before "in" and a city the dictionary places in a state is that
 * state's sector; the city's mention gains the group (its actor stays the
 * city: events take the group's state, kg_ev_agentive). */
static kg_status city_group(const kg_dict *dict, kg_doc *d, int32_t m)
{
  const kg_mention *mm = &d->mentions[m];
  const kg_sentence *s = &d->sents[mm->sent];
  if (mm->actor < 0 || d->actors[mm->actor].type != KG_ACT_PLACE || mm->kind != KG_MEN_NAME ||
      mm->tok < s->tok + 2 || !kg_tok_is(d, mm->tok - 1, "in"))
    return KG_OK;
  int32_t entry = -1;
  kg_dict_match dm;
  if (d->actors[mm->actor].dict_entry >= 0) {
    const kg_dict_actor *pe = kg_dict_actor_at(dict, d->actors[mm->actor].dict_entry);
    entry = pe ? pe->country : -1;
  } else if (kg_dict_match_actor(dict, d, mm->tok, &dm) && dm.form == KG_FORM_METONYM && dm.ntok == mm->ntok) {
    entry = dm.entry;                     /* a state's seat ("Lima", kgd:metonym) */
  }
  const kg_dict_actor *st = entry >= 0 ? kg_dict_actor_at(dict, entry) : NULL;
  /* (the clause's subject only: "detained students in Cairo" keeps its group unnamed, the city a venue) */
  int32_t n = -1;
  for (uint32_t k = mm->tok; k < mm->tok + mm->ntok && n < 0; k++)
    if (kg_tok_head(d, k) < (int32_t)mm->tok || kg_tok_head(d, k) >= (int32_t)(mm->tok + mm->ntok))
      n = kg_tok_head(d, k);              /* the noun the city's phrase hangs on */
  if (n != (int32_t)mm->tok - 2 || !d->tokens[n].deprel || strncmp(d->tokens[n].deprel, "nsubj", 5))
    return KG_OK;
  int sec = st && st->type == KG_ACT_COUNTRY ? sector_before(dict, d, mm->tok, s->tok) : 0;
  int32_t state = sec ? kg_actors_intern_entry(d, dict, entry) : -1;
  int32_t g = state >= 0 ? sector_actor(d, dict, state, sec) : -1;
  if (g >= 0 && d->actors[g].sector) d->mentions[m].group = g;
  return KG_OK;
}

/* "the government", "the provincial government", "the authorities": a
 * description of a state whose own words after the article are a sector
 * phrase of the government or the legislature names that sector of the
 * state it was resolved to (CAMEO's GOV: "urged the government" after
 * "Coffee growers in the Guatemalan highlands" is GTMGOV), not the state
 * as a whole.  Not "the country", "the nation" (no sector phrase). */
static kg_status description_group(const kg_dict *dict, kg_doc *d, int32_t m)
{
  const kg_mention *mm = &d->mentions[m];
  if (mm->actor < 0 || d->actors[mm->actor].type != KG_ACT_COUNTRY || mm->ntok < 2 || mm->ntok > MAXW + 1 ||
      !kg_tok_is(d, mm->tok, "the"))
    return KG_OK;
  for (uint32_t k = mm->tok + 1; k < mm->tok + mm->ntok; k++)
    if (!isalpha((unsigned char)d->tokens[k].form[0]) || kg_mention_at(d, k) != m)
      return KG_OK;
  int sec = phrase_sector(dict, d, mm->tok + 1, mm->ntok - 1);
  const kg_sector *sc = sec ? kg_dict_sector_at(dict, sec) : NULL;
  if (!sc || (strcmp(sc->code, "GOV") && strcmp(sc->code, "LEG")))
    return KG_OK;
  return set_group(d, dict, m, sec);
}

kg_status kg_sectors_run(const kg_dict *dict, kg_doc *d)
{
  if (!dict || !d) return KG_ERR_USAGE;
  if (!kg_dict_sector_at(dict, 1)) return KG_OK;
  size_t nm = d->nmentions;
  for (size_t m = 0; m < nm; m++) {
    if (d->mentions[m].group < 0 && !is_state(d, (int32_t)m, 1) && city_group(dict, d, (int32_t)m) != KG_OK)
      return KG_ERR_NOMEM;
    if (d->mentions[m].group < 0 && d->mentions[m].kind == KG_MEN_DESCRIPTION &&
        description_group(dict, d, (int32_t)m) != KG_OK)
      return KG_ERR_NOMEM;
    if (!is_state(d, (int32_t)m, 1) || d->mentions[m].group >= 0) continue;
    const kg_mention *mm = &d->mentions[m];
    const kg_sentence *s = &d->sents[mm->sent];
    uint32_t end = s->tok + s->ntok, last = mm->tok + mm->ntok - 1;
    int sec = mm->as_place ? 0 : sector_after(dict, d, last, end);
    if (sec) {
      if (set_group(d, dict, (int32_t)m, sec) != KG_OK) return KG_ERR_NOMEM;
      /* conjuncts before: "Hungarian and Romanian officials" */
      uint32_t b = mm->tok;
      while (b >= s->tok + 2 && (kg_tok_is(d, b - 1, "and") || kg_tok_is(d, b - 1, ",") ||
                                 kg_tok_is(d, b - 1, "or"))) {
        int32_t c = state_ending_at(d, b - 2);
        if (c < 0 || d->mentions[c].group >= 0) break;
        if (set_group(d, dict, c, sec) != KG_OK) return KG_ERR_NOMEM;
        b = d->mentions[c].tok;
      }
      continue;
    }
    sec = mm->as_place ? 0 : title_before(dict, d, mm->tok, s->tok);
    if (sec) {
      if (set_group(d, dict, (int32_t)m, sec) != KG_OK) return KG_ERR_NOMEM;
      continue;
    }
    sec = sector_before(dict, d, mm->tok, s->tok);
    if (!sec) continue;
    if (set_group(d, dict, (int32_t)m, sec) != KG_OK) return KG_ERR_NOMEM;
    /* conjuncts after: "lawmakers in France and Germany" */
    uint32_t e = last;
    while (e + 2 < end && (kg_tok_is(d, e + 1, "and") || kg_tok_is(d, e + 1, ",") ||
                           kg_tok_is(d, e + 1, "or"))) {
      int32_t c = kg_mention_at(d, e + 2);
      if (c < 0 || d->mentions[c].tok != e + 2 || !is_state(d, c, 1) || d->mentions[c].group >= 0)
        break;
      if (set_group(d, dict, c, sec) != KG_OK) return KG_ERR_NOMEM;
      e = d->mentions[c].tok + d->mentions[c].ntok - 1;
    }
  }
  return KG_OK;
}

/* The dictionary code of an actor on the document's date (dated codes:
 * "Sam Gamgee" is HOBCIV before 2008, HOBMIL after). */
static const char *dict_code(const kg_dict *dict, const kg_doc *d, const kg_actor *a)
{
  if (a->dict_entry < 0) return NULL;
  return kg_dict_actor_code_on(dict, a->dict_entry, d->date);
}

size_t kg_actor_code(const kg_dict *dict, const kg_doc *d, int32_t actor, int32_t group,
                     char *buf, size_t cap)
{
  if (!buf || cap == 0) return 0;
  buf[0] = '\0';
  if (!dict || !d || actor < 0 || (size_t)actor >= d->nactors) return 0;
  const kg_actor *a = &d->actors[actor];
  const char *base = NULL, *agent = NULL;
  if (group >= 0 && (size_t)group < d->nactors && d->actors[group].sector) {
    const kg_sector *sc = kg_dict_sector_at(dict, d->actors[group].sector);
    base = dict_code(dict, d, &d->actors[d->actors[group].sector_of]);
    agent = sc ? sc->code : NULL;
  } else if (a->sector) {
    const kg_sector *sc = kg_dict_sector_at(dict, a->sector);
    base = dict_code(dict, d, &d->actors[a->sector_of]);
    agent = sc ? sc->code : NULL;
  } else if (a->type == KG_ACT_PERSON) {
    int32_t st = -1;
    for (size_t r = 0; r < d->nrels && st < 0; r++)
      if (d->rels[r].subj == actor && (d->rels[r].kind == KG_REL_LEADER ||
                                       d->rels[r].kind == KG_REL_OFFICIAL) &&
          d->rels[r].obj >= 0 && d->actors[d->rels[r].obj].type == KG_ACT_COUNTRY)
        st = d->rels[r].obj;
    if (st >= 0) {
      base = dict_code(dict, d, &d->actors[st]);
      agent = "GOV";
    } else if (a->dict_entry >= 0) {
      const kg_dict_actor *da = kg_dict_actor_at(dict, a->dict_entry);
      if (da && da->iso3) base = dict_code(dict, d, a);
      else if (da && da->country >= 0) {
        const kg_dict_actor *c = kg_dict_actor_at(dict, da->country);
        if (c && c->iso3) { base = c->iso3; agent = "GOV"; }
      }
    }
  } else {
    base = dict_code(dict, d, a);
  }
  if (!base) return 0;
  if (agent && strlen(base) > 3 && strstr(base + 3, agent))
    agent = NULL;               /* already in the code: "USAGOV" officials stay USAGOV */
  int n = snprintf(buf, cap, "%s%s", base, agent ? agent : "");
  return n < 0 ? 0 : ((size_t)n < cap ? (size_t)n : cap - 1);
}
