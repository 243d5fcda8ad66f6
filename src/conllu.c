/* conllu.c — CoNLL-U output, the pre-tokenized input reader, and the gold
 * CoNLL-U reader used by training (tagger, and anyone else who wants it).
 *
 * Owns: those text formats and their error messages.
 * Does not own: any annotation (tags, trees and entities come from their
 * stages; this file only prints or loads them).
 *
 * --tokenized input rules (documented in conllu.h too): one sentence per
 * line; words are separated by runs of spaces, tabs or CRs and kept byte
 * for byte; an empty (or blank) line ends a document.
 * Errors (KG_ERR_INPUT, "SOURCE:LINE: ..."): a NUL byte, invalid UTF-8, a
 * line longer than KG_TOKENIZED_MAX_LINE bytes, a sentence of more than
 * KG_TOKENIZED_MAX_WORDS words.
 */
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include "conllu.h"
#include "utf8.h"
#include "file.h"

/* ---------------------------------------------------------------- writer */

/* Output goes through a buffer written with one fwrite per ~64 KB (the
 * per-character stdio calls cost more than tagging did). */
typedef struct obuf { char b[65536]; size_t n; FILE *f; int err; } obuf;

static void ob_flush(obuf *o)
{
  if (o->n && fwrite(o->b, 1, o->n, o->f) != o->n) o->err = 1;
  o->n = 0;
}
static inline void ob_reserve(obuf *o, size_t k)
{
  if (o->n + k > sizeof o->b) ob_flush(o);
}
static inline void ob_c(obuf *o, char c)
{
  ob_reserve(o, 1);
  o->b[o->n++] = c;
}
static void ob_s(obuf *o, const char *s)
{
  for (; *s; s++) ob_c(o, *s);
}
static void ob_u(obuf *o, unsigned long long v)
{
  char t[24];
  int k = 0;
  do { t[k++] = (char)('0' + v % 10); v /= 10; } while (v);
  ob_reserve(o, (size_t)k);
  while (k) o->b[o->n++] = t[--k];
}

static void put_field(obuf *o, const char *s)
{
  if (!s || !*s) { ob_c(o, '_'); return; }
  /* CoNLL-U fields can't hold tabs or newlines */
  for (const char *p = s; *p; p++)
    ob_c(o, (*p == '\t' || *p == '\n' || *p == '\r') ? ' ' : *p);
}

static const char *ner_name(int type)
{
  switch (type) {
  case KG_NE_PER: return "PER";
  case KG_NE_ORG: return "ORG";
  case KG_NE_LOC: return "LOC";
  case KG_NE_MISC: return "MISC";
  default: return NULL;
  }
}

kg_status kg_conllu_write(const kg_doc *doc, FILE *out)
{
  obuf *o = malloc(sizeof *o);
  if (!o) return KG_ERR_NOMEM;
  o->n = 0; o->f = out; o->err = 0;
  for (size_t s = 0; s < doc->nsents; s++) {
    const kg_sentence *se = &doc->sents[s];
    ob_s(o, "# sent_id = ");
    ob_u(o, s + 1);
    ob_s(o, "\n# text = ");
    for (uint32_t b = se->start; b < se->end && b < doc->len; b++) {
      char c = doc->text[b];
      ob_c(o, (c == '\n' || c == '\r' || c == '\t') ? ' ' : c);
    }
    ob_c(o, '\n');
    for (uint32_t k = 0; k < se->ntok; k++) {
      const kg_token *t = &doc->tokens[se->tok + k];
      ob_u(o, k + 1);
      ob_c(o, '\t');
      put_field(o, t->form);
      ob_c(o, '\t');
      put_field(o, t->lemma);
      ob_c(o, '\t');
      ob_s(o, t->upos ? kg_upos_name(t->upos) : "_");
      ob_c(o, '\t');
      put_field(o, t->xpos);
      ob_s(o, "\t_\t");
      if (t->head >= 0) ob_u(o, (unsigned long long)t->head); else ob_c(o, '_');
      ob_c(o, '\t');
      put_field(o, t->head >= 0 ? t->deprel : NULL);
      ob_s(o, "\t_\t");
      const char *ne = ner_name(t->ner_type);
      if (ne && t->ner_iob != KG_IOB_O) {
        ob_s(o, t->ner_iob == KG_IOB_B ? "NER=B-" : "NER=I-");
        ob_s(o, ne);
      } else {
        ob_s(o, "NER=O");
      }
      if (!t->space_after) ob_s(o, "|SpaceAfter=No");
      ob_c(o, '\n');
    }
    ob_c(o, '\n');
  }
  ob_flush(o);
  int err = o->err;
  free(o);
  return (err || ferror(out)) ? KG_ERR_IO : KG_OK;
}

/* ------------------------------------------------------- tokenized reader */

static int is_sep(char c) { return c == ' ' || c == '\t' || c == '\r'; }

/* Builds one document from lines [a, b) of text (already validated). */
static kg_doc *tokenized_doc(const char *text, size_t a, size_t b, const char *source)
{
  /* text of the doc: words joined by one space, a newline after each line */
  char *buf = malloc(b - a + 2);
  if (!buf) return NULL;
  size_t n = 0;
  size_t p = a;
  while (p < b) {
    size_t e = p;
    while (e < b && text[e] != '\n') e++;
    size_t le = e;
    int first = 1;
    size_t q = p;
    while (q < le) {
      while (q < le && is_sep(text[q])) q++;
      size_t ws = q;
      while (q < le && !is_sep(text[q])) q++;
      if (q > ws) {
        if (!first) buf[n++] = ' ';
        memcpy(buf + n, text + ws, q - ws);
        n += q - ws;
        first = 0;
      }
    }
    if (!first) buf[n++] = '\n';
    p = e + 1;
  }
  kg_doc *doc = kg_doc_new(buf, n, source);
  free(buf);
  if (!doc) return NULL;
  /* tokens over the doc's own text */
  const char *t = doc->text;
  size_t i = 0;
  while (i < n) {
    kg_sentence *se = kg_doc_add_sentence(doc);
    if (!se) goto fail;
    uint32_t first_tok = (uint32_t)doc->ntokens;
    se->start = (uint32_t)i;
    while (i < n && t[i] != '\n') {
      size_t ws = i;
      while (i < n && t[i] != ' ' && t[i] != '\n') i++;
      kg_token *tok = kg_doc_add_token(doc, (uint32_t)ws, (uint32_t)i);
      if (!tok || !(tok->form = kg_doc_strndup(doc, t + ws, i - ws))) goto fail;
      tok->space_after = 1;
      if (i < n && t[i] == ' ') i++;
    }
    se = &doc->sents[doc->nsents - 1];
    se->end = (uint32_t)i;
    se->tok = first_tok;
    se->ntok = (uint32_t)doc->ntokens - first_tok;
    i++; /* the newline */
  }
  return doc;
fail:
  kg_doc_free(doc);
  return NULL;
}

kg_status kg_tokenized_read(const char *text, size_t len, const char *source,
                            const kg_logger *log, kg_doc ***docs, size_t *ndocs)
{
  *docs = NULL;
  *ndocs = 0;
  const char *src = source ? source : "-";
  char where[512];
  size_t cap = 0, nd = 0;
  kg_doc **arr = NULL;
  size_t line = 1, p = 0, doc_start = 0;
  int doc_has_words = 0;
  kg_status st = KG_OK;
  while (p <= len) {
    size_t e = p;
    while (e < len && text[e] != '\n') e++;
    const char *nul = memchr(text + p, '\0', e - p);
    size_t words = 0;
    if (nul) {
      snprintf(where, sizeof where, "%s:%zu", src, line);
      kg_logf(log, KG_LOG_ERROR, where, "NUL byte in tokenized input (column %zu)",
              (size_t)(nul - (text + p)) + 1);
      st = KG_ERR_INPUT;
      break;
    }
    if (e - p > KG_TOKENIZED_MAX_LINE) {
      snprintf(where, sizeof where, "%s:%zu", src, line);
      kg_logf(log, KG_LOG_ERROR, where, "line of %zu bytes is longer than the limit of %u",
              e - p, (unsigned)KG_TOKENIZED_MAX_LINE);
      st = KG_ERR_INPUT;
      break;
    }
    if (!kg_utf8_valid(text + p, e - p)) {
      snprintf(where, sizeof where, "%s:%zu", src, line);
      kg_logf(log, KG_LOG_ERROR, where, "invalid UTF-8 in tokenized input");
      st = KG_ERR_INPUT;
      break;
    }
    for (size_t q = p; q < e;) {
      while (q < e && is_sep(text[q])) q++;
      if (q < e) words++;
      while (q < e && !is_sep(text[q])) q++;
    }
    if (words > KG_TOKENIZED_MAX_WORDS) {
      snprintf(where, sizeof where, "%s:%zu", src, line);
      kg_logf(log, KG_LOG_ERROR, where, "sentence of %zu words is longer than the limit of %u",
              words, (unsigned)KG_TOKENIZED_MAX_WORDS);
      st = KG_ERR_INPUT;
      break;
    }
    int at_end = e >= len;
    if (words == 0 || at_end) {
      size_t doc_end = words == 0 ? p : e;
      if (words > 0) doc_has_words = 1;
      if (doc_has_words) {
        kg_doc *d = tokenized_doc(text, doc_start, doc_end, source);
        if (!d) { st = KG_ERR_NOMEM; break; }
        if (nd == cap) {
          size_t nc = cap ? cap * 2 : 8;
          kg_doc **na = realloc(arr, nc * sizeof *na);
          if (!na) { kg_doc_free(d); st = KG_ERR_NOMEM; break; }
          arr = na;
          cap = nc;
        }
        arr[nd++] = d;
      }
      doc_has_words = 0;
      doc_start = e + 1;
    } else {
      doc_has_words = 1;
    }
    if (at_end) break;
    p = e + 1;
    line++;
  }
  if (st == KG_OK && nd == 0) {
    kg_logf(log, KG_LOG_ERROR, src, "tokenized input has no words");
    st = KG_ERR_INPUT;
  }
  if (st != KG_OK) {
    for (size_t i = 0; i < nd; i++) kg_doc_free(arr[i]);
    free(arr);
    return st;
  }
  *docs = arr;
  *ndocs = nd;
  return KG_OK;
}

/* ----------------------------------------------------- gold CoNLL-U reader */


/* Splits a line into at most 10 tab-separated fields (in place). */
static int split_tabs(char *line, char **f)
{
  int n = 0;
  f[n++] = line;
  for (char *p = line; *p; p++)
    if (*p == '\t') {
      *p = 0;
      if (n == 10) return 11;
      f[n++] = p + 1;
    }
  return n;
}

static int word_id(const char *s)
{
  if (!*s) return 0;
  for (const char *p = s; *p; p++)
    if (*p < '0' || *p > '9') return 0;
  return 1;
}

kg_status kg_conllu_read(const char *path, const kg_logger *log, kg_doc **out)
{
  *out = NULL;
  size_t len = 0;
  char *data = kg_file_read(path, &len);
  if (!data) {
    kg_logf(log, KG_LOG_ERROR, path, "cannot read: %s", strerror(errno));
    return KG_ERR_IO;
  }
  if (!kg_utf8_valid(data, len)) {
    kg_logf(log, KG_LOG_ERROR, path, "not valid UTF-8");
    free(data);
    return KG_ERR_INPUT;
  }
  /* pass 1: the text (forms joined by spaces, one sentence per line) */
  char *text = malloc(len + 2);
  if (!text) { free(data); return KG_ERR_NOMEM; }
  size_t tn = 0;
  int in_sent = 0;
  for (char *p = data; *p;) {
    char *e = strchr(p, '\n');
    size_t l = e ? (size_t)(e - p) : strlen(p);
    if (l == 0 || (l == 1 && p[0] == '\r')) {
      if (in_sent) text[tn++] = '\n';
      in_sent = 0;
    } else if (p[0] != '#') {
      const char *tab = memchr(p, '\t', l);
      const char *tab2 = tab ? memchr(tab + 1, '\t', l - (size_t)(tab + 1 - p)) : NULL;
      int isword = tab && tab > p;
      for (const char *q = p; isword && q < tab; q++)
        if (*q < '0' || *q > '9') isword = 0;
      if (isword && tab2) {
        if (in_sent) text[tn++] = ' ';
        memcpy(text + tn, tab + 1, (size_t)(tab2 - tab - 1));
        tn += (size_t)(tab2 - tab - 1);
        in_sent = 1;
      }
    }
    if (!e) break;
    p = e + 1;
  }
  if (in_sent) text[tn++] = '\n';
  kg_doc *doc = kg_doc_new(text, tn, path);
  free(text);
  if (!doc) { free(data); return KG_ERR_NOMEM; }
  /* pass 2: tokens and annotations */
  size_t off = 0, lineno = 0;
  kg_sentence *se = NULL;
  kg_status st = KG_OK;
  char where[512];
  for (char *p = data; *p && st == KG_OK;) {
    char *e = strchr(p, '\n');
    if (e) *e = 0;
    lineno++;
    size_t l = strlen(p);
    if (l && p[l - 1] == '\r') p[--l] = 0;
    if (l == 0) {
      if (se) {
        se = &doc->sents[doc->nsents - 1];
        se->end = (uint32_t)off;
        off++; /* newline */
      }
      se = NULL;
    } else if (p[0] != '#') {
      char *f[11];
      int nf = split_tabs(p, f);
      if (nf != 10) {
        snprintf(where, sizeof where, "%s:%zu", path, lineno);
        kg_logf(log, KG_LOG_ERROR, where, "expected 10 tab-separated fields, found %d", nf);
        st = KG_ERR_FORMAT;
        break;
      }
      if (word_id(f[0])) {
        if (!se) {
          se = kg_doc_add_sentence(doc);
          if (!se) { st = KG_ERR_NOMEM; break; }
          se->tok = (uint32_t)doc->ntokens;
          se->start = (uint32_t)off;
        } else {
          off++; /* the space before this word */
        }
        size_t fl = strlen(f[1]);
        kg_token *t = kg_doc_add_token(doc, (uint32_t)off, (uint32_t)(off + fl));
        if (!t) { st = KG_ERR_NOMEM; break; }
        t->form = kg_doc_strndup(doc, f[1], fl);
        t->lemma = kg_doc_strdup(doc, f[2]);
        t->upos = (uint8_t)kg_upos_from_name(f[3]);
        t->xpos = strcmp(f[4], "_") ? kg_doc_strdup(doc, f[4]) : NULL;
        t->head = strcmp(f[6], "_") ? atoi(f[6]) : -1;
        t->deprel = strcmp(f[7], "_") ? kg_doc_strdup(doc, f[7]) : NULL;
        t->space_after = strstr(f[9], "SpaceAfter=No") ? 0 : 1;
        if (!t->form || !t->lemma) { st = KG_ERR_NOMEM; break; }
        off += fl;
        se = &doc->sents[doc->nsents - 1];
        se->ntok++;
      }
    }
    if (!e) break;
    p = e + 1;
  }
  if (st == KG_OK && se) {
    se = &doc->sents[doc->nsents - 1];
    se->end = (uint32_t)off;
  }
  free(data);
  if (st != KG_OK) { kg_doc_free(doc); return st; }
  *out = doc;
  return KG_OK;
}
