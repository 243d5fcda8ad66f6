/* evmodal.c — modality recoding of a verbal event (see events.c): CAMEO
 * codes a stated intention in 03, a demand in 10 and a threat in 13, the
 * roots parallel to the acts 04-08 and 14-20.
 *
 * Owns: what the words before a verbal trigger say of it (will, would,
 * must, "is ready to", "plans to", a warner's own "could"), the tables
 * that map a material code to its intent, demand or threat, and acts a
 * capacity or right only allows ("would be able to reject", kg_ev_capacity);
 * a vow to fight with no object is a threat of force ("have sworn to fight
 * until ...": 138).
 * Does not own: factuality (evfact.c), the trigger's arguments (evargs.c,
 * evwindow.c), emitting events (events.c).
 */
#include <string.h>
#include <stdio.h>
#include "actors.h"
#include "evargs.h"
#include "evclause.h"
#include "evmodal.h"

/* ------------------------------------------------------------ modality */

/* What the words before a verbal trigger say of it: 1 a future or a
 * commitment ("will", "would", "'ll", "shall", "is willing / prepared /
 * ready to"), 2 an obligation ("must", "should", "has to"), 3 a
 * possibility ("may", "might", "could"), 0 none.
 * Adverbs, "not", forms of "be" and "to" are stepped over. */
static int modality(const ev_ctx *c, uint32_t i)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  static const char *const skip[] = { "not", "n't", "also", "soon", "then", "now", "still",
    "be", "to", "never", "immediately", "eventually", "finally", "jointly", "only", NULL };
  char b[32];
  /* "Israel will release prisoners and withdraw its forces": a conjoined
   * verb with no auxiliary of its own shares the first verb's */
  if (kg_sent_has_tree(d, d->tokens[i].sent) && d->tokens[i].deprel && !strcmp(d->tokens[i].deprel, "conj") &&
      d->tokens[i].upos == KG_UPOS_VERB && kg_tok_head(d, i) >= 0 &&
      d->tokens[kg_tok_head(d, i)].upos == KG_UPOS_VERB) {
    int own = 0;
    for (uint32_t q = s->tok; q < i && !own; q++)
      own = kg_tok_head(d, q) == (int32_t)i && d->tokens[q].deprel && !strncmp(d->tokens[q].deprel, "aux", 3);
    if (!own && !kg_ev_past_after_modal(d, i))   /* (not "would stay and praised X") */
      return modality(c, (uint32_t)kg_tok_head(d, i));
  }
  for (uint32_t j = i, k = 0; j-- > s->tok && k < 5; k++) {
    kg_ev_low(d, j, b, sizeof b);
    if (!strcmp(b, "will") || !strcmp(b, "would") || !strcmp(b, "shall") || !strcmp(b, "'ll") ||
        !strcmp(b, "wo") || ((!strcmp(b, "could") || !strcmp(b, "may") || !strcmp(b, "might")) &&
                             kg_ev_in_warning(c, i)))
      return 1;
    if (!strcmp(b, "must") || !strcmp(b, "should"))
      return 2;
    if (!strcmp(b, "may") || !strcmp(b, "might") || !strcmp(b, "could"))
      return 3;
    if ((!strcmp(b, "willing") || !strcmp(b, "prepared") || !strcmp(b, "ready")) &&
        j + 1 < i && kg_tok_is(d, j + 1, "to"))
      return 1;
    /* a stated plan or hope: "plans to impose restrictions", "intends to
     * visit", "hoped to cooperate" (the verb: "unveiled a plan to invade"
     * is the invasion, hedged) */
    if (kg_ev_in_list(b, (const char *const[]){ "plan", "plans", "planned", "planning", "intend", "intends",
                                                "intended", "intending", "hope", "hopes", "hoped", "hoping",
                                                NULL }) &&
        (d->tokens[j].upos == KG_UPOS_VERB || d->tokens[j].upos == KG_UPOS_NONE) &&
        j + 1 < i && kg_tok_is(d, j + 1, "to"))
      return 1;
    if ((!strcmp(b, "has") || !strcmp(b, "have")) && j + 1 < i && kg_tok_is(d, j + 1, "to"))
      return 2;
    /* a noun of promise or threat: "Kenya's pledge to send aid", "its
     * threat to expel diplomats" (kgd:offerVerb lemmas, and "threat") */
    if (d->tokens[j].upos == KG_UPOS_NOUN && j + 1 < i && kg_tok_is(d, j + 1, "to") &&
        ((kg_ev_lemma_lex(c, j) & KG_LEX_OFFER_VERB) || !strcmp(b, "threat")))
      return 1;
    size_t bl = strlen(b);
    if (kg_ev_in_list(b, skip) || (bl > 3 && !strcmp(b + bl - 2, "ly")))
      continue;
    break;
  }
  return 0;
}

/* An obligation ("must", "should", "has to") before verbal trigger i, or
 * before the verb it is a conjunct of: the act has not happened ("the
 * treaty must still be ratified"); evfact.c hedges an act left uncoded as
 * a demand. */
int kg_ev_obligation(const ev_ctx *c, uint32_t i)
{
  return c->doc->tokens[i].upos == KG_UPOS_VERB && modality(c, i) == 2;
}

/* An act under an obligation that no speaker of the sentence demands
 * (kg_ev_modal_recode kept its code: no demand counterpart, no speaker, or
 * the speaker's own duty): told as a duty or advice, not as done, and not
 * coded ("he should apologise, he said", "the Commission should re-submit
 * the directive", "the government must permit that to happen").  A passive
 * necessity stays, hedged (evfact.c): "the treaty must still be ratified"
 * tells a step its procedure requires; a passive "should" is advice ("he
 * should be punished").  Not for a codebook of the user's own, which codes
 * modality itself. */
int kg_ev_untold_obligation(const ev_ctx *c, uint32_t i, int passive, const char *in, const char *out)
{
  const kg_doc *d = c->doc;
  char b[16];
  if (strcmp(in, out) || !kg_dict_cameo(c->dict, in) || kg_dict_exclusive(c->dict) || !kg_ev_obligation(c, i))
    return 0;
  if (!passive)
    return 1;
  for (uint32_t j = i, k = 0; j-- > d->sents[d->tokens[i].sent].tok && k < 5; k++)
    if (!strcmp(kg_ev_lowp(d, j, b, sizeof b), "should"))
      return 1;
  return 0;
}

/* 1 when "ready", "willing" or "prepared" and "to" stand right before
 * trigger i: "said the bloc was ready to help", "stood ready to help
 * settle disputes" (modality() then codes the act as an intent). */
int kg_ev_readiness(const ev_ctx *c, uint32_t i)
{
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  char b[32];
  if (i < s->tok + 2 || !kg_tok_is(d, i - 1, "to"))
    return 0;
  kg_ev_low(d, i - 2, b, sizeof b);
  return !strcmp(b, "ready") || !strcmp(b, "willing") || !strcmp(b, "prepared");
}

/* CAMEO codes a stated intention as 03 ("express intent to"), a demand
 * that someone act as 10 and a stated future hostile act as 13
 * ("threaten"); the roots 03, 10 and 13 run parallel to 04-08 and 16-20.
 * The tables map a material code to its counterpart ("" keeps it). */
/* The counterpart of code c in table t (rows of prefix and code, ended by
 * a NULL prefix; the first prefix c starts with wins), "" when none. */
static const char *counterpart(const char *const (*t)[2], const char *c)
{
  for (int k = 0; t[k][0]; k++)
    if (!strncmp(c, t[k][0], strlen(t[k][0])))
      return t[k][1];
  return "";
}

static const char *intent_of(const char *c)
{
  static const char *const t[][2] = {
    { "045", "039" }, { "04", "036" }, { "05", "032" },
    { "061", "0311" }, { "062", "0312" }, { "063", "0313" }, { "064", "0314" }, { "06", "031" },
    { "071", "0331" }, { "072", "0332" }, { "073", "0333" }, { "074", "0334" }, { "07", "033" },
    { "081", "0351" }, { "082", "0352" }, { "0831", "0341" }, { "083", "034" }, { "084", "0353" }, { "085", "0354" },
    { "086", "0355" }, { "087", "0356" }, { "08", "035" },
    { "14", "133" },
    { "161", "1313" }, { "162", "1311" }, { "163", "1312" }, { "164", "134" }, { "165", "135" },
    { "166", "136" }, { "16", "131" },
    { "1721", "1323" }, { "1722", "1324" }, { "172", "132" }, { "17", "137" },
    { "18", "1383" }, { "191", "1381" }, { "192", "1382" }, { "19", "1384" }, { "204", "1385" },
    { "20", "138" }, { NULL, NULL } };
  return counterpart(t, c);
}

static const char *demand_of(const char *c)
{
  static const char *const t[][2] = {
    { "045", "108" }, { "04", "106" }, { "05", "102" },
    { "061", "1011" }, { "062", "1012" }, { "063", "1013" }, { "064", "1014" }, { "06", "101" },
    { "071", "1031" }, { "072", "1032" }, { "073", "1033" }, { "074", "1034" }, { "07", "103" },
    { "081", "1051" }, { "082", "1052" }, { "083", "104" }, { "084", "1053" }, { "085", "1054" },
    { "086", "1055" }, { "087", "1056" }, { "08", "105" }, { "03", "100" },
    { NULL, NULL } };
  return counterpart(t, c);
}

/* "will not meet", "would not accept refugees": a cooperative act (03-08)
 * refused for the future is a rejection (CAMEO 12, PLOVER REJECT: "all
 * rejections and refusals"), by the parallel rows of 12; a yielding of no
 * named kind (080: "would not tolerate attacks", a warning) stays negated. */
static const char *refusal_of(const char *c)
{
  static const char *const t[][2] = {
    { "0311", "1211" }, { "0312", "1212" }, { "031", "121" }, { "0351", "1241" }, { "0352", "1242" },
    { "0353", "1243" }, { "0354", "1244" }, { "0355", "1245" }, { "0356", "1246" },
    { "036", "125" }, { "039", "126" }, { "03", "120" },
    { "045", "126" }, { "046", "126" }, { "04", "125" }, { "057", "127" }, { "05", "120" },
    { "061", "1211" }, { "062", "1212" }, { "06", "121" }, { "07", "120" },
    { "081", "1241" }, { "082", "1242" }, { "083", "123" }, { "084", "1243" }, { "085", "1244" },
    { "086", "1245" }, { "087", "1246" },
    { NULL, NULL } };
  return counterpart(t, c);
}

/* Recodes a verbal event by its modality (see the header comment):
 * "Finland will give Tanzania a grant" 071 -> 0331; "they would blockade
 * Paris" 191 -> 1381; "Russia said Sudan must return the helicopter" 084
 * -> 1053 with Russia as agent and Sudan as target.  A negated event
 * keeps its code, but a negated promise of a cooperative act ("Syria will
 * not accept more refugees") is a refusal (refusal_of, a->refusal). */
void kg_ev_modal_recode(const ev_ctx *c, uint32_t i, const char *in, ev_args *a, char out[5])
{
  snprintf(out, 5, "%s", in);
  if (!kg_dict_cameo(c->dict, in) || kg_dict_exclusive(c->dict))
    return;                               /* a code of the user's own codebook, or a
                                             codebook that codes modality itself */
  int m = modality(c, i);
  if (!m)
    return;
  if (kg_ev_factuality(c, i, NULL) == KG_FACT_NEGATED) {
    const char *r = m == 1 && !a->passive ? refusal_of(in) : "";   /* (not "would not be issued") */
    if (r[0]) {
      snprintf(out, 5, "%s", r);
      a->refusal = 1;
    }
    return;
  }
  /* "may halt mediation if cooperation founders": a possible hostile act
   * (active voice) on a condition is a threat */
  if (m == 3 && !a->passive && ((in[0] == '1' && (in[1] == '4' || in[1] >= '6')) || !strncmp(in, "20", 2)) &&
      kg_ev_conditional(c, i))
    m = 1;
  if (m == 1) {
    /* "will withdraw its force unless ...": a conditional promise of a
     * cooperative act is a threat (CAMEO 13) */
    if (in[0] == '0' && in[1] >= '4' && in[1] <= '8') {
      const kg_sentence *s = &c->doc->sents[c->doc->tokens[i].sent];
      for (uint32_t q = i + 1; q < s->tok + s->ntok; q++)
        if (kg_tok_is(c->doc, q, "unless")) {
          snprintf(out, 5, "%s", "130");
          return;
        }
    }
    const char *r = intent_of(in);
    if (r[0])
      snprintf(out, 5, "%s", r);
    else                                /* (no intent to state: the act to come is not yet done) */
      a->future = c->doc->tokens[i].xpos && !strcmp(c->doc->tokens[i].xpos, "VB");
    return;
  }
  const char *r = m == 2 ? demand_of(in) : "";
  if (!r[0])
    return;
  int32_t sp = kg_ev_speaker(c, i);
  if (sp < 0)
    return;
  int32_t spa = c->doc->mentions[sp].actor;
  for (size_t k = 0; k < a->nag; k++)
    if (c->doc->mentions[a->agents[k]].actor == spa)
      return;                             /* "X said it must ...": X's own */
  if (a->nag > 0) {
    memcpy(a->targets, a->agents, sizeof a->targets);
    a->ntg = a->nag;
  } else if (a->npart > 0) {
    for (size_t k = 0; k < a->npart && k < 4; k++)
      a->targets[k] = a->parts[k];
    a->ntg = a->npart < 4 ? a->npart : 4;
    a->npart = 0;
  }
  a->agents[0] = sp;
  a->nag = 1;
  snprintf(out, 5, "%s", r);
}

/* "Ethnic Albanians have sworn to fight until they gain control of the
 * villages", "vowed to fight on": a vow (030) whose infinitive is a bare
 * "fight" or "resist", with no object (not "vowed to fight corruption"), is
 * a threat of force (138), as "vowed to attack" is. */
static void vow_to_fight(const ev_ctx *c, kg_event *e)
{
  static const char *const fight[] = { "fight", "resist", NULL };
  const kg_doc *d = c->doc;
  if (!kg_sent_has_tree(d, e->sent) || d->tokens[e->trigger].upos != KG_UPOS_VERB)
    return;
  int32_t x = kg_ev_child_with(d, e->trigger, "xcomp", 0);
  if (x < 0 || !kg_ev_lemma_in(d, (uint32_t)x, fight) || kg_ev_child_with(d, (uint32_t)x, "obj", 0) >= 0 ||
      kg_ev_child_with(d, (uint32_t)x, "mark", 0) < 0)
    return;
  for (uint32_t k = d->sents[e->sent].tok; k < (uint32_t)x; k++)
    if (kg_tok_head(d, k) == x && kg_tok_is(d, k, "not"))
      return;                             /* ("vowed not to fight") */
  if (kg_dict_cameo(c->dict, "138"))
    memcpy(e->cameo, "138", 4);
}

/* "offered to mediate", "vowed to retaliate", "promised to send troops":
 * a verb of promise whose own code is the bare intent (030) takes the
 * intent its infinitive's act has (045 -> 039, 062 -> 0312, 190 ->
 * 1384), as CAMEO codes the promise by what is promised; the act itself
 * stays its own, hedged, event.  A bare threat (130) takes the threat of
 * its act the same way ("threatened to impose tariffs" 163 -> 1312). */
void kg_ev_intent_refine(const ev_ctx *c, size_t from)
{
  kg_doc *d = c->doc;
  if (kg_dict_exclusive(c->dict))
    return;
  for (size_t k = from; k < d->nevents; k++) {
    kg_event *e = &d->events[k];
    int threat = !strcmp(e->cameo, "130");
    if ((strcmp(e->cameo, "030") && !threat) || e->factuality == KG_FACT_NEGATED)
      continue;
    for (size_t q = from; q < d->nevents; q++) {
      const kg_event *x = &d->events[q];
      uint32_t j = x->trigger;
      if (q == k || x->cameo[0] == '\0' || !strncmp(x->cameo, "03", 2) ||
          !kg_sent_has_tree(d, x->sent) || kg_tok_head(d, j) != (int32_t)e->trigger ||
          !d->tokens[j].deprel || strcmp(d->tokens[j].deprel, "xcomp") ||
          (x->agent >= 0 && e->agent >= 0 && x->agent != e->agent))
        continue;
      const char *r = intent_of(x->cameo);
      if (threat && strncmp(r, "13", 2))
        continue;                         /* (a threat stays one: "threatened to withdraw") */
      if (r[0] && kg_dict_cameo(c->dict, r)) {
        snprintf(e->cameo, sizeof e->cameo, "%s", r);
        break;
      }
    }
    if (!threat && !strcmp(e->cameo, "030"))
      vow_to_fight(c, e);
  }
  /* "promised to step down", "pledged to free the hostages": a promise
   * (kgd:offerVerb) with no event of its own (evfilter.c drops one made to
   * no one) still commits its maker to the act it governs, and CAMEO codes
   * that commitment (0341, 0353, 0356), not the act: the act's event (of
   * roots 04-08) takes the intent and the promise's factuality.  Not a
   * negated promise, nor "pledged to cut taxes" (no act coded).  A vow of a
   * hostile act (roots 14 and 16-20) is a threat the same way, as with an
   * event of its own ("vowed to crack down on protesters" 175 -> 137,
   * "vowed to call a general strike" 143 -> 133). */
  for (size_t q = from; q < d->nevents; q++) {
    kg_event *x = &d->events[q];
    uint32_t j = x->trigger;
    int hostile = (x->cameo[0] == '1' && (x->cameo[1] == '4' || x->cameo[1] >= '6')) ||
                  (x->cameo[0] == '2' && x->cameo[1] == '0');
    if (((x->cameo[0] != '0' || x->cameo[1] < '4' || x->cameo[1] > '8') && !hostile) ||
        x->factuality == KG_FACT_NEGATED || !kg_sent_has_tree(d, x->sent) || !d->tokens[j].deprel)
      continue;
    int32_t v = kg_tok_head(d, j);      /* (its xcomp, or an adverbial "to" clause the parser made of it past a
                                           date: "vowed on Monday to crack down") */
    if (strcmp(d->tokens[j].deprel, "xcomp") && (v < 0 || kg_ev_to_complement(d, (uint32_t)v) != (int32_t)j))
      continue;
    if (v < 0 || d->tokens[v].upos != KG_UPOS_VERB || !(kg_ev_lemma_lex(c, (uint32_t)v) & KG_LEX_OFFER_VERB))
      continue;
    int own = 0;
    for (size_t k = from; k < d->nevents && !own; k++)
      own = d->events[k].trigger == (uint32_t)v;
    const char *r = intent_of(x->cameo);
    int f = own ? KG_FACT_NEGATED : kg_ev_factuality(c, (uint32_t)v, NULL);
    if (f == KG_FACT_NEGATED || !r[0] || !kg_dict_cameo(c->dict, r))
      continue;
    snprintf(x->cameo, sizeof x->cameo, "%s", r);
    x->factuality = (uint8_t)f;
  }
}

/* ------------------------------------------------------------ capacity */

/* Whether the capacity word f ("able", "entitled", "permit", "allow") is
 * told as a present, future or possible state ("will allow", "would still
 * be able to", "are permitted to", "is entitled to"), not as what was done
 * ("was able to", "were allowed to", "allowed him to"); a right
 * ("entitled", "free to") never is. */
static int unrealised(const kg_doc *d, const kg_sentence *s, uint32_t f)
{
  static const char *const modal[] = { "will", "would", "could", "may", "might", "shall", "should", "must",
    "'ll", "can", "is", "are", "am", "'s", "'re", "be", NULL };
  static const char *const done[] = { "was", "were", "has", "have", "had", "been", "did", "'ve", NULL };
  char b[16];
  for (uint32_t q = s->tok; q < s->tok + s->ntok; q++) {
    if (kg_tok_head(d, q) != (int32_t)f || !d->tokens[q].deprel ||
        (strncmp(d->tokens[q].deprel, "aux", 3) && strcmp(d->tokens[q].deprel, "cop")))
      continue;
    kg_ev_low(d, q, b, sizeof b);
    if (kg_ev_in_list(b, modal))
      return 1;
    if (kg_ev_in_list(b, done))
      return 0;
  }
  return !(d->tokens[f].xpos && !strcmp(d->tokens[f].xpos, "VBD"));
}

int kg_ev_capacity(const ev_ctx *c, uint32_t i)
{
  static const char *const adj[] = { "able", "entitled", "free", NULL };
  static const char *const verb[] = { "allow", "permit", "enable", "entitle", "empower", "authorise", "authorize",
    NULL };
  /* a right is no act in any tense ("was entitled to declare it bankrupt") */
  static const char *const right[] = { "entitled", "free", "entitle", "empower", "authorise", "authorize", NULL };
  const kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  if (kg_dict_exclusive(c->dict) || !kg_sent_has_tree(d, d->tokens[i].sent))
    return 0;
  uint32_t v = i;
  for (int step = 0; step < 5; step++) {
    int32_t h = kg_tok_head(d, v);
    const char *r = d->tokens[v].deprel ? d->tokens[v].deprel : "";
    if (h < 0)
      return 0;
    if (!strcmp(r, "xcomp") && ((d->tokens[h].upos == KG_UPOS_ADJ && kg_ev_lemma_in(d, (uint32_t)h, adj)) ||
                                (d->tokens[h].upos == KG_UPOS_VERB && kg_ev_lemma_in(d, (uint32_t)h, verb))))
      return kg_ev_lemma_in(d, (uint32_t)h, right) || unrealised(d, s, (uint32_t)h);
    /* "reject proposals it did not agree with": a relative clause on the
     * capacity's object; "to ignore and to reject": conjoined acts */
    if (strcmp(r, "conj") && strcmp(r, "acl:relcl") && strcmp(r, "obj") && strcmp(r, "obl") && strcmp(r, "xcomp"))
      return 0;                           /* (xcomp: "permitted to ask the FA to examine") */
    if ((!strcmp(r, "obj") || !strcmp(r, "obl")) && d->tokens[v].upos != KG_UPOS_NOUN &&
        d->tokens[v].upos != KG_UPOS_PROPN && d->tokens[v].upos != KG_UPOS_PRON)
      return 0;
    v = (uint32_t)h;
  }
  return 0;
}
