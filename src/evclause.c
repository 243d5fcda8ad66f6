/* evclause.c — event arguments that a clause's shape gives, beyond the
 * verb's own dependents (held-out round seven).
 *
 * Owns: kg_ev_speaker (the teller of a clause); "X, whose government hosted talks" (the agent is X's state, named
 * in X's phrase, else X); "On Wednesday, Minister X met Y" parsed with X as
 * a conjunct of the fronted date (X is the subject); "X sent troops, a move
 * Y condemned" (a relative clause on a noun in apposition to a clause
 * speaks of that clause's act: its subject is the target); "X was alarmed
 * and urged Y" (an active verb joined to a passive one); a finite verb
 * parsed as a clause on a noun (kg_ev_finite_acl); an offer of coordinated
 * subjects and the act offered (kg_ev_offered_act, evclause.h); who
 * suffers an attack noun on a passive verb and who protests in a purpose
 * clause on a summoned envoy; a claim of responsibility naming the doer of
 * the act told before (kg_ev_claimed_act); a verb trigger giving way to a
 * noun trigger on it (kg_ev_give_way); the clause tests of events.c (a
 * venue's "in" phrase, a
 * subject of another clause, the place a ", where" clause is told of); a
 * means noun standing for its verb ("spoke to X by telephone"), a gerund
 * adverbial's subject ("followed X in imposing"), a modal that a past
 * conjunct does not share (kg_ev_modal_aux); a reciprocal object ("blamed
 * each other", kg_ev_reciprocal_object); a past verb joined to a reported
 * clause that continues the speaker's sentence
 * (kg_ev_reported_conj_speaker, and for a verbal act after a state's
 * clause kg_ev_speaker_conj).
 * Does not own: the verb's dependents (evargs.c), choosing and emitting
 * events (events.c).
 */
#include <string.h>
#include "evargs.h"
#include "evscope.h"
#include "evclause.h"
#include "actors.h"
#include "relgroups.h"

int32_t kg_ev_whose_state(const ev_ctx *c, uint32_t i, uint32_t j)
{
  const kg_doc *d = c->doc;
  static const char *const gov[] = { "government", "country", "administration", "state", NULL };
  int32_t w = kg_ev_child_with(d, j, "nmod:poss", 0);
  if (w < 0 || !kg_tok_is(d, (uint32_t)w, "whose") || !kg_ev_lemma_in(d, j, gov))
    return -1;
  int32_t n = kg_tok_head(d, i);
  int32_t pm = n >= 0 ? kg_ev_mention_of_tok(c, n) : -1;
  if (pm < 0 || kg_ev_atype(d, pm) != KG_ACT_PERSON)
    return -1;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  for (uint32_t k = d->mentions[pm].tok, hops = 0; k-- > s->tok && hops < 4; hops++) {
    int32_t m = kg_mention_at(d, k);
    if (m >= 0 && kg_ev_atype(d, m) == KG_ACT_COUNTRY)
      return m;
    if (kg_tok_is(d, k, ",") || d->tokens[k].upos == KG_UPOS_VERB || d->tokens[k].upos == KG_UPOS_ADP)
      break;
  }
  return pm;
}

int32_t kg_ev_whose_person(const ev_ctx *c, uint32_t i)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  for (uint32_t j = s->tok; j < i; j++)
    if (kg_tok_head(d, j) == (int32_t)i && d->tokens[j].deprel && !strcmp(d->tokens[j].deprel, "nsubj") &&
        kg_ev_whose_state(c, i, j) >= 0)
      return kg_ev_mention_of_tok(c, kg_tok_head(d, i));
  return -1;
}

void kg_ev_fronted_subject(const ev_ctx *c, uint32_t i, ev_args *a)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  if (i <= s->tok || kg_mention_at(d, i - 1) < 0)
    return;
  int32_t m = kg_mention_at(d, i - 1);
  uint32_t j = d->mentions[m].tok;
  /* the conjunct may be the title over the name ("Minister" > "Ana Soto") */
  for (int hops = 0; hops < 3 && d->tokens[j].deprel && strcmp(d->tokens[j].deprel, "conj") &&
                     kg_tok_head(d, j) >= (int32_t)s->tok && kg_tok_head(d, j) < (int32_t)i; hops++)
    j = (uint32_t)kg_tok_head(d, j);
  int32_t h = kg_tok_head(d, j);
  const char *r = d->tokens[j].deprel;
  if (h < 0 || !r || strcmp(r, "conj") != 0 || kg_tok_head(d, (uint32_t)h) != (int32_t)i ||
      !d->tokens[h].deprel || strncmp(d->tokens[h].deprel, "obl", 3) != 0)
    return;
  int comma = 0;
  for (uint32_t k = (uint32_t)h + 1; k < j; k++)
    comma |= kg_tok_is(d, k, ",");
  if (!comma || a->nag >= KG_EV_SIDE)
    return;
  a->agents[a->nag++] = m;
  /* ... and no target through "on Wednesday"'s conjunct */
  size_t n = 0;
  for (size_t q = 0; q < a->ntg; q++)
    if (d->mentions[a->targets[q]].actor != d->mentions[m].actor)
      a->targets[n++] = a->targets[q];
  a->ntg = n;
}

int32_t kg_ev_apposed_act_subject(const kg_doc *d, uint32_t i)
{
  int32_t v = (int32_t)i;
  if (d->tokens[v].deprel && !strcmp(d->tokens[v].deprel, "conj"))
    v = kg_tok_head(d, (uint32_t)v);
  if (v < 0 || !d->tokens[v].deprel || strcmp(d->tokens[v].deprel, "acl:relcl") != 0)
    return -1;
  int32_t n = kg_tok_head(d, (uint32_t)v);
  /* the noun in apposition, or parsed as a parataxis of the clause */
  if (n < 0 || n > v || !d->tokens[n].deprel ||
      (strcmp(d->tokens[n].deprel, "appos") != 0 && strcmp(d->tokens[n].deprel, "parataxis") != 0))
    return -1;
  int32_t h = kg_tok_head(d, (uint32_t)n);
  for (int hops = 0; h >= 0 && hops < 6 && d->tokens[h].upos != KG_UPOS_VERB; hops++)
    h = kg_tok_head(d, (uint32_t)h);
  if (h < 0 || d->tokens[h].upos != KG_UPOS_VERB || h > n)
    return -1;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  for (uint32_t k = s->tok; k < (uint32_t)h; k++)
    if (kg_tok_head(d, k) == h && d->tokens[k].deprel && !strcmp(d->tokens[k].deprel, "nsubj"))
      return kg_mention_at(d, k);
  return -1;
}

int kg_ev_finite_acl(const kg_doc *d, uint32_t i)
{
  const kg_token *t = &d->tokens[i];
  return t->deprel && !strcmp(t->deprel, "acl") && t->xpos && !strcmp(t->xpos, "VBD") &&
         kg_tok_head(d, i) >= 0 && kg_ev_child_with(d, i, "nsubj", 1) < 0;
}

int32_t kg_ev_passive_conj_subject(const ev_ctx *c, uint32_t i, uint32_t h, int *speaker)
{
  const kg_doc *d = c->doc;
  const char *x = d->tokens[i].xpos;
  *speaker = 0;
  /* a finite active verb joined to a passive one shares its subject ("was
   * arrested and charged" stays passive: a participle with no object) */
  if (!x || !(!strcmp(x, "VBD") || !strcmp(x, "VBZ") || !strcmp(x, "VBP") ||
              (!strcmp(x, "VBN") && kg_ev_child_with(d, i, "obj", 0) >= 0)))
    return -1;
  int32_t sj = kg_ev_child_with(d, h, "nsubj:pass", 0);
  /* ... in a reported clause, only a named person does the second act
   * ("said Guterres was alarmed and urged Y"); "said 8,000 Ukrainians were
   * held and accused Russia" goes on with the speaker */
  int32_t pm = sj >= 0 ? kg_ev_mention_of_tok(c, sj) : -1;
  int32_t sp = d->tokens[h].deprel && !strcmp(d->tokens[h].deprel, "ccomp") && kg_tok_head(d, h) >= 0
               ? kg_ev_child_with(d, (uint32_t)kg_tok_head(d, h), "nsubj", 0) : -1;
  if (sp >= 0 && (pm < 0 || kg_ev_atype(d, pm) != KG_ACT_PERSON)) {
    *speaker = 1;
    return sp;
  }
  return sj;
}

uint32_t kg_ev_intent_head(const ev_ctx *c, uint32_t i, uint32_t v)
{
  static const char *const intent[] = { "offer", "promise", "pledge", "vow", "agree", "undertake", NULL };
  const kg_doc *d = c->doc;
  return v != i && kg_tok_head(d, i) == (int32_t)v && d->tokens[i].deprel && !strcmp(d->tokens[i].deprel, "xcomp") &&
         kg_ev_lemma_in(d, v, intent) ? v : i;
}

int kg_ev_plural_np_before(const kg_doc *d, uint32_t h, uint32_t i)
{
  static const char *const nouns[] = { "leaders", "presidents", "ministers", "premiers", "men", "heads",
    "countries", "nations", "states", "governments", "neighbours", "neighbors", "allies", "sides",
    "parties", "delegations", NULL };
  uint32_t k = i;
  while (k > h + 1 && (d->tokens[k - 1].upos == KG_UPOS_ADV || d->tokens[k - 1].upos == KG_UPOS_AUX ||
                       d->tokens[k - 1].upos == KG_UPOS_PART))
    k--;
  if (k < h + 3)
    return 0;
  char b[24];
  kg_ev_low(d, k - 1, b, sizeof b);
  if (!kg_ev_in_list(b, nouns))
    return 0;
  kg_ev_low(d, k - 2, b, sizeof b);
  return !strcmp(b, "two") || !strcmp(b, "both") || !strcmp(b, "three");
}

int kg_ev_offered_act(const kg_doc *d, uint32_t i)
{
  static const char *const offer[] = { "offer", "volunteer", NULL };
  for (int hops = 0; hops < 3; hops++) {
    if (kg_ev_lemma_in(d, i, offer))
      return 1;
    int32_t h = kg_tok_head(d, i);
    if (h < 0 || !d->tokens[i].deprel || strcmp(d->tokens[i].deprel, "xcomp"))
      return 0;
    i = (uint32_t)h;
  }
  return 0;
}

int32_t kg_ev_late_on_target(const ev_ctx *c, uint32_t i, int32_t agent)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  uint32_t end = s->tok + s->ntok;
  if (i + 2 >= end || !kg_tok_is(d, i + 1, "by"))
    return -1;
  for (uint32_t j = i + 2; j + 1 < end && j <= i + 8; j++) {
    if (d->tokens[j].upos == KG_UPOS_VERB || (d->tokens[j].upos == KG_UPOS_PUNCT && !kg_tok_is(d, j, "-")))
      return -1;
    if (!(kg_tok_is(d, j, "on") || kg_tok_is(d, j, "against")))
      continue;
    int32_t h = kg_tok_head(d, j);
    for (uint32_t q = j + 1; h > (int32_t)j && q <= (uint32_t)h && q < end; q++) {
      int32_t m = kg_mention_at(d, q);
      if (m >= 0 && d->mentions[m].actor != agent &&
          (kg_ev_atype(d, m) == KG_ACT_COUNTRY || kg_ev_atype(d, m) == KG_ACT_ORG))
        return m;
    }
    return -1;
  }
  return -1;
}

int32_t kg_ev_obl_subject(const ev_ctx *c, uint32_t i, int anyone)
{
  const kg_doc *d = c->doc;
  int32_t h = kg_tok_head(d, i);
  if (h < 0 || !d->tokens[i].deprel || strncmp(d->tokens[i].deprel, "obl", 3) ||
      d->tokens[h].upos != KG_UPOS_VERB)
    return -1;
  int32_t sj = kg_ev_child_with(d, (uint32_t)h, "nsubj", 0);
  int32_t m = sj >= 0 ? kg_ev_mention_of_tok(c, sj) : -1;
  if (m >= 0 && anyone)
    return d->mentions[m].actor >= 0 ? m : -1;
  return m >= 0 && (kg_ev_atype(d, m) == KG_ACT_COUNTRY || kg_ev_atype(d, m) == KG_ACT_ORG) ? m : -1;
}

/* Has verb v a modal auxiliary ("would", "could": xpos MD)? */
int kg_ev_modal_aux(const kg_doc *d, uint32_t v)
{
  const kg_sentence *s = &d->sents[d->tokens[v].sent];
  for (uint32_t k = s->tok; k < v; k++)
    if (kg_tok_head(d, k) == (int32_t)v && d->tokens[k].deprel && !strcmp(d->tokens[k].deprel, "aux") &&
        d->tokens[k].xpos && !strcmp(d->tokens[k].xpos, "MD"))
      return 1;
  return 0;
}

/* "Canada followed the United States in imposing tariffs", "responded to X by expelling", "met Y before flying
 * to Fiji": is token v a gerund adverbial clause marked "in", "by", "before", "after" or "while" (its subject
 * is its verb's subject, not that verb's object)? */
int kg_ev_gerund_advcl(const kg_doc *d, uint32_t v)
{
  static const char *const mks[] = { "in", "by", "before", "after", "while", NULL };
  int32_t mk = kg_ev_child_with(d, v, "mark", 0);
  return d->tokens[v].deprel && !strncmp(d->tokens[v].deprel, "advcl", 5) && d->tokens[v].xpos &&
         !strcmp(d->tokens[v].xpos, "VBG") && mk >= 0 && mk < (int32_t)v && kg_ev_lemma_in(d, (uint32_t)mk, mks);
}

/* "spoke to his counterpart, X, by telephone", "met Y by video link": a
 * trigger noun that is the means (a "by" oblique) of the verb it hangs on
 * stands for that verb; the verb's token, or -1. */
int32_t kg_ev_means_verb(const kg_doc *d, uint32_t i)
{
  int32_t h = kg_tok_head(d, i), cs = kg_ev_child_with(d, i, "case", 0);
  if (h < 0 || d->tokens[i].upos != KG_UPOS_NOUN || !d->tokens[i].deprel ||
      strncmp(d->tokens[i].deprel, "obl", 3) || cs < 0 || !kg_tok_is(d, (uint32_t)cs, "by") ||
      d->tokens[h].upos != KG_UPOS_VERB)
    return -1;
  return h;
}

/* The arguments of the verb v a means noun hangs on: its own, and the
 * person or state it speaks "to" or "with" as target. */
void kg_ev_means_args(const ev_ctx *c, uint32_t v, const kg_trigger *p, ev_args *a)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[v].sent];
  kg_ev_tree_args(c, v, KG_UPOS_VERB, p, a);
  for (uint32_t k = v + 1; k < s->tok + s->ntok && a->ntg == 0 && a->nag > 0; k++) {
    int32_t cs = kg_ev_child_with(d, k, "case", 0);
    if (kg_tok_head(d, k) != (int32_t)v || !d->tokens[k].deprel || strncmp(d->tokens[k].deprel, "obl", 3) ||
        cs < 0 || !(kg_tok_is(d, (uint32_t)cs, "to") || kg_tok_is(d, (uint32_t)cs, "with")))
      continue;
    int32_t m = kg_ev_mention_of_tok(c, (int32_t)k);
    if (m >= 0 && d->mentions[m].actor >= 0 && d->mentions[m].actor != d->mentions[a->agents[0]].actor)
      a->targets[a->ntg++] = m;
  }
}

/* "six Guyanese soldiers were wounded in an ambush", "two men were killed
 * in the strike": the subject of the passive (or adjectival "were
 * wounded") verb that the attack noun at i is an "in" phrase of suffers the
 * attack; its mention, or -1. */
int32_t kg_ev_victim_subject(const ev_ctx *c, uint32_t i)
{
  const kg_doc *d = c->doc;
  int32_t h = kg_tok_head(d, i);
  int32_t cs = kg_ev_child_with(d, i, "case", 0);
  if (h < 0 || !d->tokens[i].deprel || strncmp(d->tokens[i].deprel, "obl", 3) || cs < 0 ||
      !kg_tok_is(d, (uint32_t)cs, "in"))
    return -1;
  int32_t sj = kg_ev_child_with(d, (uint32_t)h, "nsubj:pass", 0);
  if (sj < 0 && d->tokens[h].xpos && !strcmp(d->tokens[h].xpos, "VBN") &&
      kg_ev_child_with(d, (uint32_t)h, "aux:pass", 0) >= 0)
    sj = kg_ev_child_with(d, (uint32_t)h, "nsubj", 0);
  if (sj < 0 && kg_ev_child_with(d, (uint32_t)h, "cop", 0) >= 0 && d->tokens[h].form) {
    size_t n = strlen(d->tokens[h].form);    /* "were wounded", "were injured" */
    if (n > 4 && !strcmp(d->tokens[h].form + n - 2, "ed"))
      sj = kg_ev_child_with(d, (uint32_t)h, "nsubj", 0);
  }
  return sj >= 0 ? kg_ev_mention_of_tok(c, (uint32_t)sj) : -1;
}

/* "Guyana summoned Venezuela's ambassador to protest": a to-infinitive
 * parsed as a clause on the object of a verb, with no subject of its own;
 * the mention of that verb's named subject, or -1. */
int32_t kg_ev_purpose_subject(const ev_ctx *c, uint32_t i)
{
  const kg_doc *d = c->doc;
  int32_t n = kg_tok_head(d, i), mk = kg_ev_child_with(d, i, "mark", 0);
  if (n < 0 || !d->tokens[i].deprel || strcmp(d->tokens[i].deprel, "acl") || mk < 0 ||
      !kg_tok_is(d, (uint32_t)mk, "to") || kg_ev_child_with(d, i, "nsubj", 1) >= 0 ||
      !d->tokens[n].deprel || strcmp(d->tokens[n].deprel, "obj") || kg_ev_mention_of_tok(c, n) < 0)
    return -1;                            /* (an envoy of someone: not "had a right to criticise") */
  int32_t v = kg_tok_head(d, (uint32_t)n);
  int32_t sj = v >= 0 ? kg_ev_child_with(d, (uint32_t)v, "nsubj", 0) : -1;
  return sj >= 0 ? kg_ev_mention_of_tok(c, sj) : -1;
}

static int message_noun(const ev_ctx *c, uint32_t n);

/* "Brazil issued a statement condemning X", "the assembly passed a
 * resolution urging Y": a participle clause (no subject of its own) on a
 * message noun (kgd:messageNoun) that is the object of a verb is that
 * verb's subject's act (a joined verb's, the first verb's subject); the
 * subject's mention, or -1. */
int32_t kg_ev_message_subject(const ev_ctx *c, uint32_t i)
{
  const kg_doc *d = c->doc;
  int32_t n = kg_tok_head(d, i);
  const char *x = d->tokens[i].xpos, *nl = n >= 0 ? d->tokens[n].lemma : NULL;
  if (n < 0 || !nl || !x || strcmp(x, "VBG") || !d->tokens[i].deprel || strcmp(d->tokens[i].deprel, "acl") ||
      kg_ev_child_with(d, i, "nsubj", 1) >= 0 || !d->tokens[n].deprel || strcmp(d->tokens[n].deprel, "obj"))
    return -1;
  if (!message_noun(c, (uint32_t)n))
    return -1;
  int32_t v = kg_tok_head(d, (uint32_t)n);
  int32_t sj = v >= 0 ? kg_ev_child_with(d, (uint32_t)v, "nsubj", 0) : -1;
  /* a verb joined to one before it shares its subject: "it had summoned the
   * ambassador and handed him a note demanding X" */
  if (sj < 0 && v >= 0 && d->tokens[v].deprel && !strcmp(d->tokens[v].deprel, "conj")) {
    int32_t h = kg_tok_head(d, (uint32_t)v);
    sj = h >= 0 && d->tokens[h].upos == KG_UPOS_VERB ? kg_ev_child_with(d, (uint32_t)h, "nsubj", 0) : -1;
  }
  return sj >= 0 ? kg_ev_mention_of_tok(c, sj) : -1;
}

static int message_noun(const ev_ctx *c, uint32_t n)
{
  return (kg_ev_lemma_lex(c, n) & KG_LEX_MESSAGE) != 0;
}

int32_t kg_ev_message_issuer(const ev_ctx *c, uint32_t j)
{
  const kg_doc *d = c->doc;
  const char *r = d->tokens[j].deprel, *lm = d->tokens[j].lemma;
  if (!r || strncmp(r, "nsubj", 5) || !lm || !message_noun(c, j) || j == 0 ||
      !(kg_tok_is(d, j - 1, "the") || kg_tok_is(d, j - 1, "this")))
    return -1;
  uint32_t si = d->tokens[j].sent;
  for (uint32_t q = j; q-- > 0 && d->tokens[q].sent + 2 >= si;) {
    const char *qr = d->tokens[q].deprel;
    if (!d->tokens[q].lemma || strcmp(d->tokens[q].lemma, lm) || !qr ||
        (strcmp(qr, "obj") && strncmp(qr, "obl", 3)) || !kg_sent_has_tree(d, d->tokens[q].sent))
      continue;
    int32_t v = kg_tok_head(d, q);
    int32_t sj = v >= 0 && d->tokens[v].upos == KG_UPOS_VERB ? kg_ev_child_with(d, (uint32_t)v, "nsubj", 0) : -1;
    return sj >= 0 ? kg_ev_mention_of_tok(c, sj) : -1;
  }
  return -1;
}

int32_t kg_ev_message_of(const ev_ctx *c, uint32_t i)
{
  const kg_doc *d = c->doc;
  int32_t n = kg_tok_head(d, i), cs = kg_ev_child_with(d, i, "case", 0);
  if (n < 0 || cs < 0 || !kg_tok_is(d, (uint32_t)cs, "of") || !d->tokens[i].deprel ||
      strncmp(d->tokens[i].deprel, "nmod", 4) || !d->tokens[n].deprel || strcmp(d->tokens[n].deprel, "obj") ||
      !message_noun(c, (uint32_t)n))
    return -1;
  int32_t v = kg_tok_head(d, (uint32_t)n);
  return v >= 0 && d->tokens[v].upos == KG_UPOS_VERB ? v : -1;
}

/* Is token k inside an "in" phrase of trigger i ("met ... in St
 * Vincent"): where a meeting was, not whom it was with?  (Not for visits,
 * 042/043: "visited slums in the Kenyan capital" is a visit to Kenya.) */
int kg_ev_venue_phrase(const kg_doc *d, uint32_t k, uint32_t i)
{
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  for (int32_t n = (int32_t)k; n >= 0 && n != (int32_t)i; n = kg_tok_head(d, (uint32_t)n)) {
    if (!d->tokens[n].deprel || (strncmp(d->tokens[n].deprel, "obl", 3) &&
                                 strncmp(d->tokens[n].deprel, "nmod", 4)))
      continue;                           /* ("a peace summit in Switzerland") */
    for (uint32_t q = s->tok; q < (uint32_t)n; q++)
      if (kg_tok_head(d, q) == n && d->tokens[q].deprel && !strcmp(d->tokens[q].deprel, "case") &&
          kg_tok_is(d, q, "in"))          /* (not "at": "partners at Tods Murray") */
        return 1;
  }
  return 0;
}

/* Is mention m the subject of a verb other than trigger i and its own
 * complements ("demanded that Hamas renounce": Hamas is the target)? */
int kg_ev_subject_elsewhere(const kg_doc *d, int32_t m, uint32_t i)
{
  const kg_mention *mm = &d->mentions[m];
  for (uint32_t k = mm->tok; k < mm->tok + mm->ntok; k++) {
    int32_t h = kg_tok_head(d, k);
    if (h >= 0 && ((uint32_t)h < mm->tok || (uint32_t)h >= mm->tok + mm->ntok))
      return h != (int32_t)i && kg_tok_head(d, (uint32_t)h) != (int32_t)i && d->tokens[k].deprel &&
             !strncmp(d->tokens[k].deprel, "nsubj", 5);
  }
  return 0;
}

/* Is trigger i in a clause told as background to the main one ("... after
 * the United States imposed tariffs", "before Russia invaded"): an adverbial
 * clause of time marked after, before, since or until, which happened
 * elsewhere as often as not? */
int kg_ev_background_clause(const kg_doc *d, uint32_t i)
{
  if (!kg_sent_has_tree(d, d->tokens[i].sent))
    return 0;
  for (int32_t n = (int32_t)i, hops = 0; n >= 0 && hops < 6; n = kg_tok_head(d, (uint32_t)n), hops++) {
    if (!d->tokens[n].deprel || strcmp(d->tokens[n].deprel, "advcl"))
      continue;
    int32_t mk = kg_ev_child_with(d, (uint32_t)n, "mark", 0);
    if (mk >= 0 && (kg_tok_is(d, (uint32_t)mk, "after") || kg_tok_is(d, (uint32_t)mk, "before") ||
                    kg_tok_is(d, (uint32_t)mk, "since") || kg_tok_is(d, (uint32_t)mk, "until")))
      return 1;
  }
  return 0;
}

/* Is mention m a conjunct ("Colombia" and "Mexico" of "Brazil, Colombia and
 * Mexico"; not "China" of "Mr Straw's China trip")? */
int kg_ev_conj_mention(const kg_doc *d, int32_t m)
{
  const kg_mention *mm = &d->mentions[m];
  for (uint32_t k = mm->tok; k < mm->tok + mm->ntok; k++)
    if (d->tokens[k].deprel && !strcmp(d->tokens[k].deprel, "conj"))
      return 1;
  return 0;
}

/* An act a message can carry (statements, appeals, praise, demands,
 * disapproval, rejection, threats, protests: CAMEO 01, 02, 05, 10-14), not
 * "the communique of a summit" (04). */
int kg_ev_verbal_act(const char *code)
{
  int r = kg_cameo_root(code);
  return r == 1 || r == 2 || r == 5 || (r >= 10 && r <= 14);
}

/* The rules of kg_ev_give_way: does trigger q give way to noun trigger k
 * (both with a pattern)? */
static int noun_act_with_object(const ev_ctx *c, const ev_trig *q, const ev_trig *k)
{
  (void)c;
  return q->obj == (int32_t)k->tok && k->p->object && k->obj >= 0 && q->p->object &&
         !strchr(q->p->object, ' ');
}

static int offer_of_praise(const ev_ctx *c, const ev_trig *q, const ev_trig *k)
{
  const kg_doc *d = c->doc;
  const char *qc = q->p->code, *kc = k->p->code;
  return q->pos == KG_UPOS_VERB && !strncmp(qc, "03", 2) &&
         (!strncmp(kc, "01", 2) || (!strncmp(kc, "05", 2) && kc[2] < '7')) &&
         kg_tok_head(d, k->tok) == (int32_t)q->tok && d->tokens[k->tok].deprel &&
         !strcmp(d->tokens[k->tok].deprel, "obj");
}

static int message_of_act(const ev_ctx *c, const ev_trig *q, const ev_trig *k)
{
  const kg_doc *d = c->doc;
  int32_t n = kg_tok_head(d, k->tok);     /* the message noun, its verb q (first: speed) */
  return n >= 0 && kg_tok_head(d, (uint32_t)n) == (int32_t)q->tok &&
         kg_ev_verbal_act(k->p->code) && kg_ev_message_of(c, k->tok) == (int32_t)q->tok;
}

/* "China retaliated with tariffs", "hit back with sanctions": a bare verb of answering gives way to the act
 * noun it answers with (its doer is the verb's subject: evpatient.c's kg_ev_responsible_doer). */
static int answered_with(const ev_ctx *c, const ev_trig *q, const ev_trig *k)
{
  const kg_doc *d = c->doc;
  return q->pos == KG_UPOS_VERB && !q->p->object && kg_tok_head(d, k->tok) == (int32_t)q->tok &&
         kg_ev_responsible_doer(c, k->tok) >= 0 && d->tokens[k->tok].deprel &&
         !strncmp(d->tokens[k->tok].deprel, "obl", 3);
}

void kg_ev_give_way(const ev_ctx *c, ev_trig *tr, size_t ntr)
{
  static int (*const rule[])(const ev_ctx *, const ev_trig *, const ev_trig *) = {
    noun_act_with_object, offer_of_praise, message_of_act, answered_with };
  for (size_t r = 0; r < sizeof rule / sizeof *rule; r++)   /* in turn: a rule sees the earlier ones' */
    for (size_t q = 0; q < ntr; q++)
      for (size_t k = 0; k < ntr && tr[q].p; k++)
        if (k != q && tr[k].p && tr[k].pos == KG_UPOS_NOUN && rule[r](c, &tr[q], &tr[k]))
          tr[q].p = NULL;
}

/* "Drones struck a terminal ... The Houthis claimed responsibility for the
 * attack": a claim (015) of a definite act noun ("for the attack") names
 * the doer of the latest such event of its own or the three sentences
 * before that had none (the lemma or the kgd:actNoun family, as
 * events.c's act_noun_doer); the claims among the events from index
 * from on. */
void kg_ev_claimed_act(const ev_ctx *c, size_t from)
{
  kg_doc *d = c->doc;
  for (size_t k = from; k < d->nevents; k++) {
    const kg_event *e = &d->events[k];
    if (strcmp(e->cameo, "015") || e->agent < 0)
      continue;
    const kg_sentence *s = &d->sents[e->sent];
    int32_t o = -1;
    for (uint32_t t = s->tok; t < s->tok + s->ntok && o < 0; t++)
      if (kg_tok_is(d, t, "responsibility") || kg_tok_is(d, t, "credit"))
        for (uint32_t q = t + 1; q < s->tok + s->ntok && o < 0; q++) {
          int32_t cs = kg_tok_head(d, q) == (int32_t)t && d->tokens[q].upos == KG_UPOS_NOUN ?
                       kg_ev_child_with(d, q, "case", 0) : -1;
          int32_t dt = cs >= 0 && kg_tok_is(d, (uint32_t)cs, "for") ? kg_ev_child_with(d, q, "det", 0) : -1;
          if (dt >= 0 && (kg_tok_is(d, (uint32_t)dt, "the") || kg_tok_is(d, (uint32_t)dt, "this")) &&
              d->tokens[q].lemma && kg_mention_at(d, q) < 0)
            o = (int32_t)q;
        }
    if (o < 0)
      continue;
    const char *lem = d->tokens[o].lemma, *code = kg_dict_act_noun(c->dict, lem);
    for (size_t q = k; q-- > 0;) {
      kg_event *a = &d->events[q];
      if (a->sent + 3 < e->sent)
        break;
      const char *tl = d->tokens[a->trigger].lemma;
      if (!(tl && !strcmp(tl, lem)) && !(code && !strncmp(a->cameo, code, strlen(code))))
        continue;
      if (a->agent < 0 && a->target != e->agent)
        a->agent = e->agent;
      break;
    }
  }
}

/* "Ishiba arrived in Seoul", "landed in Beijing": a visit (042) with no
 * target whose place is the "in"/"at" phrase of the trigger itself and a
 * capital that stands for its state in the dictionary (a metonym form) is
 * a visit to that state, unless the visitor is that state or one of its
 * own (a dictionary person serving it: "Yoon arrived back in Seoul"). */
int32_t kg_ev_host_state(const ev_ctx *c, uint32_t i, int32_t place_m, int32_t agent)
{
  kg_doc *d = c->doc;
  if (place_m < 0 || !kg_sent_has_tree(d, d->tokens[i].sent))
    return -1;
  const kg_mention *pm = &d->mentions[place_m];
  int32_t h = kg_tok_head(d, pm->tok + pm->ntok - 1), hk = -1;
  for (uint32_t k = pm->tok; k < pm->tok + pm->ntok && h != (int32_t)i; k++)
    if (kg_tok_head(d, k) == (int32_t)i)
      h = (int32_t)i, hk = (int32_t)k;
  if (hk < 0)
    hk = (int32_t)(pm->tok + pm->ntok - 1);
  /* "visited Odesa", "will visit the holy city of Karbala": a city the
   * dictionary puts in a state, as the visit's object */
  const char *hr = d->tokens[hk].deprel;
  int32_t ho = h >= 0 ? kg_tok_head(d, (uint32_t)h) : -1;
  static const char *const town[] = { "city", "town", "port", "region", "province", NULL };
  int city = d->actors[pm->actor].type == KG_ACT_PLACE && hr &&
             ((h == (int32_t)i && !strcmp(hr, "obj")) ||
              (!strcmp(hr, "nmod") && ho == (int32_t)i && kg_ev_lemma_in(d, (uint32_t)h, town) &&
               d->tokens[h].deprel && !strcmp(d->tokens[h].deprel, "obj")));
  if (city)
    h = (int32_t)i;
  if (h != (int32_t)i || pm->tok == 0 ||
      !(city || kg_tok_is(d, pm->tok - 1, "in") || kg_tok_is(d, pm->tok - 1, "at")))
    return -1;
  kg_dict_match dm;
  dm.entry = -1;
  if (d->actors[pm->actor].type == KG_ACT_PLACE && d->actors[pm->actor].dict_entry >= 0) {
    const kg_dict_actor *pe = kg_dict_actor_at(c->dict, d->actors[pm->actor].dict_entry);
    dm.entry = pe ? pe->country : -1;     /* "arrived in Odesa": Ukraine */
  } else if (!kg_dict_match_actor(c->dict, d, pm->tok, &dm) || dm.form != KG_FORM_METONYM ||
             dm.ntok != pm->ntok)
    return -1;
  const kg_dict_actor *st = dm.entry >= 0 ? kg_dict_actor_at(c->dict, dm.entry) : NULL;
  if (!st || st->type != KG_ACT_COUNTRY)
    return -1;
  if (agent >= 0) {
    const kg_actor *ag = &d->actors[agent];
    const kg_dict_actor *ae = ag->dict_entry >= 0 ? kg_dict_actor_at(c->dict, ag->dict_entry) : NULL;
    if (ag->dict_entry == dm.entry || (ae && ae->type == KG_ACT_PERSON && ae->country == dm.entry))
      return -1;
  }
  return kg_actors_intern_entry(d, c->dict, dm.entry);
}

int32_t kg_ev_place_state(const ev_ctx *c, int32_t tg)
{
  kg_doc *d = c->doc;
  if (tg < 0 || d->actors[tg].type != KG_ACT_PLACE || d->actors[tg].dict_entry < 0)
    return -1;
  const kg_dict_actor *pe = kg_dict_actor_at(c->dict, d->actors[tg].dict_entry);
  const kg_dict_actor *st = pe && pe->country >= 0 ? kg_dict_actor_at(c->dict, pe->country) : NULL;
  if (!st || st->type != KG_ACT_COUNTRY)
    return -1;
  return kg_actors_intern_entry(d, c->dict, pe->country);
}

int kg_ev_own_side(const ev_ctx *c, int32_t a, int32_t st)
{
  const kg_doc *d = c->doc;
  if (a < 0 || st < 0)
    return 0;
  if (a == st)
    return 1;
  if (d->actors[a].type != KG_ACT_PERSON || d->actors[st].type != KG_ACT_COUNTRY)
    return 0;
  for (size_t r = 0; r < d->nrels; r++)
    if (d->rels[r].subj == a && d->rels[r].obj == st &&
        (d->rels[r].kind == KG_REL_LEADER || d->rels[r].kind == KG_REL_OFFICIAL))
      return 1;
  const kg_dict_actor *e = d->actors[a].dict_entry >= 0 ? kg_dict_actor_at(c->dict, d->actors[a].dict_entry) : NULL;
  return e && e->country >= 0 && e->country == d->actors[st].dict_entry;
}

int kg_ev_bare_after_modal(const kg_doc *d, uint32_t h)
{
  return d->tokens[h].xpos && !strcmp(d->tokens[h].xpos, "VB") && kg_ev_modal_aux(d, h);
}

int kg_ev_past_after_modal(const kg_doc *d, uint32_t i)
{
  const char *x = d->tokens[i].xpos, *r = d->tokens[i].deprel;
  int32_t h = kg_tok_head(d, i);
  return x && r && h >= 0 && !strcmp(r, "conj") &&
         (!strcmp(x, "VBD") || (!strcmp(x, "VBN") && kg_ev_child_with(d, i, "aux", 1) < 0)) &&
         kg_ev_bare_after_modal(d, (uint32_t)h);
}

int32_t kg_ev_root_phrase_subject(const ev_ctx *c, uint32_t i)
{
  const kg_doc *d = c->doc;
  const char *x = d->tokens[i].xpos, *r = d->tokens[i].deprel;
  int32_t h = kg_tok_head(d, i);
  if (!x || !r || h < 0 || (uint32_t)h > i || kg_tok_head(d, (uint32_t)h) >= 0 ||
      (strcmp(x, "VBD") && strcmp(x, "VBZ") && strcmp(x, "VBP")) ||
      (strncmp(r, "acl", 3) && strcmp(r, "parataxis") && strcmp(r, "dep")) ||
      (d->tokens[h].upos != KG_UPOS_PROPN && d->tokens[h].upos != KG_UPOS_NOUN) ||
      kg_ev_child_with(d, i, "nsubj", 1) >= 0 || kg_ev_child_with(d, i, "expl", 0) >= 0)
    return -1;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  for (uint32_t k = s->tok; k < (uint32_t)h; k++)
    if (!kg_tok_under(d, k, h))
      return -1;                          /* (the root's phrase opens the sentence) */
  for (uint32_t k = s->tok; k < i; k++) {
    int32_t m = kg_ev_mention_of_tok(c, (int32_t)k);
    if (m >= 0 && d->mentions[m].tok == k && kg_ev_agentive(d, m) && d->mentions[m].kind != KG_MEN_PRONOUN &&
        kg_tok_under(d, k, h))
      return m;
    if (kg_tok_is(d, k, ","))
      break;                              /* (the name before the first comma) */
  }
  return -1;
}

int kg_ev_in_purpose(const kg_doc *d, uint32_t k, uint32_t i)
{
  if (!kg_sent_has_tree(d, d->tokens[i].sent))
    return 0;
  for (int32_t n = (int32_t)k, hops = 0; n >= 0 && hops < 8; n = kg_tok_head(d, (uint32_t)n), hops++)
    if (kg_tok_head(d, (uint32_t)n) == (int32_t)i) {
      int32_t cs = kg_ev_child_with(d, (uint32_t)n, "case", 0);
      return d->tokens[n].deprel && !strncmp(d->tokens[n].deprel, "obl", 3) && cs >= 0 &&
             kg_tok_is(d, (uint32_t)cs, "for") && d->tokens[n].upos == KG_UPOS_NOUN;   /* (not "heading for X") */
    }
  return 0;
}

int kg_ev_own_clause_subject(const ev_ctx *c, uint32_t i, int32_t am, int32_t tm)
{
  const kg_doc *d = c->doc;
  const kg_mention *m = &d->mentions[tm];
  uint32_t k = m->tok + m->ntok - 1;
  int32_t h = kg_tok_head(d, k);
  return h >= 0 && d->tokens[k].deprel && !strncmp(d->tokens[k].deprel, "nsubj", 5) &&
         d->tokens[h].deprel && !strcmp(d->tokens[h].deprel, "ccomp") && kg_tok_head(d, (uint32_t)h) == (int32_t)i &&
         kg_ev_own_side(c, d->mentions[am].actor, m->actor);
}

int32_t kg_ev_shared_subject(const kg_doc *d, uint32_t v)
{
  int32_t w = kg_ev_child_with(d, v, "nsubj", 0), h = kg_tok_head(d, v);
  if (w < 0 && h >= 0 && d->tokens[v].deprel && !strcmp(d->tokens[v].deprel, "conj"))
    w = kg_ev_child_with(d, (uint32_t)h, "nsubj", 0);
  return w;
}

int kg_ev_in_warning(const ev_ctx *c, uint32_t i)
{
  static const char *const warn[] = { "warn", "threaten", "caution", NULL };
  const kg_doc *d = c->doc;
  if (!kg_sent_has_tree(d, d->tokens[i].sent))
    return 0;
  for (int hops = 0; hops < 3; hops++) {
    const char *r = d->tokens[i].deprel;
    int32_t h = kg_tok_head(d, i);
    if (h < 0 || !r)
      return 0;
    if (!strcmp(r, "ccomp")) {
      if (!kg_ev_lemma_in(d, (uint32_t)h, warn))
        return 0;
      int32_t ws = kg_ev_shared_subject(d, (uint32_t)h), cs = kg_ev_child_with(d, i, "nsubj", 0);
      int32_t wm = ws >= 0 ? kg_ev_mention_of_tok(c, ws) : -1, cm = cs >= 0 ? kg_ev_mention_of_tok(c, cs) : -1;
      return wm >= 0 && cm >= 0 && kg_ev_own_side(c, d->mentions[wm].actor, d->mentions[cm].actor);
    }
    if (strcmp(r, "conj") && strcmp(r, "xcomp"))
      return 0;
    i = (uint32_t)h;
  }
  return 0;
}

int kg_ev_accused_act(const ev_ctx *c, uint32_t i, ev_args *a)
{
  static const char *const accuse[] = { "accuse", "blame", "suspect", "charge", "convict", "criticise",
    "criticize", "condemn", "fault", "punish", "denounce", "praise", "thank", "commend", "congratulate",
    NULL };
  const kg_doc *d = c->doc;
  const char *r = d->tokens[i].deprel, *x = d->tokens[i].xpos;
  int32_t h = kg_tok_head(d, i), mk = kg_ev_child_with(d, i, "mark", 0);
  if (!r || !x || strcmp(x, "VBG") || h < 0 || mk < 0 ||
      !(kg_tok_is(d, (uint32_t)mk, "of") || kg_tok_is(d, (uint32_t)mk, "for")))
    return 0;
  int32_t ob = -1;
  if (!strncmp(r, "advcl", 5) && kg_ev_lemma_in(d, (uint32_t)h, accuse))
    ob = kg_ev_child_with(d, (uint32_t)h, "obj", 0);           /* "blamed Iran for attacking" */
  else if (!strcmp(r, "acl")) {
    /* "accuses the militias of firing"; "accused the Sudan People's
     * Liberation Movement-in-Opposition of attacking", the clause on a word
     * inside the object's name */
    int32_t n = h, mh = kg_mention_at(d, (uint32_t)h);
    for (int hops = 0; n >= 0 && hops < 4 && d->tokens[n].deprel && strcmp(d->tokens[n].deprel, "obj") &&
                       mh >= 0 && kg_tok_head(d, (uint32_t)n) >= 0 &&
                       kg_mention_at(d, (uint32_t)kg_tok_head(d, (uint32_t)n)) == mh;
         hops++)
      n = kg_tok_head(d, (uint32_t)n);
    if (n >= 0 && d->tokens[n].deprel && !strcmp(d->tokens[n].deprel, "obj") && kg_tok_head(d, (uint32_t)n) >= 0 &&
        kg_ev_lemma_in(d, (uint32_t)kg_tok_head(d, (uint32_t)n), accuse))
      ob = n;
  }
  if (ob < 0)
    return 0;
  int32_t m = kg_ev_mention_of_tok(c, ob);
  a->nag = 0;
  if (m >= 0 && kg_ev_agentive(d, m))
    a->agents[a->nag++] = m;
  return 1;
}

/* "visited Beijing on Monday for a state visit", "arrived in Seoul for a
 * two-day visit": a noun trigger's event of the events from index `from`
 * on with no target and no participants names the act of a verb trigger's
 * event of the same code and agent that has a target: it is dropped.  So is
 * a noun trigger's event with a target and no agent when another event of
 * the sentence has the same code and target and an agent ("Japan's
 * agreement, after accords with Australia": the agentless copy). */
void kg_ev_fold_bare_nouns(const ev_ctx *c, size_t from)
{
  kg_doc *d = c->doc;
  size_t n = from;
  for (size_t k = from; k < d->nevents; k++) {
    const kg_event *e = &d->events[k];
    int fold = 0;
    if (e->target < 0 && e->npart == 0 && e->agent >= 0 && d->tokens[e->trigger].upos == KG_UPOS_NOUN)
      for (size_t q = from; q < d->nevents && !fold; q++) {
        const kg_event *f = &d->events[q];
        fold = q != k && f->target >= 0 && f->agent == e->agent && !strcmp(f->cameo, e->cameo) &&
               d->tokens[f->trigger].upos == KG_UPOS_VERB;
      }
    if (e->agent < 0 && e->target >= 0 && e->npart == 0 && d->tokens[e->trigger].upos == KG_UPOS_NOUN)
      for (size_t q = from; q < d->nevents && !fold; q++) {
        const kg_event *f = &d->events[q];
        fold = q != k && f->agent >= 0 && f->target == e->target && !strcmp(f->cameo, e->cameo) &&
               f->factuality == e->factuality;   /* (not "did not travel to X before a planned visit") */
      }
    if (!fold)
      d->events[n++] = *e;
  }
  d->nevents = n;
}

/* Is token n an adverbial clause marked "to" ("summoned X to protest",
 * or the parser's reading of "urged X to send")? */
/* Does verb h pass the act of its to-infinitive to its object ("urged
 * Israel to meet Syria", "forced the firm to close", "sent troops to
 * help")?  Verbs of visiting, meeting, using or holding do not: the
 * infinitive after their object is the subject's purpose ("visited China
 * to criticise the plan", "used the summit to press Iran").  Request verbs
 * (the lexicon's kgd:requestVerb) and the verbs of causing, letting and
 * wanting below pass it. */
int kg_ev_object_control(const ev_ctx *c, uint32_t h)
{
  static const char *const ctl[] = { "force", "allow", "help", "enable", "persuade", "tell", "want",
    "expect", "need", "require", "permit", "compel", "oblige", "cause", "lead", "prompt", "convince",
    "advise", "authorize", "authorise", "appoint", "elect", "get", "pressure", "pressurise", "lobby",
    "push", "challenge", "dare", "beg", "warn", "remind", "empower", "mandate", "commission", "inspire",
    "provoke", "spur", "drive", "leave", "trust", "train", "teach", "assign", "choose", "select",
    "nominate", "recruit", "hire", "pay", "bribe", "incite", "induce", "tempt", "motivate", "set", "make",
    "let", "see", "like", "prefer", "wish", "recommend", "back", "tip", "send", "deploy", "dispatch",
    "despatch", "mobilise", "mobilize", "order", "ask", "urge", "invite", "encourage", "press", "call",
    "persuade", "instruct", "direct", "request", "implore", "demand", "summon", "appeal", "petition",
    "believe", "consider", "judge", "declare", "report", "rule", "find", "show", "know", "say", "claim",
    "allege", "deem", "think", "suppose", "assume", "understand", "mean", "intend", "assist", "free",
    "release", "prepare", "ready", "equip", "arm", "fund", "finance", "support", "sponsor", "have", "keep",
    "watch", "hear", "notice", "sue", "take", NULL };
  return (kg_ev_lemma_lex(c, h) & KG_LEX_REQUEST_VERB) || kg_ev_lemma_in(c->doc, h, ctl);
}

int kg_ev_to_advcl(const kg_doc *d, uint32_t n)
{
  if (!d->tokens[n].deprel || strncmp(d->tokens[n].deprel, "advcl", 5))
    return 0;
  int32_t mk = kg_ev_child_with(d, n, "mark", 0);
  return mk >= 0 && kg_tok_is(d, (uint32_t)mk, "to");
}

/* The to-infinitive complement of verb i ("urged X to send"): its xcomp, or
 * an advcl marked "to" after i (the parser's reading of the same), or -1. */
int32_t kg_ev_to_complement(const kg_doc *d, uint32_t i)
{
  int32_t x = kg_ev_child_with(d, i, "xcomp", 0);
  if (x >= 0)
    return x;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  for (uint32_t k = i + 1; k < s->tok + s->ntok; k++)
    if (kg_tok_head(d, k) == (int32_t)i && kg_ev_to_advcl(d, k))
      return (int32_t)k;
  return -1;
}

/* Is noun trigger i what an anniversary, a commemoration or a memorial is
 * of ("the third anniversary of Russia's invasion on Monday")?  The
 * sentence's dates are the anniversary's, not the act's. */
int kg_ev_anniversary_of(const kg_doc *d, uint32_t i)
{
  if (d->tokens[i].upos != KG_UPOS_NOUN || !kg_sent_has_tree(d, d->tokens[i].sent))
    return 0;
  int32_t h = kg_tok_head(d, i);
  const char *r = d->tokens[i].deprel;
  if (h < 0 || !r || strncmp(r, "nmod", 4))
    return 0;
  return kg_tok_is(d, (uint32_t)h, "anniversary") || kg_tok_is(d, (uint32_t)h, "anniversaries") ||
         kg_tok_is(d, (uint32_t)h, "commemoration") || kg_tok_is(d, (uint32_t)h, "memorial");
}

/* Is the place name at j the phrase of another verb than trigger i's own
 * ("Qatar, which mediated a deal to free the hostages held in Gaza":
 * Gaza is where they are held, not where the mediation was)?  The first
 * verb above j must be i or govern i. */
int kg_ev_other_verb_place(const kg_doc *d, uint32_t j, uint32_t i)
{
  if (!kg_sent_has_tree(d, d->tokens[i].sent))
    return 0;
  int32_t v = kg_ev_verb_above(d, j);     /* (evscope.c) */
  if (v < 0 || (uint32_t)v == i || kg_tok_under(d, i, v))
    return 0;
  /* (but the verb of the trigger's own clause or phrase: "shot and stabbed
   * to death in Amsterdam", "the G7 meeting taking place in London",
   * "talks held in Geneva") */
  const char *rv = d->tokens[v].deprel, *ri = d->tokens[i].deprel;
  if (kg_tok_head(d, (uint32_t)v) == (int32_t)i || (ri && !strcmp(ri, "conj") && kg_tok_head(d, i) == v))
    return 0;
  /* ("met a delegation led by X in Niamey": a participle on the trigger's
   * object or oblique takes the phrases after it in the parse only) */
  int32_t vh = kg_tok_head(d, (uint32_t)v);
  /* (not a fronted phrase's: "In a move seen in Dhaka as retaliation, India
   * summoned ... in New Delhi": Dhaka places the seeing only) */
  int fronted = vh >= 0 && vh < (int32_t)i && d->tokens[vh].deprel && !strcmp(d->tokens[vh].deprel, "obl");
  if (rv && !strcmp(rv, "acl") && d->tokens[v].xpos && !strcmp(d->tokens[v].xpos, "VBN") && vh >= 0 &&
      ((kg_tok_head(d, (uint32_t)vh) == (int32_t)i && !fronted) || kg_ev_message_issued(d, (uint32_t)v)))
    return 0;                             /* (or "In a statement issued in Riyadh, X said": evscope.c) */
  /* ("X, speaking in Istanbul, said ... and called on Y": a participle on
   * the subject of the trigger, or of the verb the trigger is a conjunct of) */
  int32_t sv = vh >= 0 && d->tokens[vh].deprel && !strcmp(d->tokens[vh].deprel, "nsubj")
               ? kg_tok_head(d, (uint32_t)vh) : -1;
  if (rv && !strncmp(rv, "advcl", 5) && sv >= 0 &&
      (sv == (int32_t)i || (ri && !strcmp(ri, "conj") && kg_tok_head(d, i) == sv)))
    return 0;
  return !(rv && !strcmp(rv, "conj") && kg_tok_head(d, (uint32_t)v) == kg_tok_head(d, i) && kg_tok_head(d, i) >= 0 &&
           d->tokens[i].deprel && !strcmp(d->tokens[i].deprel, "conj"));
}

int32_t kg_ev_where_place(kg_doc *d, uint32_t i)
{
  static const char *const timew[] = { "on", "in", "last", "this", "next", "week", "month", "year",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "later", NULL };
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  uint32_t w = i;
  while (w > s->tok + 2 && !kg_tok_is(d, w - 1, "where")) {
    w--;
    if (kg_tok_is(d, w, ";") || kg_tok_is(d, w, ":") ||
        (kg_tok_is(d, w, ",") && (kg_tok_is(d, w + 1, "and") || kg_tok_is(d, w + 1, "but"))))
      return -1;                          /* another clause between */
  }
  if (w <= s->tok + 2 || !kg_tok_is(d, w - 2, ","))
    return -1;
  /* the name the comma closes, past a date phrase ("on Thursday") */
  for (uint32_t k = w - 2; k-- > s->tok && k + 6 >= w;) {
    int32_t m = kg_mention_at(d, k);
    if (m < 0) {
      char b[16];
      kg_tok_lower(&d->tokens[k], b, sizeof b);
      if (!kg_act_in_list(b, timew) && !(b[0] >= '0' && b[0] <= '9'))
        return -1;
      continue;
    }
    const kg_mention *mm = &d->mentions[m];
    if (mm->actor < 0 || mm->tok + mm->ntok != k + 1 || (d->tokens[k].flags & KG_TOK_DATELINE))
      return -1;
    if (kg_ev_atype(d, m) == KG_ACT_PLACE)
      return mm->actor;
    if (mm->kind != KG_MEN_METONYM)
      return -1;                          /* "met Putin, where": no place */
    return kg_ev_metonym_place(d, m);     /* (the city itself) */
  }
  return -1;
}

/* Is the name at m inside an object or oblique phrase of a verb before i
 * ("spoke by phone with Qatar's prime minister, Sheikh Mohammed ..., and
 * urged": the Sheikh is whom the first verb's subject spoke with, not the
 * subject of "urged")? */
int kg_ev_other_verb_phrase(const ev_ctx *c, uint32_t m, uint32_t i)
{
  const kg_doc *d = c->doc;
  const char *r = d->tokens[m].deprel;
  for (int up = 0; up < 4 && r && (!strcmp(r, "flat") || !strcmp(r, "compound") || !strcmp(r, "appos") ||
                                   !strcmp(r, "nmod:poss") || !strcmp(r, "nmod") || !strcmp(r, "amod")) &&
                  kg_tok_head(d, m) >= 0; up++) {
    /* (a person's apposition only to a title or a name: "its president,
     * X," hung on "the investigation" before it is the parse's error) */
    const kg_title *ti;
    int32_t hd = kg_tok_head(d, m);
    if (!strcmp(r, "appos") && kg_mention_at(d, (uint32_t)hd) < 0 &&
        kg_dict_match_title(c->dict, d, (uint32_t)hd, &ti) == 0)
      return 0;
    m = (uint32_t)hd;
    r = d->tokens[m].deprel;
  }
  int32_t v = kg_tok_head(d, m);
  /* (not the "object" of a verb of saying: "said the emir, X, had pressed"
   * is the reported clause's subject) */
  const char *vl = v >= 0 ? d->tokens[v].lemma : NULL;
  if (vl && strcmp(vl, "tell") && kg_dict_cue(c->dict, vl) == KG_CUE_REPORT)
    return 0;
  return r && v >= 0 && (uint32_t)v < m && (uint32_t)v != i && d->tokens[v].upos == KG_UPOS_VERB &&
         (!strcmp(r, "obj") || !strcmp(r, "iobj") || !strncmp(r, "obl", 3));
}

/* "after hundreds of protesters stormed its embassy": an unnamed group's
 * deed on what "its" actor owns is done to that actor
 * (evargs.c never makes a possessive pronoun a target, for "X recalled its
 * ambassador" is X's own; an unnamed group owns no actor). */
int32_t kg_ev_possessed_object(const ev_ctx *c, uint32_t i)
{
  const kg_doc *d = c->doc;
  int32_t ob = kg_ev_child_with(d, i, "obj", 0);
  int32_t ps = ob >= 0 ? kg_ev_child_with(d, (uint32_t)ob, "nmod:poss", 0) : -1;
  int32_t m = ps >= 0 ? kg_ev_mention_of_tok(c, ps) : -1;
  /* (only "its": "his", "her", "their" may be the subject's own, "the
   * chancellor would meet his rules") */
  if (m < 0 || !kg_ev_possessive_pronoun(d, m) || !kg_tok_is(d, (uint32_t)ps, "its") || d->mentions[m].actor < 0 ||
      !kg_ev_agentive(d, m))
    return -1;
  return m;
}

int kg_ev_noun_described(const kg_doc *d, uint32_t n)
{
  const kg_sentence *s = &d->sents[d->tokens[n].sent];
  for (uint32_t k = n + 1; k < s->tok + s->ntok; k++) {
    const char *r = d->tokens[k].deprel;
    if (kg_tok_head(d, k) == (int32_t)n && r &&
        (!strncmp(r, "acl", 3) || !strncmp(r, "nmod", 4) || !strcmp(r, "ccomp")))
      return 1;
  }
  return 0;
}

int32_t kg_ev_appos_child(const kg_doc *d, uint32_t k)
{
  int32_t ap = kg_ev_child_with(d, k, "appos", 0);
  if (ap >= 0)
    return ap;
  ap = kg_ev_child_with(d, k, "conj", 0);
  if (ap < 1 || !kg_tok_is(d, (uint32_t)ap - 1, ",") || kg_ev_child_with(d, (uint32_t)ap, "cc", 0) >= 0)
    return -1;
  return ap;
}

int kg_ev_modifier_agent(const kg_doc *d, uint32_t k)
{
  int32_t h = kg_tok_head(d, k);
  return h >= 0 && d->tokens[k].deprel && !strcmp(d->tokens[k].deprel, "obl:agent") &&
         d->tokens[h].upos == KG_UPOS_VERB && d->tokens[h].deprel && !strcmp(d->tokens[h].deprel, "acl");
}

/* "Ukraine and Russia blamed each other", "accused one another of": the
 * verb's object is the reciprocal pronoun (read off the words: the parser
 * takes "each" for the object and "other" for a fixed word or a modifier). */
int kg_ev_reciprocal_object(const kg_doc *d, uint32_t i)
{
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  uint32_t k = i + 1;
  return k + 1 < s->tok + s->ntok && ((kg_tok_is(d, k, "each") && kg_tok_is(d, k + 1, "other")) ||
                                      (kg_tok_is(d, k, "one") && kg_tok_is(d, k + 1, "another")));
}

/* "X said debris had fallen near Y and demanded an explanation": whether
 * verb i, conjoined with verb h of a reported clause whose subject is sj,
 * continues the speaker's sentence (its subject is the speaker's): a finite
 * past verb after a participle with an auxiliary whose subject is a common
 * noun naming no actor, or any subject under a modal (evargs.c); or a
 * verbal act (an appeal, rejection, threat: kg_ev_verbal_act) in the past
 * (or its participle) after a reported clause whose subject is no person ("said Warsaw stood
 * with its neighbour and called on China to lift", "said Moscow was ready
 * to talk but ruled out a withdrawal"): a state's own act would be
 * reported on its own; the speaker's own state keeps it. */
int kg_ev_speaker_conj(const ev_ctx *c, uint32_t i, uint32_t h, uint32_t sj, const char *code)
{
  const kg_doc *d = c->doc;
  int past = kg_ev_past_after_modal(d, i) || (d->tokens[i].xpos && !strcmp(d->tokens[i].xpos, "VBD"));
  if (!d->tokens[h].deprel || strcmp(d->tokens[h].deprel, "ccomp") || kg_tok_head(d, h) < 0)
    return 0;
  int32_t m = kg_ev_mention_of_tok(c, (int32_t)sj);
  if (past && ((m < 0 && d->tokens[sj].upos == KG_UPOS_NOUN) || kg_ev_modal_aux(d, h)) &&
      d->tokens[h].xpos && strcmp(d->tokens[h].xpos, "VBD") && kg_ev_child_with(d, h, "aux", 0) >= 0)
    return 1;
  /* (a past participle too, with no auxiliary of its own: "had attacked the
   * centre and called on the IAEA", "was ready to talk but ruled out": the
   * tagger reads the form after the clause's "had"/"was") */
  if (!code || !kg_ev_verbal_act(code) || !d->tokens[i].xpos ||
      (strcmp(d->tokens[i].xpos, "VBD") && strcmp(d->tokens[i].xpos, "VBN")) || kg_ev_child_with(d, i, "aux", 1) >= 0)
    return 0;
  if (m >= 0 && kg_ev_atype(d, m) == KG_ACT_PERSON)
    return 0;                             /* ("said Lavrov had met X and urged Y": Lavrov may) */
  int32_t sp = kg_ev_child_with(d, (uint32_t)kg_tok_head(d, h), "nsubj", 0);
  int32_t spm = sp >= 0 ? kg_ev_mention_of_tok(c, sp) : -1;
  if (spm < 0 && sp >= 0 && kg_ev_child_with(d, (uint32_t)sp, "appos", 0) >= 0)   /* "the spokeswoman, X," */
    spm = kg_ev_mention_of_tok(c, kg_ev_child_with(d, (uint32_t)sp, "appos", 0));
  if (spm < 0 || kg_ev_atype(d, spm) != KG_ACT_PERSON)
    return 0;
  /* (the speaker's own state as the clause's subject keeps it: "Mao Ning
   * said China was concerned and called on both sides" is China's appeal) */
  return !(m >= 0 && d->mentions[m].actor >= 0 && d->mentions[m].actor == kg_rel_state_of(d, d->mentions[spm].actor));
}

int kg_ev_according_to(const kg_doc *d, uint32_t k)
{
  int32_t c = kg_ev_child_with(d, k, "case", 0);
  return c >= 0 && kg_tok_is(d, (uint32_t)c, "according");
}

/* Whether token sj is a common noun naming no actor ("debris", "the
 * plan"): a subject that accuses or appeals to no one. */
static int no_actor_noun(const ev_ctx *c, int32_t sj)
{
  return sj >= 0 && kg_ev_mention_of_tok(c, sj) < 0 && c->doc->tokens[sj].upos == KG_UPOS_NOUN;
}

int32_t kg_ev_reported_conj_speaker(const ev_ctx *c, uint32_t i, uint32_t h, int32_t sj)
{
  const kg_doc *d = c->doc;
  const char *x = d->tokens[i].xpos, *hx = d->tokens[h].xpos, *ri = d->tokens[i].deprel;
  int noun = no_actor_noun(c, sj);
  /* (the wider readings only for a verb joined to h itself, not through
   * an adverbial: "built on land, donated by the government") */
  int direct = ri && !strcmp(ri, "conj") && kg_tok_head(d, i) == (int32_t)h;
  /* a finite past verb conjoined with the participle (or, "the plan was
   * good and accused X", the predicate) of a reported clause whose subject
   * is a common noun naming no actor continues the speaker's sentence; so
   * does one after a modal participle ("said Y would not cede ... and
   * accused Z": a past verb shares no "would"); a common-noun subject's
   * clause lends no "had" either ("had been a failure and called on") */
  /* ... and a past verb joined to the present tense of a clause a past
   * verb reports ("the alliance said Russia's move undermines X and called
   * on Moscow"): the tenses part them */
  int32_t rv = kg_tok_head(d, h);
  const char *rx = rv >= 0 ? d->tokens[rv].xpos : NULL;
  int past = x && (!strcmp(x, "VBD") || (!strcmp(x, "VBN") && kg_ev_child_with(d, i, "aux", 1) < 0));
  int shift = direct && past && hx && (!strcmp(hx, "VBZ") || !strcmp(hx, "VBP")) && rx && !strcmp(rx, "VBD");
  if (!(noun || shift || kg_ev_modal_aux(d, h)) || !d->tokens[h].deprel || strcmp(d->tokens[h].deprel, "ccomp") ||
      !(kg_ev_past_after_modal(d, i) || (x && !strcmp(x, "VBD")) || shift ||
        (direct && noun && x && !strcmp(x, "VBN") && kg_ev_child_with(d, i, "aux", 1) < 0)) ||
      !hx || !strcmp(hx, "VBD") ||
      (kg_ev_child_with(d, h, "aux", 0) < 0 && !shift && !(direct && noun && kg_ev_child_with(d, h, "cop", 0) >= 0)) ||
      kg_tok_head(d, h) < 0)
    return -2;
  int32_t v = kg_tok_head(d, h), s = kg_ev_child_with(d, (uint32_t)v, "nsubj", 0);
  /* "said the ruling showed that ...": a reported clause inside another,
   * whose subject names no actor either, climbs to its speaker */
  for (int k = 0; k < 2 && direct && no_actor_noun(c, s) && d->tokens[v].deprel &&
                  !strcmp(d->tokens[v].deprel, "ccomp") && kg_tok_head(d, (uint32_t)v) >= 0; k++) {
    v = kg_tok_head(d, (uint32_t)v);
    s = kg_ev_child_with(d, (uint32_t)v, "nsubj", 0);
  }
  /* "Rubio, speaking in X, where he met Y, said ..." parsed with the name
   * as the root and the speaking verb under it: the name that opens the
   * sentence */
  if (s < 0 && direct) {
    int32_t r = v;
    for (int k = 0; k < 4 && kg_tok_head(d, (uint32_t)r) >= 0; k++)
      r = kg_tok_head(d, (uint32_t)r);
    if (d->tokens[r].upos == KG_UPOS_PROPN && kg_ev_mention_of_tok(c, r) >= 0 && kg_tok_head(d, (uint32_t)r) < 0 &&
        kg_mention_at(d, d->sents[d->tokens[r].sent].tok) == kg_mention_at(d, (uint32_t)r))
      s = r;
  }
  return s;
}

/* The one who says or asks that the clause of token i happen: the
 * subject of the verb whose complement holds it ("Russia said that Sudan
 * must return ...", "The Forum concluded that the US must ..."). */
int32_t kg_ev_speaker(const ev_ctx *c, uint32_t i)
{
  const kg_doc *d = c->doc;
  if (!kg_sent_has_tree(d, d->tokens[i].sent))
    return -1;
  int32_t h = (int32_t)i;
  for (int guard = 0; guard < 3; guard++) {
    const char *r = d->tokens[h].deprel;
    if (!r || (strcmp(r, "ccomp") && strcmp(r, "xcomp") && strcmp(r, "conj")))
      return -1;
    h = kg_tok_head(d, (uint32_t)h);
    if (h < 0)
      return -1;
    int32_t sj = kg_ev_child_with(d, (uint32_t)h, "nsubj", 0);
    if (sj >= 0 && strcmp(r, "xcomp") != 0) {
      int32_t m = kg_ev_mention_of_tok(c, sj);
      return m;
    }
  }
  return -1;
}
