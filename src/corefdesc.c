/* corefdesc.c — definite descriptions of a business or a club, for coref.c.
 *
 * Owns: "the company", "the firm", "the club", "the charity", "the
 * carmaker", "the airline", "the retailer", "the broadcaster" (after up to
 * two adjectives: "the troubled carmaker") as a reference to an organisation
 * named before: the one named with that word in its name within ten
 * sentences ("Chelsea Football Club ... the club"), else the most salient
 * organisation of this and the three sentences before that mention anyone.
 * Not when the noun modifies another ("the club captain", "the company's"
 * is fine), is followed by a name or "of" ("the firm of X", "the club,
 * Arsenal,"), or no organisation is at hand (no guess from the whole story).
 * Also "the delegation": the state or body whose delegation was named
 * before ("a US delegation ... the delegation"; delegation_of).
 * Also the check of what "the agency" and "the kingdom" took (coref.c's
 * descriptions of states and organisations): an organisation named as an
 * agency; a monarchy ("the kingdom" after "Saudi Arabia", not the salient
 * Russia or United States of the sentence before), a sultanate ("the
 * sultanate" Oman), an island state ("the island" Jersey, not the salient
 * United Kingdom: kgd:islandState).
 * Also which labels name a bloc of states, for coref.c's "the bloc"; and a
 * state's body at its seat of government ("the foreign ministry in Dhaka":
 * Bangladesh), tried first at "the" by kg_coref_business, and a state's
 * ministry named with its state within ten sentences before ("The Algerian
 * foreign ministry said ... The foreign ministry summoned": Algeria).
 * Also the size words a description may open with ("the six-member bloc"), and
 * the subject, active or passive, of the verb that governs a description
 * (for coref.c's "never the state whose verb governs it": "The Americans
 * were not received by X, the junta's leader"); and whether a description
 * of an armed group or movement follows a voice or member of it ("a
 * spokesman for the movement": kg_coref_voice_of, for coref.c); and whether
 * a person was named after a title (kg_coref_person_titled); the person a
 * title noun refers to ("the foreign minister": kg_coref_titled_ok,
 * kg_coref_titled_earlier, for coref.c).
 * Also a person's occupation ("the writer" after "the novelist Boualem
 * Sansal", "the blogger" after "X, a blogger"): the person named last
 * within four sentences who was introduced with a noun of the same kind
 * (kg_coref_occupation).
 * Does not own: states, bodies and armed groups ("the regime", "the bloc",
 * "the agency": coref.c), salience (discourse.c), mentions (actors.c).
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include "actors.h"
#include "coref.h"
#include "corefdesc.h"

static const char *const business[] = { "company", "firm", "club", "charity", "carmaker", "airline", "retailer",
  "broadcaster", NULL };

/* The organisation named last before token tok in sentence sidx or the one
 * before, when no organisation name that is no actor (one the dictionary and
 * the name rules left out) comes between: that one may be meant. */
static int32_t latest_org(const kg_doc *d, uint32_t sidx, uint32_t tok, int club)
{
  for (size_t k = d->nmentions; k-- > 0;) {
    const kg_mention *m = &d->mentions[k];
    if (m->tok >= tok)
      continue;
    if (m->sent + 1 < sidx)
      break;
    /* (a business or a club, which the dictionary of states, bodies and
     * parties does not hold: not "the Commission" for "the airline") */
    if (m->actor < 0 || d->actors[m->actor].type != KG_ACT_ORG || m->kind == KG_MEN_PRONOUN || m->as_place ||
        d->actors[m->actor].dict_entry >= 0)
      continue;
    for (uint32_t q = m->tok + m->ntok; q < tok; q++)
      if (d->tokens[q].ner_type == KG_NE_ORG && kg_mention_at(d, q) < 0)
        return -1;
    /* one of the story's, named twice before ("the BBC has learnt that the
     * club ...": not the BBC, named in passing; "the company has also accused
     * Gazprom": not Gazprom, named once in the sentence before) */
    size_t named = 0;
    for (size_t q = 0; q < d->nmentions; q++) {
      const kg_mention *o = &d->mentions[q];
      named += o->actor == m->actor && o->kind != KG_MEN_PRONOUN && o->kind != KG_MEN_DESCRIPTION && o->tok < tok;
    }
    /* (or named in the sentence itself: "shares in EMI sank after the firm
     * issued a warning"; not a club: "the BBC has learnt that the club") */
    return named >= 2 || (m->sent == sidx && !club) ? m->actor : -1;
  }
  return -1;
}

/* "The foreign ministry in Dhaka rejected the charge": a state's body (a
 * sector phrase of up to two lower-case words ending in "ministry",
 * "government", "administration", "cabinet", "authorities" or
 * "presidency") followed by "in" and the
 * state's seat of government (a metonym in the dictionary) is that state's,
 * the whole phrase one mention of it (as "the government in Bangui" is, and
 * "In New Delhi, the foreign ministry said": coref.c); 0 when it is none. */
static uint32_t body_in_seat(kg_act_ctx *c, uint32_t sidx, uint32_t tok)
{
  /* (a body that acts, not a building or a court: "the presidential palace in Bissau" is a place) */
  static const char *const body_heads[] = { "ministry", "government", "administration", "cabinet", "authorities",
    "presidency", NULL };
  kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[sidx];
  uint32_t end = s->tok + s->ntok;
  char ph[64] = "";
  size_t pl = 0;
  for (uint32_t k = tok + 1; k + 2 < end && k <= tok + 2 && !kg_tok_is_cap(&d->tokens[k]); k++) {
    char wb[32];
    size_t wl = kg_tok_lower(&d->tokens[k], wb, sizeof wb);
    if (pl)                               /* (two words of at most 31 bytes: ph holds them; no snprintf, speed) */
      ph[pl++] = ' ';
    memcpy(ph + pl, wb, wl + 1);
    pl += wl;
    if (pl >= sizeof ph || !kg_tok_is(d, k + 1, "in") || kg_dict_sector_noun(c->dict, ph) <= 0 ||
        !kg_act_in_list(wb, body_heads))
      continue;
    kg_dict_match cm;
    if (!kg_dict_match_actor(c->dict, d, k + 2, &cm) || cm.form != KG_FORM_METONYM ||
        kg_dict_actor_at(c->dict, cm.entry)->type != KG_ACT_COUNTRY)
      return 0;
    int32_t a = kg_act_intern_entry(c, cm.entry);
    uint32_t n = k + 2 + cm.ntok - tok;
    return a >= 0 && kg_act_add_mention(c, sidx, tok, n, a, KG_MEN_DESCRIPTION, 0) >= 0 ? n : 0;
  }
  return 0;
}

/* "the delegation": the state or body whose delegation this or one of the
 * ten sentences before named last ("a US delegation", "A senior White House
 * delegation", "Russia's delegation", "a delegation from Qatar"; the name a
 * compound, adjective or possessive on the noun, or a "from" phrase), else
 * -1 (no guess from salience: the host and the guests are both near). */
static int32_t delegation_of(const kg_doc *d, uint32_t sidx, uint32_t tok)
{
  for (size_t m = d->nmentions; m-- > 0;) {
    const kg_mention *mm = &d->mentions[m];
    if (mm->tok >= tok || mm->actor < 0 || mm->as_place || mm->kind == KG_MEN_PRONOUN ||
        d->actors[mm->actor].type == KG_ACT_PERSON || d->actors[mm->actor].type == KG_ACT_PLACE)
      continue;
    if (mm->sent + 10 < sidx)
      break;
    uint32_t last = mm->tok + mm->ntok - 1;
    int32_t h = kg_sent_has_tree(d, mm->sent) ? kg_tok_head(d, last) : -1;
    const char *r = d->tokens[last].deprel ? d->tokens[last].deprel : "";
    int from = mm->tok > 0 && kg_tok_is(d, mm->tok - 1, "from") && !strncmp(r, "nmod", 4);
    if (h >= 0 && (uint32_t)h < tok && kg_tok_is(d, (uint32_t)h, "delegation") &&
        (!strcmp(r, "compound") || !strcmp(r, "amod") || !strcmp(r, "nmod:poss") || from))
      return mm->actor;
  }
  return -1;
}

/* "The foreign ministry summoned ...": a state's ministry (a sector phrase
 * of up to two lower-case words ending in "ministry", no name or "of"
 * after it) that this or one of the ten sentences before named with its
 * state ("The Algerian foreign ministry", "Lithuania's foreign ministry")
 * is that state's, the phrase one mention of it; 0 when it is none. */
static uint32_t ministry_named_before(kg_act_ctx *c, uint32_t sidx, uint32_t tok)
{
  kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[sidx];
  uint32_t end = s->tok + s->ntok, k = tok + 1, n = 0;
  while (k + n < end && n < 2 && !kg_tok_is_cap(&d->tokens[k + n]) && !kg_tok_is(d, k + n, "ministry"))
    n++;
  if (k + n >= end || !kg_tok_is(d, k + n, "ministry") || kg_tok_is_cap(&d->tokens[k + n]) ||
      (k + n + 1 < end && (kg_tok_is(d, k + n + 1, "of") || kg_tok_is(d, k + n + 1, "in") ||
                           d->tokens[k + n + 1].upos == KG_UPOS_NOUN || d->tokens[k + n + 1].upos == KG_UPOS_PROPN)))
    return 0;
  for (size_t m = d->nmentions; m-- > 0;) {
    const kg_mention *mm = &d->mentions[m];
    if (mm->tok >= tok)
      continue;
    if (mm->sent + 10 < sidx)
      break;
    if (mm->actor < 0 || d->actors[mm->actor].type != KG_ACT_COUNTRY || mm->kind == KG_MEN_DESCRIPTION)
      continue;
    uint32_t e = mm->tok + mm->ntok, q = 0;
    if (e < d->ntokens && kg_tok_is_poss(&d->tokens[e]))
      e++;
    while (q <= n && e + q < d->ntokens) {
      char x[32], y[32];
      kg_tok_lower(&d->tokens[e + q], x, sizeof x);
      kg_tok_lower(&d->tokens[k + q], y, sizeof y);
      if (strcmp(x, y))
        break;
      q++;
    }
    if (q == n + 1)
      return kg_act_add_mention(c, sidx, tok, n + 2, mm->actor, KG_MEN_DESCRIPTION, 0) >= 0 ? n + 2 : 0;
  }
  return 0;
}

uint32_t kg_coref_business(kg_act_ctx *c, uint32_t sidx, uint32_t tok)
{
  kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[sidx];
  uint32_t end = s->tok + s->ntok, k = tok + 1;
  char b[32];
  uint32_t bs = body_in_seat(c, sidx, tok);
  if (!bs)
    bs = ministry_named_before(c, sidx, tok);
  if (bs)
    return bs;
  /* past up to two adjectives that name no one ("the troubled", not "the
   * Italian" when that is a state's mention) */
  while (k < end && k < tok + 3 && d->tokens[k].upos == KG_UPOS_ADJ && kg_mention_at(d, k) < 0)
    k++;
  if (k >= end || kg_tok_is_cap(&d->tokens[k]) || kg_mention_at(d, k) >= 0)
    return 0;
  kg_tok_lower(&d->tokens[k], b, sizeof b);
  int deleg = !strcmp(b, "delegation");
  if (!deleg && !kg_act_in_list(b, business))
    return 0;
  /* ("accused the delegation of a condescending attitude": no name after "of") */
  uint32_t nm = k + 2 < end && kg_tok_is(d, k + 2, "the") ? k + 3 : k + 2;
  int of_name = kg_tok_is(d, k + 1, "of") && (!deleg || (nm < end && kg_tok_is_cap(&d->tokens[nm])));
  if (k + 1 < end) {
    const kg_token *n = &d->tokens[k + 1];
    if (n->upos == KG_UPOS_NOUN || n->upos == KG_UPOS_PROPN || of_name ||
        (kg_tok_is(d, k + 1, ",") && k + 2 < end && kg_tok_is_cap(&d->tokens[k + 2])))
      return 0;
  }
  int32_t a = deleg ? delegation_of(d, sidx, tok) : kg_coref_org_named_with(d, sidx, tok, b, 1);
  if (a < 0 && !deleg)
    a = latest_org(d, sidx, tok, !strcmp(b, "club"));
  if (a < 0 || kg_act_add_mention(c, sidx, tok, k - tok + 1, a, KG_MEN_DESCRIPTION, 0) < 0)
    return 0;
  return k - tok + 1;
}

/* Whether actor is a state the noun b fits: "kingdom" or "sultanate" a state
 * the dictionary calls so ("United Kingdom", an entry with the alias "Kingdom
 * of X", "Kingdom of the X", "Sultanate of X": actors.ttl), "island" an island
 * state (kgd:islandState: "Jersey", not the United Kingdom). */
static int state_fits(const kg_doc *d, const kg_dict *dict, const char *b, int32_t actor)
{
  int32_t e = d->actors[actor].dict_entry;
  const kg_dict_actor *de = e >= 0 ? kg_dict_actor_at(dict, e) : NULL;
  if (!de || de->type != KG_ACT_COUNTRY)
    return 0;
  if (!strcmp(b, "island"))
    return (kg_dict_lex(dict, d->actors[actor].key) & KG_LEX_ISLAND) != 0;
  char w[16], buf[160];
  snprintf(w, sizeof w, "%c%s", toupper((unsigned char)b[0]), b + 1);
  if (strstr(de->label, w))
    return 1;
  snprintf(buf, sizeof buf, "%s of %s", w, de->label);
  if (kg_dict_find_actor(dict, buf) == e)
    return 1;
  snprintf(buf, sizeof buf, "%s of the %s", w, de->label);
  return kg_dict_find_actor(dict, buf) == e;
}

int32_t kg_coref_desc_fits(const kg_doc *d, const kg_dict *dict, const char *b, int32_t a, uint32_t sidx,
                           uint32_t tok)
{
  const char *l = d->actors[a].label;
  if (!strcmp(b, "agency"))
    return strstr(l, "Agency") || strstr(l, "Organization") || strstr(l, "Organisation") || strstr(l, "Programme") ||
           strstr(l, "Office") ? a : -1;
  if (!kg_act_in_list(b, (const char *const[]){ "kingdom", "sultanate", "island", NULL }) ||
      state_fits(d, dict, b, a))
    return a;
  /* else the state of that kind the story names most by name before (the last of equals) */
  int32_t best = -1;
  size_t bn = 0;
  for (size_t k = 0; k < d->nmentions; k++) {
    const kg_mention *m = &d->mentions[k];
    if (m->tok >= tok || m->actor < 0 || m->kind == KG_MEN_PRONOUN || m->kind == KG_MEN_DESCRIPTION ||
        !state_fits(d, dict, b, m->actor))
      continue;
    size_t n = 0;
    for (size_t q = 0; q <= k; q++)
      n += d->mentions[q].actor == m->actor && d->mentions[q].kind != KG_MEN_PRONOUN &&
           d->mentions[q].kind != KG_MEN_DESCRIPTION;
    if (n >= bn) {
      bn = n;
      best = m->actor;
    }
  }
  (void)sidx;
  return best;
}

int32_t kg_coref_epithet_state(const kg_doc *d, const kg_dict *dict, uint32_t from, uint32_t to)
{
  char adj[24], pair[96];
  for (uint32_t q = from; q < to; q++) {
    if (d->tokens[q].upos != KG_UPOS_ADJ && d->tokens[q].upos != KG_UPOS_NOUN)
      continue;
    kg_tok_lower(&d->tokens[q], adj, sizeof adj);
    for (size_t m = d->nmentions; m-- > 0;) {   /* the last state named before with that epithet */
      const kg_mention *mm = &d->mentions[m];
      if (mm->tok >= from || mm->actor < 0 || d->actors[mm->actor].type != KG_ACT_COUNTRY ||
          !d->actors[mm->actor].key)
        continue;
      snprintf(pair, sizeof pair, "%s %s", adj, d->actors[mm->actor].key);
      if (kg_dict_lex2(dict, pair) & KG_LEX2_EPITHET)
        return mm->actor;
    }
  }
  return -1;
}

int kg_coref_bloc_label(const char *l)
{
  static const char *const last[] = { " Union", " Community", NULL };
  /* (the Gulf Cooperation Council by the dictionary's label, which the
   * text's short name never was) */
  static const char *const whole[] = { "Arab League", "Mercosur", "BRICS", "NATO",
    "Cooperation Council for the Arab States of the Gulf", NULL };
  size_t n = strlen(l);
  if (!strncmp(l, "Council of", 10) || !strncmp(l, "Court of", 8) || strstr(l, "Commission"))
    return 0;
  for (size_t k = 0; last[k]; k++)
    if (n > strlen(last[k]) && !strcmp(l + n - strlen(last[k]), last[k]))
      return 1;
  for (size_t k = 0; whole[k]; k++)
    if (!strcmp(l, whole[k]))
      return 1;
  return !strncmp(l, "Association of", 14) || !strncmp(l, "Economic Community of", 21);
}

uint32_t kg_coref_size(const kg_doc *d, const kg_sentence *s, uint32_t k)
{
  char b[16];
  if (k + 3 >= s->tok + s->ntok || !kg_tok_is(d, k + 1, "-"))
    return 0;
  /* "the oil-rich kingdom", "the war-torn country", "the nuclear-armed
   * state": a lower-case hyphenated modifier, written solid */
  if (d->tokens[k].upos != KG_UPOS_NUM) {
    if (kg_tok_is_cap(&d->tokens[k]) || d->tokens[k].space_after || d->tokens[k + 1].space_after ||
        kg_tok_is_cap(&d->tokens[k + 2]))
      return 0;
    kg_tok_lower(&d->tokens[k + 2], b, sizeof b);
    return kg_act_in_list(b, (const char *const[]){ "rich", "torn", "strapped", "locked", "ravaged", "hit",
                                                    "stricken", "armed", "dependent", "producing", "exporting",
                                                    "importing", "run", "ruled", "governed", NULL }) ? 3 : 0;
  }
  kg_tok_lower(&d->tokens[k + 2], b, sizeof b);
  return kg_act_in_list(b, (const char *const[]){ "member", "nation", "country", "state", NULL }) ? 3 : 0;
}

int32_t kg_coref_verb_subject(const kg_doc *d, int32_t v)
{
  int32_t q = kg_coref_nsubj_before(d, v, (uint32_t)v);
  for (uint32_t k = d->sents[d->tokens[v].sent].tok; q < 0 && k < (uint32_t)v; k++)
    if (kg_tok_head(d, k) == v && d->tokens[k].deprel && !strcmp(d->tokens[k].deprel, "nsubj:pass"))
      q = (int32_t)k;
  /* ("The Americans had hoped ..., but they were not received by": an
   * unresolved pronoun subject of a conjunct is the first verb's subject) */
  int32_t h = kg_tok_head(d, (uint32_t)v);
  if ((q < 0 || (d->tokens[q].upos == KG_UPOS_PRON && kg_mention_at(d, (uint32_t)q) < 0)) && h >= 0 && h < v &&
      d->tokens[v].deprel && !strcmp(d->tokens[v].deprel, "conj") && d->tokens[h].upos == KG_UPOS_VERB)
    return kg_coref_nsubj_before(d, h, (uint32_t)h);
  return q;
}

/* "a spokesman for the movement", "leaders of the group": a voice or a
 * leader of the group the description at tok names (the description's
 * determiner at tok, its preposition before it, its noun at k, no name
 * after it). */
int kg_coref_voice_of(const kg_doc *d, const kg_sentence *s, uint32_t tok, uint32_t k)
{
  static const char *const voices[] = { "spokesman", "spokeswoman", "spokesperson", "leader", "official",
    "commander", "representative", "negotiator", "envoy", NULL };   /* (not a member: "asked if she was a member
                                                                      * of the group") */
  char b[24];
  if (tok < s->tok + 2 || !(kg_tok_is(d, tok - 1, "for") || kg_tok_is(d, tok - 1, "of")) ||
      (k + 1 < s->tok + s->ntok && kg_tok_is_cap(&d->tokens[k + 1])))
    return 0;                             /* (not "for the campaign group Liberty": its name follows) */
  kg_tok_lower(&d->tokens[tok - 2], b, sizeof b);
  size_t n = strlen(b);
  if (n > 1 && b[n - 1] == 's')
    b[n - 1] = '\0';                    /* ("leaders of the group") */
  return kg_act_in_list(b, voices);
}

int kg_coref_person_titled(const kg_doc *d, const kg_dict *dict, int32_t a, uint32_t at)
{
  for (size_t m = 0; m < d->nmentions && d->mentions[m].tok < at; m++) {
    const kg_mention *mm = &d->mentions[m];
    if (mm->actor == a && mm->kind != KG_MEN_DESCRIPTION && mm->kind != KG_MEN_PRONOUN &&
        kg_dict_title_before(dict, d, mm->tok, d->sents[mm->sent].tok) > 0)
      return 1;
  }
  return 0;
}

/* Do tokens k.. spell f's words, within [lo, hi)? */
static int words_at(const kg_doc *d, const kg_titled_filter *f, uint32_t k, uint32_t hi)
{
  char b[24];
  uint32_t k0 = k;
  for (int q = 0; q < f->nw; q++, k++) {  /* (the words first, then the word before: speed) */
    if (k >= hi)
      return 0;
    kg_tok_lower(&d->tokens[k], b, sizeof b);
    if (strcmp(b, f->w[q]))
      return 0;
  }
  /* (not "Deputy Prime Minister X" for "the prime minister") */
  if (k0 > d->sents[d->tokens[k0].sent].tok) {
    kg_tok_lower(&d->tokens[k0 - 1], b, sizeof b);
    if (kg_act_in_list(b, (const char *const[]){ "deputy", "vice", "former", "shadow", "assistant", "junior",
                                                 "acting", "ex", "-", NULL }))
      return 0;
  }
  return 1;
}

int kg_coref_titled_ok(const kg_doc *d, int32_t a, const void *arg)
{
  const kg_titled_filter *f = arg;
  for (size_t m = 0; m < d->nmentions; m++) {
    const kg_mention *mm = &d->mentions[m];
    if (mm->actor != a || mm->tok >= f->at || mm->kind == KG_MEN_DESCRIPTION)
      continue;
    const kg_sentence *s = &d->sents[mm->sent];
    uint32_t e = mm->tok + mm->ntok, lo = mm->tok > s->tok + 4 ? mm->tok - 4 : s->tok;
    for (uint32_t k = lo; k < e; k++)
      if (words_at(d, f, k, e) && (!f->strict || k >= mm->tok || k + (uint32_t)f->nw == mm->tok))
        return 1;
    /* (an apposition that ends with them: "X, the country's foreign
     * minister, said"; not "X, who told the chancellor") */
    uint32_t end = s->tok + s->ntok;
    if (e < end && kg_tok_is(d, e, ","))
      for (uint32_t k = e + 1; k < end && k < e + 5 && !kg_tok_is(d, k, ","); k++)
        if (words_at(d, f, k, end) &&
            (k + f->nw >= end || kg_tok_is(d, k + f->nw, ",") || kg_tok_is(d, k + f->nw, ".") ||
             kg_tok_is(d, k + f->nw, "of")))
          return 1;
  }
  return 0;
}

/* The person of the latest mention before f->at that bears f's title
 * (kg_coref_titled_ok), however far back; -1 when none. */
int32_t kg_coref_titled_earlier(const kg_doc *d, const kg_titled_filter *f)
{
  int32_t seen[32];                      /* persons found untitled: each is tested once */
  size_t nseen = 0;
  if (f->nw <= 0)
    return -1;
  for (size_t m = d->nmentions; m-- > 0;) {
    const kg_mention *mm = &d->mentions[m];
    if (mm->tok >= f->at || mm->actor < 0 || d->actors[mm->actor].type != KG_ACT_PERSON ||
        mm->kind == KG_MEN_DESCRIPTION || mm->kind == KG_MEN_PRONOUN)
      continue;
    size_t q = 0;
    while (q < nseen && seen[q] != mm->actor)
      q++;
    if (q < nseen)
      continue;
    if (kg_coref_titled_ok(d, mm->actor, f))
      return mm->actor;
    if (nseen < sizeof seen / sizeof *seen)
      seen[nseen++] = mm->actor;
  }
  return -1;
}

/* The state dictionary entry actor a stands for: a state, a sector group's
 * state, a known city's or an office holder's state; -1 (organisations,
 * unknown names). */
static int32_t state_entry(const kg_doc *d, const kg_dict *dict, int32_t x)
{
  const kg_actor *a = &d->actors[x];
  if (a->sector && a->sector_of >= 0 && (size_t)a->sector_of < d->nactors)
    a = &d->actors[a->sector_of];       /* "Malian soldiers": Mali */
  const kg_dict_actor *e = a->dict_entry >= 0 ? kg_dict_actor_at(dict, a->dict_entry) : NULL;
  int32_t en = !e ? -1 : e->type == KG_ACT_COUNTRY ? a->dict_entry : e->type == KG_ACT_ORG ? -1 : e->country;
  const kg_dict_actor *se = en >= 0 ? kg_dict_actor_at(dict, en) : NULL;
  return se && se->type == KG_ACT_COUNTRY ? en : -1;
}

/* Does mention m name a war, not a story's state ("the Iraq war", "the war
 * in Iraq", "conflict in Iraq")?  A story about a war abroad is often told
 * from home, whose government it names. */
static int war_name(const kg_doc *d, const kg_mention *m)
{
  static const char *const war[] = { "war", "wars", "conflict", "invasion", NULL };
  uint32_t k = m->tok + m->ntok - 1;
  int32_t h = kg_tok_head(d, k);
  const char *r = d->tokens[k].deprel;
  if (h < 0 || !r || !d->tokens[h].lemma)
    return 0;
  return (!strcmp(r, "compound") || !strncmp(r, "nmod", 4)) && kg_act_in_list(d->tokens[h].lemma, war);
}

int32_t kg_coref_story_state(const kg_doc *d, const kg_dict *dict, uint32_t sidx, uint32_t tok)
{
  int32_t st = -1;
  for (size_t k = 0; k < d->nmentions; k++) {
    const kg_mention *m = &d->mentions[k];
    if (m->sent > sidx || (m->sent == sidx && m->tok >= tok))
      break;
    int32_t en = m->actor >= 0 && !war_name(d, m) ? state_entry(d, dict, m->actor) : -1;
    if (en < 0)
      continue;
    /* (a state of its own sentence is the argument rules': "Church leaders
     * in Kenya urged the government", a domestic act, stays a group) */
    if (m->sent == sidx || (st >= 0 && st != en))
      return -1;                          /* two states: the story's is not clear */
    st = en;
  }
  return st;
}

/* Occupation nouns by kind: a description takes the person introduced with a
 * noun of its own kind. */
static const char *const occupations[][8] = {
  { "writer", "novelist", "author", "poet", "playwright", NULL },
  { "journalist", "reporter", "blogger", "correspondent", "editor", "photographer", NULL },
  { "activist", "dissident", "campaigner", NULL },
  { "lawyer", "attorney", NULL },
};

/* The kind of occupation noun b, -1 when none. */
static int occupation_kind(const char *b)
{
  for (int k = 0; k < (int)(sizeof occupations / sizeof occupations[0]); k++)
    if (kg_act_in_list(b, occupations[k]))
      return k;
  return -1;
}

/* Whether mention m (a name) was introduced with an occupation of kind kd:
 * within the five words before it in its sentence ("the French-Algerian
 * novelist Boualem Sansal") or after a comma right after it ("X, a blogger"). */
static int introduced_as(const kg_doc *d, const kg_mention *m, int kd)
{
  const kg_sentence *s = &d->sents[m->sent];
  char b[32];
  for (uint32_t q = m->tok; q > s->tok && q + 5 > m->tok; q--) {
    const kg_token *t = &d->tokens[q - 1];
    if (t->upos == KG_UPOS_PUNCT && !kg_tok_is(d, q - 1, "-"))
      break;
    kg_tok_lower(t, b, sizeof b);
    if (occupation_kind(b) == kd)
      return 1;
  }
  uint32_t e = m->tok + m->ntok, end = s->tok + s->ntok;
  if (e + 2 < end && kg_tok_is(d, e, ",") && (kg_tok_is(d, e + 1, "a") || kg_tok_is(d, e + 1, "an") ||
                                               kg_tok_is(d, e + 1, "the")))
    for (uint32_t q = e + 2; q < end && q < e + 5; q++) {
      kg_tok_lower(&d->tokens[q], b, sizeof b);
      if (occupation_kind(b) == kd)
        return 1;
      if (d->tokens[q].upos != KG_UPOS_ADJ && d->tokens[q].upos != KG_UPOS_NOUN)
        break;
    }
  return 0;
}

uint32_t kg_coref_occupation(kg_act_ctx *c, uint32_t sidx, uint32_t tok)
{
  kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[sidx];
  uint32_t end = s->tok + s->ntok, k = tok + 1;
  char b[32];
  while (k < end && k < tok + 3 && (d->tokens[k].upos == KG_UPOS_ADJ || kg_tok_is(d, k, "-")) &&
         kg_mention_at(d, k) < 0)
    k++;                                  /* ("the 80-year-old writer", "the exiled journalist") */
  if (k >= end || kg_tok_is_cap(&d->tokens[k]) || d->tokens[k].upos != KG_UPOS_NOUN || kg_mention_at(d, k) >= 0)
    return 0;
  kg_tok_lower(&d->tokens[k], b, sizeof b);
  int kd = occupation_kind(b);
  /* (not a noun's modifier, "the writer's", nor one named next, "the writer X") */
  if (kd < 0 || (k + 1 < end && (d->tokens[k + 1].upos == KG_UPOS_NOUN || d->tokens[k + 1].upos == KG_UPOS_PROPN ||
                                 kg_tok_is(d, k + 1, "of"))))
    return 0;
  for (size_t q = d->nmentions; q-- > 0;) {
    const kg_mention *m = &d->mentions[q];
    if (m->sent > sidx || (m->sent == sidx && m->tok >= tok))
      continue;
    if (m->sent + 4 < sidx)
      break;
    if (m->actor < 0 || d->actors[m->actor].type != KG_ACT_PERSON || m->kind == KG_MEN_PRONOUN ||
        m->kind == KG_MEN_DESCRIPTION || !introduced_as(d, m, kd))
      continue;
    if (kg_act_add_mention(c, sidx, tok, k - tok + 1, m->actor, KG_MEN_DESCRIPTION, 0) < 0)
      return 0;
    return k - tok + 1;
  }
  return 0;
}

int32_t kg_coref_sent_person(const kg_doc *d, uint32_t at)
{
  uint32_t s0 = d->tokens[at].sent;
  for (size_t m = d->nmentions; m-- > 0;) {
    const kg_mention *mm = &d->mentions[m];
    if (mm->tok >= at)
      continue;
    if (mm->sent + 2 < s0)
      break;
    if (mm->actor < 0 || d->actors[mm->actor].type != KG_ACT_PERSON || mm->kind == KG_MEN_DESCRIPTION ||
        mm->kind == KG_MEN_PRONOUN)
      continue;
    int32_t x = -1;                       /* the name's head: its token headed outside it */
    for (uint32_t k = mm->tok; k < mm->tok + mm->ntok && x < 0; k++) {
      int32_t h = kg_tok_head(d, k);
      if (h < (int32_t)mm->tok || h >= (int32_t)(mm->tok + mm->ntok))
        x = (int32_t)k;
    }
    if (x >= 0 && d->tokens[x].deprel && !strcmp(d->tokens[x].deprel, "appos"))
      x = kg_tok_head(d, (uint32_t)x);    /* ("his adviser, X,") */
    int32_t v = x >= 0 ? kg_tok_head(d, (uint32_t)x) : -1;
    const char *rel = x >= 0 ? d->tokens[x].deprel : NULL;
    if (v >= 0 && rel && (!strcmp(rel, "obj") || !strcmp(rel, "nsubj:pass")) && d->tokens[v].lemma &&
        (!strcmp(d->tokens[v].lemma, "send") || !strcmp(d->tokens[v].lemma, "dispatch")))
      return mm->actor;
  }
  return -1;
}
