/* parser_fastj.c — joint tag choice decoded with the decoding caches: the
 * runner-up readings as the caches see them and the view of a beam state's
 * readings.  See parser_fastj.h for what it owns and what it does not. */
#include <stdlib.h>
#include <string.h>
#include "parser_fast_impl.h"
#include "parser_fastj.h"

/* Swaps the runner-ups whose bit differs between fw's view and vm. */
static void flip(kg_pp_fast *fw, uint64_t vm);

static inline void view(kg_pp_fast *fw, uint64_t vm)
{
  if (fw->vm != vm) flip(fw, vm);
}

void kg_pp_fastj_view(kg_pp_fast *fw, uint64_t vm)
{
  view(fw, vm);
}

int kg_pp_fastj_begin(kg_pp_fast *fw, const kg_pp_jsent *js)
{
  if (!fw || !js->on || js->n != fw->n || fw->nalt || fw->vm) return 0;
  int na = 0;
  for (int i = 1; i <= js->n; i++) na += js->amb[i];
  if (na > KG_PP_FJ_MAX) return 0;
  if (!fw->apre && !(fw->apre = malloc((size_t)KG_PP_FJ_MAX * NT * sizeof *fw->apre))) return 0;
  for (int i = 1; i <= js->n; i++) {
    if (!js->amb[i]) continue;
    int r = fw->nalt++;
    fw->apos[r] = i;
    fw->aidx[i] = (uint8_t)(r + 1);
    fw->btok[r] = fw->tok[i];
    fw->brow[r] = fw->prow[i];
    fw->bwp[r] = fw->wp[i];
    fw->atok[r] = js->atok[i];
    kg_pp_fast_tok_row(fw, &fw->atok[r], fw->apre + (size_t)r * NT, &fw->arow[r], &fw->awp[r]);
  }
  return 1;
}

static void flip(kg_pp_fast *fw, uint64_t vm)
{
  uint64_t ch = fw->vm ^ vm;
  kg_pp_tok *tok = (kg_pp_tok *)(uintptr_t)fw->tok;   /* the sentence's (kg_parser_run's) */
  while (ch) {
    int r = __builtin_ctzll(ch), i = fw->apos[r];
    ch &= ch - 1;
    if (vm >> r & 1) {
      tok[i] = fw->atok[r];
      fw->prow[i] = fw->arow[r];
      fw->wp[i] = fw->awp[r];
    } else {
      tok[i] = fw->btok[r];
      fw->prow[i] = fw->brow[r];
      fw->wp[i] = fw->bwp[r];
    }
  }
  fw->vm = vm;
}

/* The items of st[0..m) in one view, batch by batch (the first item not
 * done and those with its readings): the indexes of the next batch in ix,
 * its view shown; returns its size (0: all done). */
static int next_view(kg_pp_fast *fw, const kg_pp_state *const *st, int m, uint8_t *done, int *ix)
{
  int k = 0, i = 0;
  while (i < m && done[i]) i++;
  if (i == m) return 0;
  uint64_t vm = st[i]->rmask;
  for (; i < m; i++)
    if (!done[i] && st[i]->rmask == vm) { done[i] = 1; ix[k++] = i; }
  view(fw, vm);
  return k;
}

void kg_pp_fastj_act_many(kg_pp_fast *fw, const kg_pp_state *const *st, int m, float (*sc)[KG_PP_NACT])
{
  const kg_pp_state *z[KG_PP_MAXBEAM];
  float zs[KG_PP_MAXBEAM][KG_PP_NACT];
  int ix[KG_PP_MAXBEAM], k;
  uint8_t done[KG_PP_MAXBEAM];
  if (m > KG_PP_MAXBEAM) m = KG_PP_MAXBEAM;
  int any = 0;
  for (int i = 0; i < m; i++) any |= st[i]->rmask != 0;
  if (!any) {   /* all in the tagger's best readings */
    view(fw, 0);
    kg_pp_fast_act_many(fw, st, m, sc);
    return;
  }
  memset(done, 0, (size_t)m);
  while ((k = next_view(fw, st, m, done, ix)) > 0) {
    if (k == m) {   /* all in one view */
      kg_pp_fast_act_many(fw, st, m, sc);
      break;
    }
    for (int j = 0; j < k; j++) z[j] = st[ix[j]];
    kg_pp_fast_act_many(fw, z, k, zs);
    for (int j = 0; j < k; j++) memcpy(sc[ix[j]], zs[j], sizeof zs[j]);
  }
  view(fw, 0);
}

/* 1 when token i shows its runner-up in view vm. */
static inline int shows(const kg_pp_fast *fw, uint64_t vm, int i)
{
  return i <= fw->n && fw->aidx[i] && (vm >> (fw->aidx[i] - 1) & 1);
}

void kg_pp_fastj_legal(kg_pp_fast *fw, const kg_pp_state *st, uint8_t *ok)
{
  /* kg_pp_legal reads the tags of s0 and b0 */
  if (!st->rmask || !(shows(fw, st->rmask, st->b) || shows(fw, st->rmask, st->stack[st->sp - 1]))) {
    kg_pp_legal(st, ok);
    return;
  }
  uint64_t keep = fw->vm;
  view(fw, st->rmask);
  kg_pp_legal(st, ok);
  view(fw, keep);
}

void kg_pp_fastj_alt_scores(kg_pp_fast *fw, const kg_pp_state *st, float *sc, uint8_t *ok)
{
  uint64_t keep = fw->vm;
  view(fw, st->rmask | 1ULL << (fw->aidx[st->b] - 1));
  kg_pp_fast_act(fw, st, sc);
  kg_pp_legal(st, ok);
  view(fw, keep);
}

void kg_pp_fastj_choose(const kg_pp_fast *fw, kg_pp_state *st, int c)
{
  if (c == 1) st->rmask |= 1ULL << (fw->aidx[st->b] - 1);
  st->jdec = st->b;
}

void kg_pp_fastj_label_many(kg_pp_fast *fw, const kg_pp_state *const *st, const int *h, const int *d,
                            int m, int *lab)
{
  const kg_pp_state *z[KG_PP_MAXBEAM];
  int zh[KG_PP_MAXBEAM], zd[KG_PP_MAXBEAM], zl[KG_PP_MAXBEAM], ix[KG_PP_MAXBEAM], k;
  uint8_t done[KG_PP_MAXBEAM];
  if (m > KG_PP_MAXBEAM) m = KG_PP_MAXBEAM;
  int any = 0;
  for (int i = 0; i < m; i++) any |= st[i]->rmask != 0;
  if (!any) {
    view(fw, 0);
    kg_pp_fast_label_many(fw, st, h, d, m, lab);
    return;
  }
  memset(done, 0, (size_t)m);
  while ((k = next_view(fw, st, m, done, ix)) > 0) {
    if (k == m) {
      kg_pp_fast_label_many(fw, st, h, d, m, lab);
      break;
    }
    for (int j = 0; j < k; j++) { z[j] = st[ix[j]]; zh[j] = h[ix[j]]; zd[j] = d[ix[j]]; }
    kg_pp_fast_label_many(fw, z, zh, zd, k, zl);
    for (int j = 0; j < k; j++) lab[ix[j]] = zl[j];
  }
  view(fw, 0);
}
