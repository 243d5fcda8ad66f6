/* parser_joint.c — joint tag choice in the parser's beam: the runner-up
 * readings of a sentence's words, the tag-choice features and applying a
 * choice to a beam state.  See parser_joint.h for what it owns and what it
 * does not. */
#include <stdlib.h>
#include <string.h>
#include "parser_joint.h"

void kg_pp_jalt_parse(char *misc, int bu, kg_pp_jalt *ja)
{
  ja->bu = bu;
  ja->upos = ja->gold = -1;
  ja->gap = 1e30f;
  ja->xpos = NULL;
  const char *al = misc ? strstr(misc, "Alt=") : NULL;
  char *ax = misc ? strstr(misc, "AltX=") : NULL;
  const char *gu = misc ? strstr(misc, "GoldU=") : NULL;
  if (!al || !ax) return;
  char name[16];
  size_t m = strcspn(al + 4, ":|");
  if (m >= sizeof name || al[4 + m] != ':') return;
  memcpy(name, al + 4, m);
  name[m] = 0;
  int u = kg_upos_from_name(name);
  if (u == KG_UPOS_NONE || u == bu) return;
  ja->upos = u;
  ja->gap = (float)atof(al + 5 + m);
  if (gu) {
    m = strcspn(gu + 6, "|");
    if (m < sizeof name) {
      memcpy(name, gu + 6, m);
      name[m] = 0;
      u = kg_upos_from_name(name);
      ja->gold = u == KG_UPOS_NONE ? -1 : u;
    }
  }
  ax[5 + strcspn(ax + 5, "|")] = 0;   /* after the others were read */
  ja->xpos = ax + 5;
}

void kg_pp_jsent_free(kg_pp_jsent *js)
{
  if (!js) return;
  free(js->atok);
  free(js->amb);
  free(js->gch);
  free(js->key);
  free(js->gap);
  memset(js, 0, sizeof *js);
}

/* Gap buckets: < 1, 2, 4, 8, 16, 32, more. */
static int gap_bucket(float g)
{
  int b = 0;
  for (float x = 1; b < 6 && !(g < x); x *= 2) b++;
  return b;
}

/* Room in js for n tokens; 0 on allocation failure. */
static int jsent_reserve(kg_pp_jsent *js, int n)
{
  size_t m = (size_t)n + 2;
  if (m > js->cap) {
    kg_pp_tok *t = realloc(js->atok, m * sizeof *t);
    if (t) js->atok = t;
    uint8_t *a = realloc(js->amb, m), *g = t ? realloc(js->gch, m) : NULL;
    if (a) js->amb = a;
    if (g) js->gch = g;
    float *gp = realloc(js->gap, m * sizeof *gp);
    if (gp) js->gap = gp;
    if (!gp) return 0;
    uint64_t *k = realloc(js->key, m * sizeof *k);
    if (k) js->key = k;
    if (!t || !a || !g || !k) return 0;
    js->cap = m;
  }
  memset(js->amb, 0, m);
  memset(js->gch, 0, m);
  return 1;
}

/* Word i's readings: tok[i] and, where it branches, the runner-up x. */
static void jsent_word(kg_pp_jsent *js, int g, const kg_pp_tok *tok, int i, const kg_pp_jalt *x)
{
  js->atok[i] = tok[i];
  if (x->upos < 0 || !(x->gap < (float)g)) return;
  kg_pp_tok r;   /* the runner-up's tag attributes; the word's stay */
  kg_pp_tok_set(&r, "", 0, x->xpos, x->upos);
  js->atok[i].u = r.u;
  js->atok[i].p = r.p;
  js->atok[i].punct = r.punct;
  js->amb[i] = 1;
  js->gap[i] = x->gap;
  js->gch[i] = x->gold >= 0 && x->gold == x->upos && x->gold != x->bu;
  js->key[i] = (uint64_t)gap_bucket(x->gap) * 4096 + (uint64_t)x->bu * 64 + (uint64_t)x->upos;
  js->on = 1;
}

int kg_pp_jsent_set(kg_pp_jsent *js, const kg_parser *p, const kg_pp_tok *tok, int n,
                    const kg_pp_jalt *ja, size_t stride)
{
  js->on = 0;
  js->n = n;
  if (!p->jtag) return 1;
  if (!jsent_reserve(js, n)) return 0;
  for (int i = 1; i <= n; i++)
    jsent_word(js, p->jtag, tok, i, (const kg_pp_jalt *)(const void *)((const char *)ja + (size_t)(i - 1) * stride));
  return 1;
}

int kg_pp_jsent_set_alts(kg_pp_jsent *js, const kg_parser *p, const kg_pp_tok *tok, int n,
                         const kg_token *tk, const kg_tag_alts *alt, size_t first)
{
  js->on = 0;
  js->n = n;
  if (!p->jrun || !alt || !alt->upos || !alt->gap) return 1;
  if (!jsent_reserve(js, n)) return 0;
  for (int i = 1; i <= n; i++) {
    size_t x = first + (size_t)i - 1;
    int u = alt->upos[x] ? alt->upos[x] - 1 : -1;
    kg_pp_jalt ja = { tk[i - 1].upos, u == tk[i - 1].upos ? -1 : u, -1, alt->gap[x],
                      alt->xpos ? alt->xpos[x] : NULL };
    jsent_word(js, p->jrun, tok, i, &ja);
  }
  return 1;
}

size_t kg_pp_joint_feats(const kg_pp_jsent *js, const kg_pp_tok *tok, int j, int c, uint64_t *f)
{
  uint64_t key = js->key[j], cc = (uint64_t)c + 1;
  f[0] = kg_hash_mix(KG_PP_TPL(300), cc * 16 + (key >> 12));                 /* reading, gap */
  f[1] = kg_hash_mix(kg_hash_mix(KG_PP_TPL(301), cc), key);                   /* + both UPOS */
  f[2] = kg_hash_mix(kg_hash_mix(KG_PP_TPL(302), cc * 64 + (key & 63)), tok[j].w);  /* word */
  return 3;
}

float kg_pp_joint_score(const kg_parser *p, const kg_pp_jsent *js, const kg_pp_tok *tok, int j, int c)
{
  uint64_t f[4];
  float sc[KG_PP_NACT];
  kg_pp_score_act(p, f, kg_pp_joint_feats(js, tok, j, c, f), sc);
  /* a loaded model: minus the prior on the runner-up, in mean weights per unit of gap */
  return sc[0] - (c && p->pk ? p->jprior * js->gap[j] * p->wunit : 0.0f);
}

void kg_pp_joint_alt_scores(const kg_parser *p, const kg_pp_jsent *js, kg_pp_state *st,
                            float *sc, uint8_t *ok)
{
  uint64_t f[KG_PP_MAXFEAT];
  kg_pp_tok *t = (kg_pp_tok *)(uintptr_t)&st->tok[st->b], keep = *t;
  *t = js->atok[st->b];
  kg_pp_score_act(p, f, kg_pp_feats(st, f), sc);
  kg_pp_legal(st, ok);
  *t = keep;
}

void kg_pp_joint_choose(const kg_pp_jsent *js, kg_pp_state *st, int c)
{
  if (c == 1) *(kg_pp_tok *)(uintptr_t)&st->tok[st->b] = js->atok[st->b];
  st->jdec = st->b;
}

int kg_pp_joint_chosen(const kg_pp_jsent *js, const kg_pp_state *st, int i)
{
  return js && js->on && i <= js->n && js->amb[i] && st->tok[i].u == js->atok[i].u;
}

void kg_pp_joint_take(const kg_pp_jsent *js, const kg_pp_state *st, kg_token *tk, const kg_tag_alts *alt,
                      size_t first, uint8_t *took)
{
  for (int i = 1; i <= js->n; i++) {
    if (!kg_pp_joint_chosen(js, st, i)) continue;
    size_t x = first + (size_t)i - 1;
    tk[i - 1].upos = (uint8_t)(alt->upos[x] - 1);
    if (alt->xpos && alt->xpos[x]) tk[i - 1].xpos = alt->xpos[x];
    if (took) took[x] = 1;
  }
}
