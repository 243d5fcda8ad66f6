/* evcommerce.c — trade in goods and contracts between no states.
 *
 * Owns: kg_ev_commerce (called from kg_ev_coerced_thing in evnoact.c): a
 * cooperative act (CAMEO 03-08) whose object, or passive subject, is a
 * contract, a stake, a fee or a good sold ("has been awarded two oil
 * exploration contracts", "has agreed a new contract", "transferred his
 * stake to a business partner", "will offer data speeds of 3.6Mbps") is a
 * firm's, a club's or a player's business, no act of its code, unless a
 * state, or a person who leads or serves one, is named as a side in the
 * sentence ("the Iraqi government signed a contract with Siemens"); a state
 * named as a place ("in Egypt") or on a firm ("British firm X") is none.
 * Likewise an intent (03) to pay, buy or invest ("agreed to buy medical
 * technology firm Guidant", "is offering to buy noise-hit properties",
 * "agreed to invest 242m pesos") is a purchase, no intent to cooperate,
 * unless a state is a side ("Ukraine has agreed to pay 30% more for gas");
 * a payment to settle ("agreed to pay dollars 850m to settle a lawsuit")
 * is a settlement with the authorities and stays.
 * Does not own: offers and commitments to no one (kgd:offerVerb,
 * evfilter.c), trading and investing with no partner (evfilter.c), what
 * counts as a state (actors.c).
 */
#include <string.h>
#include "actors.h"
#include "evargs.h"
#include "evcommerce.h"

/* A contract, a holding, a bid or a good or service a firm sells (lemmas). */
static const char *const goods[] = { "contract", "stake", "shareholding", "share", "fee", "price", "rate", "speed",
  "dividend", "salary", "sponsorship", "right", "bid", "offer", "takeover", "merger", "loan", "product", "service",
  "broadband", "handset", "phone", "software", "technology", "copy", "version", "album", "single", "film", "game",
  "ticket", "car", NULL };

/* Verbs of paying and buying an intent governs ("agreed to pay", "offered to
 * buy"; lemmas; the lexicon's word-list bits, KG_LEX_*, are all taken). */
static const char *const purchase[] = { "pay", "repay", "buy", "purchase", "acquire", "invest", NULL };

/* Does actor a lead a state or serve one ("Turkmen President Saparmurat
 * Niyazov, who signed the contract")? */
static int state_person(const kg_doc *d, int32_t a)
{
  for (size_t r = 0; r < d->nrels; r++)
    if (d->rels[r].subj == a && (d->rels[r].kind == KG_REL_LEADER || d->rels[r].kind == KG_REL_OFFICIAL) &&
        d->rels[r].obj >= 0 && d->actors[d->rels[r].obj].type == KG_ACT_COUNTRY)
      return 1;
  return 0;
}

/* Does the payment at verb q settle something ("agreed to pay dollars 850m
 * to settle a lawsuit", "offered to pay dollars 300m to settle charges"): a
 * settlement with a prosecutor or regulator, an intent the sentence keeps. */
static int settles(const kg_doc *d, const kg_sentence *s, uint32_t q)
{
  static const char *const settle[] = { "settle", NULL };
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++)
    if (kg_tok_head(d, k) == (int32_t)q && d->tokens[k].deprel && kg_ev_lemma_in(d, k, settle) &&
        (!strncmp(d->tokens[k].deprel, "advcl", 5) || !strcmp(d->tokens[k].deprel, "xcomp")))
      return 1;
  return 0;
}

int kg_ev_commerce(const ev_ctx *c, uint32_t i, const kg_trigger *p)
{
  const kg_doc *d = c->doc;
  if (!p->code || p->code[0] != '0' || p->code[1] < '3' || p->code[1] > '8' || kg_dict_exclusive(c->dict) ||
      !kg_sent_has_tree(d, d->tokens[i].sent))
    return 0;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  int good = 0;
  for (uint32_t q = s->tok; q < s->tok + s->ntok && !good; q++) {
    const char *r = d->tokens[q].deprel;
    good = kg_tok_head(d, q) == (int32_t)i && r && (!strcmp(r, "obj") || !strcmp(r, "nsubj:pass")) &&
           kg_ev_lemma_in(d, q, goods) && kg_mention_at(d, q) < 0;   /* (not "the Crown Prosecution Service") */
    good = good || (kg_cameo_root(p->code) == 3 && kg_tok_head(d, q) == (int32_t)i && r && !strcmp(r, "xcomp") &&
                    d->tokens[q].upos == KG_UPOS_VERB && kg_ev_lemma_in(d, q, purchase) && !settles(d, s, q));
  }
  if (!good)
    return 0;
  /* a state as a side: not as a place ("contracts in Egypt"), nor a
   * demonym on a firm or person ("British energy firm Burren Energy"; but
   * "the Iraqi government", a sector of the state) */
  for (size_t m = 0; m < d->nmentions; m++) {
    const kg_mention *mm = &d->mentions[m];
    if (mm->sent != d->tokens[i].sent || mm->as_place || mm->actor < 0)
      continue;
    if ((d->actors[mm->actor].type == KG_ACT_COUNTRY && !(mm->tok > s->tok && kg_tok_is(d, mm->tok - 1, "in")) &&
         !(mm->kind == KG_MEN_DEMONYM && mm->group < 0)) || state_person(d, mm->actor))
      return 0;
  }
  return 1;
}
