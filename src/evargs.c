/* evargs.c — the arguments of an event trigger: agent, target and
 * participants, from the dependency tree when there is one and from token
 * windows otherwise (see the rules in events.c's header comment).
 *
 * Owns: noun-phrase heads ("Russian President Vladimir Putin" -> Putin),
 * coordination, subjects across control verbs and appositions, objects
 * and prepositional targets, passives and by-agents, possessors and
 * compounds of nominal triggers, "between X and Y", "the two leaders";
 * a group named by where or whom it comes from ("Rebels in the Ivory
 * Coast", "A group of Moroccan diplomats", "Tens of thousands of students
 * throughout Indonesia": an agentive name under an nmod with in / of /
 * from / throughout / across of a common noun, or among that nominal's
 * name and demonym modifiers, two nmod levels deep); the speaker of a
 * complement clause; a target from the trigger's subtree (events.c).
 * Window arguments, plural subjects/objects and the window searches (the
 * subject before a verb, the name after it or after a preposition) live in
 * evwindow.c.
 * The lemma candidates and their cache live in discourse.c.
 * Does not own: trigger matching, factuality, dates and emitting events
 * (events.c), mentions (actors.c).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "evargs.h"
#include "evclause.h"
#include "evconj.h"
#include "actors.h"
#include "dates.h"

/* ------------------------------------------------------------ words */

int kg_ev_in_list(const char *w, const char *const *l)
{
  /* the first two letters before strcmp (speed) */
  for (; *l; l++) {
    const char *e = *l;
    if (e[0] == w[0] && (!w[0] || (e[1] == w[1] && (!w[1] || !strcmp(w + 2, e + 2)))))
      return 1;
  }
  return 0;
}

void kg_ev_low(const kg_doc *d, uint32_t i, char *b, size_t cap)
{
  kg_tok_lower(&d->tokens[i], b, cap);
}

int kg_ev_is_boundary_word(const char *b)
{
  /* the words ; : ( ) that which who whom whose where when while because
   * although though whereas if unless but , " (by first letter: speed) */
  switch (b[0]) {
  case ';': case ':': case '(': case ')': case ',': case '"':
    return b[1] == '\0';
  case 't':
    return !strcmp(b, "that") || !strcmp(b, "though");
  case 'w':
    return !strcmp(b, "which") || !strcmp(b, "who") || !strcmp(b, "whom") ||
           !strcmp(b, "whose") || !strcmp(b, "where") || !strcmp(b, "when") ||
           !strcmp(b, "while") || !strcmp(b, "whereas");
  case 'b':
    return !strcmp(b, "because") || !strcmp(b, "but");
  case 'a':
    return !strcmp(b, "although");
  case 'i':
    return !strcmp(b, "if");
  case 'u':
    return !strcmp(b, "unless");
  default:
    return 0;
  }
}

int kg_ev_atype(const kg_doc *d, int32_t m)
{
  if (m < 0 || d->mentions[m].actor < 0)
    return 0;
  return d->actors[d->mentions[m].actor].type;
}

int kg_ev_agentive(const kg_doc *d, int32_t m)
{
  int t = kg_ev_atype(d, m);
  return t == KG_ACT_PERSON || t == KG_ACT_COUNTRY || t == KG_ACT_ORG ||
         (t == KG_ACT_PLACE && d->mentions[m].group >= 0);   /* "police in Lima": Peru's (sectors.c) */
}

/* "his", "its", "their": the determiner of a noun phrase, not its head
 * ("her" only when the tree has no object of it: "urged her to"). */
int kg_ev_possessive_pronoun(const kg_doc *d, int32_t m)
{
  char b[16];
  if (d->mentions[m].kind != KG_MEN_PRONOUN)
    return 0;
  kg_ev_low(d, d->mentions[m].tok, b, sizeof b);
  const char *r = d->tokens[d->mentions[m].tok].deprel;
  return !strcmp(b, "his") || !strcmp(b, "its") || !strcmp(b, "their") ||
         (!strcmp(b, "her") && !(r && (!strcmp(r, "obj") || !strcmp(r, "iobj"))));
}

/* ------------------------------------------------------------ NP heads */

/* A state mention followed by a title and a person ("Russian President
 * Vladimir Putin", "U.S. President Donald Trump"): the person is the head. */
int32_t kg_ev_np_head(const ev_ctx *c, int32_t m)
{
  const kg_doc *d = c->doc;
  if (m < 0 || kg_ev_atype(d, m) == KG_ACT_PERSON)
    return m;
  const kg_mention *mm = &d->mentions[m];
  const kg_sentence *s = &d->sents[mm->sent];
  uint32_t end = s->tok + s->ntok, i = mm->tok + mm->ntok;
  int titled = 0;
  const kg_title *ti;
  if (i < end && kg_tok_is_poss(&d->tokens[i]))
    i++;
  for (int guard = 0; i < end && guard < 4; guard++) {
    uint32_t tn = kg_dict_match_title(c->dict, d, i, &ti);
    if (tn > 0) { i += tn; titled = 1; continue; }
    if (kg_tok_is(d, i, "former") || kg_tok_is(d, i, "acting") || kg_tok_is(d, i, "first") ||
        kg_tok_is(d, i, "counterpart") || (kg_tok_is(d, i, ",") && kg_tok_is(d, i - 1, "counterpart"))) {
      i++;
      titled |= kg_tok_is(d, i - 1, "counterpart");
      continue;
    }
    break;
  }
  if (!titled || i >= end)
    return kg_ev_demonym_head(c, m);    /* "French carmaker Renault": Renault (evnotarget.c) */
  int32_t p = kg_mention_at(d, i);
  if (p < 0)
    return m;
  /* a person, or the titled name of the state's own entry (a codebook
   * that codes the man as his state: "Dagolath's Deputy Prime Minister
   * Telemar", the sector of the title, sectors.c) */
  return kg_ev_atype(d, p) == KG_ACT_PERSON ||
         (d->mentions[p].actor == mm->actor && d->mentions[p].group >= 0) ? p : m;
}

/* Mentions coordinated with m after it ("X and Y", "X, Y and Z"). */
size_t kg_ev_coord_after(const ev_ctx *c, int32_t m, int32_t *out, size_t cap)
{
  const kg_doc *d = c->doc;
  size_t n = 0;
  if (m < 0 || cap == 0)
    return 0;
  out[n++] = kg_ev_np_head(c, m);
  const kg_sentence *s = &d->sents[d->mentions[m].sent];
  uint32_t end = s->tok + s->ntok;
  int32_t cur = out[0];
  while (n < cap) {
    int ofs;
    uint32_t i = kg_ev_name_end(c, cur, &ofs);   /* (past "of Azerbaijan": a person's conjunct) */
    if (i >= end || !(kg_tok_is(d, i, "and") || kg_tok_is(d, i, ",") || kg_tok_is(d, i, "or") ||
                      kg_tok_is(d, i, "nor")))
      break;
    i++;
    if (i < end && kg_tok_is(d, i, "and"))
      i++;
    for (int k = 0; k < 4 && i < end && kg_mention_at(d, i) < 0; k++) {
      if (kg_tok_is(d, i, "the") || kg_tok_is(d, i, "former") || kg_tok_is(d, i, "both") ||
          kg_tok_is_cap(&d->tokens[i]))
        i++;
      else
        break;
    }
    int32_t nx = i < end ? kg_mention_at(d, i) : -1;
    if (nx < 0 || d->mentions[nx].tok != i || !kg_ev_agentive(d, nx) ||
        (ofs && kg_ev_atype(d, kg_ev_np_head(c, nx)) != KG_ACT_PERSON))
      break;
    cur = kg_ev_np_head(c, nx);
    out[n++] = cur;
  }
  return n;
}

/* Mentions coordinated with m before it ("X and Y" seen from Y). */
size_t kg_ev_coord_before(const ev_ctx *c, int32_t m, int32_t *out, size_t cap)
{
  const kg_doc *d = c->doc;
  size_t n = 0;
  if (m < 0 || cap == 0)                  /* (no room: a caller's list already full) */
    return 0;
  out[n++] = m;
  const kg_sentence *s = &d->sents[d->mentions[m].sent];
  int32_t cur = m;
  while (n < cap) {
    uint32_t i = kg_ev_titled_start(c, cur);   /* "A and Rwandan President B" */
    if (i > s->tok + 1 && kg_tok_is(d, i - 1, "the"))
      i--;                                /* "South Korea and the United States" */
    if (i <= s->tok + 1)
      break;
    i--;
    if (!(kg_tok_is(d, i, "and") || kg_tok_is(d, i, ",") || kg_tok_is(d, i, "or") ||
          kg_tok_is(d, i, "nor")))
      break;
    if (i > s->tok && kg_tok_is(d, i - 1, ","))
      i--;
    if (i == s->tok)
      break;
    int32_t pv = kg_mention_at(d, i - 1);
    pv = pv >= 0 && kg_ev_atype(d, cur) == KG_ACT_PERSON ? kg_ev_of_state_owner(c, pv) : pv;
    if (pv < 0 || !kg_ev_agentive(d, pv) || kg_mention_role(d, (size_t)pv) == 'p')
      break;
    cur = pv;
    out[n++] = cur;
  }
  return n;
}

/* Completes coordinations the parse cut short ("Mordor, Rohan, Fornost and
 * Bree welcomed", "lawmakers in France and Germany"): every mention joined
 * to an argument by "," / "and" / "or" joins its role, unless it opens a
 * clause of its own (a verb other than the trigger right after it: "met
 * Putin, and Russia said")
 * or already holds the other role. */
/* 1 when "and", "or" or "nor" stands between mentions a and b (a before b). */
static int joint_and(const kg_doc *d, int32_t a, int32_t b)
{
  if (a < 0 || b < 0) return 0;
  for (uint32_t t = d->mentions[a].tok + d->mentions[a].ntok; t < d->mentions[b].tok; t++)
    if (kg_tok_is(d, t, "and") || kg_tok_is(d, t, "or") || kg_tok_is(d, t, "nor"))
      return 1;
  return 0;
}

/* Is mention m, in the tree, the object or oblique of a verb other than
 * trig ("arrested X, and Moldova accused Y": X is no second accuser)? */
static int other_verb_arg(const kg_doc *d, int32_t m, uint32_t trig)
{
  uint32_t k = d->mentions[m].tok;
  if (!kg_sent_has_tree(d, d->mentions[m].sent))
    return 0;
  const char *r = d->tokens[k].deprel;
  for (int up = 0; up < 3 && r && (!strcmp(r, "flat") || !strcmp(r, "compound") || !strcmp(r, "nmod:desc") ||
                                   !strcmp(r, "appos")) && kg_tok_head(d, k) >= 0; up++) {
    k = (uint32_t)kg_tok_head(d, k);
    r = d->tokens[k].deprel;
  }
  int32_t h = kg_tok_head(d, k);
  return r && h >= 0 && (uint32_t)h != trig && d->tokens[h].upos == KG_UPOS_VERB &&
         (!strcmp(r, "obj") || !strcmp(r, "iobj") || !strncmp(r, "obl", 3));
}

static void complete_list(const ev_ctx *c, uint32_t trig, int32_t *list, size_t *n, size_t cap,
                          const int32_t *other, size_t nother)
{
  const kg_doc *d = c->doc;
  size_t n0 = *n;
  for (size_t k = 0; k < n0; k++) {
    int32_t ch[8];
    size_t nc = kg_ev_coord_after(c, list[k], ch, 8);
    size_t nb = kg_ev_coord_before(c, list[k], ch + nc, 8 - nc);
    /* a list closes with "and"/"or": "A, B and C"; a bare comma alone
     * ("..., South Korea's military said") joins nothing */
    int and_after = 0, and_before = 0;
    for (size_t q = 1; q < nc; q++)
      and_after |= joint_and(d, ch[q - 1], ch[q]);
    for (size_t q = nc + 1; q < nc + nb; q++)
      and_before |= joint_and(d, ch[q], ch[q - 1]);
    for (size_t q = 0; q < nc + nb && *n < cap; q++) {
      int32_t m = ch[q];
      if (m < 0) continue;
      if ((q < nc && !and_after) || (q >= nc && !and_before)) continue;
      if (q >= nc && other_verb_arg(d, m, trig))
        continue;
      uint32_t after = d->mentions[m].tok + d->mentions[m].ntok;
      if (q < nc && after < d->ntokens && after != trig &&
          d->tokens[after].sent == d->mentions[m].sent &&
          (d->tokens[after].upos == KG_UPOS_VERB || d->tokens[after].upos == KG_UPOS_AUX))
        continue;
      int dup = 0;
      for (size_t r = 0; r < *n && !dup; r++)
        dup = list[r] == m || d->mentions[list[r]].actor == d->mentions[m].actor;
      for (size_t r = 0; r < nother && !dup; r++)
        dup = d->mentions[other[r]].actor == d->mentions[m].actor;
      if (!dup)
        list[(*n)++] = m;
    }
  }
}

void kg_ev_complete_coord(const ev_ctx *c, uint32_t trig, ev_args *a)
{
  complete_list(c, trig, a->agents, &a->nag, KG_EV_SIDE, a->targets, a->ntg);
  if (!a->plural_tg)                    /* (not the pair "both governments" stood for) */
    complete_list(c, trig, a->targets, &a->ntg, KG_EV_SIDE, a->agents, a->nag);
  kg_ev_as_did(c, trig, a);             /* ", as did France" (evdoer.c) */
}
/* ------------------------------------------------------------ tree arguments */

static int32_t child_with(const kg_doc *d, uint32_t head, const char *rel, int prefix)
{
  return kg_tok_child(d, head, rel, prefix);
}

/* The preposition (case child) of a nominal, lower-cased into b. */
static void case_of(const kg_doc *d, uint32_t tok, char *b, size_t cap)
{
  int32_t k = child_with(d, tok, "case", 0);
  b[0] = '\0';
  if (k >= 0)
    kg_ev_low(d, (uint32_t)k, b, cap);
}

/* The mention whose span covers token j (its NP head), through np_head. */
int kg_ev_lemma_lex(const ev_ctx *c, uint32_t i)
{
  const char *lm = c->doc->tokens[i].lemma;
  char low[64];
  size_t k = 0;
  for (; lm && lm[k] && k + 1 < sizeof low; k++)
    low[k] = (char)tolower((unsigned char)lm[k]);
  low[k] = '\0';
  return lm ? kg_dict_lex(c->dict, low) : 0;
}

static int32_t mention_of_tok(const ev_ctx *c, int32_t j)
{
  if (j < 0)
    return -1;
  int32_t m = kg_mention_at(c->doc, (uint32_t)j);
  /* "X, who is due to leave office, spoke ... and urged": the relative
   * pronoun of a clause set off by a comma right after a name is that name
   * (and a verb the parse conjoins to the relative clause keeps it) */
  if (m < 0 && j >= 2 && (kg_tok_is(c->doc, (uint32_t)j, "who") || kg_tok_is(c->doc, (uint32_t)j, "which")) &&
      kg_tok_is(c->doc, (uint32_t)j - 1, ",") && c->doc->tokens[j - 1].sent == c->doc->tokens[j].sent)
    m = kg_mention_at(c->doc, (uint32_t)j - 2);
  /* ... or after the name's apposition ("X, Pakistan's prime minister, who
   * arrived on Tuesday"): the name the apposition describes */
  if (m < 0 && j >= 2 && kg_tok_is(c->doc, (uint32_t)j - 1, ",") &&
      (kg_tok_is(c->doc, (uint32_t)j, "who") || kg_tok_is(c->doc, (uint32_t)j, "which")) &&
      c->doc->tokens[j - 2].deprel && !strcmp(c->doc->tokens[j - 2].deprel, "appos") &&
      kg_tok_head(c->doc, (uint32_t)j - 2) >= 0 && kg_mention_at(c->doc, (uint32_t)j - 2) < 0)
    m = kg_mention_at(c->doc, (uint32_t)kg_tok_head(c->doc, (uint32_t)j - 2));
  if (m < 0 || c->doc->mentions[m].kind == KG_MEN_DESCRIPTION)   /* (the parse hung both elsewhere) */
    m = kg_ev_who_after_description(c->doc, (uint32_t)j, m);
  if (m < 0 && c->doc->tokens[j].upos == KG_UPOS_NOUN) {
    int32_t is = kg_ev_message_issuer(c, (uint32_t)j);
    if (is >= 0)
      return is;
  }
  /* "Finnish prosecutors said that they were investigating": a plural
   * pronoun subject of a told clause is the teller; so is "he" or "she"
   * of one told by a described official ("The leader of the movement said
   * that he was ready to": a named teller is coref.c's), and "they" of
   * one told by a name ("The Houthis said that they were ready to") */
  int they = kg_tok_is(c->doc, (uint32_t)j, "they");
  if (m < 0 && (they || kg_tok_is(c->doc, (uint32_t)j, "he") || kg_tok_is(c->doc, (uint32_t)j, "she")) &&
      c->doc->tokens[j].deprel && !strncmp(c->doc->tokens[j].deprel, "nsubj", 5)) {
    int32_t v = kg_tok_head(c->doc, (uint32_t)j);
    int32_t sv = v >= 0 && c->doc->tokens[v].deprel && !strcmp(c->doc->tokens[v].deprel, "ccomp") ?
                 kg_tok_head(c->doc, (uint32_t)v) : -1;
    int32_t sj = sv >= 0 && sv < j ? child_with(c->doc, (uint32_t)sv, "nsubj", 0) : -1;
    int told = sv >= 0 && c->doc->tokens[sv].lemma &&
               kg_dict_cue(c->dict, c->doc->tokens[sv].lemma) == KG_CUE_REPORT;
    int one = sj >= 0 && c->doc->tokens[sj].xpos && !strcmp(c->doc->tokens[sj].xpos, "NN");
    int act = !strcmp(c->doc->tokens[j].deprel, "nsubj");   /* (not "says they were freed") */
    if (sj >= 0 && sj < sv && c->doc->tokens[sj].upos == KG_UPOS_NOUN && (they || (one && told && act)))
      return mention_of_tok(c, sj);
    int32_t tm = sj >= 0 && sj < sv && they && told && act && c->doc->tokens[sj].upos == KG_UPOS_PROPN &&
                 child_with(c->doc, (uint32_t)sj, "conj", 0) < 0 ? kg_mention_at(c->doc, (uint32_t)sj) : -1;
    if (tm >= 0 && kg_ev_atype(c->doc, tm) != KG_ACT_PERSON)   /* (not "Mr Pande said that ... they") */
      return tm;
  }
  /* "U.S. House Speaker Nancy Pelosi" parsed with "Speaker" as head: the
   * person in apposition or flat beside it comes first */
  static const char *const side[] = { "appos", "flat", "flat:name", NULL };
  /* ("the Estonian prime minister, Kristen Michal": the name in apposition
   * rather than whoever the description would stand for) */
  if (m >= 0 && c->doc->mentions[m].kind == KG_MEN_DESCRIPTION && kg_ev_atype(c->doc, m) == KG_ACT_PERSON) {
    int32_t k = kg_ev_appos_child(c->doc, (uint32_t)j);
    int32_t pm = k >= 0 ? kg_mention_at(c->doc, (uint32_t)k) : -1;
    /* (the name right after the comma, whatever the parse hung it on) */
    uint32_t nx = (uint32_t)j + 1;
    if (pm < 0 && nx + 1 < c->doc->ntokens && kg_tok_is(c->doc, nx, ",") &&
        c->doc->tokens[nx + 1].sent == c->doc->tokens[j].sent)
      pm = kg_mention_at(c->doc, nx + 1);
    if (pm >= 0 && c->doc->mentions[pm].kind == KG_MEN_NAME && kg_ev_atype(c->doc, pm) == KG_ACT_PERSON)
      m = pm;
  }
  m = m < 0 ? kg_ev_name_after_title(c->doc, (uint32_t)j) : m;   /* "with his counterpart, Y," (evappos.c) */
  for (int r = 0; m < 0 && side[r]; r++) {
    int32_t k = child_with(c->doc, (uint32_t)j, side[r], 0);
    /* (past the tail of a hyphened title the parse set in apposition too:
     * "The Arab League's secretary-general, Ahmed Aboul Gheit,") */
    const kg_sentence *js = &c->doc->sents[c->doc->tokens[j].sent];
    for (uint32_t q = k >= 0 ? (uint32_t)k + 1 : 0; r == 0 && k >= 0 && kg_mention_at(c->doc, (uint32_t)k) < 0 &&
                    q < js->tok + js->ntok && q < (uint32_t)k + 4; q++)
      if (kg_tok_head(c->doc, q) == j && c->doc->tokens[q].deprel && !strcmp(c->doc->tokens[q].deprel, "appos"))
        k = (int32_t)q;
    int32_t pm = k >= 0 ? kg_mention_at(c->doc, (uint32_t)k) : -1;
    /* "Crown Prince Mohammed bin Salman" headed by "Crown": the name is not
     * the first flat word (the title's second word is) */
    for (uint32_t q = k >= 0 ? (uint32_t)k + 1 : UINT32_MAX; r > 0 && pm < 0 && q < c->doc->ntokens &&
         kg_tok_head(c->doc, q) == j && c->doc->tokens[q].deprel && !strncmp(c->doc->tokens[q].deprel, "flat", 4); q++)
      pm = kg_mention_at(c->doc, q);
    if (pm >= 0 && kg_ev_atype(c->doc, pm) == KG_ACT_PERSON)
      m = pm;
    /* "the main opposition party, the Kuomintang,": an organisation in
     * apposition to a common noun */
    if (pm >= 0 && r == 0 && kg_ev_atype(c->doc, pm) == KG_ACT_ORG &&
        c->doc->tokens[j].upos == KG_UPOS_NOUN && !kg_tok_is_cap(&c->doc->tokens[j]))
      m = pm;
  }
  /* "Secretary of State Marco Rubio" parsed with the person as an nmod of
   * the capitalised title */
  if (m < 0 && kg_tok_is_cap(&c->doc->tokens[j])) {
    int32_t k = child_with(c->doc, (uint32_t)j, "nmod", 0);
    int32_t pm = k >= 0 ? kg_mention_at(c->doc, (uint32_t)k) : -1;
    if (pm >= 0 && kg_ev_atype(c->doc, pm) == KG_ACT_PERSON)
      m = pm;
  }
  /* "The chief of the IAEA, Rafael Grossi, visited": the person in apposition to the "of" phrase's
   * organisation or state (misattached: no person stands in apposition to an organisation) names the noun */
  if (m < 0 && c->doc->tokens[j].upos == KG_UPOS_NOUN) {
    int32_t k = child_with(c->doc, (uint32_t)j, "nmod", 0);
    int32_t km = k >= 0 ? kg_mention_at(c->doc, (uint32_t)k) : -1;
    int32_t ap = k >= 0 ? kg_ev_appos_child(c->doc, (uint32_t)k) : -1;   /* (or a comma's conjunct) */
    int32_t pm = ap >= 0 ? kg_mention_at(c->doc, (uint32_t)ap) : -1;
    if (kg_ev_atype(c->doc, km) != KG_ACT_PERSON && pm >= 0 &&   /* (also "for China's ministry, X,") */
        kg_ev_atype(c->doc, pm) == KG_ACT_PERSON)
      m = pm;
  }
  /* the head noun of "the Russian side", "Israeli army bulldozers": a name
   * or demonym among its modifiers, two levels down at most */
  static const char *const mods[] = { "nmod:poss", "compound", "amod", NULL };
  /* (not for a relational noun: "Ukraine's allies", "Western backers" are
   * not Ukraine, kgd:relationalNoun) */
  int relational = m < 0 && (kg_ev_lemma_lex(c, (uint32_t)j) & KG_LEX_RELATIONAL);
  for (int r = 0; m < 0 && !relational && mods[r]; r++) {
    int32_t k = child_with(c->doc, (uint32_t)j, mods[r], 0);
    if (k >= 0 && !(r == 1 && kg_ev_venue_named(c, (uint32_t)j, (uint32_t)k)))
      m = kg_mention_at(c->doc, (uint32_t)k);   /* (not "the Pretoria agreement ended": a venue) */
    /* "A Damascus-based Palestinian group": where it is based is not who
     * it is; a name or demonym among the noun's other modifiers first */
    if (k >= 0 && m < 0 && kg_tok_is(c->doc, (uint32_t)k, "based"))
      for (uint32_t q = (uint32_t)k + 1; q < (uint32_t)j && m < 0; q++)
        if (kg_tok_head(c->doc, q) == j && c->doc->tokens[q].deprel &&
            (!strcmp(c->doc->tokens[q].deprel, "amod") || !strcmp(c->doc->tokens[q].deprel, "compound")))
          m = kg_mention_at(c->doc, q);
    for (int r2 = 0; k >= 0 && m < 0 && mods[r2]; r2++) {
      int32_t k2 = child_with(c->doc, (uint32_t)k, mods[r2], 0);
      if (k2 >= 0)
        m = kg_mention_at(c->doc, (uint32_t)k2);
    }
    /* "Yemen's Houthi movement": the organisation the noun names, not the
     * state of its possessor */
    if (r == 0 && m >= 0 && kg_ev_atype(c->doc, m) == KG_ACT_COUNTRY) {
      int32_t k2 = child_with(c->doc, (uint32_t)j, "compound", 0);
      int32_t om = k2 >= 0 ? kg_mention_at(c->doc, (uint32_t)k2) : -1;
      if (om >= 0 && om != m && kg_ev_atype(c->doc, om) == KG_ACT_ORG)
        m = om;
    }
  }
  /* a group named by where or whom it comes from: "Rebels in the Ivory
   * Coast", "Security forces in Guinea", "A group of Moroccan diplomats",
   * "Tens of thousands of students throughout Indonesia" */
  /* a deed named with its doer: "condemned an attack by Osgiliath
   * soldiers in south Ithilen" is about the attackers */
  if (m < 0 && c->doc->tokens[j].upos == KG_UPOS_NOUN) {
    const kg_sentence *s = &c->doc->sents[c->doc->tokens[j].sent];
    char b[16];
    for (uint32_t k = (uint32_t)j + 1; k < s->tok + s->ntok && m < 0; k++)
      if (kg_tok_head(c->doc, k) == j && c->doc->tokens[k].deprel &&
          !strcmp(c->doc->tokens[k].deprel, "nmod")) {
        case_of(c->doc, k, b, sizeof b);
        if (strcmp(b, "by"))
          continue;
        int32_t bm = kg_mention_at(c->doc, k);
        static const char *const bmods[] = { "compound", "amod", "nmod:poss", NULL };
        for (int r = 0; bm < 0 && bmods[r]; r++) {
          int32_t q = child_with(c->doc, k, bmods[r], 0);
          if (q >= 0)
            bm = kg_mention_at(c->doc, (uint32_t)q);
        }
        m = bm;
      }
  }
  if (m < 0 && kg_ev_common_or_title(c, (uint32_t)j))   /* ("The President of Ghana") */
    m = kg_ev_group_origin(c, (uint32_t)j, 2);
  if (m < 0 || !kg_ev_agentive(c->doc, m))
    return -1;
  if (kg_ev_possessive_pronoun(c->doc, m) && strcmp(c->doc->tokens[j].deprel ? c->doc->tokens[j].deprel : "",
                                              "nmod:poss") != 0)
    return -1;                       /* "its troops" is no target of its own */
  return kg_ev_np_head(c, m);
}

int32_t kg_ev_mention_of_tok(const ev_ctx *c, int32_t j)
{
  return mention_of_tok(c, j);
}

int32_t kg_ev_child_with(const kg_doc *d, uint32_t head, const char *rel, int prefix)
{
  return kg_tok_child(d, head, rel, prefix);
}

/* The verb between h and its conjunct i, below h, with a subject and the
 * same modal as i ("would ... but would not"), or -1. */
static int32_t same_modal_verb(const kg_doc *d, uint32_t h, uint32_t i)
{
  int32_t mi = child_with(d, i, "aux", 0);
  if (mi < 0 || d->tokens[mi].xpos == NULL || strcmp(d->tokens[mi].xpos, "MD"))
    return -1;
  for (uint32_t v = i; v-- > h + 1;) {
    if (d->tokens[v].upos != KG_UPOS_VERB || !kg_tok_under(d, v, (int32_t)h) ||
        child_with(d, v, "nsubj", 0) < 0)
      continue;
    int32_t mv = child_with(d, v, "aux", 0);
    if (mv >= 0 && !strcasecmp(d->tokens[mv].form, d->tokens[mi].form))
      return (int32_t)v;
  }
  return -1;
}

static int to_clause(const kg_doc *d, uint32_t k)
{
  int32_t m = child_with(d, k, "mark", 0);
  return m >= 0 && kg_tok_is(d, (uint32_t)m, "to");
}

/* Conjuncts of the mention at token j (tree). */
static void add_conj(const ev_ctx *c, uint32_t j, int32_t *out, size_t *n, size_t cap)
{
  int32_t m = mention_of_tok(c, (int32_t)j);
  if (m >= 0 && *n < cap)
    out[(*n)++] = m;
  const kg_sentence *s = &c->doc->sents[c->doc->tokens[j].sent];
  int32_t mk = m < 0 ? kg_ev_members_named(c, j) : -1;   /* ("several states, among them X and Y") */
  if (mk >= 0) {
    add_conj(c, (uint32_t)mk, out, n, cap);
    return;
  }
  for (uint32_t k = s->tok; k < s->tok + s->ntok && *n < cap; k++)
    if (kg_tok_head(c->doc, k) == (int32_t)j && c->doc->tokens[k].deprel &&
        !strcmp(c->doc->tokens[k].deprel, "conj")) {
      int32_t m2 = mention_of_tok(c, (int32_t)k);
      if (m2 >= 0)
        out[(*n)++] = m2;
    }
}

/* Is token k "and", or a date phrase ("on Tuesday", "last week") or a
 * short prepositional phrase ("on the sidelines") that "and" follows,
 * before token i? */
static int and_after_date(const kg_doc *d, uint32_t k, uint32_t i)
{
  if (k < i && kg_tok_is(d, k, "and"))
    return 1;
  for (uint32_t q = k + 1; k < i && d->tokens[k].upos == KG_UPOS_ADP && q < i && q < k + 6; q++)
    if (kg_tok_is(d, q, "and"))
      return 1;
    else if (d->tokens[q].upos == KG_UPOS_VERB || d->tokens[q].upos == KG_UPOS_PUNCT || kg_mention_at(d, q) >= 0)
      break;
  int ry, rm, rd;
  if (k >= i || !kg_dates_reference(d, &ry, &rm, &rd))
    return 0;
  uint32_t q = k + (kg_tok_is(d, k, "on") || kg_tok_is(d, k, "in"));
  kg_date_expr ex[8];
  size_t n = kg_dates_find(d, d->tokens[k].sent, ry, rm, rd, ex, 8);
  for (size_t x = 0; x < n; x++)
    if ((ex[x].tok == k || ex[x].tok == q) && ex[x].tok + ex[x].ntok < i &&
        kg_tok_is(d, ex[x].tok + ex[x].ntok, "and"))
      return 1;
  return 0;
}

/* Is the name at token m the object of verb h, with no comma before verb
 * i ("met President Mirziyoyev in Tashkent and signed": the first verb's
 * object, not the second's subject)? */
static int object_of(const kg_doc *d, uint32_t m, uint32_t h, uint32_t i)
{
  const char *r = d->tokens[m].deprel;
  for (int up = 0; up < 3 && r && (!strcmp(r, "flat") || !strcmp(r, "compound") ||
                                   !strcmp(r, "nmod:desc") || !strcmp(r, "amod") ||
                                   !strcmp(r, "nmod:poss") || !strcmp(r, "appos")) &&
                  kg_tok_head(d, m) >= 0; up++) {
    m = (uint32_t)kg_tok_head(d, m);      /* "President Shavkat Mirziyoyev", "the Greek */
    r = d->tokens[m].deprel;              /* ambassador": its head word */
  }
  if (!r || kg_tok_head(d, m) != (int32_t)h || (strcmp(r, "obj") && strcmp(r, "iobj")))
    return 0;
  for (uint32_t k = m + 1; k < i; k++) {
    if (strcmp(d->tokens[k].form, ",") && strcmp(d->tokens[k].form, ";"))
      continue;
    /* the commas of an apposition to the object ("the Greek ambassador,
     * Maria Papadaki, and lodge ...") stay inside it */
    int32_t ap = kg_tok_head(d, k);
    if (d->tokens[k].form[0] == ',' && ap >= 0 && kg_tok_head(d, (uint32_t)ap) == (int32_t)m &&
        d->tokens[ap].deprel && !strcmp(d->tokens[ap].deprel, "appos"))
      continue;
    /* ... and the comma that closes it, whatever it hangs on ("her
     * successor, Mikheil Kavelashvili, and continues") */
    if (d->tokens[k].form[0] == ',' && k > m + 1 && kg_tok_head(d, k - 1) >= 0 &&
        (kg_tok_head(d, k - 1) == (int32_t)m || kg_tok_under(d, k - 1, (int32_t)m)) &&
        and_after_date(d, k + 1, i))
      continue;                           /* (or "..., on Tuesday and expelled") */
    return 0;
  }
  return 1;
}

/* Is nsubj j (before verb i) a title before another nsubj of i, with no
 * conjunction or comma between ("NATO Secretary General Jens Stoltenberg
 * welcomed", parsed as two subjects): the name after it is the subject. */
static int title_subject(const kg_doc *d, const kg_sentence *s, uint32_t i, uint32_t j)
{
  for (uint32_t k = j + 1; k < i; k++) {
    if (d->tokens[k].upos == KG_UPOS_CCONJ || !strcmp(d->tokens[k].form, ",") ||
        !strcmp(d->tokens[k].form, ";"))
      return 0;
    if (kg_tok_head(d, k) == (int32_t)i && d->tokens[k].deprel && !strcmp(d->tokens[k].deprel, "nsubj"))
      return kg_mention_at(d, k) >= 0;
  }
  (void)s;
  return 0;
}

/* Is nsubj j (after verb i) a second subject, with an nsubj of i before i?
 * In a declarative clause the one after the verb is a mislabelled object. */
static int second_subject(const kg_doc *d, const kg_sentence *s, uint32_t i, uint32_t j)
{
  for (uint32_t k = s->tok; k < i; k++)
    if (kg_tok_head(d, k) == (int32_t)i && d->tokens[k].deprel &&
        !strcmp(d->tokens[k].deprel, "nsubj"))
      return j > i;
  return 0;
}

/* "German Chancellor Friedrich Merz apologised ... on the first visit to
 * Namibia by a German head of government": an indefinite by-phrase names
 * the class of the subject of the verb its phrase hangs from (through obl
 * and nmod, three levels at most), who is the agent when the subject's
 * own state modifier is the by-phrase's state; -1 otherwise. */
static int32_t generic_by_agent(const ev_ctx *c, uint32_t i, uint32_t j)
{
  const kg_doc *d = c->doc;
  int32_t det = child_with(d, j, "det", 0);
  if (det < 0 || !(kg_tok_is(d, (uint32_t)det, "a") || kg_tok_is(d, (uint32_t)det, "an")) ||
      kg_mention_at(d, j) >= 0)
    return -1;
  int32_t bm = mention_of_tok(c, (int32_t)j);
  /* the verb the trigger's phrase hangs from (through obl / nmod) */
  int32_t v = (int32_t)i;
  for (int up = 0; up < 3 && v >= 0 && (v == (int32_t)i || d->tokens[v].upos != KG_UPOS_VERB); up++) {
    const char *r = d->tokens[v].deprel;
    v = r && (!strncmp(r, "obl", 3) || !strncmp(r, "nmod", 4)) ? kg_tok_head(d, (uint32_t)v) : -1;
  }
  if (bm < 0 || v < 0 || d->tokens[v].upos != KG_UPOS_VERB)
    return -1;
  int32_t sj = child_with(d, (uint32_t)v, "nsubj", 0);
  int32_t sm = mention_of_tok(c, sj);
  if (sm < 0 || kg_ev_atype(d, sm) != KG_ACT_PERSON)
    return -1;
  uint32_t st = d->mentions[sm].tok, s0 = d->sents[d->tokens[st].sent].tok;
  for (uint32_t q = st > s0 + 3 ? st - 3 : s0; q < st; q++) {
    int32_t qm = kg_mention_at(d, q);
    if (qm >= 0 && d->mentions[qm].actor == d->mentions[bm].actor)
      return sm;
  }
  return -1;
}

/* The noun (with a mention) a clause verb i hangs from; an apposition's
 * noun stands for the name it describes ("Hezbollah, the militia backed by
 * Tehran, which denied": Hezbollah); -1.  The subject "which"/"who"/"that"
 * of a relative clause is that noun, otherwise token j itself. */
static int32_t clause_noun(const ev_ctx *c, uint32_t i)
{
  const kg_doc *d = c->doc;
  int32_t n = kg_tok_head(d, i);
  if (n < 0)
    return -1;
  int32_t h = kg_tok_head(d, (uint32_t)n);
  if (d->tokens[n].deprel && !strcmp(d->tokens[n].deprel, "appos") && h >= 0 &&
      mention_of_tok(c, h) >= 0)
    n = h;                                /* the name the apposition describes */
  return mention_of_tok(c, n) >= 0 ? n : -1;
}

static uint32_t relative_antecedent(const ev_ctx *c, uint32_t i, uint32_t j)
{
  const kg_doc *d = c->doc;
  if (!(kg_tok_is(d, j, "which") || kg_tok_is(d, j, "who") || kg_tok_is(d, j, "that") || kg_tok_is(d, j, "whom")) ||
      !d->tokens[i].deprel || strcmp(d->tokens[i].deprel, "acl:relcl"))
    return j;
  int32_t n = clause_noun(c, i);
  if (n >= 0)
    return (uint32_t)n;
  /* "Iranian entities that supply weapons": a noun naming no actor
   * stands for the state its demonym or possessor names */
  const kg_doc *dd = c->doc;
  int32_t h = kg_tok_head(dd, i);
  const kg_sentence *s = &dd->sents[dd->tokens[i].sent];
  if (h < 0 || dd->tokens[h].upos != KG_UPOS_NOUN || kg_mention_at(dd, (uint32_t)h) >= 0)
    return j;
  for (uint32_t q = s->tok; q < (uint32_t)h; q++) {
    int32_t mq = kg_mention_at(dd, q);
    if (mq >= 0 && kg_tok_head(dd, q) == h && dd->tokens[q].deprel &&
        (!strcmp(dd->tokens[q].deprel, "amod") || !strcmp(dd->tokens[q].deprel, "compound") ||
         !strncmp(dd->tokens[q].deprel, "nmod:poss", 9)) &&
        (dd->mentions[mq].kind == KG_MEN_DEMONYM || dd->mentions[mq].group >= 0))
      return q;
  }
  return j;
}

/* The object "which" of a relative clause: its antecedent (above), or the
 * state marking the act noun the parser's antecedent hangs in (evpatient.c) */
static uint32_t relative_object(const ev_ctx *c, uint32_t i, uint32_t j)
{
  uint32_t n = relative_antecedent(c, i, j);
  int32_t o = n == j ? -1 : kg_ev_outer_act_state(c->doc, n);
  return o >= 0 ? (uint32_t)o : n;
}

/* A month or weekday name ("on Wednesday"): a time, never an actor's
 * phrase. */
static int calendar_word(const kg_doc *d, uint32_t j)
{
  char b[16];
  kg_tok_lower(&d->tokens[j], b, sizeof b);
  return kg_act_in_list(b, kg_act_calendar);
}

/* "The Philippines, which has disputes with China, also criticised the
 * drills", "school inspection chief David Bell, accused some schools of":
 * a participle the parser hung on a noun (acl) after a comma, with an
 * object of its own, is the sentence's active verb when its subject is
 * there: the name the participle hangs on, right before the comma, or the
 * name that opens the sentence as its subject (discourse.c).  The
 * subject's mention, -1 (a reduced passive relative, as parsed). */
static int32_t active_participle(const ev_ctx *c, const kg_sentence *s, uint32_t i)
{
  const kg_doc *d = c->doc;
  uint32_t q = i;
  while (q > s->tok && d->tokens[q - 1].upos == KG_UPOS_ADV)
    q--;
  if (q < s->tok + 2 || !kg_tok_is(d, q - 1, ",") || child_with(d, i, "obj", 0) <= (int32_t)i)
    return -1;
  int32_t m = kg_mention_at(d, q - 2), h = kg_tok_head(d, i);
  if (m >= 0 && h >= (int32_t)d->mentions[m].tok && h <= (int32_t)(q - 2) && kg_ev_agentive(d, m) &&
      !d->mentions[m].as_place)
    return m;
  uint32_t o = kg_tok_is(d, s->tok, "the") ? s->tok + 1 : s->tok;
  m = kg_mention_at(d, o);
  if (m >= 0 && d->mentions[m].tok == o && kg_ev_agentive(d, m) && !d->mentions[m].as_place &&
      kg_tok_is(d, o + d->mentions[m].ntok, ",") && kg_mention_role(d, (size_t)m) == 's')
    return m;
  return -1;
}

void kg_ev_tree_args(const ev_ctx *c, uint32_t i, int pos, const kg_trigger *p, ev_args *a)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  char b[32];
  /* a parser trained on little data mislabels voice: believe "passive"
   * only with a passive auxiliary or a be-form before the participle */
  int passive = child_with(d, i, "aux:pass", 0) >= 0 || kg_ev_is_passive(c, i);
  /* "talks ..., mediated by Oman", "drafted by X and backed by Y": a
   * participle with its by-agent */
  int32_t oag = !passive && pos == KG_UPOS_VERB && d->tokens[i].xpos && !strcmp(d->tokens[i].xpos, "VBN") &&
                child_with(d, i, "aux", 1) < 0 ? child_with(d, i, "obl:agent", 0) : -1;
  if (oag >= 0 && kg_mention_at(d, (uint32_t)oag) >= 0)   /* (a doer, not "spoke by phone") */
    passive = 1;
  /* "was removed from office and arrested": a bare participle joined to a passive shares its voice (the
   * tagger may call it a past tense: "and arrested hours later"; not "was invited but declined") */
  size_t il = strlen(d->tokens[i].form);
  if (!passive && d->tokens[i].deprel && !strcmp(d->tokens[i].deprel, "conj") && d->tokens[i].xpos &&
      !kg_ev_own_answer(d, i) &&
      (!strcmp(d->tokens[i].xpos, "VBN") || (!strcmp(d->tokens[i].xpos, "VBD") && il > 3 &&
                                             !strcmp(d->tokens[i].form + il - 2, "ed"))) &&
      child_with(d, i, "nsubj", 1) < 0 && child_with(d, i, "aux", 1) < 0 && child_with(d, i, "obj", 0) < 0) {
    int32_t h = kg_tok_head(d, i);
    for (uint32_t k = i; h >= 0 && k-- > (uint32_t)h;)
      if ((k == (uint32_t)h || (kg_tok_head(d, k) == h && d->tokens[k].deprel &&
                                 !strcmp(d->tokens[k].deprel, "conj"))) &&
          d->tokens[k].upos == KG_UPOS_VERB) {
        passive = child_with(d, k, "aux:pass", 0) >= 0;
        break;
      }
  }
  int32_t opening = -1;
  /* a reduced passive relative: "the accord signed on Sunday by A and B" */
  if (!passive && d->tokens[i].deprel && !strcmp(d->tokens[i].deprel, "acl")) {
    size_t fl = strlen(d->tokens[i].form);
    passive = d->tokens[i].xpos ? !strcmp(d->tokens[i].xpos, "VBN") :
              fl > 3 && (!strcmp(d->tokens[i].form + fl - 2, "ed") || !strcmp(d->tokens[i].form + fl - 2, "en"));
    if (passive)
      opening = active_participle(c, s, i);
    passive &= opening < 0;
  }
  /* coercion, assault, fighting, mass violence (CAMEO 17-20) */
  int harm = p->code[0] == '1' && p->code[1] >= '7' ? 1 : p->code[0] == '2' && p->code[1] == '0';
  for (uint32_t j = s->tok; j < s->tok + s->ntok; j++) {
    if (kg_tok_head(d, j) != (int32_t)i || !d->tokens[j].deprel)
      continue;
    const char *r = d->tokens[j].deprel;
    if (pos == KG_UPOS_VERB) {
      /* two subjects, one on each side of the verb ("guerrillas wounded
       * two soldiers" parsed as two nsubj): the one after it is the object */
      if (!strcmp(r, "nsubj") && j > i && second_subject(d, s, i, j)) {
        if (a->ntg == 0)
          add_conj(c, j, a->targets, &a->ntg, KG_EV_SIDE);
      } else if (!strcmp(r, "nsubj") && j < i && title_subject(d, s, i, j)) {
        continue;
      } else if ((!strcmp(r, "nsubj") || !strcmp(r, "csubj")) && kg_ev_whose_state(c, i, j) >= 0 && a->nag < KG_EV_SIDE)
        a->agents[a->nag++] = kg_ev_whose_state(c, i, j);
      else if ((!strcmp(r, "nsubj") || !strcmp(r, "csubj")) &&
               !(passive && harm && child_with(d, i, "cop", 0) >= 0))
        add_conj(c, relative_antecedent(c, i, j), a->agents, &a->nag, KG_EV_SIDE);
      else if (!strcmp(r, "obj") || !strcmp(r, "iobj") || (!strcmp(r, "nsubj:pass") && passive) ||
               (!strcmp(r, "nsubj") && passive && harm && child_with(d, i, "cop", 0) >= 0)) {
        /* (the last: "six soldiers were wounded", harm parsed as an
         * adjective with a copula; not "Vietnam is committed to") */
        /* ("operations by Chilean troops, which Peru condemned": the
         * antecedent, or the state it is told of, suffers the act; "X, a
         * Rwandan minister, whom it accused": the name before the comma) */
        uint32_t jo = !strcmp(r, "obj") ? relative_object(c, i, j) : j;
        add_conj(c, jo == j && !strcmp(r, "obj") ? kg_ev_object_antecedent(c, j) : jo, a->targets, &a->ntg, KG_EV_SIDE);
        a->passive |= r[0] == 'n';
      } else if (!strcmp(r, "nsubj:pass"))
        add_conj(c, j, a->agents, &a->nag, KG_EV_SIDE);   /* a parse error: not passive */
      else if (!strcmp(r, "obl:agent") && passive && !kg_ev_according_to(d, j))   /* (a source, no agent) */
        add_conj(c, j, a->agents, &a->nag, KG_EV_SIDE);
      else if (!strncmp(r, "obl", 3)) {
        case_of(d, j, b, sizeof b);
        if (!strcmp(b, "by") && passive)
          add_conj(c, j, a->agents, &a->nag, KG_EV_SIDE);
        else if (passive && !strcmp(b, "from") && p->prep && !strcmp(p->prep, "from"))
          add_conj(c, j, a->agents, &a->nag, KG_EV_SIDE);   /* "was suspended from the AU": the AU acts */
        else if (((p->prep && !strcmp(b, p->prep)) || !strcmp(b, "with") || !strcmp(b, "against") ||
                  !strcmp(b, "on") || (!strcmp(b, "to") && !strncmp(p->code, "02", 2))) &&
                 !calendar_word(d, j))    /* (an appeal is made to: "appealed to X for aid") */
          if (a->ntg == 0)    /* (not "on Wednesday, ... X": a conjunct misparsed onto a day) */
            add_conj(c, j, a->targets, &a->ntg, KG_EV_SIDE);
      }
    } else {
      if (!strcmp(r, "compound") && kg_ev_venue_named(c, i, j))
        ;                                 /* "the Minsk agreement", "the Geneva talks": the venue */
      else if (!strcmp(r, "nmod:poss") || !strcmp(r, "compound") || !strcmp(r, "amod"))
        add_conj(c, j, a->agents, &a->nag, KG_EV_SIDE);
      else if (!strncmp(r, "nmod", 4) || !strncmp(r, "obl", 3)) {
        case_of(d, j, b, sizeof b);
        int32_t gs = !strcmp(b, "by") ? generic_by_agent(c, i, j) : -1;
        if (gs >= 0)
          a->agents[a->nag++] = gs;
        else if (!strcmp(b, "by"))
          add_conj(c, j, a->agents, &a->nag, KG_EV_SIDE);
        else if (!strcmp(b, "between") || !strcmp(b, "among"))
          add_conj(c, j, a->parts, &a->npart, KG_EVENT_MAX_PART);
        else if ((p->prep && !strcmp(b, p->prep)) || !strcmp(b, "to") || !strcmp(b, "with") ||
                 !strcmp(b, "against") || !strcmp(b, "on"))
          add_conj(c, j, a->targets, &a->ntg, KG_EV_SIDE);
        /* "the invasion of Ukraine", "the shelling of Kharkiv": the "of"
         * phrase of a noun of force suffers it (CAMEO 17-20) */
        else if (!strcmp(b, "of") && harm && pos == KG_UPOS_NOUN && !strcmp(r, "nmod") && a->ntg == 0)
          add_conj(c, j, a->targets, &a->ntg, KG_EV_SIDE);
      } else if (!strcmp(r, "acl") && p->object && d->tokens[j].lemma && to_clause(d, j) &&
                 !strcasecmp(d->tokens[j].lemma, p->object) && a->ntg == 0) {
        int32_t o = child_with(d, j, "obj", 0);   /* "an attempt to assassinate X": X */
        if (o >= 0)
          add_conj(c, (uint32_t)o, a->targets, &a->ntg, KG_EV_SIDE);
      }
    }
  }
  /* "a visit to Rabat by President X": the "by" phrase of a nominal act
   * misattached to the name its "to" phrase ends in is the act's agent */
  if (pos == KG_UPOS_NOUN && a->nag == 0)
    for (uint32_t j = s->tok; j < s->tok + s->ntok && a->nag == 0; j++) {
      int32_t h = kg_tok_head(d, j);
      if (h < 0 || kg_tok_head(d, (uint32_t)h) != (int32_t)i || (uint32_t)h >= j || !d->tokens[j].deprel ||
          strcmp(d->tokens[j].deprel, "nmod") || d->tokens[h].upos != KG_UPOS_PROPN ||
          !d->tokens[h].deprel || strcmp(d->tokens[h].deprel, "nmod"))
        continue;
      case_of(d, (uint32_t)h, b, sizeof b);
      if (strcmp(b, "to"))
        continue;
      case_of(d, j, b, sizeof b);
      if (!strcmp(b, "by"))
        add_conj(c, j, a->agents, &a->nag, KG_EV_SIDE);
    }
  /* "On Wednesday, Foreign Minister X met Y" (evclause.c) */
  if (pos == KG_UPOS_VERB && a->nag == 0 && !passive && child_with(d, i, "nsubj", 1) < 0)
    kg_ev_fronted_subject(c, i, a);
  /* the pattern's preposition attached one level too low, under another
   * phrase of the verb ("celebrated Eid at Osgiliath with Gondor", "with"
   * under "Osgiliath"): its noun is still the verb's target */
  if (pos == KG_UPOS_VERB && a->ntg == 0 && p->prep)
    for (uint32_t j = s->tok; j < s->tok + s->ntok && a->ntg == 0; j++) {
      int32_t h = kg_tok_head(d, j);
      if (h < 0 || kg_tok_head(d, (uint32_t)h) != (int32_t)i || !d->tokens[j].deprel ||
          strcmp(d->tokens[j].deprel, "nmod") || !d->tokens[h].deprel ||
          strncmp(d->tokens[h].deprel, "obl", 3))
        continue;
      case_of(d, j, b, sizeof b);
      if (!strcmp(b, p->prep))
        add_conj(c, j, a->targets, &a->ntg, KG_EV_SIDE);
    }
  /* a pattern with both an object and a preposition ("withdraw troops
   * from", "warn their ... about"): the object is part of the pattern, the
   * preposition's noun (on the verb or under its object) is the target */
  if (pos == KG_UPOS_VERB && p->object && p->prep) {
    ev_args pa;
    pa.ntg = 0;
    for (uint32_t j = s->tok; j < s->tok + s->ntok && pa.ntg == 0; j++) {
      int32_t h = kg_tok_head(d, j);
      const char *r = d->tokens[j].deprel;
      if (h < 0 || !r || !(strncmp(r, "obl", 3) == 0 || strcmp(r, "nmod") == 0))
        continue;
      if (h != (int32_t)i && !(kg_tok_head(d, (uint32_t)h) == (int32_t)i &&
                               d->tokens[h].deprel && !strcmp(d->tokens[h].deprel, "obj")))
        continue;
      case_of(d, j, b, sizeof b);
      if (!strcmp(b, p->prep))
        add_conj(c, j, pa.targets, &pa.ntg, KG_EV_SIDE);
    }
    if (pa.ntg > 0) {
      memcpy(a->targets, pa.targets, sizeof a->targets);
      a->ntg = pa.ntg;
      a->passive = 0;
    }
  }
  /* a noun in a participle clause with no subject of its own: the subject
   * of the clause it modifies ("Speaking after talks with X, Merz said") */
  if (pos == KG_UPOS_NOUN && a->nag == 0 && d->tokens[i].deprel && !strncmp(d->tokens[i].deprel, "obl", 3)) {
    int32_t v = kg_tok_head(d, i);
    const char *vr = v >= 0 ? d->tokens[v].deprel : NULL;
    size_t vl = v >= 0 ? strlen(d->tokens[v].form) : 0;
    if (vr && !strncmp(vr, "advcl", 5) && vl > 4 && !strcmp(d->tokens[v].form + vl - 3, "ing") &&
        child_with(d, (uint32_t)v, "nsubj", 1) < 0 && child_with(d, (uint32_t)v, "mark", 0) < 0) {
      int32_t h = kg_tok_head(d, (uint32_t)v);
      int32_t sj = h >= 0 ? child_with(d, (uint32_t)h, "nsubj", 0) : -1;
      if (sj >= 0)
        add_conj(c, (uint32_t)sj, a->agents, &a->nag, KG_EV_SIDE);
    }
  }
  /* "..., the ministry of Chad said": a finite verb parsed as a clause on
   * a noun has that noun as its subject */
  if (pos == KG_UPOS_VERB && a->nag == 0 && kg_ev_finite_acl(d, i))
    add_conj(c, (uint32_t)kg_tok_head(d, i), a->agents, &a->nag, KG_EV_SIDE);
  /* a contact noun in an indefinite "in a ..." phrase of a finite verb, or in a purpose "for" phrase: that verb's
   * subject (through "is expected to", "plans to") holds it ("X defended the veto in a telephone call with Y", "X
   * will fly to Ottawa for talks with Y"; not "during the visit", which points back to one told before; through a
   * measure noun before it: "flew in for two days of talks with Y", "a round of talks") */
  uint32_t ph = i;
  if (pos == KG_UPOS_NOUN && a->nag == 0 && p->code && !strncmp(p->code, "04", 2) && d->tokens[i].deprel &&
      !strcmp(d->tokens[i].deprel, "nmod") && kg_tok_head(d, i) >= 0 && kg_tok_head(d, i) < (int32_t)i &&
      (case_of(d, i, b, sizeof b), !strcmp(b, "of")) && d->tokens[kg_tok_head(d, i)].upos == KG_UPOS_NOUN &&
      kg_mention_at(d, (uint32_t)kg_tok_head(d, i)) < 0 && kg_tok_is(d, (uint32_t)kg_tok_head(d, i) + 1, "of"))
    ph = (uint32_t)kg_tok_head(d, i);   /* (the measure right before "of": not "an interview ahead of a meeting") */
  if (pos == KG_UPOS_NOUN && a->nag == 0 && p->code && !strncmp(p->code, "04", 2) && d->tokens[ph].deprel &&
      !strncmp(d->tokens[ph].deprel, "obl", 3)) {
    int32_t v = kg_tok_head(d, ph);
    case_of(d, ph, b, sizeof b);
    int32_t det = child_with(d, ph, "det", 0);
    if (v >= 0 && (d->tokens[v].upos == KG_UPOS_VERB || kg_tok_is(d, (uint32_t)v, "due")) &&
        ((!strcmp(b, "in") && det >= 0 &&
          (kg_tok_is(d, (uint32_t)det, "a") || kg_tok_is(d, (uint32_t)det, "an"))) || !strcmp(b, "for") ||
         (!strcmp(b, "to") && kg_ev_adjunct_subject(d, (uint32_t)v) >= 0))) {
      /* ("before heading to talks with Z": the adjunct's doer goes to them) */
      int32_t sj = !strcmp(b, "to") ? kg_ev_adjunct_subject(d, (uint32_t)v) : child_with(d, (uint32_t)v, "nsubj", 0);
      for (int hops = 0; sj < 0 && hops < 2 && d->tokens[v].deprel && !strcmp(d->tokens[v].deprel, "xcomp") &&
                         (v = kg_tok_head(d, (uint32_t)v)) >= 0; hops++)
        if ((sj = child_with(d, (uint32_t)v, "nsubj", 0)) < 0)
          sj = child_with(d, (uint32_t)v, "nsubj:pass", 0);
      if (sj >= 0 && mention_of_tok(c, sj) >= 0)
        add_conj(c, (uint32_t)sj, a->agents, &a->nag, KG_EV_SIDE);
    }
  }
  if (pos == KG_UPOS_NOUN && a->nag == 0 && kg_ev_visit_on_subject(c, i, p) >= 0)   /* "on a state visit to X" */
    add_conj(c, (uint32_t)kg_ev_visit_on_subject(c, i, p), a->agents, &a->nag, KG_EV_SIDE);    /* (evtour.c) */
  /* control and raising: the subject of the verb this one complements */
  /* (not a passive conjunct: "was removed and arrested" is done to the
   * subject, below; but "was concerned", "was pleased" tell the subject's
   * own view, CAMEO 01) */
  /* "X needed treatment after being hit by a missile": X undergoes it */
  int32_t pas = pos == KG_UPOS_VERB && passive ? kg_ev_adjunct_subject(d, i) : -1;
  if (pas >= 0 && a->ntg == 0)
    add_conj(c, (uint32_t)pas, a->targets, &a->ntg, KG_EV_SIDE);
  if (pos == KG_UPOS_VERB && a->nag == 0 && child_with(d, i, "nsubj", 1) < 0 && pas < 0 &&
      !(passive && d->tokens[i].deprel && !strcmp(d->tokens[i].deprel, "conj") &&
        !(p->code[0] == '0' && p->code[1] == '1'))) {
    int32_t h = (int32_t)i;
    for (int guard = 0; guard < 3 && a->nag == 0; guard++) {
      const char *r = d->tokens[h].deprel;
      /* "inching nearer to accord with X": a to-infinitive the tagger
       * read as a noun, parsed as an obl with "to", complements its verb */
      int to_obl = guard == 0 && r && !strcmp(r, "obl") && d->tokens[i].upos == KG_UPOS_NOUN &&
                   (case_of(d, i, b, sizeof b), !strcmp(b, "to"));
      if (!r || (strcmp(r, "xcomp") && strcmp(r, "conj") && strncmp(r, "advcl", 5) && !to_obl))
        break;
      int conj = strcmp(r, "xcomp") != 0 && !to_obl;
      int32_t hv = h;
      h = kg_tok_head(d, (uint32_t)h);
      if (h < 0)
        break;
      /* "a convoy was shelled near Mellit, killing five drivers": an -ing
       * clause on a passive verb is done by that verb's unnamed doer, not by
       * whoever the clause above it has */
      if (guard > 0 && !strncmp(r, "advcl", 5) && d->tokens[i].xpos && !strcmp(d->tokens[i].xpos, "VBG") &&
          (child_with(d, (uint32_t)hv, "aux:pass", 0) >= 0 || child_with(d, (uint32_t)hv, "nsubj:pass", 0) >= 0))
        break;
      /* "urged the allies to send more weapons" with the infinitive parsed
       * as an advcl: a request verb's to-infinitive is its complement */
      int to_advcl = kg_ev_to_advcl(d, (uint32_t)hv);
      int xlike = !strcmp(r, "xcomp") || (to_advcl && (kg_ev_lemma_lex(c, (uint32_t)h) & KG_LEX_REQUEST_VERB));
      if (xlike)
        conj = 0;
      /* "the EU imposed ..., and Britain summoned ...": a name between the
       * two verbs is this one's subject, whatever the parse says */
      if (conj && !strcmp(r, "conj") && kg_ev_plural_np_before(d, (uint32_t)h, i))
        break;                            /* (", and the two men later held talks") */
      if (conj) {                         /* (an object before a purpose: "visited China to criticise") */
        int purpose = to_advcl && !kg_ev_object_control(c, (uint32_t)h);
        int32_t sb = kg_ev_subject_before(c, i);
        /* (the phrase's head word when a conjunction parts it from the
         * verb: "help the government in Minsk evade sanctions and called on
         * Y"; not "after the country's government accused") */
        uint32_t sbt = 0;
        if (sb >= 0) {
          sbt = c->doc->mentions[sb].tok;
          for (uint32_t q = sbt + c->doc->mentions[sb].ntok; q < i; q++)
            if (kg_tok_is(d, q, "and") || kg_tok_is(d, q, "but"))
              sbt = kg_ev_span_root(d, &c->doc->mentions[sb]);
        }
        if (sb >= 0 && c->doc->mentions[sb].tok > (uint32_t)h &&
            !((!strcmp(r, "conj") || purpose || kg_ev_gerund_advcl(d, (uint32_t)hv)) &&   /* "followed X in imposing" */
              (object_of(d, sbt, (uint32_t)h, i) || kg_ev_other_verb_phrase(c, sbt, i))))
          break;
      }
      /* "said Washington would provide support but would not send troops",
       * with "send" misparsed as a conjunct of "said": a nearer verb with the
       * same modal is its true first conjunct and lends its subject */
      int32_t mv = !strcmp(r, "conj") ? same_modal_verb(d, (uint32_t)h, i) : -1;
      if (mv >= 0)
        h = mv;
      int32_t sj = child_with(d, (uint32_t)h, "nsubj", 0);
      if (sj < 0 && !conj)                /* raising and passives: "Lee is expected */
        sj = child_with(d, (uint32_t)h, "nsubj:pass", 0);   /* to visit", "was asked to" */
      if (sj < 0 && guard == 0)           /* "was welcomed by Y before heading to talks" */
        sj = kg_ev_adjunct_subject(d, i);
      /* "Benjamin Netanyahu, whose forces struck ..., praised X" parsed with
       * the name as the root and the verb its conjunct: the name is the
       * subject */
      if (sj < 0 && conj && !strcmp(r, "conj") && d->tokens[h].upos == KG_UPOS_PROPN &&
          (uint32_t)h < i && kg_tok_head(d, (uint32_t)h) < 0 && mention_of_tok(c, h) >= 0) {
        int opens = 1;                    /* (the name's phrase opens the sentence) */
        for (uint32_t k = d->sents[d->tokens[i].sent].tok; k < (uint32_t)h && opens; k++)
          opens = kg_tok_under(d, k, h);
        if (opens)
          sj = h;
      }
      /* "X was alarmed by the reports and urged Y" (evclause.c) */
      if (sj < 0 && conj && !strcmp(r, "conj")) {
        int spk = 0;
        sj = kg_ev_passive_conj_subject(c, kg_ev_intent_head(c, i, (uint32_t)hv), (uint32_t)h, &spk);
        if (spk) {
          add_conj(c, (uint32_t)sj, a->agents, &a->nag, KG_EV_SIDE);
          break;
        }
      }
      /* "X said debris had fallen near Y and demanded an explanation"
       * (evclause.c): the speaker's subject; or a speaker's verbal act after
       * a state's clause ("said Warsaw stood with its neighbour and called on
       * China") */
      int32_t rs = conj && sj >= 0 ? kg_ev_reported_conj_speaker(c, i, (uint32_t)h, sj) : -2;
      if (rs == -2 && conj && sj >= 0 && kg_ev_speaker_conj(c, i, (uint32_t)h, (uint32_t)sj, p->code)) {
        int32_t hh = kg_tok_head(d, (uint32_t)h);
        rs = hh >= 0 ? child_with(d, (uint32_t)hh, "nsubj", 0) : -1;
      }
      if (rs != -2) {
        if (rs >= 0)
          add_conj(c, (uint32_t)rs, a->agents, &a->nag, KG_EV_SIDE);
        break;
      }
      /* object control: "urged Israel to meet Syria" -> Israel meets (UD
       * gives the controller of an xcomp as the object when there is one) */
      int32_t ob = conj ? -1 : child_with(d, (uint32_t)h, "obj", 0);
      if (!conj && ob < 0)
        ob = child_with(d, (uint32_t)h, "iobj", 0);   /* "asked Turkey to host" */
      /* the object misparsed as a second subject after the verb ("urged
       * Russia to withdraw" with Russia as nsubj) */
      for (uint32_t q = (uint32_t)h + 1; !conj && ob < 0 && q < i; q++)
        if (kg_tok_head(d, q) == h && d->tokens[q].deprel && !strcmp(d->tokens[q].deprel, "nsubj"))
          ob = (int32_t)q;
      /* "called on Russia to withdraw": the object of "on" */
      /* (also parsed as an advcl) */
      for (uint32_t q = (uint32_t)h + 1; (!conj || !strncmp(r, "advcl", 5)) && ob < 0 && q < i &&
                                     d->tokens[h].lemma && !strcmp(d->tokens[h].lemma, "call"); q++)
        if (kg_tok_head(d, q) == h && d->tokens[q].deprel && !strncmp(d->tokens[q].deprel, "obl", 3) &&
            (case_of(d, q, b, sizeof b), !strcmp(b, "on") || !strcmp(b, "upon")))
          ob = (int32_t)q;
      if (ob >= 0 && (uint32_t)ob < i && mention_of_tok(c, (uint32_t)ob) >= 0)
        sj = ob;
      /* "ordered both countries to negotiate": the two named before act
       * together, not the one who ordered (the infinitive also parsed as
       * an advcl) */
      int32_t pob = !conj ? ob : to_advcl ? child_with(d, (uint32_t)h, "obj", 0) : -1;
      if (pob >= 0 && (uint32_t)pob < i && mention_of_tok(c, (uint32_t)pob) < 0) {
        int32_t hs = sj >= 0 ? mention_of_tok(c, sj) : -1, pl[4];
        size_t np = kg_ev_plural_object(c, (uint32_t)h, hs >= 0 ? d->mentions[hs].actor : -1, pl);
        for (size_t q = 0; np >= 2 && q < np && a->npart < KG_EVENT_MAX_PART; q++)
          a->parts[a->npart++] = pl[q];
        if (np >= 2)
          break;
      }
      /* "urged the allies to send more weapons": an object that names no
       * actor still controls the infinitive; the subject does not send
       * (not "promised Kyiv to send": the promiser does; nor "issued a
       * statement criticising X", a message's gerund: its issuer criticises) */
      int msg_ing = ob >= 0 && (kg_ev_lemma_lex(c, (uint32_t)ob) & KG_LEX_MESSAGE) && d->tokens[i].xpos &&
                    !strcmp(d->tokens[i].xpos, "VBG");
      if (ob >= 0 && (uint32_t)ob < i && xlike && sj != ob && !msg_ing &&
          (d->tokens[ob].upos == KG_UPOS_NOUN || d->tokens[ob].upos == KG_UPOS_PRON) &&
          !(d->tokens[h].lemma && (!strcmp(d->tokens[h].lemma, "promise") ||
                                   !strcmp(d->tokens[h].lemma, "pledge") || !strcmp(d->tokens[h].lemma, "vow"))))
        break;
      /* "Its foreign ministry summoned X and accused Y", "Her ministry handed a note to the envoy, X, and
       * demanded": a body (a noun of a sector) owned by "its", "their", "his" or "her" acts as its owner */
      int32_t ps = sj >= 0 && mention_of_tok(c, sj) < 0 && kg_ev_noun_sector(c, (uint32_t)sj) ?
                   child_with(d, (uint32_t)sj, "nmod:poss", 0) : -1;
      if (ps >= 0 && kg_mention_at(d, (uint32_t)ps) >= 0 &&
          kg_ev_possessive_pronoun(d, kg_mention_at(d, (uint32_t)ps)))
        sj = ps;
      if (sj >= 0)
        add_conj(c, (uint32_t)sj, a->agents, &a->nag, KG_EV_SIDE);
    }
  }
  if (opening >= 0 && a->nag == 0)
    add_conj(c, d->mentions[opening].tok, a->agents, &a->nag, KG_EV_SIDE);
  int32_t own = pos == KG_UPOS_VERB && a->nag == 0 && !passive ? kg_ev_noun_clause_owner(c, i) :
                pos == KG_UPOS_NOUN && a->nag == 0 ? kg_ev_responsible_doer(c, i) : -1;
  if (own >= 0)                           /* "Kenya's decision to withdraw" (evpatient.c) */
    add_conj(c, (uint32_t)own, a->agents, &a->nag, KG_EV_SIDE);   /* ("X is responsible for the attack") */
  /* "X arrived in Moscow and was greeted by Y": a passive conjoined verb
   * with no subject of its own is done to the subject of the verb before */
  if (pos == KG_UPOS_VERB && passive && a->ntg == 0 && d->tokens[i].deprel &&
      !strcmp(d->tokens[i].deprel, "conj") && child_with(d, i, "nsubj", 1) < 0 &&
      kg_tok_head(d, i) >= 0 && kg_ev_subject_before(c, i) < 0) {
    int32_t sj = child_with(d, (uint32_t)kg_tok_head(d, i), "nsubj", 1);
    if (sj >= 0)
      add_conj(c, (uint32_t)sj, a->targets, &a->ntg, KG_EV_SIDE);
  }
  /* "the militia backed by Tehran": a reduced passive relative is done to
   * the noun it modifies */
  if (pos == KG_UPOS_VERB && passive && a->ntg == 0 && d->tokens[i].deprel &&
      !strcmp(d->tokens[i].deprel, "acl")) {
    int32_t n = clause_noun(c, i);
    if (n >= 0)
      add_conj(c, (uint32_t)n, a->targets, &a->ntg, KG_EV_SIDE);
  }
  /* a codebook pattern naming its source after the verb ("+ * FROM $":
   * "X was freed from Y"): that phrase's actor (on the verb or one level
   * down) is the agent, the subject the target */
  if (pos == KG_UPOS_VERB && p->srcprep) {
    ev_args sa;
    sa.nag = 0;
    for (uint32_t j = i + 1; j < s->tok + s->ntok && sa.nag == 0; j++) {
      int32_t h = kg_tok_head(d, j);
      const char *r = d->tokens[j].deprel;
      if (h < 0 || !r || (strncmp(r, "obl", 3) && strncmp(r, "nmod", 4)) ||
          (h != (int32_t)i && kg_tok_head(d, (uint32_t)h) != (int32_t)i))
        continue;
      case_of(d, j, b, sizeof b);
      if (!strcmp(b, p->srcprep) || (b[0] && !strcmp(p->srcprep, "-")))
        add_conj(c, j, sa.agents, &sa.nag, KG_EV_SIDE);
    }
    int32_t sj = child_with(d, i, "nsubj", 1);
    for (int32_t h = (int32_t)i; sj < 0 && d->tokens[h].deprel && !strcmp(d->tokens[h].deprel, "xcomp") &&
                                 (h = kg_tok_head(d, (uint32_t)h)) >= 0;)
      sj = child_with(d, (uint32_t)h, "nsubj", 1);   /* "X was seen to break in Y" */
    if (sa.nag > 0) {
      if (sj >= 0) {
        a->ntg = 0;
        add_conj(c, (uint32_t)sj, a->targets, &a->ntg, KG_EV_SIDE);
      } else if (!a->passive) {          /* a controlled subject ("was seen to break in X") */
        memcpy(a->targets, a->agents, sizeof a->targets);
        a->ntg = a->nag;
      }
      memcpy(a->agents, sa.agents, sizeof a->agents);
      a->nag = sa.nag;
      a->passive = 0;
    }
  }
  /* "in protest at X's decision", "was given to X by Y": X (evsubtree.c) */
  int32_t pt = a->ntg == 0 ? kg_ev_phrase_target(c, i) : -1;
  for (size_t q = 0; pt >= 0 && q < a->nag; q++)
    if (d->mentions[a->agents[q]].actor == d->mentions[pt].actor)
      pt = -1;
  if (pt >= 0)
    a->targets[a->ntg++] = pt;
}
