/* evvoice.c — readers' comments printed below a news report.
 *
 * Owns: where a report ends and its readers' comments begin
 * (kg_ev_comments_start), so that no event is coded from them: news pages
 * print readers' opinions below the report, one a paragraph, in the
 * writer's own voice ("I think his views are shared by many", "UKIP should
 * try to resolve its differences with Kilroy"); what a reader wishes,
 * fears or supposes is no event the outlet reports.  The report itself
 * speaks in the first or second person only inside quotation marks, next
 * to a reporting verb ("said", "told").
 * Does not own: quotations inside the report (corefquote.c), a columnist's
 * piece in the first person from its start (coded as before: its events
 * are the writer's account), the sentences and their paragraphs
 * (segment.c: a newline between two sentences ends a paragraph).
 */
#include <stdlib.h>
#include <string.h>
#include "actors.h"
#include "evvoice.h"

/* A pronoun of the writer or the reader: "I", "we", "you" and their forms
 * ("us" in lower case only: "US" is the country). */
static int own_pronoun(const kg_doc *d, uint32_t i)
{
  static const char *const w[] = { "me", "my", "myself", "we", "our", "ours", "ourselves",
                                    "you", "your", "yours", "yourself", NULL };
  const char *f = d->tokens[i].form;
  if (!strcmp(f, "I") || !strcmp(f, "us"))
    return 1;
  char c = (char)(f[0] | 0x20);         /* (each word starts with m, w, o or y: most tokens stop here) */
  if (c != 'm' && c != 'w' && c != 'o' && c != 'y')
    return 0;
  char bb[64];                            /* (kg_tok_is's lower form, read once: speed) */
  const char *l = kg_tok_low(d, i, bb, sizeof bb);
  for (int k = 0; w[k]; k++)
    if (l[0] == w[k][0] && !strcmp(l, w[k]))
      return 1;
  return 0;
}

static int reporting_word(const kg_doc *d, uint32_t i)
{
  static const char *const w[] = { "said", "says", "saying", "told", "tells", "added", "adds",
                                   "according", NULL };
  char c = (char)(d->tokens[i].form[0] | 0x20);   /* (s, t or a) */
  if (c != 's' && c != 't' && c != 'a')
    return 0;
  char bb[64];
  const char *l = kg_tok_low(d, i, bb, sizeof bb);
  for (int k = 0; w[k]; k++)
    if (l[0] == w[k][0] && !strcmp(l, w[k]))
      return 1;
  return 0;
}

/* Of the paragraph of sentences [a, b): *own when a pronoun of the writer
 * stands outside quotation marks in a paragraph that neither opens with one
 * nor leaves one open (a quotation over several sentences); *reported when
 * a reporting word is in it. */
static void voice_of(const kg_doc *d, uint32_t a, uint32_t b, int *own, int *reported)
{
  *own = *reported = 0;
  uint32_t t0 = d->sents[a].tok, t1 = d->sents[b - 1].tok + d->sents[b - 1].ntok;
  int inq = 0, nq = 0, pron = 0;
  for (uint32_t i = t0; i < t1; i++) {
    unsigned char c0 = (unsigned char)d->tokens[i].form[0];   /* (a quotation mark's first bytes first: speed) */
    if ((c0 == '"' || c0 == '`' || c0 == '\'' || c0 == 0xE2) &&
        (kg_tok_opens_quote(d, i) || kg_tok_closes_quote(d, i))) {
      if (i == t0)
        return;
      inq = !inq;
      nq++;
      continue;
    }
    if (!inq && own_pronoun(d, i))
      pron = 1;
    if (reporting_word(d, i))
      *reported = 1;
  }
  *own = pron && nq % 2 == 0;
}

uint32_t kg_ev_comments_start(const kg_doc *d)
{
  uint32_t n = (uint32_t)d->nsents;
  if (n < 4)
    return n;
  /* the first sentence of each paragraph */
  uint32_t *first = malloc((size_t)(n + 1) * sizeof *first);
  if (!first)
    return n;
  uint32_t np = 0;
  for (uint32_t si = 0; si < n; si++)
    if (si == 0 || memchr(d->text + d->sents[si - 1].end, '\n', d->sents[si].start - d->sents[si - 1].end))
      first[np++] = si;
  first[np] = n;
  uint32_t start = n;
  /* paragraph 0 is the title; the report takes at least the next two.  The
   * comments begin at the first paragraph in the writer's voice with no
   * reporting word, when no paragraph of the report before it speaks in that
   * voice (a column) and at least three paragraphs from it on, half of them
   * or more, do so too */
  int column = 0;
  for (uint32_t p = 1; p < np && start == n && !column; p++) {
    int own, rep;
    voice_of(d, first[p], first[p + 1], &own, &rep);
    if (!own)
      continue;
    if (p < 3 || rep) {
      column = 1;
      continue;
    }
    uint32_t nown = 0;
    for (uint32_t q = p; q < np; q++) {
      int o, r;
      voice_of(d, first[q], first[q + 1], &o, &r);
      nown += o && !r;
    }
    if (nown >= 3 && 2 * nown >= np - p)
      start = first[p];
    else
      column = 1;
  }
  free(first);
  return start;
}
