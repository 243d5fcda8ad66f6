/* corefquote.c — the speaker of a quotation, for coref.c.
 *
 * Owns: "I", "me", "my", "myself" inside quotation marks resolved to the
 * person the same sentence names as the one saying it, outside the marks and
 * within three words before or six after a reporting verb ("'They blamed me,' said X", "'...,'
 * X added", "X said: 'I ...'"), a resolved "he"/"she" there counting too.
 * Not across sentences (a quotation of several sentences keeps its later
 * ones unresolved), not "we"/"us" (whose organisation is not told).
 * Does not own: quotation marks (discourse.c), the reporting verbs (a short
 * list here), the other pronouns (coref.c), mentions (actors.c).
 */
#include <string.h>
#include "actors.h"
#include "doc.h"
#include "corefquote.h"

static const char *const reporting[] = { "say", "said", "says", "add", "added", "adds", "tell", "told", "insist",
  "insisted", "explain", "explained", "admit", "admitted", "claim", "claimed", "reply", "replied", "declare",
  "declared", "warn", "warned", "argue", "argued", "ask", "asked", NULL };

static int32_t quote_speaker(const kg_doc *d, uint32_t sidx, uint32_t tok)
{
  const kg_sentence *s = &d->sents[sidx];
  uint32_t end = s->tok + s->ntok;
  /* which tokens are inside the marks: a first mark that can only close
   * ("\u201D") means the sentence began inside */
  unsigned char in[512];
  if (s->ntok > sizeof in)
    return -1;
  int inside = 0, seen = 0;
  for (uint32_t k = s->tok; k < end; k++) {
    int op = kg_tok_opens_quote(d, k), cl = kg_tok_closes_quote(d, k);
    if (!seen && cl && !op)
      for (uint32_t q = s->tok; q < k; q++)
        in[q - s->tok] = 1;
    seen |= op || cl;
    if (inside && cl) {
      inside = 0;
      in[k - s->tok] = 2;
      continue;
    }
    if (!inside && op) {
      inside = 1;
      in[k - s->tok] = 2;
      continue;
    }
    in[k - s->tok] = (unsigned char)inside;
  }
  if (in[tok - s->tok] != 1)
    return -1;
  /* the speaker: a person mention outside the marks, next to a reporting
   * verb outside them */
  int32_t best = -1;
  uint32_t bestd = 7;
  for (uint32_t v = s->tok; v < end; v++) {
    char b[16];
    if (in[v - s->tok] || (kg_tok_lower(&d->tokens[v], b, sizeof b), !kg_act_in_list(b, reporting)))
      continue;
    for (uint32_t k = v > s->tok + 3 ? v - 3 : s->tok; k < end && k <= v + 6; k++) {
      int32_t m = kg_mention_at(d, k);
      if (m < 0 || in[k - s->tok] || d->mentions[m].actor < 0 ||
          d->actors[d->mentions[m].actor].type != KG_ACT_PERSON)
        continue;
      uint32_t dist = k > v ? k - v : v - k;
      if (dist < bestd) {
        bestd = dist;
        best = d->mentions[m].actor;
      }
    }
  }
  return best;
}

kg_status kg_coref_quote_speakers(kg_act_ctx *c)
{
  kg_doc *d = c->doc;
  static const char *const first[] = { "me", "my", "myself", NULL };   /* (not "I": an agent, not who is acted on) */
  for (uint32_t si = 0; si < d->nsents; si++) {
    const kg_sentence *s = &d->sents[si];
    if (kg_sent_is_heading(d, si))
      continue;
    for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
      const char *f = d->tokens[k].form;
      if (f && (f[0] | 0x20) != 'm')    /* (the three words' first letter: most tokens stop here; speed) */
        continue;
      char b[8];
      kg_tok_lower(&d->tokens[k], b, sizeof b);
      if (!kg_act_in_list(b, first) || kg_mention_at(d, k) >= 0)
        continue;
      int32_t a = quote_speaker(d, si, k);
      if (a < 0)
        continue;
      if (kg_act_add_mention(c, si, k, 1, a, KG_MEN_PRONOUN, 0) < 0)
        return KG_ERR_NOMEM;
      /* (mentions stay in token order) */
      size_t n = d->nmentions - 1, at = n;
      while (at > 0 && d->mentions[at - 1].tok > k)
        at--;
      if (at < n) {
        kg_mention m = d->mentions[n];
        memmove(&d->mentions[at + 1], &d->mentions[at], (n - at) * sizeof m);
        d->mentions[at] = m;
      }
    }
  }
  return KG_OK;
}
