/* coref_names.c — names that lean on the dictionary's office holders and
 * on earlier mentions, for the actor stage (split from coref.c).
 *
 * Owns: the surname index of the dictionary's office holders (built once per
 * dictionary and thread, see g_snc): a surname that belongs to one holder
 * links to them, of several the one in office in the document's year;
 * Slavic name endings ("Zelensky", "Zelenskiy", "Zelenskyy") as one; a
 * one-word name that is the first or last word of a Person met earlier
 * folds into that Person (kg_coref_fold_partial); an all-capitals word
 * as the initials of an organisation met before (kg_coref_acronym); a
 * name set in apposition to a place noun as a place, a camp's name ("the
 * Abu Shouk camp") as a place (kg_coref_appos_places); an organisation
 * named with a head word (kg_coref_org_named_with, kg_coref_head_named:
 * "the agency", "the group"); a name told only as another's "known as"
 * name as that person's (kg_coref_alias_of).
 * Does not own: pronouns, descriptions and the other reference rules
 * (coref.c), finding names (actors.c, actors_names.c), the dictionary.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "actors.h"
#include "coref.h"
#include "dict_index.h"


/* The surname index depends on the dictionary only: it is kept for the
 * next document on this thread (speed: building it cost more than the
 * rest of the actor stage).  It is reused when the dictionary has the same
 * address, size and label pointers at three sample entries; its words are
 * copies, so a stale entry never points into a freed dictionary. */
static _Thread_local struct sn_cache {
  const kg_dict *dict;
  size_t na;
  const void *probe[3];
  kg_surname *tab;
  size_t nsn, cap;
  char *words;
} g_snc;

static void sn_probe(const kg_dict *d, size_t na, const void *out[3])
{
  size_t at[3] = { 0, na / 2, na ? na - 1 : 0 };
  for (int k = 0; k < 3; k++) {
    const kg_dict_actor *e = na ? kg_dict_actor_at(d, (int32_t)at[k]) : NULL;
    out[k] = e ? (const void *)e->label : NULL;
  }
}

static uint32_t sn_hash(const char *w, size_t n)
{
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++)
    h = (h ^ (unsigned char)w[i]) * 16777619u;
  return h;
}

static void sn_add(kg_act_ctx *c, const char *w, size_t n, int32_t entry)
{
  if (n < 2 || c->nsn * 2 >= c->sn_cap)
    return;
  size_t m = c->sn_cap - 1, h = sn_hash(w, n) & m;
  while (c->sn[h].word) {                 /* (one slot per holder of the word) */
    if (c->sn[h].len == n && !memcmp(c->sn[h].word, w, n) && c->sn[h].entry == entry)
      return;
    h = (h + 1) & m;
  }
  c->sn[h].word = w;
  c->sn[h].len = n;
  c->sn[h].entry = entry;
  c->nsn++;
}

static char *sn_build_fresh(kg_act_ctx *c);

/* Whether a Person label is a monarch's style: one name, then a regnal
 * number or "of" ("Harald V of Norway", "Willem-Alexander of the
 * Netherlands"); sp is the label's first space. */
static int regnal_label(const char *l, const char *sp)
{
  const char *w = sp + 1;
  if (!strncmp(w, "of ", 3))
    return 1;
  size_t n = strspn(w, "IVXL");
  return n > 0 && (w[n] == '\0' || w[n] == ' ' || w[n] == ',') && isupper((unsigned char)l[0]);
}

/* Whether the word that ends at e (label l) follows a patronymic particle:
 * "Salman" of "Mohammad bin Salman" is his father's name, not a surname
 * that names him alone. */
static int after_patronym(const char *l, const char *w)
{
  static const char *const parts[] = { "bin ", "bint ", "ibn ", NULL };
  for (int k = 0; parts[k]; k++) {
    size_t n = strlen(parts[k]);
    if ((size_t)(w - l) >= n + 1 && w[-(long)n - 1] == ' ' && !strncmp(w - n, parts[k], n))
      return 1;
  }
  return 0;
}

/* The stem of a name word with a Slavic ending that news agencies spell
 * differently ("Zelenskyy" AP, "Zelensky" BBC, "Zelenskiy" Reuters): its
 * length without "-yy" or "-iy" (or, when `bare_y`, a single "-y" after a
 * consonant), 0 when it has none of them.  Stems are prefixes of the word,
 * so the index can point into the label itself. */
static size_t slav_stem(const char *w, size_t n, int bare_y)
{
  if (n < 6 || w[n - 1] != 'y')
    return 0;
  if (w[n - 2] == 'y' || w[n - 2] == 'i')
    return n - 2;
  return bare_y && !strchr("aeiouy", w[n - 2]) ? n - 1 : 0;
}

static int has_nonascii(const char *w, size_t n)
{
  for (size_t i = 0; i < n; i++)
    if ((unsigned char)w[i] >= 0x80)
      return 1;
  return 0;
}

/* The name word w (n bytes) without its diacritics ("Erdoğan" -> "Erdogan",
 * dict_index.c's normalisation, case kept) into out; its length, 0 when it
 * does not fit. */
static size_t plain_word(const char *w, size_t n, char *out, size_t cap)
{
  char tmp[64];
  if (n >= sizeof tmp)
    return 0;
  memcpy(tmp, w, n);
  tmp[n] = '\0';
  size_t k = kg_dix_norm(tmp, out, cap, 0);
  return k < cap ? k : 0;
}

/* (coref.h) "Đukanović" -> "Djukanovic": Serbian and Croatian names in the
 * English press */
size_t kg_coref_plain_dj(const char *w, size_t n, char *out, size_t cap)
{
  char tmp[96];
  size_t k = 0, dj = 0;
  for (size_t i = 0; i < n; i++) {
    if (k + 3 >= sizeof tmp)
      return 0;
    unsigned char c1 = i + 1 < n ? (unsigned char)w[i + 1] : 0;
    if ((unsigned char)w[i] == 0xC4 && (c1 == 0x90 || c1 == 0x91)) {   /* U+0110, U+0111 */
      tmp[k++] = c1 == 0x90 ? 'D' : 'd';
      tmp[k++] = 'j';
      i++;
      dj = 1;
      continue;
    }
    tmp[k++] = w[i];
  }
  if (!dj)
    return 0;
  return plain_word(tmp, k, out, cap);
}

void kg_coref_surnames(kg_act_ctx *c)
{
  size_t na = kg_dict_nactors(c->dict);
  const void *probe[3];
  sn_probe(c->dict, na, probe);
  if (g_snc.tab && g_snc.dict == c->dict && g_snc.na == na &&
      !memcmp(g_snc.probe, probe, sizeof probe)) {
    c->sn = g_snc.tab;
    c->nsn = g_snc.nsn;
    c->sn_cap = g_snc.cap;
    c->sn_owned = 0;
    return;
  }
  char *plain = sn_build_fresh(c);
  c->sn_owned = 1;
  if (!c->sn_cap) {
    free(plain);
    return;
  }
  size_t total = 0;
  for (size_t h = 0; h < c->sn_cap; h++)
    if (c->sn[h].word)
      total += c->sn[h].len + 1;
  char *words = malloc(total ? total : 1);
  if (!words) {                           /* no index for this run: the plain */
    free(plain);                          /* spellings' copies are gone */
    free(c->sn);
    c->sn = NULL;
    c->nsn = c->sn_cap = 0;
    return;
  }
  char *p = words;
  for (size_t h = 0; h < c->sn_cap; h++)
    if (c->sn[h].word) {
      memcpy(p, c->sn[h].word, c->sn[h].len);
      p[c->sn[h].len] = '\0';
      c->sn[h].word = p;
      p += c->sn[h].len + 1;
    }
  free(g_snc.tab);
  free(g_snc.words);
  g_snc.dict = c->dict;
  g_snc.na = na;
  memcpy(g_snc.probe, probe, sizeof probe);
  g_snc.tab = c->sn;
  g_snc.nsn = c->nsn;
  g_snc.cap = c->sn_cap;
  g_snc.words = words;
  c->sn_owned = 0;
  free(plain);
}

/* Builds c->sn; a surname with diacritics is also indexed without them
 * ("Erdoğan" as "Erdogan": news often drops them), those spellings in the
 * returned block, which the caller frees once the words are copied. */
static char *sn_build_fresh(kg_act_ctx *c)
{
  size_t na = kg_dict_nactors(c->dict), np = 0, extra = 0;
  for (size_t i = 0; i < na; i++) {
    const kg_dict_actor *e = kg_dict_actor_at(c->dict, (int32_t)i);
    if (!e || e->type != KG_ACT_PERSON || !e->role || !e->label)
      continue;
    np++;
    const char *last = strrchr(e->label, ' ');
    if (last && has_nonascii(last + 1, strlen(last + 1)))
      extra += 2 * (strlen(last + 1) + 1);   /* (and a "Dj" spelling, at most as long) */
  }
  c->sn_cap = 64;
  while (c->sn_cap < np * 4 + 64)
    c->sn_cap *= 2;
  c->sn = calloc(c->sn_cap, sizeof *c->sn);
  char *plain = extra ? malloc(extra) : NULL;
  if (!c->sn || (extra && !plain)) {
    free(c->sn);
    free(plain);
    c->sn = NULL;
    c->sn_cap = 0;
    return NULL;
  }
  size_t used = 0;
  for (size_t i = 0; i < na; i++) {
    const kg_dict_actor *e = kg_dict_actor_at(c->dict, (int32_t)i);
    if (!e || e->type != KG_ACT_PERSON || !e->role || !e->label)
      continue;
    const char *l = e->label, *sp = strchr(l, ' '), *last = strrchr(l, ' ');
    if (!sp)
      continue;
    size_t ln = strlen(last + 1), st = slav_stem(last + 1, ln, 0);
    sn_add(c, last + 1, ln, (int32_t)i);
    if (st)                               /* "Zelensk" of "Zelenskyy" */
      sn_add(c, last + 1, st, (int32_t)i);
    if (has_nonascii(last + 1, ln) && used + ln + 1 <= extra) {
      size_t k = plain_word(last + 1, ln, plain + used, extra - used);
      if (k > 0 && (k != ln || memcmp(plain + used, last + 1, ln) != 0)) {
        sn_add(c, plain + used, k, (int32_t)i);
        used += k + 1;
      }
      /* "Đukanović" also as "Djukanovic", the English press's spelling */
      if (used + ln + 1 <= extra && (k = kg_coref_plain_dj(last + 1, ln, plain + used, extra - used)) > 0) {
        sn_add(c, plain + used, k, (int32_t)i);
        used += k + 1;
      }
    }
    /* "Xi Jinping", "Li Qiang", "Yoon Suk-yeol", "Moon Jae-in": family
     * name first (a short one, or before a hyphenated given name) */
    /* (a short one only for a holder of office in East or South-East Asia,
     * not "Uri Rosenthal": "residents of Uri") */
    const char *hy = sp == last ? strchr(last + 1, '-') : NULL;
    const kg_dict_actor *st_e = e->country >= 0 ? kg_dict_actor_at(c->dict, e->country) : NULL;
    int east = st_e && st_e->subregion &&
               (!strcmp(st_e->subregion, "Eastern Asia") || !strcmp(st_e->subregion, "South-Eastern Asia"));
    if (sp == last && ((sp - l <= 3 && east) || (hy && islower((unsigned char)hy[1]))))
      sn_add(c, l, (size_t)(sp - l), (int32_t)i);
    /* "Abdullah II of Jordan", "Salman of Saudi Arabia", "Tamim bin Hamad
     * Al Thani": a monarch's regnal or a prince's given name, keyed with
     * the space after it (no surname key ends in one), looked up only
     * after a royal title ("King Salman", "Emir Tamim") */
    if (regnal_label(l, sp))
      sn_add(c, l, (size_t)(sp - l) + 1, (int32_t)i);
    else if (sp != last && after_patronym(l, sp + 1 + strcspn(sp + 1, " ") + 1))
      sn_add(c, l, (size_t)(sp - l) + 2, (int32_t)i);   /* ("Tamim b", "Faisal i") */
  }
  return plain;
}

/* Whether dictionary person e held their role in year y. */
static int holds_in(const kg_dict_actor *e, int y)
{
  return e && (!e->role_start || e->role_start <= y) && (!e->role_end || e->role_end >= y);
}

/* The office holder whose surname is w (n bytes): the one holder of it;
 * of several, the one alone in office in the document's year ("Guterres"
 * in 2025: António, not Francisco, president of Timor-Leste until 2022);
 * -1 when several remain, -2 when none has it. */
static int32_t sn_find(const kg_act_ctx *c, const char *w, size_t n)
{
  size_t m = c->sn_cap - 1, h = sn_hash(w, n) & m;
  int32_t one = -2, cur = -1;
  int ncur = 0, many = 0;
  int y = c->doc && c->doc->date[0] ? atoi(c->doc->date) : 0;
  while (c->sn[h].word) {
    if (c->sn[h].len == n && !memcmp(c->sn[h].word, w, n)) {
      int32_t e = c->sn[h].entry;
      many |= one >= 0 && one != e;
      one = e;
      if (y && holds_in(kg_dict_actor_at(c->dict, e), y)) {
        ncur += cur != e;
        cur = e;
      }
    }
    h = (h + 1) & m;
  }
  if (!many)
    return one;
  return ncur == 1 ? cur : -1;
}

int32_t kg_coref_surname(const kg_act_ctx *c, const char *w)
{
  if (!c->sn_cap)
    return -1;
  size_t n = strlen(w);
  int32_t e = sn_find(c, w, n);
  char p[64];
  size_t k;
  if (e == -2 && has_nonascii(w, n) && (k = plain_word(w, n, p, sizeof p)) > 0)
    e = sn_find(c, p, k);                 /* "Erdoğan" in the text, "Erdogan" in the dictionary */
  if (e == -2 && (k = slav_stem(w, n, 1)) > 0)
    e = sn_find(c, w, k);                 /* "Zelensky" in the text, "Zelenskyy" in the dictionary */
  return e >= 0 ? e : -1;
}

int32_t kg_coref_surname_at(const kg_act_ctx *c, uint32_t tok)
{
  const kg_doc *d = c->doc;
  const kg_token *t = &d->tokens[tok];
  const kg_sentence *s = &d->sents[t->sent];
  const kg_token *nx = tok + 1 < s->tok + s->ntok ? &d->tokens[tok + 1] : NULL;
  if (t->ner_type == KG_NE_MISC &&
      (t->upos == KG_UPOS_ADJ || (nx && islower((unsigned char)nx->form[0]) &&
                                 (nx->upos == KG_UPOS_NOUN || nx->upos == KG_UPOS_ADJ ||
                                  nx->upos == KG_UPOS_PROPN))))
    return -1;
  /* "King Salman", "Queen Margrethe", "Emir Tamim": a monarch's regnal name
   * after a royal title */
  if (tok > s->tok && c->sn_cap) {
    /* (a king's or pope's regnal name only; an emir, sultan, sheikh or
     * prince also by the given name before "bin") */
    static const char *const royal[] = { "King", "Queen", "Pope", "Duke", "Emir", "Sultan", "Sheikh", "Prince", NULL };
    char key[64];
    size_t n = strlen(t->form);
    for (int k = 0; royal[k] && n + 2 < sizeof key; k++)
      if (!strcmp(d->tokens[tok - 1].form, royal[k])) {
        memcpy(key, t->form, n);
        key[n] = ' ';
        int32_t e = sn_find(c, key, n + 1);
        key[n + 1] = 'b';
        if (e < 0 && k >= 4)
          e = sn_find(c, key, n + 2);
        key[n + 1] = 'i';
        if (e < 0 && k >= 4)
          e = sn_find(c, key, n + 2);
        if (e >= 0)
          return e;
        break;
      }
  }
  int32_t e = kg_coref_surname(c, t->form);
  const kg_dict_actor *de = e >= 0 ? kg_dict_actor_at(c->dict, e) : NULL;
  const char *last = de && de->label ? strrchr(de->label, ' ') : NULL;
  /* (not "King Salman" or "Salman" alone for "Mohammad bin Salman") */
  if (last && after_patronym(de->label, last + 1) && !(tok > s->tok && kg_tok_is(d, tok - 1, "bin")))
    return -1;
  return e;
}

/* Whether form (fl bytes) is one of the name words of a Person label of
 * two or more words: the first, the last, or a capitalised inner word of
 * three or more letters ("Lula" of "Luiz Inácio Lula da Silva"); the
 * lower-case particles ("da", "bin") never are. */
static int same_name_word(const char *w, size_t wl, const char *form, size_t fl)
{
  if (wl == fl && strncmp(w, form, fl) == 0)
    return 1;
  size_t sw = slav_stem(w, wl, 1), sf = slav_stem(form, fl, 1);
  if (sw && sw == sf && strncmp(w, form, sw) == 0 && (slav_stem(w, wl, 0) || slav_stem(form, fl, 0)))
    return 1;                             /* "Zelensky" of "Volodymyr Zelenskyy" */
  if (!has_nonascii(w, wl) && !has_nonascii(form, fl))
    return 0;
  char a[64], b[64];                      /* "Erdogan" of "Recep Tayyip Erdoğan" */
  size_t na = plain_word(w, wl, a, sizeof a), nb = plain_word(form, fl, b, sizeof b);
  return na > 0 && na == nb && memcmp(a, b, na) == 0;
}

int kg_coref_person_name_word(const char *l, const char *form, size_t fl)
{
  const char *sp = strchr(l, ' ');
  if (!sp || fl == 0)
    return 0;
  for (const char *w = l; w;) {
    const char *e = strchr(w, ' ');
    size_t wl = e ? (size_t)(e - w) : strlen(w);
    int edge = w == l || !e;
    if (same_name_word(w, wl, form, fl) && !after_patronym(l, w) &&   /* (the rarer test first: speed) */
        (edge || (fl >= 3 && isupper((unsigned char)w[0]))))
      return 1;
    w = e ? e + 1 : NULL;
  }
  return 0;
}

/* Whether form is the first or last word of a mention of two or more
 * words as the text wrote it: the alias used ("Sadyr Japarov", linked to
 * the label "Sadyr Zhaparov") names the person as well as the label. */
static int mention_edge_word(const kg_doc *d, const kg_mention *m, const char *form, size_t fl)
{
  if (m->ntok < 2 || m->kind != KG_MEN_NAME)
    return 0;
  const char *f0 = d->tokens[m->tok].form, *f1 = d->tokens[m->tok + m->ntok - 1].form;
  return same_name_word(f0, strlen(f0), form, fl) || same_name_word(f1, strlen(f1), form, fl);
}

/* Person actor whose first or last name word (of its label, or of a
 * mention's words) is the form at tok: the most recently mentioned one. */
int32_t kg_coref_fold_partial(const kg_doc *d, uint32_t tok)
{
  const char *form = d->tokens[tok].form;
  size_t fl = strlen(form);
  for (size_t k = d->nmentions; k-- > 0;) {
    const kg_mention *m = &d->mentions[k];
    if (m->actor < 0)
      continue;
    const kg_actor *a = &d->actors[m->actor];
    if (a->type != KG_ACT_PERSON || m->kind == KG_MEN_PRONOUN)
      continue;
    if (kg_coref_person_name_word(a->label, form, fl) || mention_edge_word(d, m, form, fl))
      return m->actor;                  /* one-word labels never match */
  }
  return -1;
}

/* A surname with its Arabic article glued by a hyphen, "al-Sharaa" or
 * "Al-Sharaa" (3 tokens from tok: the article, "-", the name, no spaces):
 * the person met before whose name ends in that name ("Ahmed al-Sharaa",
 * "Bashar al-Assad"), as kg_coref_fold_partial finds it; -1. */
int32_t kg_coref_fold_article_name(const kg_doc *d, uint32_t tok, uint32_t n)
{
  if (n != 3 || !d->tokens[tok + 1].form || strcmp(d->tokens[tok + 1].form, "-") != 0 ||
      d->tokens[tok].space_after || d->tokens[tok + 1].space_after)
    return -1;
  const char *a = d->tokens[tok].form;
  if (!a || !(a[0] == 'a' || a[0] == 'A' || a[0] == 'e' || a[0] == 'E') || a[1] != 'l' || a[2])
    return -1;
  int32_t f = kg_coref_fold_partial(d, tok + 2);
  return f >= 0 && d->actors[f].type == KG_ACT_PERSON ? f : -1;
}

/* The organisation met before whose name's capitalised words give the
 * all-capitals word at tok as initials ("the Rapid Support Forces ... the
 * RSF"), or whose name was followed by it in brackets ("Russia's Federal
 * Security Service (FSB) ... the FSB"); -1. */
int32_t kg_coref_acronym(const kg_doc *d, uint32_t tok)
{
  const char *f = d->tokens[tok].form;
  size_t L = strlen(f);
  if (L < 2 || L > 6)
    return -1;
  for (size_t q = 0; q < L; q++)
    if (!isupper((unsigned char)f[q]))
      return -1;
  for (size_t m = 0; m < d->nmentions; m++) {
    const kg_mention *mm = &d->mentions[m];
    uint32_t e = mm->tok + mm->ntok;
    if (mm->tok >= tok || mm->actor < 0 || d->actors[mm->actor].type != KG_ACT_ORG || e + 2 >= d->ntokens ||
        e + 1 == tok)
      continue;
    if (kg_tok_is(d, e, "(") && !strcmp(d->tokens[e + 1].form, f) && kg_tok_is(d, e + 2, ")"))
      return mm->actor;
  }
  for (size_t a = 0; a < d->nactors; a++) {
    const char *l = d->actors[a].label;
    if (d->actors[a].type != KG_ACT_ORG || d->actors[a].nmentions == 0 || !l)
      continue;
    size_t k = 0, words = 0;
    int ok = 1;
    for (const char *p = l; *p && ok; ) {
      while (*p == ' ')
        p++;
      if (!*p)
        break;
      words++;
      const char *w = p;
      while (*p && *p != ' ')
        p++;
      if (isupper((unsigned char)*w))
        ok = k < L && *w == f[k++];
      else                                /* "Sudan government" is no name */
        ok = (p - w == 2 && !strncmp(w, "of", 2)) || (p - w == 3 && !strncmp(w, "the", 3)) ||
             (p - w == 3 && !strncmp(w, "for", 3)) || (p - w == 3 && !strncmp(w, "and", 3));
    }
    if (ok && k == L && words >= L)
      return (int32_t)a;
  }
  return -1;
}

/* Whether an apposition "the/a (words) HEAD" opens at token q (the comma
 * after a name) with HEAD one of heads ending its phrase. */
static int appos_head(const kg_doc *d, uint32_t q, uint32_t end, const char *const *heads)
{
  if (q + 2 >= end || !kg_tok_is(d, q, ",") || !(kg_tok_is(d, q + 1, "the") || kg_tok_is(d, q + 1, "a")))
    return 0;
  int hit = 0;
  for (uint32_t k = q + 2; k < end && k < q + 8 && !hit; k++) {
    if (kg_tok_is(d, k, ",") || kg_mention_at(d, k) >= 0)
      break;
    char b[16];
    kg_tok_lower(&d->tokens[k], b, sizeof b);
    for (int h = 0; heads[h] && !hit; h++)
      hit = !strcmp(b, heads[h]);
    /* the head ends the phrase: not "a city councillor", "the town's mayor" */
    if (hit && k + 1 < end) {
      char nb[16];
      kg_tok_lower(&d->tokens[k + 1], nb, sizeof nb);
      hit = !strcmp(nb, ",") || !strcmp(nb, ".") || !strcmp(nb, "in") || !strcmp(nb, "of") ||
            !strcmp(nb, "on") || !strcmp(nb, "near") || !strcmp(nb, "where") || !strcmp(nb, "that") ||
            !strcmp(nb, "which") || !strcmp(nb, ";");
    }
  }
  return hit;
}

/* "the Abu Shouk camp", "the Zamzam camp": a name right before a camp noun
 * with "the" before it names the camp, a place */
static int camp_name(const kg_doc *d, const kg_mention *mm)
{
  static const char *const camps[] = { "camp", "camps", NULL };
  uint32_t q = mm->tok + mm->ntok, end = d->sents[mm->sent].tok + d->sents[mm->sent].ntok;
  char b[16];
  return mm->tok > d->sents[mm->sent].tok && kg_tok_is(d, mm->tok - 1, "the") && q < end &&
         kg_act_in_list(kg_tok_low(d, q, b, sizeof b), camps);
}

/* "reach Kadugli, the besieged city in South Kordofan": a name the entity
 * tagger read as a person and the dictionary lacks is a place when one of
 * its mentions has an apposition "the/a (words) city|town|village|capital|
 * port", or when each of its mentions names a camp ("the Abu Shouk camp");
 * every mention of it becomes a place. */
void kg_coref_appos_places(kg_doc *d)
{
  static const char *const heads[] = { "city", "town", "village", "capital", "port", NULL };
  for (size_t m = 0; m < d->nmentions; m++) {
    const kg_mention *mm = &d->mentions[m];
    if (mm->actor < 0 || d->actors[mm->actor].type != KG_ACT_PERSON || d->actors[mm->actor].dict_entry >= 0 ||
        mm->kind != KG_MEN_NAME)
      continue;
    const kg_sentence *s = &d->sents[mm->sent];
    uint32_t end = s->tok + s->ntok, q = mm->tok + mm->ntok;
    int32_t a = mm->actor;
    int place = appos_head(d, q, end, heads), camps = camp_name(d, mm);
    for (size_t k = 0; camps && k < d->nmentions; k++)
      camps = d->mentions[k].actor != a || camp_name(d, &d->mentions[k]);
    if (!place && !camps)
      continue;
    d->actors[a].type = KG_ACT_PLACE;
    for (size_t k = 0; k < d->nmentions; k++)
      if (d->mentions[k].actor == a)
        d->mentions[k].as_place = 1;
  }
}

/* The organisation named last, in the ten sentences before token tok of
 * sentence sidx, by a name whose head word is w ("the International Atomic
 * Energy Agency ... the agency", "the Labour Party ... the party"), -1
 * when none (coref.c's "the agency", "the group").  With any_word, w may
 * be any word of the organisation's label, in any case ("Rolls-Royce
 * Holdings ... the company": corefdesc.c's business nouns). */
int32_t kg_coref_org_named_with(const kg_doc *d, uint32_t sidx, uint32_t tok, const char *w, int any_word)
{
  size_t wl = strlen(w);
  for (size_t k = d->nmentions; k-- > 0;) {
    const kg_mention *m = &d->mentions[k];
    if (m->sent > sidx || (m->sent == sidx && m->tok >= tok))
      continue;
    if (m->sent + 10 < sidx)
      break;
    if (m->actor < 0 || d->actors[m->actor].type != KG_ACT_ORG || m->kind == KG_MEN_PRONOUN ||
        m->kind == KG_MEN_DESCRIPTION || (!any_word && m->ntok < 2))
      continue;
    if (any_word) {
      const char *l = d->actors[m->actor].label;
      for (const char *p = l; *p; p = strchr(p, ' ') ? strchr(p, ' ') + 1 : p + strlen(p))
        if (strncasecmp(p, w, wl) == 0 && (p[wl] == '\0' || p[wl] == ' '))
          return m->actor;
      continue;
    }
    char lb[32];
    const kg_token *e = &d->tokens[m->tok + m->ntok - 1];
    kg_tok_lower(e, lb, sizeof lb);
    if (kg_tok_is_cap(e) && !strcmp(lb, w))
      return m->actor;
  }
  return -1;
}

/* "the group" (or "the movement", "the forum") right after the article, not
 * before "of" or a noun, when an organisation named with that head word is
 * near before ("the Baku Initiative Group ... the group signed", "the Pacific
 * Islands Forum ... Vanuatu, a member of the forum"): an anaphor
 * coref.c may resolve like "the agency", though such loose nouns are
 * otherwise none. */
int kg_coref_head_named(const kg_doc *d, uint32_t sidx, uint32_t tok, uint32_t k, const char *w)
{
  const kg_sentence *s = &d->sents[sidx];
  if (k != tok + 1 || (strcmp(w, "group") && strcmp(w, "movement") && strcmp(w, "forum")) ||
      (k + 1 < s->tok + s->ntok && (kg_tok_is(d, k + 1, "of") || d->tokens[k + 1].upos == KG_UPOS_NOUN)))
    return 0;
  return kg_coref_org_named_with(d, sidx, tok, w, 0) >= 0;
}

/* Token t opens a "known as" phrase after a name: "(,) (widely) known as",
 * "(,) nicknamed", "(,) dubbed"; the token before the phrase, or 0. */
static uint32_t alias_phrase_start(const kg_doc *d, uint32_t t, uint32_t s0)
{
  static const char *const adv[] = { "widely", "also", "better", "popularly", "commonly", "locally", NULL };
  if (t >= s0 + 2 && kg_tok_is(d, t - 1, "as") && kg_tok_is(d, t - 2, "known"))
    t -= 2;
  else if (t >= s0 + 1 && (kg_tok_is(d, t - 1, "nicknamed") || kg_tok_is(d, t - 1, "dubbed")))
    t -= 1;
  else
    return 0;
  char b[16];
  while (t > s0 && kg_act_in_list(kg_tok_low(d, t - 1, b, sizeof b), adv))
    t--;
  return t >= s0 + 2 && kg_tok_is(d, t - 1, ",") ? t - 1 : 0;
}

int32_t kg_coref_alias_of(const kg_doc *d, size_t a)
{
  if (d->actors[a].dict_entry >= 0 || d->actors[a].type == KG_ACT_PLACE || d->actors[a].type == KG_ACT_COUNTRY)
    return -1;
  int32_t to = -1;
  for (size_t k = 0; k < d->nmentions; k++) {
    const kg_mention *mm = &d->mentions[k];
    if (mm->actor != (int32_t)a)
      continue;
    uint32_t c = alias_phrase_start(d, mm->tok, d->sents[mm->sent].tok);
    int32_t pm = c > 0 ? kg_mention_at(d, c - 1) : -1;
    int32_t pa = pm >= 0 ? d->mentions[pm].actor : -1;
    if (pa < 0 || pa == (int32_t)a || d->actors[pa].type != KG_ACT_PERSON || (to >= 0 && to != pa))
      return -1;
    to = pa;
  }
  return to;
}
