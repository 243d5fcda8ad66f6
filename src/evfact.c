/* evfact.c — the factuality of an event trigger: Asserted, Negated or
 * Hedged (see events.c for the events).
 *
 * Owns: the scope of negators and hedges.
 * Does not own: the cue words (ontology/lexicon.ttl: kgd:cue, kgd:cueWord,
 * kgd:cueVerb, kgd:requestVerb; read by dict.c), triggers and arguments
 * (events.c, evmatch.c, evargs.c).
 *
 * Negated when a negator (not, n't, never, no, without ...;
 * "not only" excluded) stands in the trigger's clause within four tokens
 * before it, or before the light verb whose object it is ("would not
 * attend the next round of talks"), or (tree) is attached to it or to the
 * noun above it ("no sign of breaking with", but not a negative verb above
 * it: "would not rule out closing" is Hedged); or in a that-clause of an
 * evidential noun "no" denies ("no evidence that X was tortured"); or when
 * the trigger sits in the complement or object of a negative verb
 * ("rejected claims that ...", "refused to sign", "postponed the talks",
 * "denies sending any weapons").
 * An event noun after "after", "following" or "since", like a finite clause
 * of time or cause, is told as a fact: cues outside it do not reach it.
 * Hedged when a hedge cue (modals and adverbs, dictionary kgo:Hedged cues
 * and phrases such as "could be seen as") precedes the trigger in its
 * clause or follows it in the same clause ("the launch may have been
 * intended"), or when the trigger sits in the complement of a hedging verb
 * ("suggest that ...", "seeks to improve", "accused X of shelling"), or
 * follows a be-form and "to" ("Israel is to withdraw"), or is the verb of a
 * for-to clause ("calls for Mongolia to arrest him"), or an obligation
 * modal governs it and no demand was coded ("must be ratified"); a question
 * is Hedged.  A that-clause on a noun ("the suggestion that funds would
 * not go") and the would/will of a warned or pledged clause are the noun's
 * or the act's content: their cues do not reach the act outside.
 * Otherwise Asserted.
 * A comment refused ("would not comment", "could not say whether") is
 * recoded as the comment declined (011), a fact (kg_ev_declined_comment;
 * so is a refusal told by a negated "recognise", 120);
 * "did not comment" tells no act and stays negated.
 */
#include <ctype.h>
#include <string.h>
#include "actors.h"
#include "evargs.h"
#include "evclause.h"
#include "evmodal.h"

/* ------------------------------------------------------------ factuality */

/* Cue words.  Besides the dictionary's kgo:Hedged / kgo:Negated cues
 * (lemmas and phrases), the lexicon's built-in ones (kg_dict_lex):
 * grammatical cue words (kgd:cueWord: "not", "may") and cue verbs
 * (kgd:cueVerb, kgd:requestVerb: deny, refuse, seek, suggest, urge ...).
 * A cue verb scopes over its complement ("to ...", "that ...") or its
 * object noun, not over the rest of the sentence. */

/* The cue at token j: its class (KG_CUE_HEDGE, KG_CUE_NEGATION or 0);
 * *verbal tells a complement-taking verb, *len the tokens it covers. */
static int cue_at_raw(const ev_ctx *c, uint32_t j, uint32_t end, int *verbal, uint32_t *len)
{
  const kg_doc *d = c->doc;
  char phrase[96], w[32], pw[4][32];
  size_t pwl[4];
  *verbal = 0;
  *len = 1;
  /* phrases of the dictionary: "could be seen as", "according to", "call
   * off" (the words lower-cased once for the three lengths) */
  uint32_t nw = j + 4 <= end ? 4 : end > j ? end - j : 0;
  for (uint32_t k = 0; k < nw && nw >= 2; k++)
    pwl[k] = kg_tok_lower(&d->tokens[j + k], pw[k], sizeof pw[k]);
  for (uint32_t n = 4; n >= 2; n--) {
    if (j + n > end)
      continue;
    size_t pl = 0;
    phrase[0] = '\0';
    for (uint32_t k = 0; k < n && pl + 34 < sizeof phrase; k++) {
      if (k)
        phrase[pl++] = ' ';
      memcpy(phrase + pl, pw[k], pwl[k] + 1);
      pl += pwl[k];
    }
    int cl = kg_dict_cue_n(c->dict, phrase, pl);
    if (cl == KG_CUE_HEDGE || cl == KG_CUE_NEGATION) {
      *len = n;
      *verbal = (kg_dict_lex(c->dict, phrase) & KG_LEX_NEG_VERB) != 0;
      return cl;
    }
  }
  kg_ev_low(d, j, w, sizeof w);
  int lx = kg_dict_lex(c->dict, w);
  if (lx & KG_LEX_NEG_WORD)
    return KG_CUE_NEGATION;
  /* "fought a war in May last year", "on 5 May": the month, no modal (a
   * capital inside the sentence after a word in lower case or a number;
   * not a headline's "Talks May Resume") */
  if ((lx & KG_LEX_HEDGE_WORD) && !strcmp(d->tokens[j].form, "May") && j > d->sents[d->tokens[j].sent].tok &&
      !kg_tok_is_cap(&d->tokens[j - 1]) && isalnum((unsigned char)d->tokens[j - 1].form[0]))
    return 0;
  /* "as fast as possible", "as soon as possible": a degree, no hedge */
  if ((lx & KG_LEX_HEDGE_WORD) && !strcmp(w, "possible") && j > d->sents[d->tokens[j].sent].tok &&
      kg_tok_is(d, j - 1, "as"))
    return 0;
  if (lx & KG_LEX_HEDGE_WORD)
    return KG_CUE_HEDGE;
  char cand[MAXC][CLEN];
  size_t nc = kg_ev_lemma_cands(d, j, cand);
  for (size_t k = 0; k < nc; k++) {
    /* a cue verb is no cue in a noun made from it: "an agreement that
     * Ethiopia signed" is no agreeing (the noun itself, "a promise", is) */
    if (d->tokens[j].upos == KG_UPOS_NOUN && strcmp(cand[k], w) &&
        !(d->tokens[j].lemma && !strcmp(cand[k], d->tokens[j].lemma)))
      continue;
    lx = kg_dict_lex(c->dict, cand[k]);
    if (lx & KG_LEX_NEG_VERB) { *verbal = 1; return KG_CUE_NEGATION; }
    if (lx & KG_LEX_HEDGE_VERB) { *verbal = 1; return KG_CUE_HEDGE; }
  }
  int cl = kg_dict_cue(c->dict, w);
  for (size_t k = 0; k < nc && cl != KG_CUE_HEDGE && cl != KG_CUE_NEGATION; k++)
    if (d->tokens[j].upos != KG_UPOS_NOUN || !strcmp(cand[k], w) ||
        (d->tokens[j].lemma && !strcmp(cand[k], d->tokens[j].lemma)))
      cl = kg_dict_cue(c->dict, cand[k]);   /* (a noun's own lemma: "planes" is no "plan") */
  if (cl != KG_CUE_HEDGE && cl != KG_CUE_NEGATION)
    return 0;
  *verbal = d->tokens[j].upos == KG_UPOS_VERB;
  return cl;
}

/* cue_at_raw, cached per token for the document (the sentence end is the
 * same for every call about a token). */
static int cue_at(const ev_ctx *c, uint32_t j, uint32_t end, int *verbal, uint32_t *len)
{
  if (!c->cue || j >= c->doc->ntokens)
    return cue_at_raw(c, j, end, verbal, len);
  if (c->cue[j] < 0) {
    int v;
    uint32_t l;
    c->cue[j] = (int8_t)cue_at_raw(c, j, end, &v, &l);
    c->cue_verbal[j] = (uint8_t)v;
    c->cue_len[j] = (uint8_t)l;
  }
  *verbal = c->cue_verbal[j];
  *len = c->cue_len[j];
  return c->cue[j];
}

/* A finite adverbial clause of time or cause at n, told in the past
 * ("after X fired", "since it has fired", "because Y had invaded"; not
 * "before Britain takes over": a present of time tells of the future). */
static int presupposed_clause(const kg_doc *d, uint32_t n)
{
  const char *r = d->tokens[n].deprel, *x = d->tokens[n].xpos;
  if (!r || strncmp(r, "advcl", 5) || !x)
    return 0;
  int32_t mk = kg_ev_child_with(d, n, "mark", 0);
  char b[16];
  if (mk < 0)
    return 0;
  kg_ev_low(d, (uint32_t)mk, b, sizeof b);
  if (!kg_ev_in_list(b, (const char *const[]){ "after", "since", "when", "while", "as", "before", "because", NULL }))
    return 0;
  int cause = !strcmp(b, "because");
  if (!strcmp(x, "VBD") || (cause && (!strcmp(x, "VBZ") || !strcmp(x, "VBP"))))
    return 1;
  /* (a finite auxiliary: "after it had fired", "since it has been") */
  for (uint32_t k = (uint32_t)mk; k < n; k++) {
    const char *ax = d->tokens[k].xpos;
    if (kg_tok_head(d, k) == (int32_t)n && d->tokens[k].deprel && !strncmp(d->tokens[k].deprel, "aux", 3) && ax &&
        (!strcmp(ax, "VBD") || ((!strcmp(ax, "VBZ") || !strcmp(ax, "VBP")) && (cause || !strcmp(x, "VBN")))))
      return 1;
  }
  return 0;
}

/* A clause of time told in the present, of an act still to come: "will not
 * reopen its airspace until Bamako withdraws its accusations", "once Lima
 * apologises", "when the ministers meet in November", "until the licences are
 * restored" (not "since", "while", "as": the same time; nor a past:
 * presupposed_clause). */
static int unrealised_clause(const kg_doc *d, uint32_t n)
{
  const char *r = d->tokens[n].deprel, *x = d->tokens[n].xpos;
  if (!r || strncmp(r, "advcl", 5) || !x || d->tokens[n].upos != KG_UPOS_VERB)
    return 0;
  int32_t mk = kg_ev_child_with(d, n, "mark", 0), wh = kg_ev_child_with(d, n, "advmod", 0);
  char b[16];
  if (mk < 0 && wh >= 0 && kg_tok_is(d, (uint32_t)wh, "when"))
    mk = wh;                              /* ("when" is often parsed as an adverb) */
  if (mk < 0 || (uint32_t)mk > n)
    return 0;
  kg_ev_low(d, (uint32_t)mk, b, sizeof b);
  if (!kg_ev_in_list(b, (const char *const[]){ "until", "till", "once", "before", "after", "when", NULL }))
    return 0;
  /* (not a name mis-tagged as a verb, "after the attacks and the SARS
   * virus"; not "when he has failed", a perfect parsed as a verb "has") */
  const char *f = d->tokens[n].form;
  if (!f || !islower((unsigned char)f[0]))
    return 0;
  int present = !strcmp(x, "VBZ") || !strcmp(x, "VBP");
  if (present && (kg_tok_is(d, n, "has") || kg_tok_is(d, n, "have")))
    for (uint32_t k = n + 1; k < n + 4 && k < d->ntokens; k++)
      if (kg_tok_head(d, k) == (int32_t)n && d->tokens[k].xpos && !strcmp(d->tokens[k].xpos, "VBN"))
        return 0;
  for (uint32_t k = (uint32_t)mk + 1; k < n; k++) {
    const char *ax = d->tokens[k].xpos;
    if (kg_tok_head(d, k) != (int32_t)n || !d->tokens[k].deprel || strncmp(d->tokens[k].deprel, "aux", 3) || !ax)
      continue;
    if (!strcmp(ax, "VBD") || !strcmp(ax, "MD") || kg_tok_is(d, k, "has") || kg_tok_is(d, k, "have"))
      return 0;                           /* "until it had withdrawn", "once it has signed" */
    present |= !strcmp(ax, "VBZ") || !strcmp(ax, "VBP");
  }
  return present;
}

/* A relative clause told in the past ("withdraw a complaint it had filed",
 * "may scrap the deal that was signed in May", "the accord they have
 * signed"): what it tells is given as having happened. */
static int past_relcl(const kg_doc *d, uint32_t n)
{
  const char *r = d->tokens[n].deprel, *x = d->tokens[n].xpos;
  if (!r || strcmp(r, "acl:relcl") || !x || d->tokens[n].upos != KG_UPOS_VERB)
    return 0;
  /* (a clause with no relative word and no gap is a noun's content, often
   * parsed so: "rumours that it distributed keys", "fears it was preparing
   * for strikes"; or a reporting clause: ", a company statement said") */
  static const char *const content[] = { "rumour", "rumor", "report", "claim", "speculation", "suggestion",
    "fear", "allegation", "accusation", "sign", "news", "belief", "hope", "idea", "view", "concern",
    "warning", "statement", "evidence", "assertion", "impression", "notion", "possibility", NULL };
  static const char *const say[] = { "say", "tell", "add", "announce", "state", "claim", "insist", NULL };
  const kg_sentence *s = &d->sents[d->tokens[n].sent];
  int has_rel = 0, full = 0, own_modal = 0, past_aux = 0;
  uint32_t first = n;
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
    if (k < first && kg_tok_under(d, k, (int32_t)n))
      first = k;
    const char *kr = d->tokens[k].deprel, *kx = d->tokens[k].xpos;
    if (kg_tok_head(d, k) != (int32_t)n || !kr)
      continue;
    if (k < n && !strncmp(kr, "aux", 3) && kx) {
      /* (its own modal, "a deal that would end", or a finite past or perfect auxiliary) */
      own_modal |= !strcmp(kx, "MD") || (strcmp(kx, "VBD") && strcmp(kx, "VBZ") && strcmp(kx, "VBP"));
      past_aux |= !strcmp(kx, "VBD") || ((!strcmp(kx, "VBZ") || !strcmp(kx, "VBP")) && !strcmp(x, "VBN"));
    }
    has_rel |= kx && strcmp(kr, "mark") &&
               (!strcmp(kx, "WDT") || !strcmp(kx, "WP") || !strcmp(kx, "WRB") || !strcmp(kx, "WP$"));
    full |= !strcmp(kr, "obj") || !strcmp(kr, "ccomp") || !strcmp(kr, "xcomp") || !strcmp(kr, "mark");
  }
  int32_t hn = kg_tok_head(d, n);
  if (hn < 0 || (d->tokens[hn].lemma && kg_ev_in_list(d->tokens[hn].lemma, content)))
    return 0;
  if (!has_rel && (full || (d->tokens[hn].upos != KG_UPOS_NOUN && d->tokens[hn].upos != KG_UPOS_PROPN) ||
                   (d->tokens[n].lemma && kg_ev_in_list(d->tokens[n].lemma, say)) ||
                   (first > s->tok && kg_tok_is(d, first - 1, ","))))
    return 0;
  return !strcmp(x, "VBD") || (!own_modal && past_aux);
}

/* A past participle on a noun with its own doer or past time ("return
 * citizens abducted in the 1970s", "may demand the release of sailors
 * seized by Iran", "could free fishermen detained last week"): what it
 * tells is given as having happened, whatever is said of the noun. */
static int past_participle_relative(const kg_doc *d, uint32_t n)
{
  const char *r = d->tokens[n].deprel, *x = d->tokens[n].xpos;
  int32_t hn = kg_tok_head(d, n);
  if (!r || strcmp(r, "acl") || !x || strcmp(x, "VBN") || hn < 0 || (uint32_t)hn > n ||
      (d->tokens[hn].upos != KG_UPOS_NOUN && d->tokens[hn].upos != KG_UPOS_PROPN))
    return 0;
  /* (not who leads or hosts it, which holds while the noun does: "would send
   * a mission led by X", "will attend talks hosted by Y") */
  static const char *const state[] = { "lead", "head", "chair", "host", "command", "accompany", "staff",
    "organise", "organize", NULL };
  if (kg_ev_lemma_in(d, n, state))
    return 0;
  const kg_sentence *s = &d->sents[d->tokens[n].sent];
  for (uint32_t k = n + 1; k < s->tok + s->ntok; k++) {
    const char *kr = d->tokens[k].deprel;
    if (kg_tok_head(d, k) != (int32_t)n || !kr)
      continue;
    if (!strncmp(kr, "aux", 3) || !strcmp(kr, "mark"))
      return 0;                           /* "to be freed": an infinitive */
    if (!strcmp(kr, "obl:agent"))
      return 1;
    int32_t cs = kg_ev_child_with(d, k, "case", 0), q = kg_ev_child_with(d, k, "amod", 0);
    int32_t am = kg_ev_child_with(d, k, "advmod", 0);
    if (!strncmp(kr, "obl", 3) &&
        ((cs >= 0 && kg_tok_is(d, (uint32_t)cs, "in") && d->tokens[k].form[0] >= '1' &&
          d->tokens[k].form[0] <= '2') ||              /* (a year or decade: "in 2019", "in the 1970s") */
         (cs < 0 && q >= 0 && kg_tok_is(d, (uint32_t)q, "last")) ||
         (cs < 0 && am >= 0 && kg_tok_is(d, (uint32_t)am, "ago"))))
      return 1;
  }
  return 0;
}

/* An event noun after "after", "following" or "since" ("rates are set to
 * stay on hold following the latest meeting", "did not leave after the
 * talks"): told as having taken place, like a clause of time. */
static int presupposed_noun(const kg_doc *d, uint32_t n)
{
  const char *r = d->tokens[n].deprel;
  if (d->tokens[n].upos != KG_UPOS_NOUN || !r || (strncmp(r, "obl", 3) && strncmp(r, "nmod", 4)))
    return 0;
  int32_t cs = kg_ev_child_with(d, n, "case", 0);
  char b[16];
  if (cs < 0 || (uint32_t)cs > n)
    return 0;
  kg_ev_low(d, (uint32_t)cs, b, sizeof b);
  return kg_ev_in_list(b, (const char *const[]){ "after", "following", "since", NULL });
}

/* Is token n a conjunct (or parataxis) of the cue's words j .. j+len-1? */
static int conjoined_to_cue(const kg_doc *d, uint32_t n, uint32_t j, uint32_t len)
{
  int32_t h = kg_tok_head(d, n);
  const char *r = d->tokens[n].deprel;
  return h >= (int32_t)j && h < (int32_t)(j + len) && r && (!strcmp(r, "conj") || !strcmp(r, "parataxis"));
}

/* Is verb n finite, or a participle with no auxiliary of its own (a past
 * tense the tagger missed: "spoke" as VBN)? */
static int finite_or_bare_past(const kg_doc *d, uint32_t n)
{
  const char *x = d->tokens[n].xpos;
  return x && (!strcmp(x, "VBD") || !strcmp(x, "VBZ") || !strcmp(x, "VBP") ||
               (!strcmp(x, "VBN") && kg_ev_child_with(d, n, "aux", 1) < 0));
}

/* Does the verbal cue at j scope over the trigger at i (j < i)?  For a
 * negation (`neg`), 2 when the trigger is in what another verb of the
 * cue's complement would tell (neither denied nor told as a fact). */
static int verbal_scope(const ev_ctx *c, uint32_t j, uint32_t len, uint32_t i, int neg)
{
  const kg_doc *d = c->doc;
  /* with a tree, only over its own subtree: "The EU, which Serbia has
   * been trying to join, urged Belgrade": "trying" hedges no urging */
  if (kg_sent_has_tree(d, d->tokens[i].sent)) {
    int under = 0;                        /* (a cue phrase, "rule out": any of its words) */
    for (uint32_t q = j; q < j + len && !under; q++)
      under = kg_tok_under(d, i, (int32_t)q);
    if (!under)
      return 0;
    /* "a dispute that began when Madrid backed the plan", "rejected the plan
     * which Spain backed": a relative clause (its relative pronoun the
     * subject, or "which" the object: not a content clause read as one,
     * "suggestions it was preparing") on the negative cue (a noun) or on a
     * noun in its scope tells a fact of its own, nothing the cue denies */
    for (int32_t n = (int32_t)i, h; neg && n >= 0 && !((uint32_t)n >= j && (uint32_t)n < j + len); n = h) {
      h = kg_tok_head(d, (uint32_t)n);
      if (h >= 0 && d->tokens[n].deprel && !strcmp(d->tokens[n].deprel, "acl:relcl")) {
        int32_t sp = kg_ev_child_with(d, (uint32_t)n, "nsubj", 1), op = kg_ev_child_with(d, (uint32_t)n, "obj", 0);
        /* (an object "that" may open the content: "a report that he planned") */
        if ((sp >= 0 && kg_ev_lemma_in(d, (uint32_t)sp, (const char *const[]){ "that", "which", "who", NULL })) ||
            (op >= 0 && kg_ev_lemma_in(d, (uint32_t)op, (const char *const[]){ "which", "whom", NULL })))
          return 0;
      }
    }
    /* "refused to recognise X, and continues to support Y": a finite verb
     * parsed as a conjunct of the infinitive is the cue verb's conjunct */
    /* "refused to condemn Russia's invasion": an act named by a noun in
     * the object of another verb below the cue is told as a fact (not
     * through a light verb: "refused to hold talks") */
    /* (the object, definite or owned: "condemn Russia's invasion", not
     * "fly to Ottawa for talks") */
    if (d->tokens[i].upos == KG_UPOS_NOUN && d->tokens[i].deprel && !strcmp(d->tokens[i].deprel, "obj") &&
        (kg_ev_child_with(d, i, "nmod:poss", 0) >= 0 ||
         (kg_ev_child_with(d, i, "det", 0) >= 0 && kg_tok_is(d, (uint32_t)kg_ev_child_with(d, i, "det", 0), "the"))))
      for (int32_t n = kg_tok_head(d, i); n >= 0 && (uint32_t)n != j; n = kg_tok_head(d, (uint32_t)n))
        if (d->tokens[n].upos == KG_UPOS_VERB && !kg_ev_is_light_verb(c->dict, d, (uint32_t)n))
          return 0;
    /* "halted exports over remarks by X", "refused to attend talks after
     * Russia's attack": a reason or time phrase of the cue verb or of a
     * word in its scope is no part of what it negates */
    for (int32_t n = (int32_t)i, h; neg && n >= 0 && !((uint32_t)n >= j && (uint32_t)n < j + len); n = h) {
      static const char *const why[] = { "over", "after", "amid", "following", "despite", "because", NULL };
      h = kg_tok_head(d, (uint32_t)n);
      int32_t cs = kg_ev_child_with(d, (uint32_t)n, "case", 0);
      if (h >= 0 && d->tokens[n].deprel && (!strncmp(d->tokens[n].deprel, "obl", 3) ||
                                            !strcmp(d->tokens[n].deprel, "nmod")) && cs >= 0 &&
          kg_ev_lemma_in(d, (uint32_t)cs, why))
        return 0;
    }
    /* "declined to comment on reports that Moscow was seeking ...",
     * "refused to say whether ...": a clause that another verb of the cue's
     * complement takes (or a noun's clause below such a verb) is that verb's
     * matter, not the cue's ("rejected claims that it had shelled", "denied
     * that it had shelled" are still denied: the cue takes them itself) */
    /* ("denied the claims, saying it condemned torture": what the denier
     * says beside the denial is told, not denied; "denied moving troops",
     * the gerund right after the cue with no object, is what it denies,
     * however the parse attached it; so for a hedge, a bare gerund after a
     * comma: "claimed X had cheated, prompting Y to expel Z" tells the
     * consequence, not "accused him of excluding", "mulled over resigning") */
    for (int32_t n = (int32_t)i, h; n >= 0 && (uint32_t)n != j; n = h) {
      h = kg_tok_head(d, (uint32_t)n);
      if (h == (int32_t)j && d->tokens[n].deprel && !strncmp(d->tokens[n].deprel, "advcl", 5) &&
          d->tokens[n].xpos && !strcmp(d->tokens[n].xpos, "VBG") &&
          !((uint32_t)n == j + len && kg_ev_child_with(d, j, "obj", 0) < 0) &&
          (neg || (kg_ev_child_with(d, (uint32_t)n, "mark", 0) < 0 && n > 0 && kg_tok_is(d, (uint32_t)n - 1, ","))))
        return 0;
    }
    for (int32_t n = (int32_t)i, h, content = 0; neg && n >= 0 && (uint32_t)n != j; n = h) {
      h = kg_tok_head(d, (uint32_t)n);
      if (h < 0 || (uint32_t)h == j)
        break;
      const char *r = d->tokens[n].deprel;
      if (r && (d->tokens[n].upos == KG_UPOS_VERB || d->tokens[n].upos == KG_UPOS_AUX) &&
          (!strcmp(r, "ccomp") || (d->tokens[h].upos == KG_UPOS_NOUN && !strncmp(r, "acl", 3))))
        content = 1;
      if (content && d->tokens[h].upos == KG_UPOS_VERB && !kg_ev_is_light_verb(c->dict, d, (uint32_t)h))
        return 2;
    }
    for (int32_t n = (int32_t)i, h; n >= 0 && (uint32_t)n != j; n = h) {
      h = kg_tok_head(d, (uint32_t)n);
      const char *x = d->tokens[n].xpos;
      /* "threatened to cut exports, but he suspended the plan after
       * talks": a finite clause conjoined to the cue verb itself is outside
       * it (a bare infinitive is the complement's, misattached: "called on
       * the government to practise ... and either free or charge them") */
      if (conjoined_to_cue(d, (uint32_t)n, j, len) &&
          (finite_or_bare_past(d, (uint32_t)n) || kg_ev_child_with(d, (uint32_t)n, "nsubj", 0) >= 0))
        return 0;
      if (h >= 0 && d->tokens[n].deprel && !strcmp(d->tokens[n].deprel, "conj") && x &&
          (!strcmp(x, "VBZ") || !strcmp(x, "VBD") || !strcmp(x, "VBP")) && d->tokens[h].xpos &&
          !strcmp(d->tokens[h].xpos, "VB"))
        return 0;
    }
    /* "were urging Lord Chief Justice and Lord Justices Clarke and Rix to
     * overturn": the cue's to-infinitive complement, however long the
     * object before it */
    for (int32_t n = (int32_t)i, h; n >= 0; n = h) {
      h = kg_tok_head(d, (uint32_t)n);
      if (h == (int32_t)j) {
        if (d->tokens[n].upos == KG_UPOS_VERB && kg_ev_to_complement(d, j) == n) {
          int32_t mk = kg_ev_child_with(d, (uint32_t)n, "mark", 0);
          if (mk >= 0 && kg_tok_is(d, (uint32_t)mk, "to"))
            return 1;
        }
        break;
      }
    }
  }
  /* "vetoed a resolution calling for a ceasefire", "blocked a statement
   * condemning the arrest": what a text that was stopped would have said
   * (a participle or relative clause on the object) never was said */
  static const char *const stop[] = { "veto", "block", "thwart", "scuttle", "torpedo", NULL };
  int32_t on = kg_tok_head(d, i);
  if (kg_sent_has_tree(d, d->tokens[i].sent) && d->tokens[i].deprel && !strncmp(d->tokens[i].deprel, "acl", 3) &&
      on >= 0 && kg_tok_head(d, (uint32_t)on) == (int32_t)j && d->tokens[on].deprel &&
      !strcmp(d->tokens[on].deprel, "obj") && kg_ev_lemma_in(d, j, stop))
    return 1;
  /* (with a tree, which bounds the scope, "to" may come after a longer
   * object: "called on the Football Association to punish") */
  uint32_t reach = kg_sent_has_tree(d, d->tokens[i].sent) ? 6 : 3;
  for (uint32_t k = j + len; k < i && k <= j + len + reach; k++)
    if (kg_tok_is(d, k, "to") || kg_tok_is(d, k, "that"))
      return 1;                           /* "refused to sign", "denied that ..." */
  /* a gerund complement: "denies sending any weapons", "halted building" */
  size_t fl = strlen(d->tokens[i].form);
  if (d->tokens[i].upos == KG_UPOS_VERB && fl > 4 && !strcmp(d->tokens[i].form + fl - 3, "ing") &&
      (i == j + len || (kg_sent_has_tree(d, d->tokens[i].sent) && kg_tok_head(d, i) == (int32_t)j)))
    return 1;
  /* "and accused Indian soldiers of targeting villages", the gerund parsed
   * as a modifier of the noun after it: a gerund after "of" that reaches
   * the cue through nouns only (its object) is still its complement */
  if (d->tokens[i].upos == KG_UPOS_VERB && fl > 4 && !strcmp(d->tokens[i].form + fl - 3, "ing") && i > j + len &&
      kg_tok_is(d, i - 1, "of") && kg_sent_has_tree(d, d->tokens[i].sent)) {
    int32_t n = kg_tok_head(d, i);
    int hops = 0;
    while (n >= 0 && (uint32_t)n != j && hops++ < 8 &&
           (d->tokens[n].upos == KG_UPOS_NOUN || d->tokens[n].upos == KG_UPOS_PROPN))
      n = kg_tok_head(d, (uint32_t)n);
    if (n == (int32_t)j)
      return 1;
  }
  /* "is due in Lima on Friday for talks with Y": the purpose of an arrival
   * that is only scheduled (a "for" phrase of "due" itself) */
  int32_t fc = kg_tok_is(d, j, "due") && kg_sent_has_tree(d, d->tokens[i].sent) && kg_tok_head(d, i) == (int32_t)j &&
               d->tokens[i].deprel && !strncmp(d->tokens[i].deprel, "obl", 3) ? kg_ev_child_with(d, i, "case", 0) : -1;
  if (fc >= 0 && kg_tok_is(d, (uint32_t)fc, "for"))
    return 1;
  /* its object: "postponed the talks", "plans a visit" */
  return i <= j + len + 3 && !kg_ev_is_boundary_word(d->tokens[i].form) &&
         (d->tokens[i].upos == KG_UPOS_NOUN || d->tokens[i].upos == KG_UPOS_NONE);
}

/* "would not attend the next round of talks": the negator is on the light
 * verb whose object the trigger is. */
static int negated_light_verb(const ev_ctx *c, uint32_t j, uint32_t i)
{
  for (uint32_t k = j + 1; k < i && k <= j + 3; k++)
    if (kg_ev_is_light_verb(c->dict, c->doc, k) && i - k <= 5)
      return 1;
  return 0;
}

static int clause_break(const char *b)
{
  return kg_ev_is_boundary_word(b) && strcmp(b, "that") && strcmp(b, "if") &&
         strcmp(b, "whether");
}

/* In the tree, is trigger i a finite verb conjoined to the cue word j (of
 * len tokens) itself ("X, who is due to leave office, spoke with Y":
 * the speaking is told, whatever the parse makes of the relative clause)? */
static int active_past(const kg_doc *d, uint32_t n);

static int finite_conj_of(const kg_doc *d, uint32_t i, uint32_t j, uint32_t len, int tree)
{
  /* (also a past verb joined to the infinitive the modal j serves: "said
   * France would stay and praised X", no modal of the praising) */
  int32_t v = tree ? kg_tok_head(d, j) : -1;
  /* (and a modal's scope is its verb's subtree: "said France would keep
   * its troops there and thanked Chad", with "thanked" joined to "said") */
  if (v >= 0 && d->tokens[j].deprel && !strcmp(d->tokens[j].deprel, "aux") && d->tokens[j].upos == KG_UPOS_AUX &&
      !kg_tok_under(d, i, v) && (uint32_t)v != i && active_past(d, i))
    return 1;
  return tree && finite_or_bare_past(d, i) &&
         (conjoined_to_cue(d, i, j, len) ||
          (v >= 0 && kg_tok_head(d, i) == v && d->tokens[i].deprel && !strcmp(d->tokens[i].deprel, "conj") &&
           d->tokens[j].deprel && !strcmp(d->tokens[j].deprel, "aux") && kg_ev_bare_after_modal(d, (uint32_t)v)));
}

/* Is verb n a past tense, or a past participle with an object and no
 * auxiliary of its own (the tagger's VBN for "said X would not be
 * intimidated and accused Y"; not a shared passive, "was not arrested and
 * charged")? */
static int active_past(const kg_doc *d, uint32_t n)
{
  const char *x = d->tokens[n].xpos;
  return x && (!strcmp(x, "VBD") || (!strcmp(x, "VBN") && kg_ev_child_with(d, n, "aux", 1) < 0 &&
                                     kg_ev_child_with(d, n, "obj", 0) >= 0));
}

/* In the tree, is trigger i a past-tense verb conjoined to the verb whose
 * modal is the cue j ("said Labour would set out plans and attacked the
 * Tory plans": a past verb shares no "would"; the attack is told)? */
static int past_conj_of_modal(const kg_doc *d, uint32_t i, uint32_t j, int tree)
{
  int32_t h = tree ? kg_tok_head(d, j) : -1;
  const char *r = d->tokens[j].deprel, *ri = d->tokens[i].deprel, *xj = d->tokens[j].xpos;
  return h >= 0 && r && !strcmp(r, "aux") && xj && !strcmp(xj, "MD") && ri && !strcmp(ri, "conj") &&
         kg_tok_head(d, i) == h && active_past(d, i);
}

/* In the tree, is the hedge word j a predicate adjective ("it was not
 * possible to overstate ... and urged the government"; "likely") whose
 * clause does not hold trigger i, a finite verb joined to a verb above
 * that clause: the conjunct is told outside the hedge. */
static int beside_adj_cue(const kg_doc *d, uint32_t i, uint32_t j, int tree)
{
  const char *ri = d->tokens[i].deprel;
  return tree && d->tokens[j].upos == KG_UPOS_ADJ && kg_tok_head(d, j) >= 0 && !kg_tok_under(d, i, (int32_t)j) &&
         ri && !strcmp(ri, "conj") && kg_tok_head(d, i) == kg_tok_head(d, j) && active_past(d, i);
}

/* In the tree, is the hedge word j an auxiliary of the verb whose
 * dependent is trigger i ("would speak to his counterpart, X, by
 * telephone": the commas of the apposition break no clause)? */
static int modal_of_governor(const kg_doc *d, uint32_t j, uint32_t i, int tree)
{
  int32_t h = tree ? kg_tok_head(d, j) : -1;
  const char *r = d->tokens[j].deprel, *ri = d->tokens[i].deprel, *x = d->tokens[i].xpos;
  /* (an object, oblique or infinitive of that verb; not a finite verb of
   * its own: "would not respond ... and promised", "would point out, however,
   * that a case is being considered") */
  if (!ri || !(!strcmp(ri, "obj") || !strcmp(ri, "iobj") || !strncmp(ri, "obl", 3) || !strcmp(ri, "xcomp")) ||
      (x && (!strcmp(x, "VBD") || !strcmp(x, "VBZ") || !strcmp(x, "VBP"))))
    return 0;
  return h >= 0 && r && !strncmp(r, "aux", 3) && d->tokens[h].upos == KG_UPOS_VERB &&
         kg_tok_head(d, i) == h;
}

/* Is token j inside a relative clause (acl:relcl; or a clause the parser
 * set beside another word than the trigger, parataxis) that trigger i is
 * not inside of? */
static int relcl_without(const kg_doc *d, uint32_t j, uint32_t i)
{
  for (int32_t n = (int32_t)j, hops = 0; n >= 0 && hops < 64; n = kg_tok_head(d, (uint32_t)n), hops++) {
    if (n == (int32_t)i)
      return 0;
    if (d->tokens[n].deprel && !strcmp(d->tokens[n].deprel, "acl:relcl"))
      return !kg_tok_under(d, i, n);
    /* (not a clause set beside the trigger itself: "holding elections
     * might help", the predicate of the trigger's clause misparsed) */
    if (d->tokens[n].deprel && !strcmp(d->tokens[n].deprel, "parataxis"))
      return kg_tok_head(d, (uint32_t)n) != (int32_t)i && !kg_tok_under(d, i, n);
  }
  return 0;
}

/* Is token j inside a that-clause on a noun other than trigger i ("reacted
 * angrily to Peru's suggestion that not all funds would go to Chile"), the
 * clause i is not in?  The clause is the noun's content; its modals and
 * negators are that content's, not the act's. */
static int noun_content_clause(const kg_doc *d, uint32_t j, uint32_t i)
{
  for (int32_t n = (int32_t)j, hops = 0; n >= 0 && hops < 64; n = kg_tok_head(d, (uint32_t)n), hops++) {
    if (n == (int32_t)i)
      return 0;
    int32_t h = kg_tok_head(d, (uint32_t)n), mk;
    if (h >= 0 && (uint32_t)h != i && d->tokens[n].deprel && !strcmp(d->tokens[n].deprel, "acl") &&
        d->tokens[h].upos == KG_UPOS_NOUN && (mk = kg_ev_child_with(d, (uint32_t)n, "mark", 0)) >= 0 &&
        kg_tok_is(d, (uint32_t)mk, "that"))
      return !kg_tok_under(d, i, n);
  }
  return 0;
}

/* Is noun n the subject of a negated verb of occurring ("did not take
 * place", "never happened", "did not go ahead")? */
static int negated_occurrence(const kg_doc *d, uint32_t n)
{
  const char *r = d->tokens[n].deprel;
  int32_t h = kg_tok_head(d, n);
  if (!r || strncmp(r, "nsubj", 5) || h < 0)
    return 0;
  uint32_t v = (uint32_t)h;
  /* "A planned visit ... was postponed (cancelled, called off)" */
  if (!strcmp(r, "nsubj:pass") && (kg_ev_cand_has(d, v, "postpone") || kg_ev_cand_has(d, v, "cancel") ||
                                   kg_ev_cand_has(d, v, "scrap") || kg_ev_cand_has(d, v, "shelve")))
    return 1;
  int occur = kg_ev_cand_has(d, v, "happen") || kg_ev_cand_has(d, v, "occur") ||
              kg_ev_cand_has(d, v, "materialise") || kg_ev_cand_has(d, v, "materialize");
  if (!occur && kg_ev_cand_has(d, v, "take")) {
    int32_t o = kg_ev_child_with(d, v, "obj", 0);
    occur = o >= 0 && kg_tok_is(d, (uint32_t)o, "place");
  }
  if (!occur && kg_ev_cand_has(d, v, "go")) {
    int32_t a = kg_ev_child_with(d, v, "advmod", 0);
    occur = a >= 0 && kg_tok_is(d, (uint32_t)a, "ahead");
  }
  if (!occur)
    return 0;
  const kg_sentence *s = &d->sents[d->tokens[n].sent];
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++)
    if (kg_tok_head(d, k) == (int32_t)v &&
        (kg_tok_is(d, k, "not") || kg_tok_is(d, k, "n't") || kg_tok_is(d, k, "never")))
      return 1;
  return 0;
}

/* "take place": verb v "take" with the object "place" */
static int takes_place(const kg_doc *d, int32_t v)
{
  static const char *const take[] = { "take", NULL };
  if (kg_tok_is(d, (uint32_t)v, "place")) {   /* (misparsed: "is due to take place" with "place" its root) */
    int32_t t = kg_ev_child_with(d, (uint32_t)v, "compound", 0);
    return t >= 0 && kg_ev_lemma_in(d, (uint32_t)t, take);
  }
  int32_t o = kg_ev_lemma_in(d, (uint32_t)v, take) ? kg_ev_child_with(d, (uint32_t)v, "obj", 0) : -1;
  return o >= 0 && kg_tok_is(d, (uint32_t)o, "place");
}

/* The verb of beginning or taking place whose subject noun n is, or the
 * to-infinitive of the verb whose subject it is ("talks are not expected
 * to resume", "the visit could begin", "the meeting is due to take place"), or -1: what is told of that verb
 * is told of the noun's event. */
static int32_t occurrence_verb(const kg_doc *d, uint32_t n)
{
  static const char *const occ[] = { "resume", "begin", "start", "restart", "proceed", "happen", "occur",
    "materialise", "materialize", NULL };
  const char *r = d->tokens[n].deprel;
  int32_t h = kg_tok_head(d, n);
  if (!r || strncmp(r, "nsubj", 5) || h < 0)
    return -1;
  if (kg_ev_lemma_in(d, (uint32_t)h, occ) || takes_place(d, h))
    return h;
  int32_t x = kg_ev_child_with(d, (uint32_t)h, "xcomp", 0);
  return x >= 0 && (kg_ev_lemma_in(d, (uint32_t)x, occ) || takes_place(d, x)) ? x : -1;
}

/* Whether token j lies in a content clause (ccomp) of verb i. */
static int under_content_clause(const kg_doc *d, uint32_t j, uint32_t i)
{
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++)
    if (kg_tok_head(d, k) == (int32_t)i && d->tokens[k].deprel && !strcmp(d->tokens[k].deprel, "ccomp") &&
        kg_tok_under(d, j, (int32_t)k))
      return 1;
  return 0;
}

/* "Neither Denmark nor Sweden has signed the treaty", "no country was
 * willing to fund it", "none of the parties signed": a subject that
 * "neither", "no", "none", "nobody" or "nothing" opens or is negates the
 * verb i it is the subject of, however long the subject, and the
 * to-infinitive of an adjective it is the subject of ("was willing (ready,
 * prepared) to fund"); not a verb's infinitive: "neither agreed to meet"
 * negates the agreeing, the meeting stays Hedged. */
static int negated_subject(const kg_doc *d, uint32_t i)
{
  static const char *const neg[] = { "neither", "no", "none", "nobody", "nothing", NULL };
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  int32_t v = (int32_t)i;
  if (d->tokens[i].deprel && !strcmp(d->tokens[i].deprel, "xcomp") && kg_tok_head(d, i) >= 0 &&
      d->tokens[kg_tok_head(d, i)].upos == KG_UPOS_ADJ)
    v = kg_tok_head(d, i);
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
    const char *r = d->tokens[k].deprel;
    if (kg_tok_head(d, k) != v || !r || strncmp(r, "nsubj", 5))
      continue;
    if (kg_ev_lemma_in(d, k, neg) && !kg_tok_is(d, k, "no"))
      return 1;                           /* "none of the parties", "neither of them" */
    for (uint32_t q = s->tok; q < k; q++) {
      const char *rq = d->tokens[q].deprel;
      if (kg_tok_head(d, q) == (int32_t)k && rq && (!strcmp(rq, "det") || !strcmp(rq, "cc:preconj")) &&
          (kg_tok_is(d, q, "neither") || kg_tok_is(d, q, "no")))
        return 1;
    }
  }
  return 0;
}

/* "there was no evidence that any detainee was tortured", "no sign that
 * troops had crossed": a that-clause on an evidential noun that "no"
 * denies tells what is not known to have happened (the verb i or the verb
 * it is conjoined to). */
static int unfounded_clause(const kg_doc *d, uint32_t i)
{
  static const char *const evid[] = { "evidence", "sign", "proof", "indication", "suggestion", "hint",
    "trace", "confirmation", "truth", "basis", NULL };
  uint32_t v = i;
  if (d->tokens[v].deprel && !strcmp(d->tokens[v].deprel, "conj") && kg_tok_head(d, v) >= 0)
    v = (uint32_t)kg_tok_head(d, v);
  const char *r = d->tokens[v].deprel;
  int32_t n = kg_tok_head(d, v), mk = kg_ev_child_with(d, v, "mark", 0);
  if (!r || (strcmp(r, "acl") && strcmp(r, "ccomp")) || n < 0 || d->tokens[n].upos != KG_UPOS_NOUN ||
      mk < 0 || !kg_tok_is(d, (uint32_t)mk, "that") || !kg_ev_lemma_in(d, (uint32_t)n, evid))
    return 0;
  int32_t dt = kg_ev_child_with(d, (uint32_t)n, "det", 0);
  return dt >= 0 && kg_tok_is(d, (uint32_t)dt, "no");
}

/* ", however ," (", though ,") from the comma at k, before the trigger i:
 * the closing comma's index when one or two adverbs are all that stands
 * between the commas and the trigger (or its auxiliary or adverb) follows,
 * else 0; in the tree they hang on the trigger (not "would point out,
 * however, that a case is being considered") */
static uint32_t paren_adverb(const kg_doc *d, uint32_t k, uint32_t i, int tree)
{
  for (uint32_t m = k + 1; m < i && m <= k + 3; m++) {
    if (kg_tok_is(d, m, ","))           /* (the verb, or its auxiliary or adverb, right after) */
      return m > k + 1 && (m + 1 == i || d->tokens[m + 1].upos == KG_UPOS_AUX ||
                           d->tokens[m + 1].upos == KG_UPOS_ADV) ? m : 0;
    if (d->tokens[m].upos != KG_UPOS_ADV || (tree && kg_tok_head(d, m) != (int32_t)i &&
                                             kg_tok_head(d, m) != (int32_t)m + 1))
      return 0;
  }
  return 0;
}

int kg_ev_factuality(const ev_ctx *c, uint32_t i, const char *code)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  uint32_t end = s->tok + s->ntok;
  char b[32];
  int tree = kg_sent_has_tree(d, d->tokens[i].sent);
  int hedged = 0, verbal;
  uint32_t len;
  /* "agreed to resume talks after North Korea fired a missile", "may
   * retaliate after Israel struck", "refused to sign because Russia had
   * invaded": a finite clause of time or cause is presupposed, told as a
   * fact; cues outside it do not reach the trigger */
  int32_t presup = -1;
  for (int32_t n = tree ? (int32_t)i : -1, hops = 0; n >= 0 && presup < 0 && hops < 64;
       n = kg_tok_head(d, (uint32_t)n), hops++)
    if (presupposed_clause(d, (uint32_t)n) || past_relcl(d, (uint32_t)n) || past_participle_relative(d, (uint32_t)n) ||
        (n == (int32_t)i && presupposed_noun(d, i)))
      presup = n;
  /* cues before the trigger */
  for (uint32_t j = s->tok; j < i; j++) {
    int cl = cue_at(c, j, end, &verbal, &len);
    if (!cl)
      continue;
    if (presup >= 0 && !kg_tok_under(d, j, presup)) {
      j += len - 1;
      continue;
    }
    if (j + len > i) {
      j += len - 1;
      continue;
    }
    /* is there a clause break between the cue and the trigger? */
    int broken = 0;
    for (uint32_t k = j + len; k < i && !broken; k++) {
      kg_ev_low(d, k, b, sizeof b);
      /* "did not, however, sign": an adverb set off by commas is
       * parenthetical, no clause break */
      if (!strcmp(b, ",") && paren_adverb(d, k, i, tree)) {
        k = paren_adverb(d, k, i, tree);
        continue;
      }
      broken = clause_break(b);
      /* "said X would help and that Y had agreed": a second reported
       * clause has its own modality */
      if (!broken && !strcmp(b, "that") && k > j + len &&
          (kg_tok_is(d, k - 1, "and") || kg_tok_is(d, k - 1, "but") || kg_tok_is(d, k - 1, "or")))
        broken = 1;
    }
    if (cl == KG_CUE_NEGATION) {
      if (verbal) {
        int sc = verbal_scope(c, j, len, i, 1);
        if (sc == 1)
          return KG_FACT_NEGATED;
        hedged |= sc == 2;
      } else if (!broken && !(j + 1 < end && kg_tok_is(d, j + 1, "only")) &&
                 (i - j <= 4 || negated_light_verb(c, j, i))) {
        if (!tree || i - j > 4)             /* (beyond 4: through a light verb) */
          return KG_FACT_NEGATED;
        /* in the tree: attached to the trigger or to one of its dependents */
        int32_t h = kg_tok_head(d, j);
        if (h == (int32_t)i || (h >= 0 && kg_tok_head(d, (uint32_t)h) == (int32_t)i))
          return KG_FACT_NEGATED;
        int hv = 0;
        uint32_t hl;
        /* (not a finite verb conjoined to the negated word, with a tense of
         * its own: "said his remarks were not racist and refused to apologise") */
        const char *xi = d->tokens[i].xpos, *ri = d->tokens[i].deprel;
        int fin = d->tokens[i].upos == KG_UPOS_VERB && ri && !strcmp(ri, "conj") && xi &&
                  (!strcmp(xi, "VBD") || !strcmp(xi, "VBZ") || !strcmp(xi, "VBP") || active_past(d, i));
        /* (nor an event noun in a prepositional phrase of a negated verb of
         * its own, which takes that negation: "did not respond to her
         * remarks", "did not comment on the attack"; a light verb's is its
         * act: "did not take part in the talks") */
        const char *rr = d->tokens[i].deprel;
        int own = h >= 0 && d->tokens[h].upos == KG_UPOS_VERB && d->tokens[i].upos == KG_UPOS_NOUN && rr &&
                  !strncmp(rr, "obl", 3) && kg_ev_child_with(d, i, "case", 0) >= 0 &&
                  !kg_ev_is_light_verb(c->dict, d, (uint32_t)h);
        if (h >= 0 && kg_tok_head(d, i) == h && !fin && !own &&  /* "no sign of breaking with" */
            !(cue_at(c, (uint32_t)h, end, &hv, &hl) == KG_CUE_NEGATION && hv))
          return KG_FACT_NEGATED;               /* (not "would not rule out closing") */
      }
    } else if (verbal ? verbal_scope(c, j, len, i, 0)
                      : ((!broken || modal_of_governor(d, j, i, tree)) && !finite_conj_of(d, i, j, len, tree) &&
                         !past_conj_of_modal(d, i, j, tree) && !beside_adj_cue(d, i, j, tree))) {
      /* "offered his congratulations (condolences, thanks)": offering a
       * comment or praise (CAMEO 01, 05) is making it */
      int made = verbal && code && d->tokens[i].upos == KG_UPOS_NOUN && kg_tok_head(d, i) == (int32_t)j &&
                 (!strncmp(code, "01", 2) || (!strncmp(code, "05", 2) && code[2] < '7')) &&
                 kg_ev_cand_has(d, j, "offer");
      hedged |= !made;
    }
    j += len - 1;
  }
  /* "A planned meeting between X and Y did not take place": an event noun
   * whose verb of occurring is negated did not happen */
  if (tree && d->tokens[i].upos == KG_UPOS_NOUN && negated_occurrence(d, i))
    return KG_FACT_NEGATED;
  int32_t ov = tree && d->tokens[i].upos == KG_UPOS_NOUN ? occurrence_verb(d, i) : -1;
  int of = ov >= 0 ? kg_ev_factuality(c, (uint32_t)ov, NULL) : KG_FACT_ASSERTED;
  if (of != KG_FACT_ASSERTED)
    return of;
  if (tree && d->tokens[i].upos == KG_UPOS_VERB && unfounded_clause(d, i))
    return KG_FACT_NEGATED;
  if (tree && d->tokens[i].upos == KG_UPOS_VERB && negated_subject(d, i))
    return KG_FACT_NEGATED;
  /* after the trigger, within its clause: "the launch may have been
   * intended", "could be seen as", "was not carried out" */
  for (uint32_t j = i + 1; j < end; j++) {
    kg_ev_low(d, j, b, sizeof b);
    if (clause_break(b) || !strcmp(b, "and") || !strcmp(b, "but"))
      break;
    /* "signed a deal that could end the war": a relative clause's modal
     * is its own ("that" as a relative pronoun, not "claims that") */
    if (!strcmp(b, "that") && d->tokens[j].xpos && !strcmp(d->tokens[j].xpos, "WDT"))
      break;
    /* (and in the tree, whatever "that" was tagged: "a visit by X that
     * both governments said would turn ...") */
    if (tree && relcl_without(d, j, i))
      break;
    /* "reacted to the suggestion that funds would not go": the noun's content */
    if (tree && noun_content_clause(d, j, i))
      continue;
    /* "opposed the bid, saying it would destroy value": a participle
     * adjunct of the trigger is a clause of its own, its modals its own */
    if (tree && j > i + 1 && kg_tok_head(d, j) == (int32_t)i && d->tokens[j].xpos &&
        !strcmp(d->tokens[j].xpos, "VBG") && d->tokens[j].deprel && !strncmp(d->tokens[j].deprel, "advcl", 5) &&
        kg_ev_child_with(d, j, "mark", 0) < 0)
      break;
    int cl = cue_at(c, j, end, &verbal, &len);
    /* "threatened military action if the talks fail": the condition is
     * the threat's (or demand's) content; the threat was made */
    if (cl == KG_CUE_HEDGE && !verbal && !strcmp(b, "if") && code && d->tokens[i].upos == KG_UPOS_VERB &&
        (!strncmp(code, "13", 2) || !strncmp(code, "10", 2)))
      break;
    /* "warned that more attacks would follow", "pledged the economy would
     * grow": the modal of the warned or pledged clause is the threat's or
     * intent's content; the warning or pledge was made */
    if (cl == KG_CUE_HEDGE && !verbal && tree && code && (!strncmp(code, "13", 2) || !strncmp(code, "03", 2)) &&
        d->tokens[i].upos == KG_UPOS_VERB && kg_ev_child_with(d, i, "ccomp", 0) >= 0 &&
        kg_tok_under(d, j, kg_ev_child_with(d, i, "ccomp", 0)) && (!strcmp(b, "would") || !strcmp(b, "will")))
      break;
    /* "said the covers would be removed if the rain stopped": a statement
     * (01) is made whatever its reported clause's modal or condition; the
     * clause is the statement's content (not the statement's own words
     * after it: "said it might", "was said to be"; nor a warning, which
     * the possibility it warns of hedges: "warned that the deal might harm") */
    if (cl == KG_CUE_HEDGE && tree && code && !strncmp(code, "01", 2) && d->tokens[i].upos == KG_UPOS_VERB &&
        !kg_ev_lemma_in(d, i, (const char *const[]){ "warn", NULL }) && under_content_clause(d, j, i))
      break;
    /* "declined to say whether ...", "was asked if ...": an indirect
     * question below the trigger is open, the asking or declining is not
     * (the rest of the clause is the question's; a modal of a content
     * clause still hedges: "warned that the deal might harm" is Hedged) */
    if (cl == KG_CUE_HEDGE && !verbal && tree && (!strcmp(b, "whether") || !strcmp(b, "if"))) {
      int32_t h = kg_tok_head(d, j);
      /* (a question is a complement, not a condition: "promised to raise
       * it if they win" keeps the condition's hedge) */
      if (h >= 0 && (uint32_t)h != i && h != kg_tok_head(d, i) && kg_tok_under(d, (uint32_t)h, (int32_t)i) &&
          d->tokens[h].deprel && (!strcmp(d->tokens[h].deprel, "ccomp") || !strcmp(b, "whether")))
        break;
    }
    /* "is in talks with X about a possible alliance": an adjective on
     * the noun of a topic phrase after the trigger hedges that noun, not
     * the talks */
    int32_t ah = cl == KG_CUE_HEDGE && !verbal && tree && d->tokens[j].upos == KG_UPOS_ADJ && d->tokens[j].deprel &&
                 !strcmp(d->tokens[j].deprel, "amod") ? kg_tok_head(d, j) : -1;
    int32_t ac = ah > (int32_t)i && d->tokens[ah].upos == KG_UPOS_NOUN ?
                 kg_ev_child_with(d, (uint32_t)ah, "case", 0) : -1;
    if (ac >= 0 && kg_ev_lemma_in(d, (uint32_t)ac, (const char *const[]){ "about", "on", "over", "regarding", NULL }))
      continue;
    if (cl == KG_CUE_HEDGE && !verbal)
      hedged = 1;                         /* "rejected claims that": not a hedge on it */
    /* (not "the raid was without precedent", "the attack was no accident":
     * a phrase said of the act, not its denial) */
    if (cl == KG_CUE_NEGATION && !verbal && j <= i + 3 && d->tokens[i].upos != KG_UPOS_VERB &&
        !(j + 1 < end && kg_tok_is(d, j + 1, "only")) && strcmp(b, "without") && strcmp(b, "no"))
      return KG_FACT_NEGATED;             /* "the deal was not signed" */
    j += len - 1;
  }
  /* "Israel is to withdraw within 60 days", "the two leaders are to meet":
   * a be-form before a to-infinitive tells what is planned or owed, not done */
  if (!hedged && d->tokens[i].upos == KG_UPOS_VERB && i >= s->tok + 2 && kg_tok_is(d, i - 1, "to")) {
    uint32_t q = i - 2;
    if (d->tokens[q].upos == KG_UPOS_ADV && q > s->tok)   /* "is also to meet" */
      q--;
    kg_ev_low(d, q, b, sizeof b);
    hedged = !strcmp(b, "is") || !strcmp(b, "are") || !strcmp(b, "was") || !strcmp(b, "were") ||
             !strcmp(b, "am");
  }
  /* "calls from Ukraine for Mongolia to arrest him", "it is unusual for
   * her to criticise": a for-to clause tells what is wanted or possible */
  if (!hedged && tree && d->tokens[i].upos == KG_UPOS_VERB) {
    int fo = 0, to = 0;
    for (uint32_t k = s->tok; k < i; k++)
      if (kg_tok_head(d, k) == (int32_t)i && d->tokens[k].deprel && !strcmp(d->tokens[k].deprel, "mark")) {
        fo |= kg_tok_is(d, k, "for");
        to |= kg_tok_is(d, k, "to");
      }
    /* (not "paid for him to fly", "arranged for them to leave": done) */
    int32_t g = kg_tok_head(d, i);
    hedged = fo && to && !(g >= 0 && kg_ev_lemma_in(d, (uint32_t)g, (const char *const[]){ "pay", "arrange",
                                                                                       "take", "wait", NULL }));
  }
  /* "powers to arrest suspects", "a plan to invade": an infinitive on a
   * noun tells what may be done (not "summoned the ambassador to protest",
   * a purpose that summoning fulfils) */
  if (!hedged && tree && d->tokens[i].upos == KG_UPOS_VERB && d->tokens[i].deprel &&
      !strcmp(d->tokens[i].deprel, "acl") && kg_ev_purpose_subject(c, i) < 0) {
    int32_t mk = kg_ev_child_with(d, i, "mark", 0), n = kg_tok_head(d, i);
    hedged = mk >= 0 && kg_tok_is(d, (uint32_t)mk, "to");
    /* ... but "the first leader to visit", "the twelfth man to be
     * arrested": after an ordinal, superlative or "only", it happened */
    for (uint32_t k = s->tok; hedged && n >= 0 && k < (uint32_t)n; k++)
      if (kg_tok_head(d, k) == n && d->tokens[k].xpos &&
          (!strcmp(d->tokens[k].xpos, "JJS") || kg_tok_is(d, k, "only") || kg_tok_is(d, k, "last") ||
           (d->tokens[k].deprel && !strcmp(d->tokens[k].deprel, "amod") && d->tokens[k].form &&
            strlen(d->tokens[k].form) > 2 &&
            (!strcmp(d->tokens[k].form + strlen(d->tokens[k].form) - 2, "th") ||
             kg_tok_is(d, k, "first") || kg_tok_is(d, k, "second") || kg_tok_is(d, k, "third")))))
        hedged = 0;
  }
  /* "officials will meet next month to discuss the pact": the purpose of
   * an act still to come has not happened either */
  if (!hedged && tree && d->tokens[i].upos == KG_UPOS_VERB && d->tokens[i].deprel &&
      !strcmp(d->tokens[i].deprel, "advcl")) {
    int32_t mk = kg_ev_child_with(d, i, "mark", 0), g = kg_tok_head(d, i);
    for (uint32_t k = s->tok; mk >= 0 && kg_tok_is(d, (uint32_t)mk, "to") && g >= 0 && k < (uint32_t)g && !hedged;
         k++)
      hedged = kg_tok_head(d, k) == g && d->tokens[k].deprel && !strcmp(d->tokens[k].deprel, "aux") &&
               (kg_tok_is(d, k, "will") || kg_tok_is(d, k, "would") || kg_tok_is(d, k, "shall") ||
                kg_tok_is(d, k, "'ll"));
  }
  /* "until Bamako withdraws its accusations": an act of a present clause
   * of time is still to come (unless a past clause lies between) */
  for (int32_t n = tree && !hedged ? (int32_t)i : -1, hops = 0; n >= 0 && hops < 64;
       n = kg_tok_head(d, (uint32_t)n), hops++) {
    if (presupposed_clause(d, (uint32_t)n) || past_relcl(d, (uint32_t)n))
      break;
    if (unrealised_clause(d, (uint32_t)n)) {
      hedged = 1;
      break;
    }
  }
  /* "the pact must still be ratified", "both parliaments have to approve
   * it": an act under an obligation has not happened; a demand (10), a
   * stated intent (03) or threat (13) recoded from it is told (evmodal.c) */
  if (!hedged && code && strncmp(code, "10", 2) && strncmp(code, "03", 2) && strncmp(code, "13", 2) &&
      kg_ev_obligation(c, i))
    hedged = 1;
  if (hedged || d->tokens[end - 1].form[0] == '?')
    return KG_FACT_HEDGED;
  return KG_FACT_ASSERTED;
}


const char *kg_ev_declined_comment(const ev_ctx *c, uint32_t i, const char *code, int *fact)
{
  static const char *const say[] = { "comment", "say", "elaborate", "specify", NULL };
  static const char *const modal[] = { "would", "could", "will", "can", "wo", "ca", NULL };
  static const char *const refuse[] = { "recognise", "recognize", NULL };
  const kg_doc *d = c->doc;
  /* "could not recognise an election", "will not recognise the result":
   * the rejection (120) the negated verb's pattern codes (CURATED_MISSING36,
   * before=not) is told as a fact, not the recognition denied */
  static const char *const cond[] = { "if", "unless", "whether", NULL };
  if (*fact == KG_FACT_NEGATED && !strcmp(code, "120") && d->tokens[i].upos == KG_UPOS_VERB &&
      kg_ev_lemma_in(d, i, refuse)) {
    int32_t m = kg_ev_child_with(d, i, "mark", 0);
    /* ("if the court did not recognise the result": a condition) */
    *fact = m >= 0 && kg_ev_lemma_in(d, (uint32_t)m, cond) ? KG_FACT_HEDGED : KG_FACT_ASSERTED;
    return code;
  }
  if (*fact != KG_FACT_NEGATED || strcmp(code, "010") || d->tokens[i].upos != KG_UPOS_VERB ||
      !kg_ev_lemma_in(d, i, say))
    return code;
  /* (a refusal: "would not", "could not"; "did not comment" tells no act) */
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  int refused = 0;
  for (uint32_t k = s->tok; k < i && !refused; k++)
    refused = kg_tok_head(d, k) == (int32_t)i && d->tokens[k].deprel && !strcmp(d->tokens[k].deprel, "aux") &&
              kg_ev_lemma_in(d, k, modal);
  if (!refused)
    return code;
  *fact = KG_FACT_ASSERTED;
  return "011";
}
