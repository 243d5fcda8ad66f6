/* dates.c — date expressions of a sentence, normalised to ISO dates.
 *
 * Owns: the token patterns for explicit dates ("June 12, 2023", "12 June
 * 2023", "Sept. 3", "June 2023", "2023-06-12"), years ("in 2019", "the 2019
 * summit"), and expressions relative to the document date ("on Monday",
 * "yesterday", "today", "overnight", "tonight", "last year", "this month", "two days ago", "last
 * week" and "over the weekend" as their month when they lie in one, "in
 * mid-February", "on the 5th", and a season as the year it lies in: "this autumn", "next spring", "in early
 * summer", "in spring 2024"; a winter spans two years: none); calendar arithmetic; a month ahead of
 * the document date in a reported future ("would meet in September") keeps its year.
 * Does not own: the document date itself (document/input), nor attaching a
 * date to an event (events.c), nor whether a date may date an event of
 * another clause (datefit.c).  A relative expression without a reference
 * date, or a month/day without any year, yields nothing: a date is never
 * invented.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "dates.h"
#include "actors.h"
#include "evscope.h"

static const char *const k_months[12][3] = {
  { "january", "jan", NULL }, { "february", "feb", NULL }, { "march", "mar", NULL },
  { "april", "apr", NULL }, { "may", NULL, NULL }, { "june", "jun", NULL },
  { "july", "jul", NULL }, { "august", "aug", NULL }, { "september", "sep", "sept" },
  { "october", "oct", NULL }, { "november", "nov", NULL }, { "december", "dec", NULL } };
static const char *const k_wdays[7] = {
  "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday" };

static long days_from_civil(int y, int m, int d)
{
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, int *y, int *m, int *d)
{
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long yy = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  *d = (int)(doy - (153 * mp + 2) / 5 + 1);
  *m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = (int)(yy + (*m <= 2));
}

void kg_date_add_days(int *y, int *m, int *d, int delta)
{
  civil_from_days(days_from_civil(*y, *m, *d) + delta, y, m, d);
}

int kg_date_weekday(int y, int m, int d)
{
  long z = days_from_civil(y, m, d);   /* 1970-01-01 was a Thursday (4) */
  long w = (z + 4) % 7;
  return (int)(w < 0 ? w + 7 : w);
}

void kg_date_format(const kg_date_expr *e, char *buf)
{
  unsigned y = (unsigned)(e->y < 0 ? 0 : e->y) % 10000u;
  unsigned m = (unsigned)(e->m < 0 ? 0 : e->m) % 100u, d = (unsigned)(e->d < 0 ? 0 : e->d) % 100u;
  switch (e->kind) {
  case KG_DATE_DAY:   snprintf(buf, 11, "%04u-%02u-%02u", y, m, d); break;
  case KG_DATE_MONTH: snprintf(buf, 11, "%04u-%02u", y, m); break;
  case KG_DATE_YEAR:  snprintf(buf, 11, "%04u", y); break;
  default: buf[0] = '\0';
  }
}

static int parse_iso(const char *s, int *y, int *m, int *d)
{
  if (strlen(s) < 10 || s[4] != '-' || s[7] != '-')
    return 0;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !isdigit((unsigned char)s[i]))
      return 0;
  *y = atoi(s);
  *m = atoi(s + 5);
  *d = atoi(s + 8);
  return *m >= 1 && *m <= 12 && *d >= 1 && *d <= 31;
}

/* lower-cased token text, trailing '.' and ',' dropped */
static void word(const kg_doc *doc, uint32_t i, char *b, size_t cap)
{
  size_t n = kg_tok_lower(&doc->tokens[i], b, cap);
  while (n > 0 && (b[n - 1] == '.' || b[n - 1] == ','))
    b[--n] = '\0';
}

static int month_of(const kg_doc *doc, uint32_t i)
{
  /* a month's name opens with one of these letters, in either case (the
   * lower form's first byte comes from the form's; speed) */
  const char *f = doc->tokens[i].form;
  if (!f || !strchr("jfmasond", f[0] | 0x20) || !f[0])
    return 0;
  char b[32];
  word(doc, i, b, sizeof b);
  for (int m = 0; m < 12; m++)
    for (int k = 0; k < 3; k++)
      if (k_months[m][k] && k_months[m][k][0] == b[0] && strcmp(b, k_months[m][k]) == 0) {
        /* "may" only capitalised (the modal verb is far more common) */
        if (m == 4 && !kg_tok_is_cap(&doc->tokens[i]))
          return 0;
        return m + 1;
      }
  return 0;
}

static int number_of(const kg_doc *doc, uint32_t i, int lo, int hi)
{
  const char *f = doc->tokens[i].form;
  if (!f || (unsigned)(f[0] - '0') > 9u)  /* (digits only below; speed) */
    return -1;
  char b[32];
  word(doc, i, b, sizeof b);
  size_t n = strlen(b);
  /* ordinals: 3rd, 21st */
  if (n > 2 && (!strcmp(b + n - 2, "st") || !strcmp(b + n - 2, "nd") ||
                !strcmp(b + n - 2, "rd") || !strcmp(b + n - 2, "th")))
    b[n -= 2] = '\0';
  if (n == 0 || n > 4)
    return -1;
  for (size_t k = 0; k < n; k++)
    if (!isdigit((unsigned char)b[k]))
      return -1;
  int v = atoi(b);
  return v >= lo && v <= hi ? v : -1;
}

/* "a"/"one" .. "ten" or 1..99 written in digits; 0 when none */
static int small_number(const char *w)
{
  static const char *const names[] = { "a", "two", "three", "four", "five", "six", "seven",
    "eight", "nine", "ten", NULL };
  if (!strcmp(w, "one") || !strcmp(w, "an"))
    return 1;
  for (int k = 0; names[k]; k++)
    if (!strcmp(w, names[k]))
      return k + 1;
  if (isdigit((unsigned char)w[0]) && strlen(w) <= 2 && (!w[1] || isdigit((unsigned char)w[1])))
    return atoi(w);
  return 0;
}

/* A full date at token i: "March 12, 2026", "Mar. 12 2026" or "12 March 2026"; its month, day and year,
 * and the token after it. */
static int full_date_at(const kg_doc *doc, uint32_t i, int *y, int *m, int *d, uint32_t *after)
{
  uint32_t j = i;
  int mo = month_of(doc, j), dd = -1;
  if (mo) {
    if (++j < doc->ntokens && kg_tok_is(doc, j, "."))
      j++;
    if (j >= doc->ntokens || (dd = number_of(doc, j++, 1, 31)) < 0)
      return 0;
    if (j < doc->ntokens && kg_tok_is(doc, j, ","))
      j++;
  } else {
    if ((dd = number_of(doc, j++, 1, 31)) < 0 || j >= doc->ntokens || !(mo = month_of(doc, j++)))
      return 0;
  }
  int yy = j < doc->ntokens ? number_of(doc, j, 1900, 2100) : -1;
  if (yy < 0)
    return 0;
  *y = yy; *m = mo; *d = dd; *after = j + 1;
  return 1;
}

/* The year of a dateline that gives a month and day only ("MANILA, March 12 (Reuters) -"), from what the
 * document itself says: the same month and day told with a year anywhere in the text, else a line that is
 * only a date (at most two words beside it: "Published: March 13, 2026"), the dateline's day being the
 * last such day on or before it.  A year told of anything else ("signed in 2019") is no story's year:
 * none is taken, and no year is invented.  0 when none. */
static int dateline_year(const kg_doc *doc, int mo, int dd)
{
  int line_year = 0;
  for (uint32_t i = 0; i < doc->ntokens; i++) {
    int y, m, d;
    uint32_t after;
    if ((doc->tokens[i].flags & KG_TOK_DATELINE) || !full_date_at(doc, i, &y, &m, &d, &after))
      continue;
    if (m == mo && d == dd)
      return y;
    for (size_t si = 0; si < doc->nsents && !line_year; si++) {
      const kg_sentence *s = &doc->sents[si];
      if (i < s->tok || i >= s->tok + s->ntok)
        continue;
      uint32_t other = s->ntok - (after - i);
      if (after <= s->tok + s->ntok && other <= 2 && (after == s->tok + s->ntok || other < 2 ||
          kg_tok_is(doc, after, ".")))
        line_year = (m > mo || (m == mo && d >= dd)) ? y : y - 1;
    }
    i = after - 1;
  }
  return line_year;
}

/* 1 when token i is a weekday's name ("Tuesday"). */
static int weekday_tok(const kg_doc *doc, uint32_t i)
{
  char b[16];
  kg_tok_lower(&doc->tokens[i], b, sizeof b);
  for (int w = 0; w < 7; w++)
    if (!strcmp(b, k_wdays[w]))
      return 1;
  return 0;
}

/* The date of a byline or a line of the top matter before the story's first sentence, one that ends the
 * line after a separator or opens it ("By a staff correspondent | Sept. 9, 2026", "Updated: 9 September
 * 2026", or after a weekday opening it: "Tuesday 2 December 2025"); not a headline's date told by its words
 * ("Talks set for March 3, 2026").  The top matter is the sentences before the dateline, else the first three. */
static int byline_date(const kg_doc *doc, int *y, int *m, int *d)
{
  static const char *const sep[] = { "|", "-", "--", "\xe2\x80\x94", "\xe2\x80\x93", ":", ",", "/", "\xc2\xb7",
    NULL };
  for (size_t si = 0; si < doc->nsents && si < 3; si++) {
    const kg_sentence *s = &doc->sents[si];
    if (s->ntok == 0 || (doc->tokens[s->tok].flags & KG_TOK_DATELINE))
      return 0;
    uint32_t end = s->tok + s->ntok;
    if (end > s->tok && kg_tok_is(doc, end - 1, "."))
      end--;
    for (uint32_t i = s->tok; i < end; i++) {
      int yy, mm, dd;
      uint32_t after;
      if (!full_date_at(doc, i, &yy, &mm, &dd, &after) || after != end)
        continue;
      int k, ok = i == s->tok || (i == s->tok + 1 && weekday_tok(doc, s->tok));
      for (k = 0; !ok && sep[k]; k++)
        ok = kg_tok_is(doc, i - 1, sep[k]);
      if (!ok || dd > kg_dates_days_in(yy, mm))
        continue;
      *y = yy; *m = mm; *d = dd;
      return 1;
    }
  }
  return 0;
}

int kg_dates_days_in(int y, int m)
{
  static const int n[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  if (m < 1 || m > 12) return 0;
  return m == 2 && y % 4 == 0 && (y % 100 || y % 400 == 0) ? 29 : n[m - 1];
}

int kg_dates_valid_day(const char *s)
{
  int y, m, d;
  return s && strlen(s) == 10 && parse_iso(s, &y, &m, &d) && y >= 1 && d <= kg_dates_days_in(y, m);
}

/* The month and day of the dateline's date (*dl_m 0 when none); 1 and y/m/d
 * filled when it carries a year, or when the text names its year. */
static int dateline_date(const kg_doc *doc, int *y, int *m, int *d, int *dl_m, int *dl_d);

int kg_dates_reference(const kg_doc *doc, int *y, int *m, int *d)
{
  if (parse_iso(doc->date, y, m, d))
    return 1;
  int dl_m, dl_d;
  return dateline_date(doc, y, m, d, &dl_m, &dl_d);
}

static int dateline_date(const kg_doc *doc, int *y, int *m, int *d, int *dl_mp, int *dl_dp)
{
  int dl_m = 0, dl_d = 0;
  *dl_mp = *dl_dp = 0;
  /* a full date among the dateline tokens ("March 12, 2026", "13 Nov 2026") */
  for (uint32_t i = 0; i < doc->ntokens && i < 60; i++) {
    if (!(doc->tokens[i].flags & KG_TOK_DATELINE))
      continue;
    uint32_t after;
    if (full_date_at(doc, i, y, m, d, &after) && (doc->tokens[after - 1].flags & KG_TOK_DATELINE))
      return 1;
    int mo = month_of(doc, i);
    if (!mo || i + 1 >= doc->ntokens)
      continue;
    uint32_t j = i + 1;
    if (kg_tok_is(doc, j, "."))
      j++;
    int dd = number_of(doc, j, 1, 31);
    if (dd < 0)
      continue;
    j++;
    if (kg_tok_is(doc, j, ","))
      j++;
    int yy = j < doc->ntokens ? number_of(doc, j, 1900, 2100) : -1;
    if (yy > 0) {
      *y = yy; *m = mo; *d = dd;
      return 1;
    }
    if (!dl_m)
      dl_m = mo, dl_d = dd;
  }
  *dl_mp = dl_m;
  *dl_dp = dl_d;
  if (!dl_m && byline_date(doc, y, m, d))
    return 1;
  int yy = dl_m ? dateline_year(doc, dl_m, dl_d) : 0;
  if (yy <= 0 || (dl_m == 2 && dl_d == 29 && kg_dates_days_in(yy, 2) < 29))
    return 0;
  *y = yy; *m = dl_m; *d = dl_d;
  return 1;
}

void kg_dates_dateline(kg_doc *doc)
{
  kg_dates_dateline_ref(doc, NULL);
}

void kg_dates_dateline_ref(kg_doc *doc, const char *ref)
{
  int y, m, d, dl_m, dl_d, ry, rm, rd;
  if (doc->date[0])
    return;
  if (!dateline_date(doc, &y, &m, &d, &dl_m, &dl_d)) {
    if (!ref || !ref[0] || !parse_iso(ref, &ry, &rm, &rd))
      return;
    if (!dl_m) {                          /* no dated dateline: the run's day */
      y = ry, m = rm, d = rd;
    } else {                              /* a month and day: the year that puts them on or before */
      int yr, mon, day;                   /* the reference, a week's grace */
      civil_from_days(days_from_civil(ry, rm, rd) + 7, &yr, &mon, &day);
      y = (dl_m < mon || (dl_m == mon && dl_d <= day)) ? yr : yr - 1;
      m = dl_m, d = dl_d;
      if (d > kg_dates_days_in(y, m))              /* Feb. 29 of no leap year: none */
        return;
    }
  }
  snprintf(doc->date, sizeof doc->date, "%04u-%02u-%02u", (unsigned)y % 10000u, (unsigned)m % 100u, (unsigned)d % 100u);
}

static int sentence_future(const kg_doc *doc, const kg_sentence *s)
{
  static const char *const fut[] = { "will", "'ll", "next", "scheduled", "plans",
    "planned", "due", "upcoming", "tomorrow", "shall", NULL };
  char b[32];
  for (uint32_t i = s->tok; i < s->tok + s->ntok; i++) {
    kg_tok_lower(&doc->tokens[i], b, sizeof b);
    for (int k = 0; fut[k]; k++)
      if (!strcmp(b, fut[k]))
        return 1;
  }
  return 0;
}

/* 1 when the verb a date word hangs from is in the past tense ("said on
 * Tuesday that talks would resume next month": Tuesday is past although the
 * sentence speaks of the future).  0 without a tree. */
static int past_governor(const kg_doc *doc, uint32_t at)
{
  int32_t n = kg_tok_head(doc, at);
  for (int hops = 0; n >= 0 && hops < 4; hops++) {
    const kg_token *t = &doc->tokens[n];
    if (t->upos == KG_UPOS_VERB)
      return t->xpos && !strcmp(t->xpos, "VBD");
    n = kg_tok_head(doc, (uint32_t)n);
  }
  return 0;
}

/* 1 when the verb a date word hangs from has "will", "would" or "shall"
 * as an auxiliary, or is the infinitive of "expected" or "due" or of a verb
 * of agreeing, planning or promising ("would
 * speak to his counterpart, X, by telephone on Friday": past the commas of
 * an apposition).  0 without a tree. */
static int future_governor(const kg_doc *doc, uint32_t at)
{
  int32_t n = kg_tok_head(doc, at);
  for (int hops = 0; n >= 0 && hops < 4; hops++) {
    if (doc->tokens[n].upos == KG_UPOS_VERB) {
      const kg_sentence *s = &doc->sents[doc->tokens[n].sent];
      for (uint32_t k = s->tok; k < (uint32_t)n; k++)
        if (kg_tok_head(doc, k) == n && (kg_tok_is(doc, k, "will") || kg_tok_is(doc, k, "would") ||
                                         kg_tok_is(doc, k, "shall") || kg_tok_is(doc, k, "'ll")))
          return !(k + 1 < (uint32_t)n && kg_tok_is(doc, k + 1, "have"));   /* not "would have met" */
      /* "is expected to meet Solomon Islands Prime Minister X on Friday":
       * the infinitive of "expected" or "due", however far the weekday */
      /* (and of a verb of agreeing, planning or promising: "agreed to meet
       * again on Monday", "plans to visit Beijing on Friday") */
      static const char *const plan[] = { "agree", "plan", "promise", "pledge", "vow", "decide", "intend",
        "schedule", "aim", "hope", "prepare", NULL };
      int32_t h = kg_tok_head(doc, (uint32_t)n);
      int planned = 0;
      for (int k = 0; h >= 0 && doc->tokens[h].lemma && plan[k] && !planned; k++)
        planned = !strcmp(doc->tokens[h].lemma, plan[k]);
      if (h >= 0 && (kg_tok_is(doc, (uint32_t)h, "expected") || kg_tok_is(doc, (uint32_t)h, "due") || planned))
        for (uint32_t k = s->tok; k < (uint32_t)n; k++)
          if (kg_tok_head(doc, k) == n && kg_tok_is(doc, k, "to"))
            return !(k + 1 < (uint32_t)n && kg_tok_is(doc, k + 1, "have"));
      return 0;
    }
    n = kg_tok_head(doc, (uint32_t)n);
  }
  return 0;
}

/* A reported future in the date's own clause: "would" or "expected to"
 * within eight words before token at, no comma or semicolon between ("said
 * the two governments would meet again in September"). */
static int would_before(const kg_doc *doc, const kg_sentence *s, uint32_t at)
{
  for (uint32_t p = at; p-- > s->tok && p + 8 >= at;) {
    if (kg_tok_is(doc, p, ",") || kg_tok_is(doc, p, ";"))
      return 0;
    if (kg_tok_is(doc, p, "would") || (kg_tok_is(doc, p, "expected") && p + 1 < at && kg_tok_is(doc, p + 1, "to")))
      return !(p + 1 < at && kg_tok_is(doc, p + 1, "have"));   /* not "would have met in March" */
  }
  return 0;
}

/* The year of a month/day given without one: the reference year, or the
 * year before when that would put a past event more than two months after
 * the story ("on Dec. 28" in a story of Jan. 3). */
static int year_for(const kg_doc *doc, const kg_sentence *s, int ry, int rm, int rd,
                    int m, int d, uint32_t at)
{
  long ahead = days_from_civil(ry, m, d) - days_from_civil(ry, rm, rd);
  if (ahead > 60 && !sentence_future(doc, s) && !would_before(doc, s, at))
    return ry - 1;
  return ry;
}

/* "In May 2024, Benin blocked ..., and in June its police arrested": a bare
 * month after a month or day told before it in the same sentence (out[n-1])
 * and not earlier in the year is of that date's year, when that puts it no
 * later than the story; 0 otherwise. */
static int year_told_before(const kg_date_expr *out, size_t n, int mo, int ry, int rm, int rd)
{
  if (n == 0 || out[n - 1].kind == KG_DATE_YEAR || out[n - 1].m == 0 || out[n - 1].m > mo)
    return 0;
  int y = out[n - 1].y;
  return days_from_civil(y, mo, 1) <= days_from_civil(ry, rm, rd) ? y : 0;
}

static size_t push(kg_date_expr *out, size_t n, size_t cap, uint32_t tok, uint32_t ntok,
                   int kind, int y, int m, int d)
{
  if (n >= cap || y <= 0)
    return n;
  if (kind == KG_DATE_DAY) {             /* reject impossible days */
    int yy = y, mm = m, dd = d;
    kg_date_add_days(&yy, &mm, &dd, 0);
    if (yy != y || mm != m || dd != d)
      return n;
  }
  out[n].tok = tok;
  out[n].ntok = ntok;
  out[n].kind = (uint8_t)kind;
  out[n].y = y;
  out[n].m = m;
  out[n].d = d;
  return n + 1;
}

/* "that year": the year of the last date told before, in the sentence
 * (out[0..n-1]) or the two before it; 0 when none. */
static int that_year(const kg_doc *doc, uint32_t sent, const kg_date_expr *out, size_t n, int ry, int rm, int rd)
{
  int ty = n > 0 ? out[n - 1].y : 0;
  for (uint32_t q = sent; ty == 0 && q > 0 && q + 1 >= sent; q--) {
    kg_date_expr pe[16];
    size_t pn = kg_dates_find(doc, q - 1, ry, rm, rd, pe, 16);
    ty = pn > 0 ? pe[pn - 1].y : 0;
  }
  return ty;
}

static size_t dates_find(const kg_doc *doc, uint32_t sent, int ry, int rm, int rd,
                         kg_date_expr *out, size_t cap, int depth);

/* A date that modifies the noun after it ("the 2015 peace agreement"), not
 * a clause's time. */
static int modifier_date(const kg_doc *doc, const kg_date_expr *e)
{
  uint32_t a = e->tok + e->ntok;
  if (a >= doc->ntokens || doc->tokens[a].sent != doc->tokens[e->tok].sent)
    return 0;
  kg_upos u = doc->tokens[a].upos;
  return u == KG_UPOS_NOUN || u == KG_UPOS_PROPN || u == KG_UPOS_ADJ || u == KG_UPOS_NUM;
}

/* The first month of the season word at token i ("spring" 3, "summer" 6, "autumn" or "fall" 9, "winter" 12; a
 * northern year's seasons) when it is a noun ("fall" only after "this", "next" or "last"); 0 otherwise */
static int season_of(const kg_doc *doc, uint32_t i, const char *b, const char *prev)
{
  static const char *const name[] = { "spring", "summer", "autumn", "fall", "winter" };
  static const int first[] = { 3, 6, 9, 9, 12 };
  for (int k = 0; k < 5; k++)
    if (!strcmp(b, name[k]) && doc->tokens[i].upos == KG_UPOS_NOUN &&
        (k != 3 || !strcmp(prev, "this") || !strcmp(prev, "next") || !strcmp(prev, "last")))
      return first[k];
  return 0;
}

/* Whether the season phrase at token i (opening at f) follows the noun of a "before", "after", "until" or "since"
 * phrase, or is itself one ("before the Greenlandic election next spring": the election's time, which no act of
 * the clause takes, however the parser hangs it; "until next spring": a bound) */
static int on_noun(const kg_doc *doc, uint32_t f, uint32_t i)
{
  const kg_sentence *s = &doc->sents[doc->tokens[f].sent];
  if (f <= s->tok || !kg_sent_has_tree(doc, doc->tokens[f].sent))
    return 0;
  uint32_t nn = f - 1;
  if (doc->tokens[nn].upos != KG_UPOS_NOUN && doc->tokens[nn].upos != KG_UPOS_PROPN)
    nn = i;
  for (uint32_t k = s->tok; k < nn; k++)
    if ((kg_tok_head(doc, k) == (int32_t)nn || kg_tok_head(doc, k) == (int32_t)i) && doc->tokens[k].deprel &&
        !strcmp(doc->tokens[k].deprel, "case") &&
        (kg_tok_is(doc, k, "before") || kg_tok_is(doc, k, "after") || kg_tok_is(doc, k, "until") ||
         kg_tok_is(doc, k, "since")))
      return 1;
  return 0;
}

/* "this autumn", "next spring", "last summer", "in (early, late) summer", "in the spring": the year the season
 * lies in, from the document date (the one holding the story's day for "this", the first to begin after it
 * for "next", the last to end before it for "last", as a month's for "in"); 0 for a winter, which spans two
 * years, or when no such words stand before it */
static int season_year(const kg_doc *doc, const kg_sentence *s, uint32_t i, int sm, const char *prev,
                       int ry, int rm, int rd)
{
  if (sm == 12)
    return 0;
  if (!strcmp(prev, "this"))
    return ry;
  if (!strcmp(prev, "next"))
    return rm < sm ? ry : ry + 1;
  if (!strcmp(prev, "last"))
    return rm > sm + 2 ? ry : ry - 1;
  uint32_t k = i - 1;                      /* (i > s->tok) */
  char w[16];
  word(doc, k, w, sizeof w);
  for (int q = 0; q < 2 && k > s->tok && (!strcmp(w, "early") || !strcmp(w, "late") || !strcmp(w, "mid") ||
                                           !strcmp(w, "the")); q++)
    word(doc, --k, w, sizeof w);
  return !strcmp(w, "in") || !strcmp(w, "during") ? year_for(doc, s, ry, rm, rd, sm, 1, i) : 0;
}

/* The number of words ending at token i (its lower-case form b, the word before prev) that tell the day told
 * before: "the same day", "that day" (evening, night, morning, afternoon), "within hours", "hours later" (with "a
 * few", "several", "two" ... before "hours" or not); 0 when they do not */
static uint32_t same_day_words(const kg_doc *doc, const kg_sentence *s, uint32_t i, const char *b, const char *prev)
{
  static const char *const part[] = { "day", "evening", "night", "morning", "afternoon", NULL };
  int is_part = 0;
  for (size_t k = 0; part[k]; k++)
    is_part |= !strcmp(b, part[k]);
  if (i < s->tok + 1)
    return 0;
  if ((is_part && !strcmp(prev, "that")) || (!strcmp(b, "hours") && !strcmp(prev, "within")))
    return 2;
  if (!strcmp(b, "day") && !strcmp(prev, "same") && i >= s->tok + 2 && kg_tok_is(doc, i - 2, "the"))
    return 3;
  if (!strcmp(b, "later") && !strcmp(prev, "hours"))
    return 2;
  return 0;
}

size_t kg_dates_find(const kg_doc *doc, uint32_t sent, int ry, int rm, int rd,
                     kg_date_expr *out, size_t cap)
{
  return dates_find(doc, sent, ry, rm, rd, out, cap, 0);
}

/* kg_dates_find; depth 1 when looking back for the day "the following
 * day" follows (no further looking back) */
static size_t dates_find(const kg_doc *doc, uint32_t sent, int ry, int rm, int rd,
                         kg_date_expr *out, size_t cap, int depth)
{
  const kg_sentence *s = &doc->sents[sent];
  uint32_t end = s->tok + s->ntok;
  size_t n = 0;
  int have_ref = ry > 0 && rm > 0 && rd > 0;
  char b[32], prev[32];
  for (uint32_t i = s->tok; i < end; i++) {
    if (doc->tokens[i].flags & KG_TOK_DATELINE)
      continue;                 /* the dateline dates the story, not an event */
    word(doc, i, b, sizeof b);
    if (i > s->tok)
      word(doc, i - 1, prev, sizeof prev);
    else
      prev[0] = '\0';
    int y, m, d, mo;
    /* ISO 2023-06-12 */
    if (parse_iso(b, &y, &m, &d)) {
      n = push(out, n, cap, i, 1, KG_DATE_DAY, y, m, d);
      continue;
    }
    if ((mo = month_of(doc, i)) != 0) {
      uint32_t j = i + 1;
      if (j < end && kg_tok_is(doc, j, "."))
        j++;
      int dd = j < end ? number_of(doc, j, 1, 31) : -1;
      if (dd > 0) {                       /* June 12(, 2023) */
        uint32_t k = j + 1;
        if (k < end && kg_tok_is(doc, k, ","))
          k++;
        int yy = k < end ? number_of(doc, k, 1000, 2999) : -1;
        if (yy > 0)
          n = push(out, n, cap, i, k - i + 1, KG_DATE_DAY, yy, mo, dd);
        else if (have_ref)
          n = push(out, n, cap, i, j - i + 1, KG_DATE_DAY,
                   year_for(doc, s, ry, rm, rd, mo, dd, i), mo, dd);
        i = yy > 0 ? k : j;
        continue;
      }
      /* 12 June 2023 / 12 June */
      int dbefore = i > s->tok ? number_of(doc, i - 1, 1, 31) : -1;
      int yy = j < end ? number_of(doc, j, 1000, 2999) : -1;
      if (dbefore > 0) {
        if (yy > 0)
          n = push(out, n, cap, i - 1, j - i + 2, KG_DATE_DAY, yy, mo, dbefore);
        else if (have_ref)
          n = push(out, n, cap, i - 1, 2, KG_DATE_DAY,
                   year_for(doc, s, ry, rm, rd, mo, dbefore, i), mo, dbefore);
        if (yy > 0)
          i = j;
        continue;
      }
      if (yy > 0) {                       /* June 2023 */
        n = push(out, n, cap, i, j - i + 1, KG_DATE_MONTH, yy, mo, 0);
        i = j;
        continue;
      }
      /* "in June", "in early June", "in mid June": month of the reference year */
      uint32_t pi = i;
      if ((!strcmp(prev, "early") || !strcmp(prev, "mid") || !strcmp(prev, "late")) && i > s->tok + 1) {
        pi = i - 1;
        word(doc, pi - 1, prev, sizeof prev);
      }
      if (have_ref && (!strcmp(prev, "in") || !strcmp(prev, "since") ||
                       !strcmp(prev, "during") || !strcmp(prev, "until")) &&
          kg_tok_is_cap(&doc->tokens[i])) {
        /* "in May last year", "in March next year": that year's month, one expression */
        if (j + 1 < end && kg_tok_is(doc, j + 1, "year") &&
            (kg_tok_is(doc, j, "last") || kg_tok_is(doc, j, "next") || kg_tok_is(doc, j, "this"))) {
          int dy = kg_tok_is(doc, j, "last") ? -1 : kg_tok_is(doc, j, "next") ? 1 : 0;
          n = push(out, n, cap, pi, j + 1 - pi + 1, KG_DATE_MONTH, ry + dy, mo, 0);
          i = j + 1;
          continue;
        }
        /* "in September of that year": the month of the year told before */
        int ty = j + 2 < end && kg_tok_is(doc, j, "of") && kg_tok_is(doc, j + 1, "that") &&
                 kg_tok_is(doc, j + 2, "year") ? that_year(doc, sent, out, n, ry, rm, rd) : 0;
        int by = ty > 0 ? 0 : year_told_before(out, n, mo, ry, rm, rd);
        n = push(out, n, cap, pi, ty > 0 ? j + 2 - pi + 1 : i - pi + 1, KG_DATE_MONTH,
                 ty > 0 ? ty : by > 0 ? by : year_for(doc, s, ry, rm, rd, mo, 1, i), mo, 0);
        if (ty > 0)
          i = j + 2;
      } else if (have_ref && pi == i && kg_tok_is_cap(&doc->tokens[i]) &&
                 (!strcmp(prev, "last") || !strcmp(prev, "next") || !strcmp(prev, "this"))) {
        /* "last September": the latest September before the story's month;
         * "next March" the first after it; "this June" the story's year */
        int yy2 = ry;
        if (!strcmp(prev, "last") && mo >= rm)
          yy2 = ry - 1;
        else if (!strcmp(prev, "next") && mo <= rm)
          yy2 = ry + 1;
        n = push(out, n, cap, i - 1, 2, KG_DATE_MONTH, yy2, mo, 0);
      }
      continue;
    }
    /* "in mid-February", "in early-March" written as one word */
    if (have_ref && (!strncmp(b, "mid-", 4) || !strncmp(b, "early-", 6) || !strncmp(b, "late-", 5)) &&
        (!strcmp(prev, "in") || !strcmp(prev, "since") || !strcmp(prev, "until"))) {
      const char *mw = strchr(b, '-') + 1;
      for (int mm = 0; mm < 12; mm++)
        if (!strcmp(mw, k_months[mm][0])) {
          n = push(out, n, cap, i, 1, KG_DATE_MONTH, year_for(doc, s, ry, rm, rd, mm + 1, 1, i), mm + 1, 0);
          break;
        }
      continue;
    }
    int yy = number_of(doc, i, 1900, 2099);
    if (yy > 0 && strlen(b) == 4) {        /* in 2019, the 2019 summit */
      static const char *const yprev[] = { "in", "of", "since", "until", "during",
        "by", "from", "early", "late", "mid", "the", "'s", "and", "to", "before",
        "after", "through", "between", NULL };
      int ok = 0;
      for (int k = 0; yprev[k]; k++)
        if (!strcmp(prev, yprev[k]))
          ok = 1;
      if (ok)
        n = push(out, n, cap, i, 1, KG_DATE_YEAR, yy, 0, 0);
      continue;
    }
    int sm = i > s->tok ? season_of(doc, i, b, prev) : 0;
    if (sm) {
      int sy = i + 1 < end ? number_of(doc, i + 1, 1000, 2999) : -1;    /* "in spring 2024": that year */
      int rel = !strcmp(prev, "this") || !strcmp(prev, "next") || !strcmp(prev, "last");
      uint32_t len = 1 + (uint32_t)rel + (sy > 0);
      if (sy <= 0 && i + 2 < end && kg_tok_is(doc, i + 1, "of") && number_of(doc, i + 2, 1000, 2999) > 0)
        continue;                         /* "the summer of 2022": the year's own rule */
      if (sy <= 0 && have_ref && !on_noun(doc, i - (uint32_t)rel, i))
        sy = season_year(doc, s, i, sm, prev, ry, rm, rd);
      if (sy > 0)
        n = push(out, n, cap, i - (uint32_t)rel, len, KG_DATE_YEAR, sy, 0, 0);
      i += len - 1 - (uint32_t)rel;
      continue;
    }
    /* "in 2021, when Vilnius let Taiwan open an office ... China downgraded
     * relations that year": the year of the last date told before, in the
     * sentence or the two before it */
    if (!strcmp(b, "year") && !strcmp(prev, "that")) {
      int ty = that_year(doc, sent, out, n, ry, rm, rd);
      if (ty > 0)
        n = push(out, n, cap, i - 1, 2, KG_DATE_YEAR, ty, 0, 0);
      continue;
    }
    /* "At the time, Bamako accused Algeria": the last date told before, in
     * the sentence, a clause's time before a noun's, or of the main clause of
     * the one before it ("since January 2024, when the junta ended the 2015
     * agreement": not 2015; "the athlete, who won silver in 2000, said":
     * none); not "at the time of the vote" */
    if (!strcmp(b, "time") && (!strcmp(prev, "the") || !strcmp(prev, "that")) && i >= s->tok + 2 &&
        kg_tok_is(doc, i - 2, "at") && !depth && !(i + 1 < end && kg_tok_is(doc, i + 1, "of"))) {
      kg_date_expr an = { 0 }, pv[16];
      for (size_t q = n; q-- > 0 && !an.kind;)
        if (!modifier_date(doc, &out[q]) && kg_dates_fits(doc, out[q].tok, i))
          an = out[q];
      for (size_t q = n; q-- > 0 && !an.kind;)   /* "his 1998 statement, which Seoul welcomed at the time" */
        if (modifier_date(doc, &out[q]))
          an = out[q];
      uint32_t root = UINT32_MAX;         /* the sentence before: a date of its main clause */
      for (uint32_t q = !an.kind && sent > 0 ? doc->sents[sent - 1].tok : s->tok; q < s->tok; q++)
        if (kg_tok_head(doc, q) < 0 && root == UINT32_MAX)
          root = q;
      for (size_t np = root != UINT32_MAX ? dates_find(doc, sent - 1, ry, rm, rd, pv, 16, 1) : 0;
           np-- > 0 && !an.kind;)
        if (!modifier_date(doc, &pv[np]) && kg_dates_fits(doc, pv[np].tok, root))
          an = pv[np];
      if (an.kind && an.y > 0)
        n = push(out, n, cap, i - 2, 3, an.kind, an.y, an.m, an.d);
      continue;
    }
    /* (the rest counts from the reference date) */
    if (!have_ref)
      continue;
    int y2 = ry, m2 = rm, d2 = rd;
    if (!strcmp(b, "overnight") || !strcmp(b, "tonight")) {
      /* the night that ends on the story's day ("struck ... overnight"
       * in a story of Monday: Monday, the date the wires give it); not
       * "overnight on Sunday", "overnight Saturday": that day tells */
      int named = 0;
      for (uint32_t q = i + 1; q < s->tok + s->ntok && q <= i + 2 && !named; q++) {
        char nb[16];
        kg_tok_lower(&doc->tokens[q], nb, sizeof nb);
        for (int w = 0; w < 7 && !named; w++)
          named = !strcmp(nb, k_wdays[w]);
        if (strcmp(nb, "on") && strcmp(nb, "into") && strcmp(nb, "to"))
          break;
      }
      if (!named)
        n = push(out, n, cap, i, 1, KG_DATE_DAY, y2, m2, d2);
      continue;
    }
    if (!strcmp(b, "yesterday") || !strcmp(b, "today") || !strcmp(b, "tomorrow")) {
      kg_date_add_days(&y2, &m2, &d2, b[0] == 'y' ? -1 : b[2] == 'd' ? 0 : 1);
      n = push(out, n, cap, i, 1, KG_DATE_DAY, y2, m2, d2);
      continue;
    }
    for (int w = 0; w < 7; w++) {
      if (strcmp(b, k_wdays[w]) != 0)
        continue;
      int cur = kg_date_weekday(ry, rm, rd);
      int delta;
      if (!strcmp(prev, "last"))
        delta = -(((cur - w) + 7) % 7 == 0 ? 7 : ((cur - w) + 7) % 7);
      else if (!strcmp(prev, "next") ||
               ((sentence_future(doc, s) || would_before(doc, s, i) || future_governor(doc, i)) &&
                !past_governor(doc, i)))
        delta = ((w - cur) + 7) % 7;
      else
        delta = -(((cur - w) + 7) % 7);
      kg_date_add_days(&y2, &m2, &d2, delta);
      n = push(out, n, cap, i, 1, KG_DATE_DAY, y2, m2, d2);
    }
    /* "France expelled 41 diplomats in April 2022, and Russia responded a
     * month later": a span after the last date told before in the sentence,
     * at that date's precision (a month or year at most) */
    if (!strcmp(b, "later") && strcmp(prev, "hours") && i >= s->tok + 2 && n > 0 &&
        out[n - 1].tok + out[n - 1].ntok <= i - 2) {
      char unit[32], num[32];
      word(doc, i - 1, unit, sizeof unit);
      word(doc, i - 2, num, sizeof num);
      int k = !strcmp(num, "a") || !strcmp(num, "an") ? 1 : small_number(num);
      const kg_date_expr *an = &out[n - 1];
      int ly = an->y, mm = an->m, dd = an->d, kind = an->kind;
      int ok = k > 0;
      if (ok && (!strcmp(unit, "year") || !strcmp(unit, "years")))
        ly += k;
      else if (ok && (!strcmp(unit, "month") || !strcmp(unit, "months")) && mm > 0) {
        mm += k;
        ly += (mm - 1) / 12;
        mm = (mm - 1) % 12 + 1;
        kind = kind == KG_DATE_DAY ? KG_DATE_MONTH : kind;   /* (the day is not known) */
        dd = 0;
      } else if (ok && kind == KG_DATE_DAY &&
                 (!strcmp(unit, "day") || !strcmp(unit, "days") || !strcmp(unit, "week") ||
                  !strcmp(unit, "weeks")))
        kg_date_add_days(&ly, &mm, &dd, unit[0] == 'w' ? 7 * k : k);
      else
        ok = 0;
      if (ok)                             /* (at "later", the verb's own word) */
        n = push(out, n, cap, i, 1, kind, ly, mm, dd);
      continue;
    }
    /* "recalled its envoy the following day", "the next day": the day after
     * the last day told before, in this sentence or, when it tells none, in
     * the six sentences before (a year or month told between is passed);
     * with no day told there, the month told last ("In March, X wrote ...
     * Y recalled its ambassador the next day": March).  "The same day",
     * "that day", "within hours", "hours later": that day itself */
    uint32_t sd = same_day_words(doc, s, i, b, prev);
    if (((!strcmp(b, "day") && (!strcmp(prev, "following") || !strcmp(prev, "next")) && i >= s->tok + 2 &&
          kg_tok_is(doc, i - 2, "the")) || sd) && !depth) {
      kg_date_expr pv[8], an = { 0 }, lm = { 0 };
      for (size_t k = n; k-- > 0 && an.kind != KG_DATE_DAY;)
        if ((an = out[k]).kind == KG_DATE_MONTH && !lm.kind)
          lm = an;
      for (uint32_t ps = sent; an.kind != KG_DATE_DAY && ps-- > 0 && ps + 6 >= sent;)
        for (size_t np = dates_find(doc, ps, ry, rm, rd, pv, 8, 1); np-- > 0 && an.kind != KG_DATE_DAY;)
          if ((an = pv[np]).kind == KG_DATE_MONTH && !lm.kind)
            lm = an;
      uint32_t from = sd ? i + 1 - sd : i - 2;
      if (an.kind == KG_DATE_DAY && an.y > 0) {
        kg_date_add_days(&an.y, &an.m, &an.d, sd ? 0 : 1);
        n = push(out, n, cap, from, i + 1 - from, KG_DATE_DAY, an.y, an.m, an.d);
      } else if (lm.y > 0 && lm.m > 0)
        n = push(out, n, cap, from, i + 1 - from, KG_DATE_MONTH, lm.y, lm.m, 0);
      continue;
    }
    /* "France recalled its ambassador the following month", "the next
     * year": the month (year) after the last month or day (year) told, in
     * this sentence or the six before */
    if ((!strcmp(b, "month") || !strcmp(b, "year")) && (!strcmp(prev, "following") || !strcmp(prev, "next")) &&
        i >= s->tok + 2 && kg_tok_is(doc, i - 2, "the") && !depth) {
      kg_date_expr pv[8], an = { 0 };
      for (size_t k = n; k-- > 0 && !an.kind;)
        an = out[k];
      for (uint32_t ps = sent; !an.kind && ps-- > 0 && ps + 6 >= sent;)
        for (size_t np = dates_find(doc, ps, ry, rm, rd, pv, 8, 1); np-- > 0 && !an.kind;)
          an = pv[np];
      if (an.kind && an.y > 0 && b[0] == 'y')
        n = push(out, n, cap, i - 2, 3, KG_DATE_YEAR, an.y + 1, 0, 0);
      else if (an.kind && an.y > 0 && an.m > 0)
        n = push(out, n, cap, i - 2, 3, KG_DATE_MONTH, an.y + an.m / 12, an.m % 12 + 1, 0);
      continue;
    }
    /* "X did Y on Sunday, a day after Z did W": the "after" clause's day is
     * the day told before it in the sentence less the span ("two days
     * after", "a week before": plus it), given at "after" itself, which
     * only that clause's events take (kg_dates_fits) */
    if ((!strcmp(b, "after") || !strcmp(b, "before")) && i >= s->tok + 2 && !depth) {
      char num[32];
      word(doc, i - 2, num, sizeof num);
      int k = small_number(num);
      int days = !strcmp(prev, "day") || !strcmp(prev, "days") ? k
               : !strcmp(prev, "week") || !strcmp(prev, "weeks") ? 7 * k : 0;
      const kg_date_expr *an = NULL;
      for (size_t q = n; q-- > 0 && !an;)
        if (out[q].kind == KG_DATE_DAY && out[q].tok + out[q].ntok <= i - 2)
          an = &out[q];
      /* (a clause's marker only: "a day after the summit" dates the summit) */
      int mark = !kg_sent_has_tree(doc, sent) ||
                 (doc->tokens[i].deprel && !strcmp(doc->tokens[i].deprel, "mark"));
      if (k > 0 && days > 0 && an && mark) {
        int ay = an->y, am = an->m, ad = an->d;
        kg_date_add_days(&ay, &am, &ad, b[0] == 'a' ? -days : days);
        n = push(out, n, cap, i, 1, KG_DATE_DAY, ay, am, ad);
      }
      continue;
    }
    /* "two days ago", "a week ago": the day; "three weeks ago": its month;
     * "a year ago", "a month ago": that year or month ("two years ago" is
     * given at "two", on the noun "years": kg_dates_fits keeps such a
     * number to its noun, and so it dates no event; as it was for days) */
    if (!strcmp(b, "ago") && i >= s->tok + 2) {
      char unit[32], num[32];
      word(doc, i - 1, unit, sizeof unit);
      word(doc, i - 2, num, sizeof num);
      int k = small_number(num);
      int days = !strcmp(unit, "day") || !strcmp(unit, "days") ? k
               : !strcmp(unit, "week") || !strcmp(unit, "weeks") ? 7 * k : 0;
      if (k > 0 && days > 0) {
        kg_date_add_days(&y2, &m2, &d2, -days);
        n = push(out, n, cap, i - 2, 3, days <= 7 ? KG_DATE_DAY : KG_DATE_MONTH, y2, m2, d2);
      } else if (k > 0 && (!strcmp(unit, "year") || !strcmp(unit, "years"))) {
        n = push(out, n, cap, i - 2, 3, KG_DATE_YEAR, ry - k, 0, 0);
      } else if (k > 0 && k < 12 && (!strcmp(unit, "month") || !strcmp(unit, "months"))) {
        int mm = rm - k, yv = ry;
        if (mm < 1) { mm += 12; yv--; }
        n = push(out, n, cap, i - 2, 3, KG_DATE_MONTH, yv, mm, 0);
      }
      continue;
    }
    /* "last week", "this week", "over the weekend": the month, when the
     * days it spans lie in one month */
    if ((!strcmp(b, "week") && (!strcmp(prev, "last") || !strcmp(prev, "this"))) ||
        (!strcmp(b, "weekend") && (!strcmp(prev, "the") || !strcmp(prev, "last") ||
                                   !strcmp(prev, "this")))) {
      int cur = kg_date_weekday(ry, rm, rd);         /* 0 Sunday .. 6 Saturday */
      int from, to;                                   /* offsets from the reference day */
      if (b[4] == 'e') {                              /* the weekend before (or this one) */
        if (sentence_future(doc, s))
          continue;
        if (cur == 6) { from = 0; to = 0; }
        else if (cur == 0) { from = -1; to = 0; }
        else { from = -(cur + 1); to = -cur; }
      } else {
        int mon = (cur + 6) % 7;                      /* days since Monday */
        from = prev[0] == 'l' ? -mon - 7 : -mon;
        to = prev[0] == 'l' ? -mon - 1 : 0;
      }
      int ya = ry, ma = rm, da = rd, yb = ry, mb = rm, db = rd;
      kg_date_add_days(&ya, &ma, &da, from);
      kg_date_add_days(&yb, &mb, &db, to);
      if (ya == yb && ma == mb)
        n = push(out, n, cap, i - 1, 2, KG_DATE_MONTH, ya, ma, 0);
      continue;
    }
    /* "on the 5th": that day of the reference month (or the month before
     * when it is still to come and the sentence is not about the future) */
    if (!strcmp(prev, "the") && i >= s->tok + 2 && kg_tok_is(doc, i - 2, "on") && strlen(b) > 2 &&
        isalpha((unsigned char)b[strlen(b) - 1]) &&
        (i + 1 >= end || !isalnum((unsigned char)doc->tokens[i + 1].form[0]))) {
      int dd = number_of(doc, i, 1, 31);
      if (dd > 0) {
        int yy2 = ry, mm2 = rm;
        if (dd > rd && !sentence_future(doc, s) && --mm2 < 1) { mm2 = 12; yy2--; }
        n = push(out, n, cap, i - 2, 3, KG_DATE_DAY, yy2, mm2, dd);
      }
      continue;
    }
    if ((!strcmp(b, "year") || !strcmp(b, "month")) &&
        (!strcmp(prev, "last") || !strcmp(prev, "this") || !strcmp(prev, "next"))) {
      int delta = prev[0] == 'l' ? -1 : prev[0] == 'n' ? 1 : 0;
      if (b[0] == 'y') {
        n = push(out, n, cap, i - 1, 2, KG_DATE_YEAR, ry + delta, 0, 0);
      } else {
        int mm = rm + delta, yv = ry;
        if (mm < 1) { mm = 12; yv--; }
        if (mm > 12) { mm = 1; yv++; }
        n = push(out, n, cap, i - 1, 2, KG_DATE_MONTH, yv, mm, 0);
      }
    }
  }
  return n;
}

int kg_dates_number_of(const kg_doc *doc, uint32_t i, int lo, int hi)
{
  return number_of(doc, i, lo, hi);
}

int kg_dates_month_of(const kg_doc *doc, uint32_t i)
{
  return month_of(doc, i);
}
