/* evgroups.c — event arguments that are groups rather than named actors:
 * an unnamed group of a sector ("a senior official said", "arrested
 * students", "hundreds of students marched", a people's plural the tagger
 * calls a name, "Chechens protested"; the group that owns the object,
 * "attacked a convoy of aid workers"), the sector noun before a name the
 * dictionary does not know
 * ("the official news agency WFNA"), a state's possessive before a title
 * ("Ithilen's minister Calimehtar"), several sectors of one state under a
 * codebook ("Lawmakers and officials in Fornost"), and the subject of a
 * threat's condition ("... if the United States goes ahead"), the state or
 * body a group or a body's voice comes from ("protesters from X", "a
 * spokesman for the Kremlin": kg_ev_group_origin) and a mention's head word
 * (kg_ev_span_root); the named members of a plural group noun ("several
 * states, among them X and Y": kg_ev_members_named); the persons a coercion
 * or violent act is done to ("arrested eleven men": kg_ev_person_object);
 * the agents of a reciprocal object as the targets ("blamed each other":
 * kg_ev_reciprocal_targets); whether a sentence names a state's military
 * by a sector noun ("Israeli jets", "Pakistani aircraft": kg_ev_military_named,
 * violence enough for a strike).
 * Owns: these helpers, called by events.c (declared in evargs.h).
 * Does not own: emitting events (events.c), sectors of mentions
 * (sectors.c), the other argument rules (evargs.c). */
#include <ctype.h>
#include <string.h>
#include "evargs.h"
#include "evclause.h"
#include "actors.h"

/* ------------------------------------------------------------ origins */

/* An agentive mention under an nmod with in/of/from/throughout/across of
 * the noun at j (or with for/at of a body's voice: "a spokesman for"), or
 * among that nominal's name and demonym modifiers; depth levels of nmod at
 * most. */
int32_t kg_ev_group_origin(const ev_ctx *c, uint32_t j, int depth)
{
  static const char *const mods[] = { "nmod:poss", "compound", "amod", NULL };
  static const char *const cases[] = { "in", "of", "from", "throughout", "across", NULL };
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[j].sent];
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
    const kg_token *t = &d->tokens[k];
    if (kg_tok_head(d, k) != (int32_t)j || !t->deprel || strcmp(t->deprel, "nmod") != 0)
      continue;
    char b[16] = { 0 };
    int32_t cs = kg_ev_child_with(d, k, "case", 0);
    if (cs >= 0)
      kg_ev_low(d, (uint32_t)cs, b, sizeof b);
    /* ("a spokesman for the Kremlin", "an official at the ministry": a
     * body's voice speaks for it; not "protesters at the embassy") */
    static const char *const voices[] = { "spokesman", "spokeswoman", "spokesperson", "official", "diplomat",
      "representative", "envoy", "adviser", "advisor", "aide", "negotiator", NULL };
    if (!kg_ev_in_list(b, cases) &&
        !((!strcmp(b, "for") || !strcmp(b, "at")) && kg_ev_lemma_in(d, j, voices)))
      continue;
    int32_t m = kg_mention_at(d, k);
    for (int r = 0; m < 0 && mods[r]; r++) {
      int32_t k2 = kg_ev_child_with(d, k, mods[r], 0);
      if (k2 >= 0)
        m = kg_mention_at(d, (uint32_t)k2);
      /* (one level down a compound: "the Belarusian border guard service") */
      if (m < 0 && k2 >= 0 && !strcmp(mods[r], "compound")) {
        int32_t k3 = kg_ev_child_with(d, (uint32_t)k2, "amod", 0);
        if (k3 >= 0)
          m = kg_mention_at(d, (uint32_t)k3);
      }
    }
    if (m >= 0 && kg_ev_agentive(d, m))
      return m;
    if (m < 0 && depth > 1 && d->tokens[k].upos == KG_UPOS_NOUN) {
      m = kg_ev_group_origin(c, k, depth - 1);
      if (m >= 0)
        return m;
    }
  }
  return -1;
}

/* The token of mention mm's span whose head lies outside the span (its
 * first token when the span has no tree or no such token). */
uint32_t kg_ev_span_root(const kg_doc *d, const kg_mention *mm)
{
  uint32_t k = kg_span_root(d, mm->tok, mm->ntok);
  return k != UINT32_MAX ? k : mm->tok;
}

/* "Several member states, among them X and Y, condemned ...", "groups
 * including the Z union": the nmod of a plural group noun at j (no actor
 * itself) that names its members after "including", "among" or "such as",
 * or -1. */
int32_t kg_ev_members_named(const ev_ctx *c, uint32_t j)
{
  static const char *const groups[] = { "country", "state", "nation", "government", "member", "ally", "party",
    "group", "campaigner", "organisation", "organization", "union", "neighbour", "neighbor", "power", "leader",
    "official", "minister", "critic", "opponent", "lawmaker", "politician", "activist", "body", "bloc", NULL };
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[j].sent];
  if (d->tokens[j].upos != KG_UPOS_NOUN || !d->tokens[j].xpos || strcmp(d->tokens[j].xpos, "NNS") ||
      !kg_ev_lemma_in(d, j, groups))
    return -1;
  for (uint32_t k = j + 1; k < s->tok + s->ntok; k++) {
    char b[16] = { 0 };
    if (kg_tok_head(d, k) != (int32_t)j || !d->tokens[k].deprel || strcmp(d->tokens[k].deprel, "nmod"))
      continue;
    int32_t cs = kg_ev_child_with(d, k, "case", 0);
    if (cs >= 0)
      kg_ev_low(d, (uint32_t)cs, b, sizeof b);
    if (!strcmp(b, "including") || !strcmp(b, "among") || !strcmp(b, "such"))
      return (int32_t)k;
  }
  return -1;
}

/* ------------------------------------------------------------ sector nouns */

/* Sector number of the noun at token h ("official", "students", "security
 * forces" with the word before it), 0 when none. */
static uint32_t s0(const kg_doc *d, uint32_t h)
{
  return d->sents[d->tokens[h].sent].tok;
}

int kg_ev_noun_sector(const ev_ctx *c, uint32_t h)
{
  const kg_doc *d = c->doc;
  char w[CLEN], ph[2 * CLEN + 2];
  int sec = 0;
  if (h > d->sents[d->tokens[h].sent].tok && kg_tok_head(d, h - 1) == (int32_t)h &&
      kg_mention_at(d, h - 1) < 0) {
    kg_ev_low(d, h - 1, ph, CLEN);
    size_t l = strlen(ph);
    ph[l] = ' ';
    kg_ev_low(d, h, ph + l + 1, CLEN);
    sec = kg_dict_sector_noun(c->dict, ph);
  }
  if (!sec) {
    kg_ev_low(d, h, w, sizeof w);
    sec = kg_dict_sector_noun(c->dict, w);
  }
  if (!sec && d->tokens[h].lemma) {
    size_t k = 0;
    for (const char *l = d->tokens[h].lemma; *l && k + 1 < sizeof w; l++)
      w[k++] = (char)tolower((unsigned char)*l);
    w[k] = '\0';
    sec = kg_dict_sector_noun(c->dict, w);
  }
  /* "Kurdish leaders", "Tamil leaders": a people's leaders, named by its
   * adjective (a MISC name) that names no actor (a state's demonym does: "Iraqi
   * leaders"), are its community's leaders, as "tribal leaders" are */
  if (!sec && h > s0(d, h) && kg_tok_head(d, h - 1) == (int32_t)h && kg_mention_at(d, h - 1) < 0 &&
      d->tokens[h - 1].upos == KG_UPOS_ADJ && d->tokens[h - 1].ner_type == KG_NE_MISC &&
      (kg_tok_is(d, h, "leaders") || kg_tok_is(d, h, "chiefs"))) {
    static const char *const region[] = { "african", "european", "asian", "american", "western", "eastern",
      "latin", "nordic", "baltic", "balkan", "caribbean", "pacific", "gulf", "g7", "g20", NULL };
    kg_ev_low(d, h - 1, w, sizeof w);   /* (a continent's or region's leaders: no people) */
    if (!kg_ev_in_list(w, region))
      sec = kg_dict_sector_noun(c->dict, "community leaders");
  }
  /* "opposition to the plan", "opposition from MPs": resistance, no group */
  const kg_sentence *s = &d->sents[d->tokens[h].sent];
  for (uint32_t k = h + 1; sec && kg_tok_is(d, h, "opposition") && k < s->tok + s->ntok; k++) {
    int32_t cs = kg_tok_head(d, k) == (int32_t)h ? kg_ev_child_with(d, k, "case", 0) : -1;
    if (cs >= 0 && (kg_tok_is(d, (uint32_t)cs, "to") || kg_tok_is(d, (uint32_t)cs, "from") ||
                    kg_tok_is(d, (uint32_t)cs, "against")))
      sec = 0;
  }
  return sec;
}

/* Is token j a common noun, or a title (of a sector, or a one-word title of
 * the dictionary) the tagger took for a name by its capital, no mention on
 * it ("The President of Ghana visited", "The Emir of Qatar")? */
int kg_ev_common_or_title(const ev_ctx *c, uint32_t j)
{
  const kg_doc *d = c->doc;
  const kg_title *ti;
  return d->tokens[j].upos == KG_UPOS_NOUN ||
         (d->tokens[j].upos == KG_UPOS_PROPN && kg_mention_at(d, j) < 0 &&
          (kg_ev_noun_sector(c, j) != 0 || kg_dict_match_title(c->dict, d, j, &ti) == 1));
}

/* The unnamed group of a sector that is the agent (want_agent) or the
 * target of verb trigger i on the tree ("a senior official said",
 * "arrested students"): the subject or object noun, which names no actor
 * and has no name among its own dependents; -1 when none, *sec its sector. */
/* Is token k a phrase of place ("in east Bosnia"): its case is in / near /
 * at, or "of" before a place that is no state ("inhabitants of the Golan
 * Heights")? */
static int locative(const kg_doc *d, const kg_sentence *s, uint32_t k)
{
  for (uint32_t q = s->tok; q < k; q++)
    if (kg_tok_head(d, q) == (int32_t)k && d->tokens[q].deprel &&
        !strcmp(d->tokens[q].deprel, "case")) {
      int32_t m = kg_mention_at(d, k);
      if (kg_tok_is(d, q, "of"))
        return m >= 0 && kg_ev_atype(d, m) == KG_ACT_PLACE;
      return kg_tok_is(d, q, "in") || kg_tok_is(d, q, "near") || kg_tok_is(d, q, "at") || kg_tok_is(d, q, "around");
    }
  return 0;
}

/* Is token j a people's plural the tagger calls a proper noun ("Muslims",
 * "Serbs", "Shiites"): capitalised, ending in "s", in no name (no capitalised
 * word on either side but a sentence's first)?  The caller still asks the
 * sector lexicon for it (plural forms only). */
static int people_noun(const kg_doc *d, uint32_t j)
{
  const kg_token *t = &d->tokens[j];
  size_t l = t->form ? strlen(t->form) : 0;
  if (t->upos != KG_UPOS_PROPN || l < 4 || t->form[l - 1] != 's' || !kg_tok_is_cap(t))
    return 0;
  const kg_sentence *s = &d->sents[t->sent];
  if (j + 1 < s->tok + s->ntok && kg_tok_is_cap(&d->tokens[j + 1]))
    return 0;
  return j == s->tok || !kg_tok_is_cap(&d->tokens[j - 1]) || d->tokens[j - 1].upos != KG_UPOS_PROPN;
}

/* A quantifier standing for a part of a group, "Some (of the victims)",
 * "Many", "Most", "Several", "Few", "All", "None": of_group then finds
 * the group in its "of" phrase. */
static int quantifier(const kg_doc *d, uint32_t j)
{
  static const char *const q[] = { "some", "many", "most", "several", "few", "all", "none", "both", NULL };
  kg_upos u = d->tokens[j].upos;
  if (u != KG_UPOS_DET && u != KG_UPOS_PRON && u != KG_UPOS_NUM && u != KG_UPOS_ADJ)
    return 0;
  for (size_t k = 0; q[k]; k++)
    if (kg_tok_is(d, j, q[k]))
      return 1;
  return 0;
}

/* Is token k a common noun, or a quantifier of an "of" phrase on a common
 * noun naming no actor ("Some of the victims", "Many of the protesters")?
 * (events.c: an unnamed subject) */
int kg_ev_common_noun_or_part(const kg_doc *d, uint32_t k)
{
  if (d->tokens[k].upos == KG_UPOS_NOUN)
    return 1;
  if (!quantifier(d, k))
    return 0;
  const kg_sentence *s = &d->sents[d->tokens[k].sent];
  for (uint32_t j = k + 1; j < s->tok + s->ntok && j <= k + 6; j++)
    if (kg_tok_head(d, j) == (int32_t)k && d->tokens[j].deprel && !strcmp(d->tokens[j].deprel, "nmod") &&
        d->tokens[j].upos == KG_UPOS_NOUN && kg_mention_at(d, j) < 0 && kg_tok_is(d, k + 1, "of"))
      return 1;
  return 0;
}

/* Is noun j an unnamed group: no mention on it or among its dependents
 * (with loc_ok, a place it is in aside: "a truce with forces in east
 * Bosnia"; loc_ok 2, a place that is no state: "met opposition leaders in
 * Caracas", where a state is the argument rules' target)? */
/* Is token k a place's name, no state's, modifying a group noun as a
 * compound ("Chenchen refugees", "Gaza residents": the group of the place,
 * unnamed as an actor)? */
static int place_word(const kg_doc *d, uint32_t k)
{
  const char *r = d->tokens[k].deprel;
  int32_t m = kg_mention_at(d, k);
  return r && !strcmp(r, "compound") && m >= 0 && d->mentions[m].kind == KG_MEN_NAME &&
         kg_ev_atype(d, m) == KG_ACT_PLACE;
}

static int unnamed_noun(const kg_doc *d, const kg_sentence *s, uint32_t j, int loc_ok)
{
  /* (a common noun tagged a name for its capital, opening the sentence: "Police detained ...") */
  int nn = d->tokens[j].upos == KG_UPOS_PROPN && d->tokens[j].xpos && d->tokens[j].xpos[0] == 'N' &&
           d->tokens[j].xpos[1] == 'N' && (!d->tokens[j].xpos[2] || d->tokens[j].xpos[2] == 'S');
  /* (or a name's tag on it: "Militiamen killed ...", one word before the verb) */
  nn |= j == s->tok && d->tokens[j].upos == KG_UPOS_PROPN && j + 1 < s->tok + s->ntok &&
        d->tokens[j + 1].upos == KG_UPOS_VERB;
  if (kg_mention_at(d, j) >= 0 || (d->tokens[j].upos != KG_UPOS_NOUN && d->tokens[j].upos != KG_UPOS_ADJ &&
                                   !nn && !people_noun(d, j) && !quantifier(d, j)))
    return 0;
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++)
    if (kg_tok_head(d, k) == (int32_t)j && kg_mention_at(d, k) >= 0 &&
        !(loc_ok && locative(d, s, k) && (loc_ok == 1 || kg_ev_atype(d, kg_mention_at(d, k)) != KG_ACT_COUNTRY)) &&
        !(loc_ok == 1 && place_word(d, k)))
      return 0;                           /* a named group is the argument rules' */
  return 1;
}

/* A group named through a noun of number or collection before it: "a
 * group of protesters", "hundreds of students", "dozens of soldiers" -- the
 * unnamed noun of a sector that is the "of" phrase of noun j (j itself of
 * no sector); -1 when none, *sec its sector.  Through a group head of no
 * sector in between, two levels at most (kgd:groupHeadNoun: "Thousands of
 * supporters of the opposition", "a delegation of members of the union"). */
static int32_t of_group_n(const ev_ctx *c, const kg_sentence *s, uint32_t j, int *sec, int depth)
{
  const kg_doc *d = c->doc;
  for (uint32_t k = j + 1; k < s->tok + s->ntok && k <= j + 6; k++) {
    if (kg_tok_head(d, k) != (int32_t)j || !d->tokens[k].deprel || strcmp(d->tokens[k].deprel, "nmod"))
      continue;
    int of = 0;
    for (uint32_t q = j + 1; q < k && !of; q++)
      of = kg_tok_head(d, q) == (int32_t)k && kg_tok_is(d, q, "of");
    if (!of || !unnamed_noun(d, s, k, 1))
      return -1;
    if ((*sec = kg_ev_noun_sector(c, k)) != 0)
      return (int32_t)k;
    if (depth > 1 && (kg_ev_lemma_lex(c, k) & KG_LEX_GROUP_HEAD))
      return of_group_n(c, s, k, sec, depth - 1);
    return -1;
  }
  return -1;
}

static int32_t of_group(const ev_ctx *c, const kg_sentence *s, uint32_t j, int *sec)
{
  return of_group_n(c, s, j, sec, 2);
}

/* The unnamed group whose thing the target noun j (of no sector) is, told
 * before it: its possessor ("rejected the rebels' demand", "the
 * government's offer") or a sector word modifying it ("bombarded rebel
 * positions", "raided militant hideouts", "attacked a police station"),
 * as a named owner is the target ("Iran's offer", "Hamas targets"); -1
 * when none, *sec its sector. */
static int32_t owner_group(const ev_ctx *c, const kg_sentence *s, uint32_t j, int *sec)
{
  const kg_doc *d = c->doc;
  for (uint32_t k = j; k-- > s->tok && j - k <= 4;) {
    const char *r = d->tokens[k].deprel;
    if (kg_tok_head(d, k) != (int32_t)j || !r)
      continue;
    if (strcmp(r, "nmod:poss") && strcmp(r, "compound") && strcmp(r, "amod"))
      return -1;
    if (d->tokens[k].upos == KG_UPOS_ADJ)  /* (a kind, no owner: "the military action") */
      continue;
    if (unnamed_noun(d, s, k, 0) && (*sec = kg_ev_noun_sector(c, k)) != 0)
      return (int32_t)k;
  }
  *sec = 0;
  return -1;
}

/* Is verb v an infinitive with "to" ("to disperse")? */
static int purpose_to(const kg_doc *d, const kg_sentence *s, uint32_t v)
{
  for (uint32_t k = s->tok; k < v; k++)
    if (kg_tok_head(d, k) == (int32_t)v && d->tokens[k].deprel &&
        !strcmp(d->tokens[k].deprel, "mark") && kg_tok_is(d, k, "to"))
      return 1;
  return 0;
}

/* Is the case marker of token j one of to / with / against, or of a deed
 * aimed at someone: on / upon / at ("opened fire on protesters", "fired
 * tear gas at demonstrators", "air strikes on militants"), as for a named
 * target (evargs.c)? */
static int dyadic_case(const kg_doc *d, const kg_sentence *s, uint32_t j)
{
  static const char *const cases[] = { "to", "with", "against", "on", "upon", "at", NULL };
  char b[16];
  for (uint32_t k = s->tok; k < j; k++)
    if (kg_tok_head(d, k) == (int32_t)j && d->tokens[k].deprel &&
        !strcmp(d->tokens[k].deprel, "case"))
      return kg_ev_in_list(kg_ev_lowp(d, k, b, sizeof b), cases);
  return 0;
}

/* Is the preposition of token j one of nearness ("outside", "near",
 * "beside", "next to" read as "next")? */
static int beside_case(const kg_doc *d, const kg_sentence *s, uint32_t j)
{
  static const char *const cases[] = { "outside", "near", "beside", "by", "next", "inside", NULL };
  char b[16];
  for (uint32_t k = s->tok; k < j; k++)
    if (kg_tok_head(d, k) == (int32_t)j && d->tokens[k].deprel && !strcmp(d->tokens[k].deprel, "case"))
      return kg_ev_in_list(kg_ev_lowp(d, k, b, sizeof b), cases);
  return 0;
}

/* The unnamed group that does the act the object noun obj names or holds,
 * told with "by" within two levels of its phrase: "condemned attacks by
 * rebel forces", "launched an investigation into killings committed by
 * militants" -- what the deed is about is theirs, as a named doer there is
 * (evsubtree.c); -1 when none, *sec its sector. */
/* Does every token strictly between obj and k belong to obj's phrase (obj
 * an ancestor within four steps)? */
static int right_after_phrase(const kg_doc *d, uint32_t obj, uint32_t k)
{
  for (uint32_t q = obj + 1; q < k; q++) {
    int32_t x = kg_tok_head(d, q);
    for (int n = 0; n < 4 && x >= 0 && x != (int32_t)obj; n++)
      x = kg_tok_head(d, (uint32_t)x);
    if (x != (int32_t)obj)
      return 0;
  }
  return 1;
}

/* (also, with active, a "by" phrase the parser hung on the active verb right after its
 * object: "rejected demands by student leaders", "turned down an offer by
 * the rebels" -- an active verb has no "by" agent; with from_ok a "from"
 * phrase there too, the sender of what a demand, disapproval or rejection
 * is about: "rejected a proposal from the federal government") */
static int32_t object_doer(const ev_ctx *c, const kg_sentence *s, uint32_t obj, int active, int from_ok,
                           int *sec)
{
  const kg_doc *d = c->doc;
  int32_t v = kg_tok_head(d, obj);
  for (uint32_t j = obj + 1; j < s->tok + s->ntok; j++) {
    const char *r = d->tokens[j].deprel;
    if (active && r && !strcmp(r, "obl") && v >= 0 && kg_tok_head(d, j) == v) {
      int32_t cs = kg_ev_child_with(d, j, "case", 0);
      if (cs > (int32_t)obj && (kg_tok_is(d, (uint32_t)cs, "by") || (from_ok && kg_tok_is(d, (uint32_t)cs, "from"))) &&
          right_after_phrase(d, obj, (uint32_t)cs) && unnamed_noun(d, s, j, 1)) {
        if ((*sec = kg_ev_noun_sector(c, j)) != 0)
          return (int32_t)j;
        int32_t og = of_group(c, s, j, sec);   /* ("by a group of students", "by student leaders") */
        if (og < 0)
          og = owner_group(c, s, j, sec);
        if (og >= 0)
          return og;
      }
      continue;
    }
    if (!r || (strcmp(r, "obl:agent") && strcmp(r, "nmod")))
      continue;
    int by = 0;
    for (uint32_t q = obj + 1; q < j && !by; q++)
      by = kg_tok_head(d, q) == (int32_t)j &&
           (kg_tok_is(d, q, "by") || (from_ok && kg_tok_head(d, j) == (int32_t)obj && kg_tok_is(d, q, "from")));
    int32_t x = kg_tok_head(d, j);
    for (int n = 0; n < 2 && x >= 0 && x != (int32_t)obj; n++) {
      const char *xr = d->tokens[x].deprel;
      x = xr && (!strcmp(xr, "nmod") || !strcmp(xr, "acl")) ? kg_tok_head(d, (uint32_t)x) : -1;
    }
    if (by && x == (int32_t)obj && unnamed_noun(d, s, j, 1) && (*sec = kg_ev_noun_sector(c, j)) != 0)
      return (int32_t)j;
  }
  return -1;
}

/* The group subject of the verb that subjectless clause i hangs on: i an
 * xcomp of a verb ("wanted to go on strike"), an adverbial clause with no
 * marker but "to" (a participle, "gathered, demanding ...", or a purpose,
 * "marched to demand ..."; not "in convicting", "after meeting"), or a
 * clause on a message noun the verb has as object ("published a
 * declaration demanding"); -1 when none (kg_ev_unnamed_group climbs on
 * from that verb). */
static int32_t governing_group(const ev_ctx *c, uint32_t i, int *sec)
{
  const kg_doc *d = c->doc;
  const char *r = d->tokens[i].deprel;
  int32_t h = kg_tok_head(d, i);
  if (!r || h < 0 || (d->tokens[i].upos != KG_UPOS_VERB && d->tokens[i].upos != KG_UPOS_ADJ))
    return -1;
  if (!strcmp(r, "acl") && d->tokens[h].upos == KG_UPOS_NOUN && d->tokens[h].deprel &&
      !strcmp(d->tokens[h].deprel, "obj") && (kg_ev_lemma_lex(c, (uint32_t)h) & KG_LEX_MESSAGE))
    h = kg_tok_head(d, (uint32_t)h);
  else if (strcmp(r, "xcomp") && strncmp(r, "advcl", 5))
    return -1;
  /* (not "have" or "be": "had a duty to investigate" is no purpose) */
  if (h < 0 || d->tokens[h].upos != KG_UPOS_VERB || !d->tokens[h].lemma ||
      !strcmp(d->tokens[h].lemma, "have") || !strcmp(d->tokens[h].lemma, "be"))
    return -1;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
    const char *rk = kg_tok_head(d, k) == (int32_t)i ? d->tokens[k].deprel : NULL;
    if (rk && (!strncmp(rk, "nsubj", 5) ||       /* a subject of its own: not shared */
               (!strcmp(rk, "mark") && !kg_tok_is(d, k, "to"))))
      return -1;
  }
  return kg_ev_unnamed_group(c, (uint32_t)h, 1, 0, sec);
}

/* Is token j what verb i is done to, told after the secondary predicate
 * "dead" ("shot dead the mayor", "shot dead three men"), which the parser
 * makes an oblique with no preposition of the verb (obl:unmarked, the
 * adjective on the verb or on the noun) or a subject or object of the
 * adjective? */
static int predicate_object(const kg_doc *d, uint32_t i, uint32_t j)
{
  int32_t h = kg_tok_head(d, j);
  const char *r = d->tokens[j].deprel;
  int32_t a = j > i + 1 ? kg_tok_head(d, i + 1) : -1;
  if (!r || h < 0 || !kg_tok_is(d, i + 1, "dead") || d->tokens[i + 1].upos != KG_UPOS_ADJ ||
      (a != (int32_t)i && a != (int32_t)j))
    return 0;
  return (h == (int32_t)i && !strcmp(r, "obl:unmarked")) ||
         (h == (int32_t)i + 1 && (!strcmp(r, "nsubj") || !strcmp(r, "obj") || !strcmp(r, "obl:unmarked")));
}

/* Is verb i a bombing (its trigger's code 183)? */
static int bombing(const ev_ctx *c, uint32_t i)
{
  int bp;
  int32_t bo;
  const kg_trigger *bt = c->doc->tokens[i].upos == KG_UPOS_VERB ? kg_ev_match_trigger(c, i, &bp, &bo) : NULL;
  return bt && bt->code && !strncmp(bt->code, "183", 3);
}

/* (own_loc: a place of the agent's own state the target group is in is
 * only where it is, kg_ev_unnamed_group_own_place) */
static int32_t unnamed_group(const ev_ctx *c, uint32_t i, int want_agent, int passive, int *sec, int own_loc)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  *sec = 0;
  int32_t obj = -1, own = -1;
  int own_sec = 0;
  int dead_after = !want_agent && i + 1 < s->tok + s->ntok && kg_tok_is(d, i + 1, "dead");
  for (uint32_t j = s->tok; j < s->tok + s->ntok; j++) {
    const char *r = d->tokens[j].deprel;
    int dead = dead_after && predicate_object(d, i, j);
    if (!r || (kg_tok_head(d, j) != (int32_t)i && !dead))
      continue;
    /* (an nsubj:pass with no passive in sight is a parse error: the subject) */
    int agent_rel = passive ? !strcmp(r, "obl:agent") : !strcmp(r, "nsubj") || !strcmp(r, "nsubj:pass");
    int target_rel = !strcmp(r, "obj") || !strcmp(r, "iobj") || (passive && !strcmp(r, "nsubj:pass")) || dead;
    if (dead)
      r = "obj";
    if (!(want_agent ? agent_rel : target_rel))
      continue;
    /* ("a suicide bomber blew himself up at a checkpoint": no one's object) */
    if (!want_agent && (kg_tok_is(d, j, "himself") || kg_tok_is(d, j, "herself") || kg_tok_is(d, j, "themselves")))
      continue;
    /* a subject group with the place it is in ("protesters in Lima"): the
     * place is no actor of the deed (a state there is, "farmers in Chile",
     * and was taken by the argument rules before this is asked) */
    if (!unnamed_noun(d, s, j, want_agent || own_loc ? 1 : 2))
      return -1;
    *sec = kg_ev_noun_sector(c, j);
    /* "a group of protesters" did it; "bombed camps of rebels", "attacked a
     * convoy of aid workers": the group owns what the deed is done to */
    int32_t og = !*sec && (want_agent || r[0] != 'n' || passive) ? of_group(c, s, j, sec) : -1;
    if (og >= 0)
      return og;
    /* (a group a phrase of the deed names comes first; an agent that is
     * a group head acts for its possessor or modifier: "the rebels' leaders") */
    if (!*sec && (!want_agent || (kg_ev_lemma_lex(c, j) & KG_LEX_GROUP_HEAD)))
      own = owner_group(c, s, j, &own_sec);
    if (*sec)
      return (int32_t)j;
    if (want_agent || r[0] != 'o') {
      *sec = own_sec;
      return own;
    }
    obj = (int32_t)j;                     /* an object that is no group: "a truce" */
    break;
  }
  /* a clause with no subject of its own is done by the group that does
   * the clause it hangs on, as a named subject is found across control
   * verbs (evargs.c): "protesters gathered, demanding the release of ...",
   * "students marched to demand ...", "workers walked out and blocked ...",
   * "activists published a declaration demanding ..." (a clause on the
   * verb's object) */
  int32_t g = want_agent && !passive ? governing_group(c, i, sec) : -1;
  if (g >= 0)
    return g;
  /* "..., a senior official said": a finite verb parsed as a clause on a
   * noun (acl) has that noun as its subject; not a noun that is another
   * verb's object or a phrase's ("to meet the families of the villagers
   * killed in an air strike": a participle the tagger read as past) */
  int32_t hn = kg_tok_head(d, i);
  const char *hnr = hn >= 0 ? d->tokens[hn].deprel : NULL;
  if (want_agent && !passive && hn >= 0 && kg_ev_finite_acl(d, i) && unnamed_noun(d, s, (uint32_t)hn, 0) &&
      !(hnr && (!strcmp(hnr, "obj") || !strcmp(hnr, "iobj") || !strncmp(hnr, "nmod", 4) || !strncmp(hnr, "obl", 3))) &&
      (*sec = kg_ev_noun_sector(c, (uint32_t)hn)) != 0)
    return hn;
  /* "protesters waved placards" with the verb tagged as an adjective of
   * its object: the plural noun right before it, the sentence's root, is
   * its subject */
  if (want_agent && !passive && i > s->tok && d->tokens[i].upos == KG_UPOS_ADJ &&
      d->tokens[i].deprel && !strcmp(d->tokens[i].deprel, "amod") &&
      d->tokens[i - 1].upos == KG_UPOS_NOUN && d->tokens[i - 1].deprel &&
      !strcmp(d->tokens[i - 1].deprel, "root") && unnamed_noun(d, s, i - 1, 0) &&
      (*sec = kg_ev_noun_sector(c, i - 1)) != 0)
    return (int32_t)(i - 1);
  if (want_agent)
    return -1;
  /* the group that owns the object is whom the deed is done to before any
   * group its phrases or a clause on it name: "defended the army's decision
   * to close two radio stations", "criticised the police's use of force
   * against the strikers" (the army, the police, as a named owner is) */
  if (own >= 0) {
    *sec = own_sec;
    return own;
  }
  /* a bomb's blast is aimed at the group whose place it goes off beside
   * ("exploded beside a police patrol", "blew himself up outside a police
   * station": CAMEO 183) */
  int bomb = -1;                          /* (is verb i a bombing: asked only when a "beside" phrase is met) */
  /* the group a deed is done to, with or against: "aid to refugees", "a
   * truce with rebel forces" (a phrase of the verb or of its object) */
  for (uint32_t j = s->tok; j < s->tok + s->ntok; j++) {
    const char *r = d->tokens[j].deprel;
    int32_t h = kg_tok_head(d, j);
    if (!r || h < 0)
      continue;
    /* a phrase of the object, or of a noun phrase inside it ("tons of aid
     * to refugees"), up to two levels down */
    int under_obj = 0;
    for (int32_t x = h, n = 0; obj >= 0 && x >= 0 && n < 3 && !under_obj; n++) {
      under_obj = x == obj;
      if (x != obj && (!d->tokens[x].deprel || strncmp(d->tokens[x].deprel, "nmod", 4)))
        break;
      x = kg_tok_head(d, (uint32_t)x);
    }
    int noun = d->tokens[i].upos == KG_UPOS_NOUN;   /* (a noun act's own phrase: "attacks on protesters") */
    if (!((h == (int32_t)i && (!strncmp(r, "obl", 3) || (noun && !strncmp(r, "nmod", 4)))) ||
          (under_obj && (!strncmp(r, "nmod", 4) || !strncmp(r, "obl", 3)))))   /* ("an offensive against") */
      continue;
    if (!(dyadic_case(d, s, j) ||
          (h == (int32_t)i && beside_case(d, s, j) && (bomb < 0 ? (bomb = bombing(c, i)) : bomb))) ||
        !unnamed_noun(d, s, j, 1))
      continue;
    if ((*sec = kg_ev_noun_sector(c, j)) != 0)
      return (int32_t)j;
    /* "fired on a crowd of demonstrators" (not "on behalf of customers") */
    int32_t og = kg_tok_is(d, j, "behalf") ? -1 : of_group(c, s, j, sec);
    /* "set fire to a police station", "fired on rebel positions": the
     * group whose place or thing the verb's phrase names, as for its
     * object (owner_group) */
    if (og < 0 && h == (int32_t)i)
      og = owner_group(c, s, j, sec);
    if (og >= 0)
      return og;
  }
  /* the group told with "by" (or "from") on the object comes before a
   * clause on it ("rejected a plan by the army to send troops") */
  int vpos, act = obj >= 0 && !passive && d->tokens[i].upos == KG_UPOS_VERB;
  int32_t vobj;
  const kg_trigger *vt = act ? kg_ev_match_trigger(c, i, &vpos, &vobj) : NULL;
  int from_ok = vt && vt->code && vt->code[0] == '1' && vt->code[1] >= '0' && vt->code[1] <= '2';
  int32_t od = obj >= 0 ? object_doer(c, s, (uint32_t)obj, act, from_ok, sec) : -1;
  if (od >= 0)
    return od;
  *sec = 0;
  /* the object of a purpose clause ("opened fire to disperse
   * demonstrators", "launched raids to capture militants") */
  for (uint32_t j = s->tok; j < s->tok + s->ntok; j++) {
    const char *r = d->tokens[j].deprel;
    int32_t h = kg_tok_head(d, j);
    if (!r || h < 0 || strcmp(r, "obj"))
      continue;
    int32_t hh = kg_tok_head(d, (uint32_t)h);
    const char *hr = d->tokens[h].deprel;
    /* the clause on the verb, or on its object ("fire to disperse") */
    if (!hr || !((hh == (int32_t)i && (!strcmp(hr, "xcomp") || !strncmp(hr, "advcl", 5))) ||
                 (hh == obj && obj >= 0 && !strcmp(hr, "acl"))) || !purpose_to(d, s, (uint32_t)h))
      continue;
    if (unnamed_noun(d, s, j, 0) && (*sec = kg_ev_noun_sector(c, j)) != 0)
      return (int32_t)j;
  }
  /* a verb with no object of its own acts on whom the to-clause it
   * governs does, as a named target is found there (evsubtree.c):
   * "threatened to launch an offensive against the militants", "vowed to
   * work with tribal elders" (not a clause with a subject of its own) */
  if (obj < 0 && own < 0 && d->tokens[i].upos == KG_UPOS_VERB)
    for (uint32_t v = i + 1; v < s->tok + s->ntok; v++) {
      const char *r = d->tokens[v].deprel;
      if (!r || kg_tok_head(d, v) != (int32_t)i || d->tokens[v].upos != KG_UPOS_VERB ||
          !(!strcmp(r, "xcomp") || !strncmp(r, "advcl", 5)) || !purpose_to(d, s, v) ||
          kg_ev_child_with(d, v, "nsubj", 1) >= 0)
        continue;
      int32_t tg = unnamed_group(c, v, 0, 0, sec, own_loc);
      if (tg >= 0)
        return tg;
      break;
    }
  /* a demand, accusation or threat is made of the group that is the
   * subject of its that-clause, as a named one is (evsubtree.c):
   * "demanded that the rebels free the hostages" (not an appeal's: "hinted
   * that a regiment was likely" would become one) */
  int vp;
  int32_t vo;
  const kg_trigger *tt = obj < 0 && own < 0 && d->tokens[i].upos == KG_UPOS_VERB ?
                         kg_ev_match_trigger(c, i, &vp, &vo) : NULL;
  if (tt && tt->code && (!strncmp(tt->code, "10", 2) || !strncmp(tt->code, "11", 2) ||
                         !strncmp(tt->code, "13", 2)))
    for (uint32_t v = i + 1; v < s->tok + s->ntok; v++) {
      if (kg_tok_head(d, v) != (int32_t)i || !d->tokens[v].deprel || strcmp(d->tokens[v].deprel, "ccomp"))
        continue;
      int32_t n = kg_ev_child_with(d, v, "nsubj", 0);
      if (n >= 0 && (uint32_t)n > i && unnamed_noun(d, s, (uint32_t)n, 1) &&
          (*sec = kg_ev_noun_sector(c, (uint32_t)n)) != 0)
        return n;
      break;
    }
  /* a threat with no one it is made of is made of the group that is the
   * subject of its condition ("threatened to call a strike if the
   * government did not hold the elections", "... unless the gunmen were
   * handed over"): the clause on the verb or on its to-clause */
  if (tt && tt->code && !strncmp(tt->code, "13", 2) && own < 0)
    for (uint32_t v = s->tok; v < s->tok + s->ntok; v++) {
      int32_t h = kg_tok_head(d, v), mk;
      if (h < 0 || !d->tokens[v].deprel || strncmp(d->tokens[v].deprel, "advcl", 5) ||
          (h != (int32_t)i && !(kg_tok_head(d, (uint32_t)h) == (int32_t)i && purpose_to(d, s, (uint32_t)h))) ||
          (mk = kg_ev_child_with(d, v, "mark", 0)) < 0 ||
          !(kg_tok_is(d, (uint32_t)mk, "if") || kg_tok_is(d, (uint32_t)mk, "unless")))
        continue;
      int32_t n = kg_ev_child_with(d, v, "nsubj", 1);
      if (n >= 0 && unnamed_noun(d, s, (uint32_t)n, 1) && (*sec = kg_ev_noun_sector(c, (uint32_t)n)) != 0)
        return n;
      *sec = 0;
      break;
    }
  if (own >= 0)
    *sec = own_sec;
  else
    *sec = 0;
  return own;
}

int32_t kg_ev_unnamed_group(const ev_ctx *c, uint32_t i, int want_agent, int passive, int *sec)
{
  return unnamed_group(c, i, want_agent, passive, sec, 0);
}

/* Is mention tm, the only named target of verb i, a place in the land of
 * agent mention am's own state, told as where the act's object or phrase
 * is ("attacked rebel forces in Darfur", "killed Kurdish rebels in
 * southeastern Turkey", "a truce with Moslem forces in east Bosnia",
 * "in the province of Marib")?  The event drops such a target as the
 * agent's own; the unnamed group that is there is the target
 * (kg_ev_unnamed_group_own_place), when one is: the verb's object or a
 * phrase's, as the group rules find it ("attacked villages in Darfur":
 * none; the place is Sudan's own). */
int kg_ev_own_place_target(const ev_ctx *c, uint32_t i, int32_t am, int32_t tm)
{
  const kg_doc *d = c->doc;
  if (am < 0 || tm < 0 || d->mentions[tm].kind == KG_MEN_PRONOUN)
    return 0;
  int32_t aa = d->mentions[am].actor, ta = d->mentions[tm].actor;
  int tt = kg_ev_atype(d, tm);
  if (aa < 0 || ta < 0 || (tt != KG_ACT_PLACE && tt != KG_ACT_COUNTRY) ||
      (ta != aa && kg_ev_place_state(c, ta) != aa))
    return 0;
  static const char *const loc[] = { "in", "near", "at", "around", "inside", "across", "throughout", NULL };
  int32_t k = -1, cs = -1;
  for (uint32_t q = d->mentions[tm].tok; q < d->mentions[tm].tok + d->mentions[tm].ntok && cs < 0; q++)
    cs = kg_ev_child_with(d, (k = (int32_t)q), "case", 0);
  /* in the place, or in a noun of it: "in the province of Marib" */
  for (int hop = 0; hop < 2 && k >= 0; hop++) {
    char b[16];
    if (hop)
      cs = kg_ev_child_with(d, (uint32_t)k, "case", 0);
    if (cs < 0)
      return 0;
    kg_ev_low(d, (uint32_t)cs, b, sizeof b);
    if (kg_ev_in_list(b, loc))
      return 1;
    if (strcmp(b, "of"))
      return 0;
    k = kg_tok_head(d, (uint32_t)k);
  }
  return 0;
}

int32_t kg_ev_unnamed_group_own_place(const ev_ctx *c, uint32_t i, int passive, int *sec)
{
  return unnamed_group(c, i, 0, passive, sec, 1);
}

/* A name the dictionary does not know, with a sector noun before it in its
 * noun phrase ("the official news agency WFNA"): that noun's token, -1 when
 * none (nearest the name first); *sec its sector. */
/* The persons a coercion or a violent act is done to that no sector noun
 * names: "police arrested eleven men", "troops shot dead two youths and a
 * woman", "gunmen kidnapped four people" (the sector lexicon leaves out
 * "men", "women", "people": as subjects or in other acts they are no group
 * of a state).  The object (or a passive's subject) of verb i, an unnamed
 * noun of a person, is the civilians' group; -1 when none. */
/* The "of" phrase of the noun of number j: "dozens [of people]", an
 * unnamed common noun naming no actor; -1 when none. */
static int32_t number_of_persons(const kg_doc *d, const kg_sentence *s, uint32_t j)
{
  for (uint32_t k = j + 1; k < s->tok + s->ntok && k <= j + 3; k++) {
    if (kg_tok_head(d, k) != (int32_t)j || !d->tokens[k].deprel || strcmp(d->tokens[k].deprel, "nmod"))
      continue;
    int32_t cs = kg_ev_child_with(d, k, "case", 0);
    if (cs < 0 || !kg_tok_is(d, (uint32_t)cs, "of") || d->tokens[k].upos != KG_UPOS_NOUN ||
        !unnamed_noun(d, s, k, 2))
      return -1;
    return (int32_t)k;
  }
  return -1;
}

int32_t kg_ev_person_object(const ev_ctx *c, uint32_t i, int passive, int *sec)
{
  static const char *const persons[] = { "man", "men", "woman", "women", "person", "persons", "people",
    "boy", "boys", "teenager", "teenagers", "adult", "adults", NULL };
  static const char *const numbers[] = { "dozens", "hundreds", "thousands", "scores", "tens", NULL };
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  *sec = 0;
  for (uint32_t j = s->tok; j < s->tok + s->ntok; j++) {
    const char *r = d->tokens[j].deprel;
    if (!r || !((kg_tok_head(d, j) == (int32_t)i && (!strcmp(r, "obj") || (passive && !strcmp(r, "nsubj:pass")))) ||
                predicate_object(d, i, j)))
      continue;
    if (d->tokens[j].upos != KG_UPOS_NOUN || !unnamed_noun(d, s, j, 2))
      return -1;
    char w[CLEN];
    kg_ev_low(d, j, w, sizeof w);
    /* (through a noun of number: "arrested dozens of people", "killed
     * hundreds of men"; the persons' noun is the target) */
    if (kg_ev_in_list(w, numbers)) {
      int32_t k = number_of_persons(d, s, j);
      if (k < 0)
        return -1;
      j = (uint32_t)k;
      kg_ev_low(d, j, w, sizeof w);
    }
    if (!kg_ev_in_list(w, persons))
      return -1;
    *sec = kg_dict_sector_noun(c->dict, "civilians");
    return *sec ? (int32_t)j : -1;
  }
  return -1;
}

int32_t kg_ev_unknown_name_sector(const ev_ctx *c, int32_t m, int *sec)
{
  const kg_doc *d = c->doc;
  *sec = 0;
  if (m < 0 || d->mentions[m].actor < 0 || d->actors[d->mentions[m].actor].dict_entry >= 0 ||
      d->mentions[m].kind == KG_MEN_PRONOUN)
    return -1;
  uint32_t b = d->tokens[d->mentions[m].tok].sent;
  uint32_t lo = d->sents[b].tok;
  for (uint32_t j = d->mentions[m].tok, n = 0; j-- > lo && n < 4; n++) {
    int u = d->tokens[j].upos;
    if (kg_mention_at(d, j) >= 0 || (u != KG_UPOS_NOUN && u != KG_UPOS_ADJ))
      return -1;
    *sec = kg_ev_noun_sector(c, j);
    if (*sec)
      return (int32_t)j;
  }
  return -1;
}

/* The named subject of an "if" or "unless" clause within the subtree of
 * trigger i (tree), not the agent's actor; -1 when none. */
int32_t kg_ev_condition_subject(const ev_ctx *c, uint32_t i, int32_t agent_actor)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
    const char *r = d->tokens[k].deprel;
    if (!r || strncmp(r, "mark", 4) || !(kg_tok_is(d, k, "if") || kg_tok_is(d, k, "unless")))
      continue;
    int32_t cl = kg_tok_head(d, k);      /* the clause's verb, under the trigger? */
    int32_t up = cl;
    for (int n = 0; n < 6 && up >= 0 && up != (int32_t)i; n++) {
      const char *ur = d->tokens[up].deprel;
      if (!ur || !strncmp(ur, "acl:relcl", 9) || !strcmp(ur, "parataxis"))
        up = -1;
      else
        up = kg_tok_head(d, (uint32_t)up);
    }
    if (cl < 0 || up != (int32_t)i)
      continue;
    for (uint32_t q = s->tok; q < s->tok + s->ntok; q++) {
      if (kg_tok_head(d, q) != cl || !d->tokens[q].deprel || strcmp(d->tokens[q].deprel, "nsubj"))
        continue;
      int32_t m = kg_mention_at(d, q);
      if (m >= 0 && d->mentions[m].actor >= 0 && d->mentions[m].actor != agent_actor &&
          d->mentions[m].kind != KG_MEN_PRONOUN && !d->mentions[m].as_place)
        return m;
    }
  }
  return -1;
}

/* Does an "if" or "unless" clause hang under trigger i (tree), or follow
 * it in its sentence (no tree)? */
int kg_ev_conditional(const ev_ctx *c, uint32_t i)
{
  const kg_doc *d = c->doc;
  uint32_t si = d->tokens[i].sent;
  const kg_sentence *s = &d->sents[si];
  int tree = kg_sent_has_tree(d, si);
  for (uint32_t k = tree ? s->tok : i + 1; k < s->tok + s->ntok; k++) {
    if (!kg_tok_is(d, k, "if") && !kg_tok_is(d, k, "unless") && !kg_tok_is(d, k, "If") &&
        !kg_tok_is(d, k, "Unless"))
      continue;
    int32_t h = kg_tok_head(d, k);
    if (!tree || (h >= 0 && (uint32_t)h != i && kg_tok_under(d, (uint32_t)h, (int32_t)i)))
      return 1;
  }
  return 0;
}

/* Whom a protest is aimed at, told in its purpose clause: an adverbial
 * clause with "to" or an -ing verb and no subject of its own under trigger
 * i, or under the verb whose object the trigger noun is ("began a hunger
 * strike to protest against Sweden's decision", "blocked roads to press
 * their demands on President X's government", "demonstrated ... calling
 * for independence from Iraq"): the first actor kg_ev_subtree_target finds
 * in it, not the agent's; -1 when none. */
int32_t kg_ev_protest_aim(const ev_ctx *c, uint32_t i, int32_t agent_m)
{
  const kg_doc *d = c->doc;
  int32_t agent_actor = agent_m >= 0 ? d->mentions[agent_m].actor : -1;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  uint32_t heads[2] = { i, i };
  size_t nh = 1;
  const char *ir = d->tokens[i].deprel;
  int32_t v = kg_tok_head(d, i);
  if (d->tokens[i].upos == KG_UPOS_NOUN && ir && !strcmp(ir, "obj") && v >= 0 &&
      d->tokens[v].upos == KG_UPOS_VERB)
    heads[nh++] = (uint32_t)v;            /* "began a hunger strike to ..." */
  for (size_t h = 0; h < nh; h++)
    for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
      const kg_token *t = &d->tokens[k];
      if (kg_tok_head(d, k) != (int32_t)heads[h] || !t->deprel || strncmp(t->deprel, "advcl", 5) ||
          t->upos != KG_UPOS_VERB || kg_ev_child_with(d, k, "nsubj", 1) >= 0)
        continue;
      int32_t mk = kg_ev_child_with(d, k, "mark", 0);
      int ing = t->xpos && !strcmp(t->xpos, "VBG");
      if (!(mk >= 0 ? kg_tok_is(d, (uint32_t)mk, "to") : ing))
        continue;
      int32_t m = kg_ev_subtree_target_of(c, k, agent_m, 0);
      if (m >= 0 && d->mentions[m].actor >= 0 &&
          (d->mentions[m].actor != agent_actor || kg_ev_domestic(d, agent_m, m)))
        return m;
    }
  return -1;
}

int kg_ev_group_light_noun(const ev_ctx *c, uint32_t i)
{
  const kg_doc *d = c->doc;
  int32_t v = kg_tok_head(d, i), n;
  if (d->tokens[i].upos != KG_UPOS_NOUN || v < 0 || !d->tokens[i].deprel || strcmp(d->tokens[i].deprel, "obj") ||
      d->tokens[v].upos != KG_UPOS_VERB || !(kg_ev_lemma_lex(c, (uint32_t)v) & KG_LEX_LIGHT_VERB) ||
      (n = kg_ev_child_with(d, (uint32_t)v, "nsubj", 0)) < 0)
    return 0;
  return kg_ev_common_noun_or_part(d, (uint32_t)n) && kg_mention_at(d, (uint32_t)n) < 0;
}

/* Under a codebook, where each sector of a state is an actor: a sector
 * noun coordinated with the one that names an agent's group ("Lawmakers
 * and officials in Fornost", "Danish media and government") gives each
 * event of that agent (from index `from` on) again with that sector. */
/* Whether a phrase of up to three words ending at noun h names sector
 * `sec` ("human rights activists"). */
static int names_sector(const ev_ctx *c, uint32_t h, int sec)
{
  const kg_doc *d = c->doc;
  uint32_t lo = d->sents[d->tokens[h].sent].tok;
  for (uint32_t n = 1; n <= 3 && h + 1 >= lo + n; n++) {
    char ph[3 * CLEN + 3], w[CLEN];
    size_t len = 0;
    for (uint32_t k = h + 1 - n; k <= h; k++) {
      size_t l = kg_tok_lower(&d->tokens[k], w, sizeof w);
      if (len + l + 2 >= sizeof ph)
        return 0;
      if (len)
        ph[len++] = ' ';
      memcpy(ph + len, w, l);
      len += l;
    }
    ph[len] = '\0';
    if (kg_dict_sector_noun(c->dict, ph) == sec)
      return 1;
  }
  return kg_ev_noun_sector(c, h) == sec;
}

kg_status kg_ev_other_sectors(ev_ctx *c, const ev_args *a, size_t from)
{
  kg_doc *d = c->doc;
  size_t end = d->nevents;
  for (size_t x = 0; x < a->nag; x++) {
    const kg_mention *m = &d->mentions[a->agents[x]];
    if (m->group < 0 || d->actors[m->group].sector <= 0)
      continue;
    int own = d->actors[m->group].sector;
    /* the noun the state's name hangs on ("in Fornost and Gondor": the
     * first conjunct's head) */
    int32_t t = (int32_t)m->tok;
    for (int n = 0; n < 4 && d->tokens[t].deprel && !strcmp(d->tokens[t].deprel, "conj"); n++)
      t = kg_tok_head(d, (uint32_t)t);
    int32_t h = t >= 0 ? kg_tok_head(d, (uint32_t)t) : -1;
    if (h < 0 || !kg_ev_noun_sector(c, (uint32_t)h))
      continue;
    int32_t h0 = h;                       /* the noun that names the group itself */
    if (d->tokens[h].deprel && !strcmp(d->tokens[h].deprel, "conj") &&
        kg_ev_noun_sector(c, (uint32_t)kg_tok_head(d, (uint32_t)h)))
      h = kg_tok_head(d, (uint32_t)h);    /* the coordination's first noun */
    const kg_sentence *s = &d->sents[m->sent];
    int done[8], nd = 0;
    for (uint32_t j = s->tok; j < s->tok + s->ntok; j++) {
      if (!((int32_t)j == h || (kg_tok_head(d, j) == h && d->tokens[j].deprel &&
                                !strcmp(d->tokens[j].deprel, "conj"))) ||
          kg_mention_at(d, j) >= 0 || ((int32_t)j == h0 && names_sector(c, j, own)))
        continue;
      int sec = kg_ev_noun_sector(c, j), seen = sec == own || sec == 0;
      for (int q = 0; q < nd && !seen; q++)
        seen = done[q] == sec;
      if (seen || nd >= 8)
        continue;
      done[nd++] = sec;
      for (size_t k = from; k < end; k++) {
        if (d->events[k].agent != m->actor || d->events[k].agent_group != m->group)
          continue;
        kg_event ev = d->events[k];
        kg_event *e = kg_doc_add_event(d);
        if (!e)
          return KG_ERR_NOMEM;
        *e = ev;
        e->agent_group = -1;
        e->agent_noun = (int32_t)j;
        e->agent_sector = (int16_t)sec;
      }
    }
  }
  return KG_OK;
}


/* "Ithilen's awful and evil minister Calimehtar", where the name belongs to
 * another state's entry (a codebook that codes the man as his state): the
 * sector noun just before the name, after the possessive of a state and
 * its adjectives; -1 when the mention m is no such name.  *sec the sector;
 * possessor_of gives the possessor's mention. */
static int32_t possessor_scan(const ev_ctx *c, int32_t m, int *sec, int32_t *pm)
{
  const kg_doc *d = c->doc;
  const kg_mention *mm = &d->mentions[m];
  uint32_t lo = d->sents[mm->sent].tok;
  *sec = 0;
  if (mm->actor < 0 || d->actors[mm->actor].type != KG_ACT_COUNTRY || mm->tok < lo + 3 ||
      kg_mention_at(d, mm->tok - 1) >= 0)
    return -1;
  int s0 = kg_ev_noun_sector(c, mm->tok - 1);
  if (!s0)
    return -1;
  for (uint32_t j = mm->tok - 1, n = 0; j-- > lo + 1 && n < 5; n++) {
    if (kg_tok_is_poss(&d->tokens[j])) {
      int32_t p = kg_mention_at(d, j - 1);
      if (p < 0 || d->mentions[p].actor < 0 || d->mentions[p].actor == mm->actor ||
          d->actors[d->mentions[p].actor].type != KG_ACT_COUNTRY)
        return -1;
      *sec = s0;
      *pm = p;
      return (int32_t)(mm->tok - 1);
    }
    int u = d->tokens[j].upos;
    if (kg_mention_at(d, j) >= 0 || !(u == KG_UPOS_ADJ || u == KG_UPOS_CCONJ || kg_tok_is(d, j, ",")))
      return -1;
  }
  return -1;
}

int32_t kg_ev_possessor_title(const ev_ctx *c, int32_t m, int *sec)
{
  int32_t pm;
  return possessor_scan(c, m, sec, &pm);
}

int32_t kg_ev_possessor_of(const ev_ctx *c, int32_t m)
{
  int32_t pm = m;
  int sec;
  return possessor_scan(c, m, &sec, &pm) >= 0 ? pm : m;
}

/* ------------------------------------------------------------ owners */

/* "Bosnian Serbs said their forces had completed their withdrawal": the
 * unnamed group `noun` (subject of trigger i) with a possessive pronoun
 * (its, their) belongs to the named subject of the verb whose clausal
 * complement holds i (through xcomp / conj of the complement); that
 * subject's mention, -1 when none. */
int32_t kg_ev_group_owner(const ev_ctx *c, uint32_t i, int32_t noun)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  int poss = 0;
  for (uint32_t k = s->tok; k < (uint32_t)noun && !poss; k++)
    poss = kg_tok_head(d, k) == noun && d->tokens[k].deprel &&
           !strncmp(d->tokens[k].deprel, "nmod:poss", 9) &&
           (kg_tok_is(d, k, "its") || kg_tok_is(d, k, "their"));
  if (!poss)
    return -1;
  int32_t h = (int32_t)i;
  for (int guard = 0; guard < 3 && h >= 0; guard++) {
    const char *r = d->tokens[h].deprel;
    if (!r || (strcmp(r, "xcomp") && strcmp(r, "ccomp")))
      return -1;
    int cl = !strcmp(r, "ccomp");
    h = kg_tok_head(d, (uint32_t)h);
    if (cl)
      break;
  }
  if (h < 0)
    return -1;
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
    if (kg_tok_head(d, k) != h || !d->tokens[k].deprel || strcmp(d->tokens[k].deprel, "nsubj"))
      continue;
    int32_t m = kg_mention_at(d, k);
    /* "Bosnian Serbs": the demonym before the subject noun names it */
    for (uint32_t q = k; m < 0 && q-- > s->tok && kg_tok_head(d, q) == (int32_t)k;)
      m = kg_mention_at(d, q);
    if (m >= 0 && d->mentions[m].kind != KG_MEN_PRONOUN && d->mentions[m].actor >= 0)
      return m;
    return -1;
  }
  return -1;
}

/* "warned that China would take measures if Ottawa extended its tariffs":
 * the reported clause's subject is the threatener's side; a threat's one
 * target that is that subject gives way to the condition's subject. */
void kg_ev_condition_target(const ev_ctx *c, uint32_t i, ev_args *a)
{
  const kg_doc *d = c->doc;
  if (a->nag == 0 || a->ntg != 1)
    return;
  int32_t cc = kg_ev_child_with(d, i, "ccomp", 0);
  int32_t sj = cc >= 0 ? kg_ev_child_with(d, (uint32_t)cc, "nsubj", 0) : -1;
  if (sj < 0 || kg_mention_at(d, (uint32_t)sj) != a->targets[0])
    return;
  int32_t t = kg_ev_condition_subject(c, i, d->mentions[a->agents[0]].actor);
  if (t >= 0)
    a->targets[0] = t;
}

void kg_ev_reciprocal_targets(const kg_doc *d, uint32_t i, ev_args *a, int tree, int fight)
{
  if (!tree || a->nag < 2 || a->ntg != 0 || a->npart != 0 || a->passive)
    return;
  /* "Eritrea and Ethiopia fought a border war", "the two sides clashed":
   * a fight of several subjects with no one else named is between them
   * (not "fought together", "fought alongside each other") */
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  for (uint32_t k = i + 1; fight && k < s->tok + s->ntok && k <= i + 4; k++)
    fight = !kg_tok_is(d, k, "together") && !kg_tok_is(d, k, "alongside") && !kg_tok_is(d, k, "jointly") &&
            !kg_tok_is(d, k, "beside");
  if (!fight && !kg_ev_reciprocal_object(d, i))
    return;
  for (size_t q = 0; q < a->nag; q++)
    a->targets[q] = a->agents[q];
  a->ntg = a->nag;
  a->mutual = 1;
}

int kg_ev_military_named(const ev_ctx *c, const kg_sentence *s)
{
  const kg_doc *d = c->doc;
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
    int32_t m = kg_mention_at(d, k), g = m >= 0 ? d->mentions[m].group : -1;
    const kg_sector *sc = g >= 0 && d->actors[g].sector > 0 ? kg_dict_sector_at(c->dict, d->actors[g].sector) : NULL;
    if (sc && sc->code && !strcmp(sc->code, "MIL"))
      return 1;
  }
  return 0;
}
