/* evpatient.c — who undergoes an act told without its doer (see events.c).
 *
 * Owns: moving to the target the actor that the argument rules made the
 * agent of an act done to it: the person who possesses a noun of such an
 * act with no "of" phrase ("his arrest", "Mr Smith's conviction":
 * kgd:patientNoun); the subject of a verb of undergoing whose object or
 * oblique the act noun is ("faces charges", "pleaded guilty to charges",
 * "denied the accusations": kgd:undergoVerb); the subject that a passive
 * clause with no subject of its own borrows from the clause it hangs on
 * ("spent two years in prison after being convicted", "could face 85 years
 * if convicted", "after being charged with ..."); the authorities of the
 * place of a passive arrest or investigation with no actor named ("four men
 * were arrested in Stockholm", "was put under investigation in Italy":
 * kg_ev_doerless_act, kg_ev_place_authority); the state of the dateline
 * for its own police, army or authorities told with no state ("TBILISI --
 * ... police arrested six", kg_ev_dateline_authority), or of the capital
 * that fronts the clause ("In Berlin, a government spokesman declined to
 * comment", ahead of the dateline's); the state marking the act noun that
 * a relative clause's object "which" tells of when the parser hung the
 * clause lower, on a name in that noun's phrase (kg_ev_outer_act_state).
 * And who does an act told as a to-infinitive on a noun: the noun's owner
 * ("Kenya's decision to withdraw", kg_ev_noun_clause_owner); who does an
 * act noun someone is "responsible for" or answers with ("responded with
 * sanctions": kg_ev_responsible_doer).  And
 * whom a demand or appeal noun is made of, named after its "that" ("its
 * demand that Israel ease restrictions").
 * Does not own: finding the arguments (evargs.c, evwindow.c), the word
 * lists (ontology/lexicon.ttl through dict.c), emitting (events.c).
 */
#include <string.h>
#include "actors.h"
#include "evargs.h"
#include "evclause.h"
#include "relrules.h"

static const char *rel(const kg_doc *d, uint32_t i)
{
  return d->tokens[i].deprel ? d->tokens[i].deprel : "";
}

/* The first child of h whose relation starts with r, -1 when none. */
static int32_t child(const kg_doc *d, const kg_sentence *s, uint32_t h, const char *r)
{
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++)
    if (kg_tok_head(d, k) == (int32_t)h && !strncmp(rel(d, k), r, strlen(r)))
      return (int32_t)k;
  return -1;
}

/* Whether nominal k has a phrase of preposition w ("the arrest of X"). */
static int has_phrase(const kg_doc *d, const kg_sentence *s, uint32_t k, const char *w)
{
  for (uint32_t q = s->tok; q < s->tok + s->ntok; q++)
    if (kg_tok_head(d, q) == (int32_t)k && !strncmp(rel(d, q), "nmod", 4) && strcmp(rel(d, q), "nmod:poss")) {
      int32_t c = child(d, s, q, "case");
      if (c >= 0 && kg_tok_is(d, (uint32_t)c, w))
        return 1;
    }
  return 0;
}

/* "his arrest", "Khodorkovsky's trial": the possessor (a person or a
 * pronoun; "Israel's arrests" are Israel's) of a patient noun with no "of"
 * or "by" phrase. */
static int32_t possessed_patient(const ev_ctx *c, const kg_sentence *s, uint32_t i)
{
  const kg_doc *d = c->doc;
  if (!(kg_ev_lemma_lex(c, i) & KG_LEX_PATIENT_NOUN) || has_phrase(d, s, i, "of") || has_phrase(d, s, i, "by"))
    return -1;
  int32_t k = child(d, s, i, "nmod:poss");
  if (k < 0)
    return -1;
  int32_t m = kg_mention_at(d, (uint32_t)k);
  return d->tokens[k].upos == KG_UPOS_PRON || kg_ev_atype(d, m) == KG_ACT_PERSON ? k : -1;
}

/* "Balco faces charges", "pleaded guilty to charges that ...": the subject
 * of a verb of undergoing whose object or oblique the trigger noun is. */
static int32_t undergoer(const ev_ctx *c, uint32_t i)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  int32_t h = kg_tok_head(d, i);
  if (h < 0 || (strcmp(rel(d, i), "obj") && strncmp(rel(d, i), "obl", 3)))
    return -1;
  /* "pleaded guilty to charges": the phrase hangs on the adjective */
  if (d->tokens[h].upos == KG_UPOS_ADJ && !strcmp(rel(d, (uint32_t)h), "xcomp"))
    h = kg_tok_head(d, (uint32_t)h);
  if (h < 0 || !(kg_ev_lemma_lex(c, (uint32_t)h) & KG_LEX_UNDERGO_VERB))
    return -1;
  return child(d, s, (uint32_t)h, "nsubj");
}

/* A passive clause with no subject and no by-agent of its own: "after
 * being convicted" (a passive auxiliary), "if convicted" (a participle
 * with a subordinator). */
static int subjectless_passive(const kg_doc *d, const kg_sentence *s, uint32_t i)
{
  if (child(d, s, i, "nsubj") >= 0 || child(d, s, i, "csubj") >= 0 || child(d, s, i, "obl:agent") >= 0)
    return 0;
  for (uint32_t q = i + 1; q < s->tok + s->ntok && q <= i + 4; q++)
    if (kg_tok_is(d, q, "by"))
      return 0;
  if (child(d, s, i, "aux:pass") >= 0)
    return 1;
  return !strncmp(rel(d, i), "advcl", 5) && d->tokens[i].xpos && !strcmp(d->tokens[i].xpos, "VBN") &&
         child(d, s, i, "mark") >= 0 && child(d, s, i, "obj") < 0;
}

/* "reiterated its demand today that Israel ease restrictions", "renewed
 * its call that the government resign": the subject right after "that"
 * following a demand or appeal noun (the trigger, or a demanding verb's
 * object) is whom it is made of.  Told on the
 * surface, as the clause's verb is often read as a noun ("ease", "halt");
 * not a relative clause ("the demand that Egypt made": a past verb or an
 * auxiliary after the name). */
static int32_t demand_clause_subject(const kg_doc *d, uint32_t i, int32_t agent_actor)
{
  static const char *const when[] = { "today", "yesterday", "again", "now", "once", NULL };
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  uint32_t end = s->tok + s->ntok, k = i + 1;
  char b[16];
  while (k < end && k <= i + 2 && kg_ev_in_list(kg_ev_lowp(d, k, b, sizeof b), when))
    k++;
  if (k + 2 >= end || !kg_tok_is(d, k, "that"))
    return -1;
  k += 1 + kg_tok_is(d, k + 1, "the");
  int32_t m = kg_mention_at(d, k);
  if (m < 0 || !kg_ev_agentive(d, m) || d->mentions[m].actor == agent_actor)
    return -1;
  static const char *const aux[] = { "has", "had", "have", "was", "were", "is", "did", NULL };
  static const char *const after[] = { "last", "earlier", "on", "in", "at", "by", "this", "yesterday", NULL };
  uint32_t nx = d->mentions[m].tok + d->mentions[m].ntok;
  const char *x = nx < end ? d->tokens[nx].xpos : NULL;
  int past = x && (!strcmp(x, "VBD") || !strcmp(x, "VBN"));   /* (a gap after it: "that Peru made last week") */
  if (nx + 1 >= end || kg_ev_in_list(kg_ev_lowp(d, nx, b, sizeof b), aux) ||
      (past && (d->tokens[nx + 1].upos == KG_UPOS_PUNCT || kg_ev_in_list(kg_ev_lowp(d, nx + 1, b, sizeof b), after))))
    return -1;
  return m;
}

void kg_ev_patient_roles(const ev_ctx *c, uint32_t i, int pos, const char *code, ev_args *a)
{
  const kg_doc *d = c->doc;
  int root = kg_cameo_root(code);   /* (not statements, 01-04: "if measured") */
  uint32_t si = d->tokens[i].sent;
  if (a->nag == 0 || kg_dict_exclusive(c->dict) || !kg_sent_has_tree(d, si))
    return;
  const kg_sentence *s = &d->sents[si];
  /* (a verb's demand noun object too: "reiterated its demand that ...") */
  static const char *const asks[] = { "demand", "call", "appeal", "request", "insistence", NULL };
  int32_t dn = pos == KG_UPOS_NOUN ? (int32_t)i : child(d, s, i, "obj");
  int32_t dm = (root == 10 || root == 2) && a->npart == 0 && dn >= 0 && kg_ev_lemma_in(d, (uint32_t)dn, asks) ?
               demand_clause_subject(d, (uint32_t)dn, d->mentions[a->agents[0]].actor) : -1;
  for (size_t q = 0; dm >= 0 && q < a->ntg; q++)   /* (over a name inside its clause) */
    if (d->mentions[a->targets[q]].tok < d->mentions[dm].tok)
      dm = -1;
  if (dm >= 0) {
    a->targets[0] = dm;
    a->ntg = 1;
  }
  int32_t who = -1;
  if (pos == KG_UPOS_NOUN) {
    who = possessed_patient(c, s, i);
    if (who < 0)
      who = undergoer(c, i);
  } else if (pos == KG_UPOS_VERB && root >= 5 && subjectless_passive(d, s, i)) {
    /* every agent was borrowed and undergoes it ("after being convicted");
     * but one who asks or expects it done to a thing named there ("called
     * for the embargo to be lifted", "expected the embargo to be lifted") is
     * neither doer nor target */
    int32_t h = kg_tok_head(d, i);
    int asker = h >= 0 && ((kg_ev_lemma_lex(c, (uint32_t)h) & KG_LEX_REQUEST_VERB) ||
                           kg_ev_cand_has(d, (uint32_t)h, "call") || kg_ev_cand_has(d, (uint32_t)h, "ask") ||
                           (!strcmp(rel(d, i), "xcomp") && child(d, s, (uint32_t)h, "obj") >= 0));
    if (a->ntg == 0 && !asker) {
      memcpy(a->targets, a->agents, sizeof a->targets);
      a->ntg = a->nag;
    }
    a->nag = 0;
    a->passive = 1;
    return;
  }
  int32_t wm = who >= 0 ? kg_mention_at(d, (uint32_t)who) : -1;
  if (wm < 0)
    return;
  size_t n = 0;
  for (size_t q = 0; q < a->nag; q++) {
    if (d->mentions[a->agents[q]].actor != d->mentions[wm].actor) {
      a->agents[n++] = a->agents[q];
      continue;
    }
    int dup = 0;
    for (size_t r = 0; r < a->ntg; r++)
      dup |= d->mentions[a->targets[r]].actor == d->mentions[wm].actor;
    if (!dup && a->ntg < KG_EV_SIDE)
      a->targets[a->ntg++] = a->agents[q];
  }
  a->nag = n;
}

/* Is trigger i (code p) an act of arrest, expulsion or investigation told
 * without its doer: a passive verb of 173, 174 or 09 (passive set by the
 * argument rules), or such a noun that a passive verb puts its undergoer
 * "under" ("was put under investigation", "has been placed under arrest")? */
int kg_ev_doerless_act(const kg_doc *d, uint32_t i, const char *code, int passive)
{
  if (strncmp(code, "173", 3) && strncmp(code, "174", 3) && strncmp(code, "09", 2))
    return 0;
  if (d->tokens[i].upos == KG_UPOS_VERB)
    return passive;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  int32_t v = kg_tok_head(d, i), c = child(d, s, i, "case");
  return d->tokens[i].upos == KG_UPOS_NOUN && v >= 0 && c >= 0 && kg_tok_is(d, (uint32_t)c, "under") &&
         !strncmp(rel(d, i), "obl", 3) && d->tokens[v].upos == KG_UPOS_VERB &&
         (child(d, s, (uint32_t)v, "aux:pass") >= 0 || child(d, s, (uint32_t)v, "nsubj:pass") >= 0);
}

/* The mention of state st nearest token i: the last before i, else the
 * first after; never a pronoun.  With skip_group 1, no mention inside a group
 * ("Swedish police"); with skip_group 0, no mention as a place nor in the
 * dateline.  -1 when none. */
int32_t kg_ev_mention_near(const kg_doc *d, int32_t st, uint32_t i, int skip_group)
{
  int32_t best = -1;
  for (size_t m = 0; m < d->nmentions; m++) {
    const kg_mention *mm = &d->mentions[m];
    if (mm->actor != st || mm->kind == KG_MEN_PRONOUN)
      continue;
    if (skip_group ? mm->group >= 0 : (mm->as_place || (d->tokens[mm->tok].flags & KG_TOK_DATELINE)))
      continue;
    if (mm->tok < i || best < 0)
      best = (int32_t)m;
    if (mm->tok > i)
      break;
  }
  return best;
}

/* The dictionary entry of the state that place mention m lies in: a state
 * named as a place ("in Sweden"), a city the dictionary puts in a state
 * ("in Gothenburg": kgd:inCountry) or a capital ("in Stockholm"); -1. */
static int32_t place_state_entry(const ev_ctx *c, int32_t m)
{
  const kg_doc *d = c->doc;
  const kg_mention *mm = &d->mentions[m];
  int32_t a = mm->actor;
  kg_dict_match dm;
  if (a < 0 || mm->kind == KG_MEN_PRONOUN)
    return -1;
  if (d->actors[a].type == KG_ACT_COUNTRY)
    return mm->as_place ? d->actors[a].dict_entry : -1;
  if (d->actors[a].type != KG_ACT_PLACE)
    return -1;
  if (d->actors[a].dict_entry >= 0) {
    const kg_dict_actor *pe = kg_dict_actor_at(c->dict, d->actors[a].dict_entry);
    if (pe && pe->country >= 0)
      return pe->country;
  }
  if (kg_dict_match_actor(c->dict, d, mm->tok, &dm) && dm.form == KG_FORM_METONYM && dm.ntok == mm->ntok)
    return dm.entry;
  return -1;
}

/* "Four men had been arrested on Monday in raids in Stockholm": a passive
 * arrest or expulsion with no actor named is done by the authorities of the
 * state where it happened, when the document names that state (a Country
 * mention, the last before the trigger, else the first after it); the
 * place is a city the dictionary puts in a state, or the state itself as a
 * place.  -1 when none. */
int32_t kg_ev_place_authority(const ev_ctx *c, uint32_t i)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  uint32_t end = s->tok + s->ntok;
  int32_t st = -1;
  for (uint32_t j = i + 1; j < end && j <= i + 8 && st < 0; j++) {
    if (kg_tok_is(d, j, ",") || kg_tok_is(d, j, ";") || kg_tok_is(d, j, ".") ||
        (d->tokens[j].upos == KG_UPOS_VERB && kg_tok_head(d, j) != (int32_t)i))
      break;
    if (!kg_tok_is(d, j, "in") && !kg_tok_is(d, j, "at"))
      continue;
    for (uint32_t q = j + 1; q < end && q <= j + 4; q++) {
      int32_t m = kg_mention_at(d, q);
      if (m < 0)
        continue;
      int32_t a = d->mentions[m].actor;
      if (a < 0 || d->mentions[m].tok != q || d->mentions[m].kind == KG_MEN_PRONOUN)
        break;
      int32_t ce = -1;                    /* the state's dictionary entry */
      if (d->actors[a].type == KG_ACT_COUNTRY && d->mentions[m].as_place)
        st = a;
      else
        ce = place_state_entry(c, m);
      for (size_t k = 0; ce >= 0 && k < d->nactors && st < 0; k++)
        if (d->actors[k].type == KG_ACT_COUNTRY && d->actors[k].dict_entry == ce)
          st = (int32_t)k;
      break;
    }
  }
  return st >= 0 ? kg_ev_mention_near(d, st, i, 1) : -1;
}

int32_t kg_ev_outer_act_state(const kg_doc *d, uint32_t n)
{
  const kg_sentence *s = &d->sents[d->tokens[n].sent];
  int32_t top = -1, x = (int32_t)n;
  for (int hops = 0; hops < 6 && x >= 0 && (!strcmp(rel(d, (uint32_t)x), "nmod") ||
                                            !strcmp(rel(d, (uint32_t)x), "appos")); hops++) {
    x = kg_tok_head(d, (uint32_t)x);
    if (x >= 0 && d->tokens[x].upos == KG_UPOS_NOUN && kg_mention_at(d, (uint32_t)x) < 0)
      top = x;
  }
  for (uint32_t q = s->tok; top >= 0 && q < (uint32_t)top; q++) {
    int32_t mq = kg_mention_at(d, q);
    if (mq >= 0 && kg_tok_head(d, q) == top &&
        (!strcmp(rel(d, q), "amod") || !strcmp(rel(d, q), "compound") || !strncmp(rel(d, q), "nmod:poss", 9)) &&
        (d->mentions[mq].kind == KG_MEN_DEMONYM || d->mentions[mq].group >= 0))
      return (int32_t)q;
  }
  return -1;
}

/* The token of the actor that owns the noun a subjectless to-infinitive
 * clause i hangs on (acl marked "to"): the noun's possessor or a name or
 * demonym among its modifiers before it ("Kenya's decision to withdraw its
 * troops", "the Kenyan offer to mediate"); -1 when none.  The noun is an
 * act of any class (kgd:actNoun on kgo:Event: "decision", "move") or of
 * promise (kgd:offerVerb lemmas: "offer", "pledge"): not "the onus is on
 * X's management to demonstrate", nor plans and bids, whose content is
 * often no act of the owner's. */
int32_t kg_ev_noun_clause_owner(const ev_ctx *c, uint32_t i)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  int32_t n = kg_tok_head(d, i);
  if (strcmp(rel(d, i), "acl") || n < 0 || d->tokens[n].upos != KG_UPOS_NOUN || child(d, s, i, "nsubj") >= 0)
    return -1;
  const char *an = d->tokens[n].lemma ? kg_dict_act_noun(c->dict, d->tokens[n].lemma) : NULL;
  if (!(an && !an[0]) && !(kg_ev_lemma_lex(c, (uint32_t)n) & KG_LEX_OFFER_VERB))
    return -1;
  int to = 0;
  for (uint32_t k = s->tok; k < i; k++)
    if (kg_tok_head(d, k) == (int32_t)i && !strcmp(rel(d, k), "mark"))
      to = kg_tok_is(d, k, "to");
  if (!to)
    return -1;
  for (uint32_t k = s->tok; k < (uint32_t)n; k++) {
    const char *r = rel(d, k);
    if (kg_tok_head(d, k) == n && (!strcmp(r, "nmod:poss") || !strcmp(r, "amod") || !strcmp(r, "compound")) &&
        kg_mention_at(d, k) >= 0)
      return (int32_t)k;
  }
  return -1;
}

/* The token of whoever is said to be "responsible for" act noun i: the
 * subject of "responsible" ("Kenya's army is responsible for the
 * killings"), or the object of the verb it completes ("holds Eritrea
 * responsible for the shelling"); a name on the subject noun stands for it
 * ("Kenya's army": Kenya).  -1 when none. */
/* "the EU responded with sanctions", "China retaliated with tariffs", "hit back with several rounds of
 * sanctions": the token of the subject of the verb of answering whose "with" phrase act noun i is (or the
 * measure noun over it), the one who answers with it; not "hit X with sanctions" (X is struck).  -1. */
static int32_t answer_doer(const kg_doc *d, const kg_sentence *s, uint32_t i, int32_t cs)
{
  static const char *const answer[] = { "respond", "retaliate", "react", "reply", "answer", "hit", "strike",
    "counter", NULL };
  int32_t n = (int32_t)i;                 /* (cs: i's case word) */
  if (cs >= 0 && kg_tok_is(d, (uint32_t)cs, "of") && !strcmp(rel(d, i), "nmod")) {
    n = kg_tok_head(d, i);                /* "with several rounds of sanctions" */
    cs = n >= 0 ? child(d, s, (uint32_t)n, "case") : -1;
  }
  int32_t a = n >= 0 ? kg_tok_head(d, (uint32_t)n) : -1;
  if (a < 0 || cs < 0 || !kg_tok_is(d, (uint32_t)cs, "with") || strncmp(rel(d, (uint32_t)n), "obl", 3) ||
      d->tokens[a].upos != KG_UPOS_VERB || !kg_ev_lemma_in(d, (uint32_t)a, answer) ||
      child(d, s, (uint32_t)a, "obj") >= 0)
    return -1;
  if (kg_tok_is(d, (uint32_t)a, "hit") || kg_tok_is(d, (uint32_t)a, "strike") || kg_tok_is(d, (uint32_t)a, "struck")) {
    int back = 0;                         /* "hit back", "struck back" */
    for (uint32_t k = (uint32_t)a + 1; k < (uint32_t)n && !back; k++)
      back = kg_tok_is(d, k, "back") && kg_tok_head(d, k) == a;
    if (!back)
      return -1;
  }
  return child(d, s, (uint32_t)a, "nsubj");
}

int32_t kg_ev_responsible_doer(const ev_ctx *c, uint32_t i)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  int32_t a = kg_tok_head(d, i), cs = child(d, s, i, "case");
  int32_t sj = answer_doer(d, s, i, cs);
  if (sj >= 0 && kg_mention_at(d, (uint32_t)sj) >= 0)
    return sj;
  if (sj < 0 && (a < 0 || cs < 0 || !kg_tok_is(d, (uint32_t)cs, "for") || strncmp(rel(d, i), "obl", 3) ||
                 d->tokens[a].upos != KG_UPOS_ADJ || !kg_tok_is(d, (uint32_t)a, "responsible")))
    return -1;
  if (sj < 0)
    sj = child(d, s, (uint32_t)a, "nsubj");
  if (sj < 0 && !strcmp(rel(d, (uint32_t)a), "xcomp") && kg_tok_head(d, (uint32_t)a) >= 0)
    sj = child(d, s, (uint32_t)kg_tok_head(d, (uint32_t)a), "obj");
  if (sj < 0 || kg_mention_at(d, (uint32_t)sj) >= 0)
    return sj;
  for (uint32_t k = s->tok; k < (uint32_t)sj; k++) {
    const char *r = rel(d, k);
    if (kg_tok_head(d, k) == sj && kg_mention_at(d, k) >= 0 &&
        (!strncmp(r, "nmod:poss", 9) || !strcmp(r, "amod") || !strcmp(r, "compound")))
      return (int32_t)k;
  }
  return -1;
}

/* "TBILISI, September 10 -- ... and police arrested six opposition
 * leaders": a state's own force or office acting with no state named
 * (police, the army, the military, the authorities, prosecutors: the
 * unnamed group at token noun, no name or demonym on it) is the state of
 * the dateline's capital, when the story names that state outside the
 * dateline (not "ARUSHA, Tanzania -- ... the army arrested Machar" in a
 * story on South Sudan that never names Tanzania again), and when the
 * sentence names no place of another state and its teller is of no other
 * state; the state's mention (the last before token i, else the first
 * after), -1. */
/* "In Berlin, a government spokesman declined to comment", "In Moscow,
 * officials said": an oblique "in" of verb i before its subject noun and
 * followed by a comma, naming a capital or seat of government that stands
 * for a state of the story, places a state's own group (government,
 * military, police, legislature, judiciary) with no origin of its own in
 * that state: the state's mention nearest i; -1 when the clause opens with
 * no such place, or with one whose state is no actor of the story, which
 * also sets *stop (no other guess then). */
static int32_t fronted_capital(const ev_ctx *c, uint32_t i, int32_t noun, int *stop)
{
  static const char *const codes[] = { "GOV", "MIL", "COP", "LEG", "JUD", NULL };
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  const kg_sector *sc = kg_dict_sector_at(c->dict, kg_ev_noun_sector(c, (uint32_t)noun));
  int state_group = 0;
  for (size_t k = 0; sc && sc->code && codes[k]; k++)
    state_group |= !strcmp(sc->code, codes[k]);
  if (!state_group)
    return -1;
  for (uint32_t j = s->tok; j < (uint32_t)noun; j++) {
    const char *r = d->tokens[j].deprel;
    if (!r || strncmp(r, "obl", 3) || kg_tok_head(d, j) != (int32_t)i || j == s->tok || !kg_tok_is(d, j - 1, "in"))
      continue;
    int32_t m = kg_mention_at(d, j);
    if (m < 0 || d->mentions[m].tok != j)
      continue;
    uint32_t e = d->mentions[m].tok + d->mentions[m].ntok;
    if (e >= (uint32_t)noun || !kg_tok_is(d, e, ","))
      continue;
    int32_t st = kg_rel_metonym_state(c->dict, d, j);
    if (st >= 0 && d->actors[st].type == KG_ACT_COUNTRY)
      return kg_ev_mention_near(d, st, i, 0);
    *stop = 1;
    return -1;
  }
  return -1;
}

int32_t kg_ev_dateline_authority(const ev_ctx *c, uint32_t i, int32_t noun)
{
  static const char *const own[] = { "police", "army", "military", "authority", "prosecutor", NULL };
  const kg_doc *d = c->doc;
  if (noun < 0 || kg_ev_group_origin(c, (uint32_t)noun, 2) >= 0)
    return -1;
  int stop = 0;
  int32_t fr = fronted_capital(c, i, noun, &stop);
  if (fr >= 0 || stop)
    return fr;
  if (!kg_ev_lemma_in(d, (uint32_t)noun, own))
    return -1;
  uint32_t lead = 0;
  uint32_t si = d->tokens[i].sent;
  int32_t st = kg_rel_dateline_state(c->dict, d, si, &lead);
  if (st < 0 || d->actors[st].type != KG_ACT_COUNTRY)
    return -1;
  /* a place of another state in the sentence ("a police raid in the Urals
   * city of Yekaterinburg", "rallied in central Seoul ... police detained"
   * in a story datelined elsewhere): the police are that state's, no guess */
  for (size_t m = 0; m < d->nmentions; m++) {
    const kg_mention *mm = &d->mentions[m];
    if (mm->sent < si || (d->tokens[mm->tok].flags & KG_TOK_DATELINE))
      continue;
    if (mm->sent > si)
      break;
    int32_t ce = place_state_entry(c, (int32_t)m);
    if (ce >= 0 && ce != d->actors[st].dict_entry)
      return -1;
  }
  /* the teller serves or is another state ("Muyaya, the government
   * spokesman, said police had arrested 43" in a story datelined Nairobi) */
  int32_t sp = kg_ev_speaker(c, i);
  int32_t sa = sp >= 0 ? d->mentions[sp].actor : -1;
  if (sa >= 0 && sa != st && d->actors[sa].type == KG_ACT_COUNTRY)
    return -1;
  for (size_t r = 0; sa >= 0 && d->actors[sa].type == KG_ACT_PERSON && r < d->nrels; r++)
    if (d->rels[r].subj == sa && d->rels[r].obj != st && d->actors[d->rels[r].obj].type == KG_ACT_COUNTRY &&
        (d->rels[r].kind == KG_REL_LEADER || d->rels[r].kind == KG_REL_OFFICIAL) && !kg_ev_own_side(c, sa, st))
      return -1;
  return kg_ev_mention_near(d, st, i, 0);
}
