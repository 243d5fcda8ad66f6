/* evessay.c — arguments of acts told the way analysis essays tell them: a statement's participle clause whose
 * subject is the statement's issuer ("issued a statement condemning the launch"). */
#include <string.h>
#include "evessay.h"
#include "evclause.h"

void kg_ev_message_issuers(const ev_ctx *c, uint32_t i, const kg_trigger *p, int root, ev_args *a)
{
  const kg_doc *d = c->doc;
  int32_t ms = kg_ev_message_subject(c, i);
  if (ms < 0 || d->mentions[ms].actor < 0)
    return;
  a->agents[a->nag++] = ms;
  a->nag += kg_ev_coord_after(c, ms, a->agents + 1, 3);
  size_t nt = 0;                          /* (not one of the issuers) */
  for (size_t q = 0; q < a->ntg; q++) {
    int issuer = 0;
    for (size_t r = 0; r < a->nag; r++)
      issuer |= d->mentions[a->targets[q]].actor == d->mentions[a->agents[r]].actor;
    if (!issuer)
      a->targets[nt++] = a->targets[q];
  }
  a->ntg = nt;
  /* "a statement condemning the launch": the launch told before is its doer's */
  if (a->ntg == 0 && a->npart == 0 && p->code &&
      ((root >= 10 && root <= 12) || !strcmp(p->code, "016") || !strcmp(p->code, "051")))
    a->ntg = kg_ev_act_noun_doers(c, i, d->mentions[a->agents[0]].actor, root == 5, a->targets, KG_EV_SIDE);
}

int kg_ev_lead_paragraph(const kg_doc *d, uint32_t si)
{
  uint32_t first = 0;                     /* the current paragraph's first sentence */
  for (uint32_t k = 1; k <= d->nsents && first <= 5; k++) {
    if (k < d->nsents && !kg_text_para_break(d, d->sents[k - 1].end, d->sents[k].start))
      continue;
    int heading = 0;                      /* paragraph [first, k) */
    for (uint32_t q = first; q < k; q++)
      heading |= d->sents[q].heading;
    if (k - first >= 3 && !heading) {
      if (si < first || si >= k)
        return 0;
      for (uint32_t q = k; q < d->nsents; q++)   /* an essay's: section headings follow it */
        if (d->sents[q].heading)
          return 1;
      return 0;
    }
    first = k;
  }
  return 0;
}
