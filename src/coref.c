/* coref.c — references that lean on earlier mentions, for the actor stage.
 *
 * Owns: definite-description resolution ("the country", "the bloc"); "X's regime"
 * -> X's state; merging a one-word Person into the longer Person it is part
 * of.
 * Does not own: finding names and linking them to the dictionary (actors.c,
 * which calls in here), the surname index and short-name folding
 * (coref_names.c), pronouns (corefpron.c, called from kg_coref_try),
 * salience weights (discourse.c), the dictionary.
 *
 * The rules:
 *  - "the mayor", "the chancellor" (a title of the lexicon that is no
 *    description noun) -> the person named with that title before;
 *  - "the Assembly", "the Commission": the organisation named with that head
 *    word before, else the most salient one;
 *  - "the (adj) state/regime" (nouns from kg_dict_description) -> the most
 *    salient actor of that type; "the southern African nation", "the Gulf
 *    state" -> the most salient state of that region (see region_words);
 *  - "the North"/"the South" -> the state named "North X"/"South X" in the
 *    last ten sentences ("North Korea"); nothing when none is named;
 *  - "X's regime", "the Kim regime" where X leads a state -> that state;
 *    a bare "the regime" with no state named with the word -> the state the
 *    story names most (three times or more), not merely the latest;
 *  - a person the dictionary lacks, described by an apposition as a place
 *    ("El Fasher, the last army-held city") is that place;
 *  - a person or place the dictionary lacks, set beside an organisation noun
 *    ("the opposition party, the Kuomintang", "X, Y and three smaller
 *    firms") is an organisation;
 *  - an all-capitals word that gives the initials of an organisation met
 *    before ("the RSF" after "the Rapid Support Forces") is that organisation;
 *  - a one-word name that is the first or last word of a Person met earlier
 *    folds into that Person; failing that, a surname that belongs to exactly
 *    one office holder of the dictionary links to them.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "actors.h"
#include "coref.h"
#include "corefdesc.h"
#include "corefrole.h"
#include "corefvisit.h"
#include "dict_index.h"

/* The organisation named most often so far (by name, not by pronoun or
 * description; ties: the one named first, the story's), -1 when none: the
 * referent of an unmistakable organisation noun beyond the salience window. */
static int32_t most_named_org(const kg_doc *d)
{
  int32_t best = -1;
  uint32_t best_n = 0;
  for (size_t k = 0; k < d->nmentions; k++) {
    const kg_mention *m = &d->mentions[k];
    if (m->actor < 0 || d->actors[m->actor].type != KG_ACT_ORG || m->kind == KG_MEN_PRONOUN ||
        m->kind == KG_MEN_DESCRIPTION || m->actor == best)
      continue;
    uint32_t n = 0;
    for (size_t q = 0; q < d->nmentions; q++)
      n += d->mentions[q].actor == m->actor && d->mentions[q].kind != KG_MEN_PRONOUN &&
           d->mentions[q].kind != KG_MEN_DESCRIPTION;
    if (n > best_n) {
      best_n = n;
      best = m->actor;
    }
  }
  return best;
}

/* The state other than `not` the story names most before token tok (names,
 * demonyms, seats; not as a place), when named at least three times: whom
 * a bare "the regime" stands for ("... urged the regime to abide by"); -1. */
static int32_t most_named_state(const kg_doc *d, uint32_t tok, int32_t not)
{
  int32_t best = -1;
  uint32_t best_n = 2;
  for (size_t k = 0; k < d->nmentions && d->mentions[k].tok < tok; k++) {
    const kg_mention *m = &d->mentions[k];
    if (m->actor < 0 || m->actor == not || m->actor == best || d->actors[m->actor].type != KG_ACT_COUNTRY ||
        m->kind == KG_MEN_PRONOUN || m->kind == KG_MEN_DESCRIPTION || m->as_place)
      continue;
    uint32_t n = 0;
    for (size_t q = 0; q < d->nmentions && d->mentions[q].tok < tok; q++)
      n += d->mentions[q].actor == m->actor && d->mentions[q].kind != KG_MEN_PRONOUN &&
           d->mentions[q].kind != KG_MEN_DESCRIPTION && !d->mentions[q].as_place;
    if (n > best_n) {
      best_n = n;
      best = m->actor;
    }
  }
  return best;
}

/* Whether an organisation's label names an alliance ("North Atlantic
 * Treaty Organization", "... Alliance", "... Pact"): what "the alliance"
 * may refer to, not a council or body of one. */
static int alliance_label(const char *l, int bloc)   /* (bloc: "the bloc", corefdesc.c) */
{
  return bloc ? kg_coref_bloc_label(l) : strstr(l, "Treaty") || strstr(l, "Alliance") || strstr(l, "Pact") ||
                                          !strcmp(l, "NATO");
}

/* The organisation with an alliance's (a bloc's) label named last before tok (not as a pronoun or description). */
static int32_t last_alliance(const kg_doc *d, uint32_t tok, int bloc)
{
  int32_t best = -1;
  for (size_t k = 0; k < d->nmentions && d->mentions[k].tok < tok; k++) {
    const kg_mention *m = &d->mentions[k];
    if (m->actor >= 0 && d->actors[m->actor].type == KG_ACT_ORG && m->kind != KG_MEN_PRONOUN &&
        m->kind != KG_MEN_DESCRIPTION && alliance_label(d->actors[m->actor].label, bloc))
      best = m->actor;
  }
  return best;
}

/* ------------------------------------------------------------ regions
 * "the southern African nation", "the Central Asian republic", "the Gulf
 * state": region words before a state noun restrict the description to the
 * states of that UN M49 region or subregion (kgd:region, kgd:subregion of
 * the dictionary).  A direction word and a continent adjective match a
 * subregion by its two words ("southern African" ~ "Southern Africa",
 * "central African" ~ "Middle Africa", "South Asian" ~ "Southern Asia"); a
 * continent adjective alone matches the region; a few names of seas and
 * areas map to the one subregion that holds them (a Gulf or Baltic state is
 * in Western Asia or Northern Europe, which is wider but never wrong). */
typedef struct region_filter {
  const kg_dict *dict;
  int32_t not;             /* an actor it is not (the state whose verb governs it), -1 */
  int dir;                 /* 'N', 'S', 'E', 'W', 'C', 'T' (south-east); 0: none */
  const char *cont;        /* "Africa", "Asia", "Europe", "America", "Oceania"; NULL */
  const char *sub;         /* a whole subregion ("Western Asia"); NULL */
} region_filter;

static int direction_code(const char *w)
{
  static const struct { const char *w; int c; } k[] = {
    { "north", 'N' }, { "northern", 'N' }, { "south", 'S' }, { "southern", 'S' },
    { "east", 'E' }, { "eastern", 'E' }, { "west", 'W' }, { "western", 'W' },
    { "central", 'C' }, { "middle", 'C' }, { "southeast", 'T' }, { "south-east", 'T' },
    { "southeastern", 'T' }, { "south-eastern", 'T' }, { NULL, 0 } };
  if (!w[0] || !strchr("nsewcm", w[0] | 0x20))   /* (their first letters in either case: speed) */
    return 0;
  for (int i = 0; k[i].w; i++)
    if (!strcasecmp(w, k[i].w))
      return k[i].c;
  return 0;
}

/* Reads region words at tok (at most three tokens); returns how many it
 * read (0: none) and fills f. */
static uint32_t region_words(const kg_doc *d, const kg_sentence *s, uint32_t tok, region_filter *f)
{
  static const struct { const char *w, *cont; } conts[] = {
    { "african", "Africa" }, { "asian", "Asia" }, { "european", "Europe" },
    { "american", "America" }, { NULL, NULL } };
  static const struct { const char *w, *sub, *cont; } areas[] = {
    { "gulf", "Western Asia", NULL }, { "baltic", "Northern Europe", NULL },
    { "nordic", "Northern Europe", NULL }, { "scandinavian", "Northern Europe", NULL },
    { "balkan", "Southeast Europe", NULL }, { "caribbean", "Caribbean", NULL },
    { "pacific", NULL, "Oceania" }, { NULL, NULL, NULL } };
  uint32_t end = s->tok + s->ntok, k = tok;
  char b[32];
  f->dir = 0; f->cont = f->sub = NULL;
  if (k >= end)
    return 0;
  kg_tok_lower(&d->tokens[k], b, sizeof b);
  for (int i = 0; areas[i].w; i++)
    if (areas[i].w[0] == b[0] && !strcmp(b, areas[i].w)) {
      f->sub = areas[i].sub; f->cont = areas[i].cont;
      return 1;
    }
  if (!strcmp(b, "middle") && k + 1 < end && kg_tok_is(d, k + 1, "eastern")) {
    f->sub = "Western Asia";
    return 2;
  }
  int dir = direction_code(b);
  if (dir) {
    if (++k >= end)
      return 0;
    kg_tok_lower(&d->tokens[k], b, sizeof b);
  }
  for (int i = 0; conts[i].w; i++)
    if (conts[i].w[0] == b[0] && !strcmp(b, conts[i].w)) {
      f->dir = dir;
      f->cont = conts[i].cont;
      if (!dir && !strcmp(f->cont, "America"))
        return 0;                 /* "the American state": a US state, no region */
      return k - tok + 1;
    }
  return 0;
}

static int region_ok(const kg_doc *doc, int32_t actor, const void *arg)
{
  const region_filter *f = arg;
  if (actor == f->not)
    return 0;
  const kg_dict_actor *e = doc->actors[actor].dict_entry >= 0
                         ? kg_dict_actor_at(f->dict, doc->actors[actor].dict_entry) : NULL;
  if (!e || !e->region)
    return 0;
  if (f->sub)
    return e->subregion && !strcmp(e->subregion, f->sub);
  if (!f->dir)                    /* "the African nation": the region */
    return !strcmp(e->region, f->cont) ||
           (!strcmp(f->cont, "America") && !strcmp(e->region, "Americas"));
  if (!e->subregion)
    return 0;
  const char *sp = strchr(e->subregion, ' ');
  if (!sp || strcmp(sp + 1, f->cont))
    return 0;
  char w[24];
  size_t n = (size_t)(sp - e->subregion);
  if (n >= sizeof w)
    return 0;
  memcpy(w, e->subregion, n);
  w[n] = 0;
  return direction_code(w) == f->dir;
}

/* For salience: the state a Person of the document leads or serves by the
 * dictionary ("President Lee ... the country's defence minister": Lee's
 * state), when that state is an actor of the document already; else -1. */
static int32_t person_state(const kg_doc *d, int32_t actor, const void *arg)
{
  const kg_dict *dict = arg;
  const kg_actor *pa = &d->actors[actor];
  if (pa->type != KG_ACT_PERSON || pa->dict_entry < 0)
    return -1;
  const kg_dict_actor *pe = kg_dict_actor_at(dict, pa->dict_entry);
  if (!pe || pe->country < 0)
    return -1;
  for (size_t i = 0; i < d->nactors; i++)
    if (d->actors[i].dict_entry == pe->country)
      return (int32_t)i;
  return -1;
}

/* The first token before lim in v's sentence that is v's plain subject ("nsubj"), or -1. */
int32_t kg_coref_nsubj_before(const kg_doc *d, int32_t v, uint32_t lim)
{
  const kg_sentence *s = &d->sents[d->tokens[v].sent];
  for (uint32_t q = s->tok; q < lim; q++)
    if (kg_tok_head(d, q) == v && d->tokens[q].deprel && !strcmp(d->tokens[q].deprel, "nsubj"))
      return (int32_t)q;
  return -1;
}

/* The state that is the subject of the verb that governs noun k (through
 * objects, obliques and nouns' modifiers: "said it did not recognise the
 * authority of the junta": the state "it" is); -1 when there is none. */
static int32_t governing_subject(const kg_doc *d, const kg_dict *dict, uint32_t k)
{
  int32_t n = (int32_t)k;
  for (int hops = 0; hops < 4; hops++) {
    const char *r = d->tokens[n].deprel;
    int32_t h = kg_tok_head(d, (uint32_t)n);
    if (h < 0 || !r || (strcmp(r, "obj") && strcmp(r, "iobj") && strncmp(r, "obl", 3) && strncmp(r, "nmod", 4) &&
                        strcmp(r, "appos")))   /* ("received by X, the junta's leader") */
      return -1;
    if (!strcmp(r, "appos") && d->tokens[h].upos == KG_UPOS_VERB)
      return -1;                          /* ("X summoned ..., the worst violation of the country's
                                           * skies": a remark on the clause, no object) */
    if (d->tokens[h].upos == KG_UPOS_VERB) {
      int32_t q = kg_coref_verb_subject(d, h);   /* (corefdesc.c) */
      /* ("X has paused aid, the government said, deepening a rift with the
       * small Pacific nation": a participle's subject is its head verb's) */
      int32_t hh = kg_tok_head(d, (uint32_t)h);
      if (q < 0 && hh >= 0 && d->tokens[h].xpos && !strcmp(d->tokens[h].xpos, "VBG") && d->tokens[h].deprel &&
          !strcmp(d->tokens[h].deprel, "advcl") && d->tokens[hh].upos == KG_UPOS_VERB)
        q = kg_coref_verb_subject(d, hh);
      int32_t m = q >= 0 ? kg_mention_at(d, (uint32_t)q) : -1, a = m >= 0 ? d->mentions[m].actor : -1;
      (void)dict;                         /* (a state itself: "Gordon Brown urged the */
      return a >= 0 && d->actors[a].type == KG_ACT_COUNTRY ? a : -1;   /* government" is his) */
    }
    n = h;
  }
  return -1;
}

/* The state named as the object of the verb whose subject is noun k ("The
 * junta ... has accused Ivory Coast": not the junta's state; the name is
 * read from the dictionary, its mention not yet made); -1. */
static int32_t own_verb_object(kg_act_ctx *c, uint32_t k)
{
  kg_doc *d = c->doc;
  const char *r = d->tokens[k].deprel;
  int32_t h = kg_tok_head(d, k);
  if (h < 0 || !r || strncmp(r, "nsubj", 5) || d->tokens[h].upos != KG_UPOS_VERB)
    return -1;
  const kg_sentence *s = &d->sents[d->tokens[k].sent];
  for (uint32_t q = (uint32_t)h + 1; q < s->tok + s->ntok; q++) {
    if (kg_tok_head(d, q) != h || !d->tokens[q].deprel || strcmp(d->tokens[q].deprel, "obj"))
      continue;
    uint32_t b = q;                       /* (the name's first word: "Ivory" of "Ivory Coast") */
    while (b > (uint32_t)h + 1 && kg_tok_head(d, b - 1) == (int32_t)q && kg_tok_is_cap(&d->tokens[b - 1]))
      b--;
    kg_dict_match dm;
    if (kg_dict_match_actor(c->dict, d, b, &dm) && dm.form == KG_FORM_NAME &&
        kg_dict_actor_at(c->dict, dm.entry)->type == KG_ACT_COUNTRY)
      return kg_act_intern_entry(c, dm.entry);
    return -1;
  }
  return -1;
}

/* "the junta" after "Myanmar's junta", "the Malian junta" or a headline's
 * "Myanmar Junta" (a headline has no mentions: the dictionary's name): the
 * state last named right before the word w (past "'s" and up to two
 * lower-case words, "military", "ruling") or right after it ("the junta in
 * Niger") before token tok; -1. */
/* Whether token q is w or, for a word of a state's rulers ("junta",
 * "regime", "rulers"), another of them ("the junta in Niger ... the
 * military rulers"). */
static int ruler_word(const kg_doc *d, uint32_t q, const char *w)
{
  static const char *const rw[] = { "junta", "regime", "rulers", NULL };
  if (kg_tok_is(d, q, w))
    return 1;
  if (!kg_act_in_list(w, rw))
    return 0;
  char b[16];
  kg_tok_lower(&d->tokens[q], b, sizeof b);
  return kg_act_in_list(b, rw);
}

static int32_t state_named_with(kg_act_ctx *c, uint32_t tok, const char *w)
{
  const kg_doc *d = c->doc;
  for (size_t m = d->nmentions; m-- > 0;) {
    const kg_mention *mm = &d->mentions[m];
    if (mm->tok >= tok || mm->actor < 0 || d->actors[mm->actor].type != KG_ACT_COUNTRY)
      continue;
    /* "the junta in Niger", "the regime of Syria" (a place's form too) */
    uint32_t p = mm->tok, s0 = d->sents[mm->sent].tok;
    if (p >= s0 + 2 && kg_tok_is(d, p - 1, "the"))
      p--;
    if (p >= s0 + 2 && (kg_tok_is(d, p - 1, "in") || kg_tok_is(d, p - 1, "of")) && ruler_word(d, p - 2, w))
      return mm->actor;
    /* "the military junta that rules Myanmar": the state after "that rules"
     * or "which governs" right after the ruler word */
    char rv[12];
    if (mm->tok >= s0 + 3)
      kg_tok_lower(&d->tokens[mm->tok - 1], rv, sizeof rv);
    if (mm->tok >= s0 + 3 &&
        kg_act_in_list(rv, (const char *const[]){ "rules", "ruled", "governs", "governed", NULL }) &&
        (kg_tok_is(d, mm->tok - 2, "that") || kg_tok_is(d, mm->tok - 2, "which")) && ruler_word(d, mm->tok - 3, w))
      return mm->actor;
    if (mm->as_place)
      continue;
    uint32_t q = mm->tok + mm->ntok, end = d->sents[mm->sent].tok + d->sents[mm->sent].ntok;
    if (q < end && kg_tok_is_poss(&d->tokens[q]))
      q++;
    for (int n = 0; n < 2 && q < end && !ruler_word(d, q, w) && !kg_tok_is_cap(&d->tokens[q]) &&
                    d->tokens[q].upos == KG_UPOS_ADJ; n++)
      q++;
    if (q < end && q < tok && ruler_word(d, q, w))
      return mm->actor;
  }
  for (uint32_t si = 0; si < d->nsents && d->sents[si].tok < tok; si++) {
    const kg_sentence *s = &d->sents[si];
    for (uint32_t q = s->tok + 1; s->heading && q < s->tok + s->ntok; q++)
      for (uint32_t b = q > s->tok + 3 ? q - 3 : s->tok; ruler_word(d, q, w) && b < q; b++) {
        kg_dict_match dm;
        if (kg_dict_match_actor(c->dict, d, b, &dm) && b + dm.ntok == q && dm.form != KG_FORM_METONYM &&
            kg_dict_actor_at(c->dict, dm.entry)->type == KG_ACT_COUNTRY)
          return kg_act_intern_entry(c, dm.entry);
      }
  }
  return -1;
}

static int not_actor(const kg_doc *d, int32_t a, const void *arg)
{
  (void)d;
  return a != *(const int32_t *)arg;
}

/* The state of the ministry named last before token tok in sentence sidx or
 * the two before it: a Country mention followed (past "'s" and up to three
 * words of its name: "Foreign", "foreign affairs") by "ministry"; -1. */
/* "Opposition politicians in Colombo accused the government": the state
 * whose seat (a metonym in the dictionary) the sentence's subject noun
 * is placed in before token tok is "the government"'s; -1. */
static int32_t subject_seat_state(kg_act_ctx *c, const kg_sentence *s, uint32_t tok)
{
  const kg_doc *d = c->doc;
  for (uint32_t k = s->tok + 1; k + 1 < tok; k++) {
    kg_dict_match cm;
    if (!kg_tok_is(d, k, "in") || d->tokens[k - 1].upos != KG_UPOS_NOUN || !d->tokens[k - 1].deprel ||
        strcmp(d->tokens[k - 1].deprel, "nsubj") || !kg_dict_match_actor(c->dict, d, k + 1, &cm) ||
        cm.form != KG_FORM_METONYM || kg_dict_actor_at(c->dict, cm.entry)->type != KG_ACT_COUNTRY)
      continue;
    return kg_act_intern_entry(c, cm.entry);
  }
  return -1;
}

static int32_t ministry_state(const kg_doc *d, uint32_t sidx, uint32_t tok)
{
  for (size_t k = d->nmentions; k-- > 0;) {
    const kg_mention *m = &d->mentions[k];
    if (m->sent + 2 < sidx)
      break;
    if (m->tok >= tok || m->actor < 0 || m->as_place || d->actors[m->actor].type != KG_ACT_COUNTRY)
      continue;
    const kg_sentence *ms = &d->sents[m->sent];
    uint32_t q = m->tok + m->ntok, end = ms->tok + ms->ntok;
    if (q < end && kg_tok_is_poss(&d->tokens[q]))
      q++;
    for (uint32_t n = 0; q < end && n < 3 && !kg_tok_is(d, q, "ministry") && kg_mention_at(d, q) < 0 &&
                         (d->tokens[q].upos == KG_UPOS_NOUN || d->tokens[q].upos == KG_UPOS_PROPN ||
                          d->tokens[q].upos == KG_UPOS_ADJ); n++)
      q++;
    if (q < end && kg_tok_is(d, q, "ministry"))
      return m->actor;
  }
  return -1;
}

/* Definite descriptions (pronouns: corefpron.c). */

uint32_t kg_coref_try(kg_act_ctx *c, uint32_t sidx, uint32_t tok)
{
  kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[sidx];
  /* (a lower form starting with 't' needs a form starting with 't' or 'T':
   * the others go to the pronouns without lowering; speed) */
  const char *f0 = d->tokens[tok].form;
  if (f0 && (f0[0] | 0x20) != 't')
    return kg_coref_pronoun(c, sidx, tok);
  char b[64];
  kg_tok_lower(&d->tokens[tok], b, sizeof b);
  /* "the (adj) (adj) NOUN" or "X's NOUN" / "the Kim NOUN"; else a pronoun (corefpron.c) */
  if (strcmp(b, "the") && strcmp(b, "this") && strcmp(b, "that"))
    return kg_coref_pronoun(c, sidx, tok);
  uint32_t bn = !strcmp(b, "the") ? kg_coref_business(c, sidx, tok) : 0;   /* "the company" (corefdesc.c) */
  if (!bn && !strcmp(b, "the"))
    bn = kg_coref_occupation(c, sidx, tok);   /* "the writer" (corefdesc.c) */
  if (!bn && !strcmp(b, "the"))
    bn = kg_coref_visit(c, sidx, tok);        /* "the visitor", "the host" (corefvisit.c) */
  if (!bn && !strcmp(b, "the"))
    bn = kg_coref_role(c, sidx, tok);         /* "the Kremlin chief", "the 71-year-old" (corefrole.c) */
  if (bn)
    return bn;
  /* "Iran's Foreign Ministry spokesman ... rejected ... The ministry
   * summoned": the state whose ministry this or the two sentences before
   * named last ("X's foreign ministry", "the Iranian foreign ministry"); not
   * "the Ministry of Defence" (a name) */
  if (tok + 1 < s->tok + s->ntok && kg_tok_is(d, tok + 1, "ministry") &&
      !(tok + 2 < s->tok + s->ntok && kg_tok_is(d, tok + 2, "of"))) {
    int32_t a = ministry_state(d, sidx, tok);
    if (a >= 0)
      return kg_act_add_mention(c, sidx, tok + 1, 1, a, KG_MEN_DESCRIPTION, 0) < 0 ? 0 : 2;
  }
  /* "In New Delhi, the foreign ministry said": a state's body (a sector
   * phrase, lower case) right after an opening "In <seat of government>,"
   * is that state's */
  if (!strcmp(b, "the") && tok > s->tok + 2 && kg_tok_is(d, s->tok, "in") && kg_tok_is(d, tok - 1, ",")) {
    kg_dict_match cm;
    if (kg_dict_match_actor(c->dict, d, s->tok + 1, &cm) && s->tok + 1 + cm.ntok == tok - 1 &&
        cm.form == KG_FORM_METONYM && kg_dict_actor_at(c->dict, cm.entry)->type == KG_ACT_COUNTRY) {
      char ph[64] = "";
      size_t pl = 0;
      for (uint32_t k = tok + 1; k < s->tok + s->ntok && k <= tok + 2 && !kg_tok_is_cap(&d->tokens[k]); k++) {
        char wb[32];
        kg_tok_lower(&d->tokens[k], wb, sizeof wb);
        pl += (size_t)snprintf(ph + pl, sizeof ph - pl, "%s%s", pl ? " " : "", wb);
        int32_t a = kg_dict_sector_noun(c->dict, ph) > 0 && (k + 1 >= s->tok + s->ntok ||
                    d->tokens[k + 1].upos != KG_UPOS_NOUN) ? kg_act_intern_entry(c, cm.entry) : -1;
        if (a >= 0)
          return kg_act_add_mention(c, sidx, tok, k - tok + 1, a, KG_MEN_DESCRIPTION, 0) < 0 ? 0 : k - tok + 1;
      }
    }
  }
  /* "the North", "the South": the state named last, within ten sentences,
   * whose name is "North X" / "South X" ("North Korea", "South Sudan") */
  if (tok + 1 < s->tok + s->ntok && kg_tok_is_cap(&d->tokens[tok + 1]) &&
      (kg_tok_is(d, tok + 1, "north") || kg_tok_is(d, tok + 1, "south")) &&
      (tok + 2 >= s->tok + s->ntok || !kg_tok_is_cap(&d->tokens[tok + 2]))) {
    const char *w = d->tokens[tok + 1].form;
    size_t wl = strlen(w);
    for (size_t k = d->nmentions; k-- > 0;) {
      const kg_mention *m = &d->mentions[k];
      if (m->sent + 10 < sidx)
        break;
      if (m->actor < 0 || d->actors[m->actor].type != KG_ACT_COUNTRY)
        continue;
      const char *l = d->actors[m->actor].label;
      if (strncasecmp(l, w, wl) == 0 && l[wl] == ' ') {
        if (kg_act_add_mention(c, sidx, tok + 1, 1, m->actor, KG_MEN_DESCRIPTION, 0) < 0)
          return 0;
        return 2;
      }
    }
  }
  /* "the Assembly condemned", "a spokesperson for the Commission": a body
   * named by its head word alone is the most salient organisation; in
   * lower case ("members of the council", "the court ruled") only one named
   * with that word */
  int lower = tok + 1 < s->tok + s->ntok && !kg_tok_is_cap(&d->tokens[tok + 1]) &&
              (kg_tok_is(d, tok + 1, "council") || kg_tok_is(d, tok + 1, "assembly") ||
               kg_tok_is(d, tok + 1, "commission") || kg_tok_is(d, tok + 1, "court") ||
               kg_tok_is(d, tok + 1, "tribunal"));
  if (tok + 1 < s->tok + s->ntok && (kg_tok_is_cap(&d->tokens[tok + 1]) || lower) &&
      (tok + 2 >= s->tok + s->ntok || !kg_tok_is_cap(&d->tokens[tok + 2])) &&
      !(tok + 2 < s->tok + s->ntok && (kg_tok_is(d, tok + 2, "of") || kg_tok_is(d, tok + 2, "on") ||
                                        kg_tok_is(d, tok + 2, "for")) &&
        !((lower || kg_tok_is(d, tok + 2, "of")) && tok + 3 < s->tok + s->ntok &&
          d->tokens[tok + 3].upos == KG_UPOS_VERB))) {  /* (not "the Court of Appeal"; "the Court of ignoring") */
    char hb[32];
    kg_tok_lower(&d->tokens[tok + 1], hb, sizeof hb);
    if (kg_act_in_list(hb, (const char *const[]){ "assembly", "commission", "council", "secretariat",
                                           "summit", "court", "tribunal", NULL })) {
      /* first the organisation named with that word before ("the African
       * Union Commission chairperson ... the Commission"), else the most
       * salient one */
      int32_t a = -1;
      for (size_t k = d->nmentions; k-- > 0 && a < 0;) {
        const kg_mention *m = &d->mentions[k];
        if (m->actor < 0 || d->actors[m->actor].type != KG_ACT_ORG || m->kind == KG_MEN_DESCRIPTION)
          continue;
        for (uint32_t q = m->tok; q <= m->tok + m->ntok && q < d->ntokens && a < 0; q++)
          if (d->tokens[q].sent == m->sent && kg_tok_is_cap(&d->tokens[q])) {
            char qb[32];
            kg_tok_lower(&d->tokens[q], qb, sizeof qb);
            if (!strcmp(qb, hb))
              a = m->actor;
          }
      }
      if (a < 0 && !lower)
        a = kg_actors_salient(d, sidx, tok, KG_TYPEBIT(KG_ACT_ORG));
      if (a >= 0 && kg_act_add_mention(c, sidx, tok + 1, 1, a, KG_MEN_DESCRIPTION, 0) < 0)
        return 0;
      return lower && a < 0 ? 0 : 2;
    }
  }
  /* "the Iran-aligned group", "the Russian-backed militia": the salient
   * organisation other than the state that backs it */
  if (tok + 4 < s->tok + s->ntok && kg_tok_is(d, tok + 2, "-") &&
      kg_act_in_list(d->tokens[tok + 3].form, (const char *const[]){ "aligned", "backed", "allied", NULL }) &&
      (kg_tok_lower(&d->tokens[tok + 4], b, sizeof b),
       kg_act_in_list(b, (const char *const[]){ "group", "movement", "militia", NULL }))) {
    int32_t sm = kg_mention_at(d, tok + 1);
    int32_t st = sm >= 0 ? d->mentions[sm].actor : -1;
    int32_t a = kg_actors_salient_if(d, sidx, tok, KG_TYPEBIT(KG_ACT_ORG), not_actor, &st);
    if (a >= 0 && kg_act_add_mention(c, sidx, tok + 4, 1, a, KG_MEN_DESCRIPTION, 0) < 0)
      return 0;
    if (a >= 0)
      return 5;
  }
  /* "the southern African nation": a salient state of that region */
  region_filter rf = { .dict = c->dict, .not = -1 };
  uint32_t nr = region_words(d, s, tok + 1, &rf), adj = 0;
  /* ("the small Pacific nation": an adjective before the region) */
  if (!nr && tok + 2 < s->tok + s->ntok && d->tokens[tok + 1].upos == KG_UPOS_ADJ &&
      !kg_tok_is_cap(&d->tokens[tok + 1]) && (nr = region_words(d, s, tok + 2, &rf)) > 0)
    adj = 1;
  kg_dict_match dm;
  if (nr && kg_dict_match_actor(c->dict, d, tok + 1 + adj, &dm) && dm.ntok >= nr &&
      kg_dict_actor_at(c->dict, dm.entry)->type == KG_ACT_COUNTRY)
    nr = 0;                       /* "the South African government": a demonym */
  if (nr) {
    uint32_t k = tok + 1 + adj + nr;
    if (k < s->tok + s->ntok && !kg_tok_is_cap(&d->tokens[k])) {
      kg_tok_lower(&d->tokens[k], b, sizeof b);
      if (kg_dict_description(c->dict, b) == KG_ACT_COUNTRY &&
          !(k + 1 < s->tok + s->ntok && (d->tokens[k + 1].upos == KG_UPOS_NOUN ||
                                         kg_tok_is(d, k + 1, "of") || kg_tok_is(d, k + 1, "in")))) {
        rf.not = kg_sent_has_tree(d, sidx) ? governing_subject(d, c->dict, k) : -1;   /* (not its own verb's) */
        int32_t a = kg_actors_salient_if(d, sidx, tok, KG_TYPEBIT(KG_ACT_COUNTRY), region_ok, &rf);
        if (a < 0)
          return 0;
        if (kg_act_add_mention(c, sidx, tok, k - tok + 1, a, KG_MEN_DESCRIPTION, 0) < 0)
          return 0;
        return k - tok + 1;
      }
    }
  }
  /* "the Jewish state": a capitalised epithet (the loop below stops at capitals) */
  if (tok + 2 < s->tok + s->ntok && kg_tok_is_cap(&d->tokens[tok + 1]) && !kg_tok_is_cap(&d->tokens[tok + 2])) {
    kg_tok_lower(&d->tokens[tok + 2], b, sizeof b);
    int32_t ep = kg_dict_description(c->dict, b) == KG_ACT_COUNTRY ?
                 kg_coref_epithet_state(d, c->dict, tok + 1, tok + 2) : -1;
    if (ep >= 0 && kg_act_add_mention(c, sidx, tok, 3, ep, KG_MEN_DESCRIPTION, 0) >= 0)
      return 3;
  }
  for (uint32_t k0 = tok + 1 + kg_coref_size(d, s, tok + 1), k = k0; k < s->tok + s->ntok && k <= k0 + 2; k++) {
    const kg_token *t = &d->tokens[k];   /* (k0: after "the six-member") */
    if (kg_tok_is_cap(t) || (t->upos && t->upos != KG_UPOS_ADJ && t->upos != KG_UPOS_NOUN))
      break;
    kg_tok_lower(t, b, sizeof b);
    int ty = kg_dict_description(c->dict, b);
    /* "the mayor", "the chancellor": a one-word title of the lexicon that
     * is no description noun refers only to the person named with it
     * before ("Chancellor Gordon Brown"), never to whoever is salient; not
     * in an apposition to a name ("Anna Lind, the trade commissioner,") */
    const kg_title *ti;
    int titled_only = !ty && t->upos == KG_UPOS_NOUN && kg_dict_match_title(c->dict, d, k, &ti) == 1 &&
                      !(tok >= s->tok + 2 && kg_tok_is(d, tok - 1, ",") && d->tokens[tok - 2].ner_type == KG_NE_PER);
    ty = titled_only ? KG_ACT_PERSON : ty;
    /* organisation nouns are too loose ("the military apparatus", "the
     * body"): only unmistakable ones refer back; places never do */
    if (ty == KG_ACT_PLACE || (ty == KG_ACT_ORG && !kg_act_in_list(b, (const char *const[]){
          "bloc", "alliance", "organisation", "organization", "agency", NULL }) &&
          /* ... or an armed group's noun before a possessive: "the group's
           * chief negotiator" after "the Houthis" */
          !(kg_act_in_list(b, (const char *const[]){ "group", "movement", "militia", NULL }) &&
            ((k + 1 < s->tok + s->ntok && kg_tok_is_poss(&d->tokens[k + 1])) ||
             kg_coref_voice_of(d, s, tok, k))) &&
          !kg_coref_head_named(d, sidx, tok, k, b)))
      ty = 0;
    /* "the agency" after "the International Atomic Energy Agency": first
     * the organisation named with that head word (not "the agency of X",
     * "the agency chief"), then the salient one */
    int32_t named = ty == KG_ACT_ORG && k == tok + 1 &&
                    !(k + 1 < s->tok + s->ntok && (kg_tok_is(d, k + 1, "of") ||
                                                   d->tokens[k + 1].upos == KG_UPOS_NOUN)) ?
                    kg_coref_org_named_with(d, sidx, tok, b, 0) : -1;
    if (named >= 0)
      return kg_act_add_mention(c, sidx, tok, k - tok + 1, named, KG_MEN_DESCRIPTION, 0) < 0 ? 0 : k - tok + 1;
    if (ty) {
      if (k + 1 < s->tok + s->ntok && (d->tokens[k + 1].upos == KG_UPOS_NOUN ||
                                       (!d->tokens[k].space_after && kg_tok_is(d, k + 1, "-"))))
        continue;                         /* "the state media", "the state-owned firm": not the head */
      uint32_t aj = k + 1;                /* nor "the state nuclear company" */
      while (aj < s->tok + s->ntok && aj < k + 3 && d->tokens[aj].upos == KG_UPOS_ADJ && !kg_tok_is_cap(&d->tokens[aj]))
        aj++;
      int32_t kh = kg_tok_head(d, k);     /* (but "has given the country military aid": two objects) */
      if (aj > k + 1 && aj < s->tok + s->ntok && d->tokens[aj].upos == KG_UPOS_NOUN &&
          !(kh >= 0 && d->tokens[kh].upos == KG_UPOS_VERB && kg_tok_head(d, aj) == kh && d->tokens[aj].deprel &&
            (!strcmp(d->tokens[aj].deprel, "obj") || !strcmp(d->tokens[aj].deprel, "iobj"))))
        continue;
      /* "the government of Gondor", "the regime in Damascus": a name follows,
       * it is that one's, no anaphor */
      /* (not a month or day: "talks with the bloc in November") */
      char cw[16];
      kg_tok_lower(&d->tokens[k + 2 < s->tok + s->ntok ? k + 2 : k], cw, sizeof cw);
      if (k + 2 < s->tok + s->ntok && (kg_tok_is(d, k + 1, "of") || kg_tok_is(d, k + 1, "in")) &&
          ((kg_tok_is_cap(&d->tokens[k + 2]) && !kg_act_in_list(cw, kg_act_calendar)) ||
           (k + 3 < s->tok + s->ntok && kg_tok_is(d, k + 2, "the") &&
            kg_tok_is_cap(&d->tokens[k + 3])))) {
        /* "the government in Bangui": the state whose seat the dictionary
         * names there (a metonym form), the phrase being one mention */
        kg_dict_match cm;
        if (ty == KG_ACT_COUNTRY && kg_tok_is(d, k + 1, "in") &&
            kg_dict_match_actor(c->dict, d, k + 2, &cm) && cm.form == KG_FORM_METONYM &&
            kg_dict_actor_at(c->dict, cm.entry)->type == KG_ACT_COUNTRY) {
          int32_t a = kg_act_intern_entry(c, cm.entry);
          uint32_t n = k + 2 + cm.ntok - tok;
          if (a >= 0 && kg_act_add_mention(c, sidx, tok, n, a, KG_MEN_DESCRIPTION, 0) >= 0)
            return n;
        }
        return 0;
      }
      /* "The gang leader Jimmy Cherizier", "the leader, X,": a person's name
       * right after it is whom it describes, no one named before */
      if (ty == KG_ACT_PERSON && k + 1 < s->tok + s->ntok &&
          ((kg_tok_is_cap(&d->tokens[k + 1]) && d->tokens[k + 1].ner_type == KG_NE_PER) ||
           (k + 2 < s->tok + s->ntok && kg_tok_is(d, k + 1, ",") && kg_tok_is_cap(&d->tokens[k + 2]) &&
            d->tokens[k + 2].ner_type == KG_NE_PER)))
        return 0;
      /* (never the state whose verb governs it: "Paris said it did not
       * recognise the junta") */
      int32_t gs = ty == KG_ACT_COUNTRY && kg_sent_has_tree(d, sidx) ? governing_subject(d, c->dict, k) : -1;
      if (gs < 0 && ty == KG_ACT_COUNTRY && kg_sent_has_tree(d, sidx))
        gs = own_verb_object(c, k);       /* (nor the state its own verb acts on) */
      /* (a person's title noun: the salient person who bore that title) */
      kg_titled_filter tf = { .nw = 0, .at = tok, .strict = titled_only };   /* ("The mayor accused X": X no mayor) */
      for (uint32_t q = tok + 1; q <= k && tf.nw < 3; q++) {
        kg_tok_lower(&d->tokens[q], tf.w[tf.nw], sizeof tf.w[0]);
        if (strcmp(tf.w[tf.nw], "former"))
          tf.nw++;
      }
      int32_t a = ty == KG_ACT_COUNTRY && !strcmp(b, "government") ? subject_seat_state(c, s, tok) : -1;
      int rulers = ty == KG_ACT_COUNTRY &&
                   kg_act_in_list(b, (const char *const[]){ "junta", "regime", "rulers", NULL });
      if (a < 0 && rulers)
        a = state_named_with(c, tok, b);  /* ("Myanmar's junta ... the junta") */
      if (a >= 0 && a == gs && rulers)
        a = -1;
      /* a bare "the regime" (no "of", "in" after it: "the regime of
       * detention"): the state the story names most, not the latest */
      if (a < 0 && rulers && !strcmp(b, "regime") &&
          !(k + 1 < s->tok + s->ntok && (kg_tok_is(d, k + 1, "of") || kg_tok_is(d, k + 1, "in"))))
        a = most_named_state(d, tok, gs);
      if (a < 0)
        a = ty == KG_ACT_COUNTRY ?
        kg_actors_salient_lend_if(d, sidx, tok, KG_TYPEBIT(ty), gs >= 0 ? not_actor : NULL, &gs, person_state,
                                  c->dict) :
        ty == KG_ACT_PERSON ? kg_actors_salient_if(d, sidx, tok, KG_TYPEBIT(ty), kg_coref_titled_ok, &tf) : -1;
      if (a < 0 && ty != KG_ACT_COUNTRY && !titled_only)
        a = kg_actors_salient(d, sidx, tok, KG_TYPEBIT(ty));
      /* ("the king" paragraphs after "King X", when the salient person
       * bears another title, "Foreign Minister Y thanked ...", or a title
       * with no fallback found none near) */
      if (ty == KG_ACT_PERSON && (a < 0 ? titled_only : !kg_coref_titled_ok(d, a, &tf) &&
                                                         kg_coref_person_titled(d, c->dict, a, tok))) {
        int32_t te = kg_coref_titled_earlier(d, &tf);
        a = te >= 0 ? te : a;
      }
      /* "sent his adviser, X, to Khartoum. The envoy met ...": the person sent */
      if (ty == KG_ACT_PERSON && (!strcmp(b, "envoy") || !strcmp(b, "emissary")) &&
          (a < 0 || !kg_coref_titled_ok(d, a, &tf))) {
        int32_t sp = kg_coref_sent_person(d, tok);
        a = sp >= 0 ? sp : a;
      }
      /* "its mission in Mali, after the country's government": a state named
       * only as a place, when no state is named otherwise ("the country",
       * "the nation"; not "the government", often the reporter's own) */
      if (a < 0 && ty == KG_ACT_COUNTRY && (!strcmp(b, "country") || !strcmp(b, "nation")))
        a = kg_actors_salient_if(d, sidx, tok, KG_TYPEBIT(ty) | KG_SALIENT_PLACES, gs >= 0 ? not_actor : NULL, &gs);
      int32_t se = a < 0 && ty == KG_ACT_COUNTRY && kg_act_in_list(b, (const char *const[]){ "government", "regime",
                                                                    "junta", "rulers", NULL }) ?
                   kg_coref_story_state(d, c->dict, sidx, tok) : -1;   /* (the story's one state, "in Mali") */
      a = se >= 0 ? kg_act_intern_entry(c, se) : a;
      int agency = !strcmp(b, "agency"), bloc = !strcmp(b, "bloc");
      if (a < 0 && ty == KG_ACT_ORG && !agency)
        a = most_named_org(d);            /* "the bloc" a page after "the EU" */
      /* "NATO's North Atlantic Council met ... the alliance said": an
       * alliance named before, not its council (a bloc of states for "the bloc") */
      if (a >= 0 && (bloc || !strcmp(b, "alliance")) && !alliance_label(d->actors[a].label, bloc)) {
        int32_t al = last_alliance(d, tok, bloc);
        if (al >= 0)
          a = al;
      }
      int32_t ep = ty == KG_ACT_COUNTRY ? kg_coref_epithet_state(d, c->dict, tok + 1, k) : -1;
      a = ep >= 0 && ep != gs ? ep : a;   /* "the reclusive state" (corefdesc.c) */
      /* "thanked the agency", "the kingdom": an actor the noun fits (corefdesc.c) */
      a = a >= 0 ? kg_coref_desc_fits(d, c->dict, b, a, sidx, tok) : a;
      if (a >= 0 && kg_act_add_mention(c, sidx, tok, k - tok + 1, a, KG_MEN_DESCRIPTION, 0) < 0)
        return 0;
      return a >= 0 ? k - tok + 1 : 0;
    }
    if (!isalpha((unsigned char)b[0]))
      break;
  }
  return 0;
}

/* "Kim Jong Un's regime", "the Kim regime": a description noun right after a
 * Person mention (and its possessive) refers to the state that person leads. */
uint32_t kg_coref_leader_state(kg_act_ctx *c, uint32_t sidx, uint32_t tok)
{
  kg_doc *d = c->doc;
  char b[64];
  if (d->nmentions == 0 || tok == 0)
    return 0;
  const kg_mention *m = &d->mentions[d->nmentions - 1];
  uint32_t p = tok - 1;
  if (kg_tok_is_poss(&d->tokens[p]) && p > 0)
    p--;
  if (m->sent != sidx || m->tok + m->ntok - 1 != p || m->actor < 0)
    return 0;
  const kg_actor *pa = &d->actors[m->actor];
  if (pa->type != KG_ACT_PERSON || pa->dict_entry < 0)
    return 0;
  kg_tok_lower(&d->tokens[tok], b, sizeof b);
  if (kg_dict_description(c->dict, b) != KG_ACT_COUNTRY)
    return 0;
  const kg_dict_actor *pe = kg_dict_actor_at(c->dict, pa->dict_entry);
  if (!pe || pe->country < 0 || pe->role != KG_REL_LEADER)
    return 0;
  int32_t a = kg_act_intern_entry(c, pe->country);
  if (a < 0 || kg_act_add_mention(c, sidx, tok, 1, a, KG_MEN_DESCRIPTION, 0) < 0)
    return 0;
  return 1;
}

/* "Blair said ..." before "Tony Blair" appears: a one-word Person the
 * dictionary does not know folds into the one longer Person of the
 * document whose first or last word it is; the actor array is compacted. */
kg_status kg_coref_merge_short_names(kg_doc *d)
{
  size_t na = d->nactors;
  if (na == 0)
    return KG_OK;
  int32_t *map = malloc(na * sizeof *map);
  if (!map)
    return KG_ERR_NOMEM;
  int any = 0;
  for (size_t i = 0; i < na; i++) {
    map[i] = (int32_t)i;
    const kg_actor *a = &d->actors[i];
    if (a->type != KG_ACT_PERSON || a->dict_entry >= 0 || strchr(a->label, ' '))
      continue;
    size_t al = strlen(a->label);
    int32_t to = -1;
    int count = 0;
    for (size_t j = 0; j < na; j++) {
      const kg_actor *b = &d->actors[j];
      if (j == i || b->type != KG_ACT_PERSON || !strchr(b->label, ' '))
        continue;
      if (kg_coref_person_name_word(b->label, a->label, al)) {
        to = (int32_t)j;
        count++;
      }
    }
    if (count == 1) {
      map[i] = to;
      any = 1;
    }
  }
  for (size_t i = 0; i < na; i++) {       /* "Dagalo, widely known as Hemedti" (coref_names.c) */
    int32_t to = map[i] == (int32_t)i ? kg_coref_alias_of(d, i) : -1;
    if (to >= 0 && map[to] == to)
      map[i] = to, any = 1;
  }
  if (!any) {
    free(map);
    return KG_OK;
  }
  kg_status st = KG_OK;
  for (size_t k = 0; k < d->nmentions; k++) {
    kg_mention *m = &d->mentions[k];
    if (m->actor < 0 || map[m->actor] == m->actor)
      continue;
    int32_t from = m->actor, to = map[from];
    m->actor = to;
    if (m->kind == KG_MEN_NAME)
      m->kind = KG_MEN_PARTIAL;
    kg_actor *b = &d->actors[to];
    if (b->nmentions == 0 || m->sent < b->first_sent)
      b->first_sent = m->sent;
    b->nmentions++;
    if (st == KG_OK)
      st = kg_doc_actor_add_alt(d, to, d->actors[from].label, strlen(d->actors[from].label));
  }
  /* compact: drop the folded actors, renumber the rest */
  int32_t *nidx = map;                  /* reused: new index or -1 */
  size_t w = 0;
  for (size_t i = 0; i < na; i++) {
    if (map[i] != (int32_t)i) {
      free(d->actors[i].alt);
      nidx[i] = -1;
      continue;
    }
    if (w != i)
      d->actors[w] = d->actors[i];
    nidx[i] = (int32_t)w++;
  }
  d->nactors = w;
  for (size_t k = 0; k < d->nmentions; k++)
    if (d->mentions[k].actor >= 0)
      d->mentions[k].actor = nidx[d->mentions[k].actor];
  free(map);
  return st;
}

/* Is token k one of the organisation nouns (singular or plural)? */
static int org_noun(const kg_doc *d, uint32_t k)
{
  static const char *const heads[] = { "party", "group", "company", "firm", "organisation", "organization",
    "movement", "militia", "manufacturer", "maker", "contractor", "charity", "parties", "groups", "companies",
    "firms", "organisations", "organizations", "movements", "militias", "manufacturers", "makers", "contractors",
    "charities", NULL };
  char b[24];
  kg_tok_lower(&d->tokens[k], b, sizeof b);
  return kg_act_in_list(b, heads);
}

/* Does the phrase from k on ("a monitoring group", "three smaller firms")
 * run over determiners, numbers, adjectives and nouns to an organisation
 * noun that ends it? */
static int org_phrase_at(const kg_doc *d, uint32_t k, uint32_t end)
{
  for (uint32_t q = k; q < end && q < k + 6; q++) {
    int u = d->tokens[q].upos, mod = q > k && (u == KG_UPOS_PROPN || u == KG_UPOS_ADJ) && d->tokens[q].deprel &&
        (!strcmp(d->tokens[q].deprel, "compound") || !strcmp(d->tokens[q].deprel, "amod"));  /* "the main Serb party" */
    if (kg_tok_is_cap(&d->tokens[q]) && q > k && !mod)
      return 0;
    if (org_noun(d, q))                   /* (the head: not "the organisation's president") */
      return !kg_tok_is_cap(&d->tokens[q]) && (q + 1 >= end || !(d->tokens[q + 1].upos == KG_UPOS_NOUN ||
             d->tokens[q + 1].upos == KG_UPOS_PROPN || d->tokens[q + 1].upos == KG_UPOS_PART ||
             d->tokens[q + 1].upos == KG_UPOS_VERB || d->tokens[q + 1].upos == KG_UPOS_AUX));
                                          /* (nor a clause's subject: "from X, the company says") */
    if (u != KG_UPOS_DET && u != KG_UPOS_NUM && u != KG_UPOS_ADJ && u != KG_UPOS_NOUN && !mod)
      return 0;
  }
  return 0;
}

void kg_coref_appos_orgs(kg_doc *d, size_t from)
{
  for (size_t m = from; m < d->nmentions; m++) {
    const kg_mention *mm = &d->mentions[m];
    if (mm->actor < 0 || d->actors[mm->actor].dict_entry >= 0 || mm->kind != KG_MEN_NAME ||
        (d->actors[mm->actor].type != KG_ACT_PERSON && d->actors[mm->actor].type != KG_ACT_PLACE))
      continue;
    const kg_sentence *s = &d->sents[mm->sent];
    if (kg_act_locative_before(d, s, mm->tok))
      continue;                           /* "in Raytheon": a place */
    uint32_t end = s->tok + s->ntok, q = mm->tok + mm->ntok, p = mm->tok;
    if (p > s->tok && kg_tok_is(d, p - 1, "the"))
      p--;
    /* "the main opposition party, the Kuomintang" (the name in apposition
     * to that noun, itself no noun's modifier: not "the co-chairman of the
     * Conservative Party, Liam Fox", "the leader of the party, X") */
    int org = p >= s->tok + 2 && kg_tok_is(d, p - 1, ",") && org_noun(d, p - 2) && !kg_tok_is_cap(&d->tokens[p - 2]) &&
              kg_tok_head(d, mm->tok + mm->ntok - 1) == (int32_t)(p - 2) && d->tokens[p - 2].deprel &&
              strncmp(d->tokens[p - 2].deprel, "nmod", 4) && strncmp(d->tokens[p - 2].deprel, "obl", 3);
    /* "X, a monitoring group," */
    if (!org && q + 1 < end && kg_tok_is(d, q, ","))
      org = (kg_tok_is(d, q + 1, "a") || kg_tok_is(d, q + 1, "an") || kg_tok_is(d, q + 1, "the")) &&
            org_phrase_at(d, q + 1, end);
    /* "X, Y and three smaller firms": a list of names closed by a plural
     * organisation noun */
    for (uint32_t k = q; !org && k < end && k < q + 12; k++) {
      if (kg_tok_is(d, k, "and")) {
        org = k + 1 < end && !kg_tok_is_cap(&d->tokens[k + 1]) && org_phrase_at(d, k + 1, end);
        break;
      }
      if (!kg_tok_is(d, k, ",") && !kg_tok_is_cap(&d->tokens[k]))
        break;
    }
    if (!org)
      continue;
    int32_t a = mm->actor;
    if (d->actors[a].type == KG_ACT_PLACE)   /* (a place told "in X" elsewhere stays one) */
      for (size_t k = 0; k < d->nmentions && org; k++)
        org = d->mentions[k].actor != a || !kg_act_locative_before(d, &d->sents[d->mentions[k].sent],
                                                                     d->mentions[k].tok);
    if (!org)
      continue;
    d->actors[a].type = KG_ACT_ORG;
    for (size_t k = 0; k < d->nmentions; k++)
      if (d->mentions[k].actor == a)
        d->mentions[k].as_place = 0;
  }
}
