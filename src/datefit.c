/* datefit.c — whether a sentence's date expression may date an event of
 * another clause of it.
 *
 * Owns: kg_dates_fits (not across a "who" relative or a relative with no
 * relative word ("the deal they signed in 2018"), nor an "after"/"before"/
 * "since"/"until" clause, nor a span's start on another word ("his third
 * since 2016"), nor outside the noun of "the genocide of 1904"; a fronted
 * "In 2021" is the sentence's year, lent to its "after" clause) and
 * kg_dates_after_conjunct.
 * Does not own: finding and normalising date expressions (dates.c), which
 * of the fitting dates an event takes (evdate.c).
 */
#include <string.h>
#include "dates.h"
#include "actors.h"
#include "evscope.h"

/* Whether token n is a past form ("secured", VBN or VBD) right after a
 * comma after a noun, with no subject of its own, a date below it: a
 * reduced relative on the noun, however parsed. */
static int past_on_noun(const kg_doc *d, uint32_t n)
{
  const kg_sentence *s = &d->sents[d->tokens[n].sent];
  const kg_token *t = &d->tokens[n];
  if (t->upos != KG_UPOS_VERB || !t->xpos || (strcmp(t->xpos, "VBN") && strcmp(t->xpos, "VBD")) ||
      n < s->tok + 2 || !kg_tok_is(d, n - 1, ",") ||
      (d->tokens[n - 2].upos != KG_UPOS_NOUN && d->tokens[n - 2].upos != KG_UPOS_PROPN))
    return 0;
  int date = 0;
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
    if (kg_tok_head(d, k) != (int32_t)n || !d->tokens[k].deprel)
      continue;
    if (!strncmp(d->tokens[k].deprel, "nsubj", 5) || !strcmp(d->tokens[k].deprel, "aux"))
      return 0;
    date |= d->tokens[k].upos == KG_UPOS_NUM || (!strcmp(d->tokens[k].deprel, "obl") && k > n && k < n + 4);
  }
  return date;
}

/* The lowest ancestor of token x (x included) that heads a relative clause
 * (a clause with a child "who", "which", "whom", "whose") or a clause
 * opened by "after", "before", "since", "until" or "once"; -1. */
static int32_t bounded_clause(const kg_doc *d, uint32_t x)
{
  int32_t n = (int32_t)x;
  for (int hops = 0; n >= 0 && hops < 64; hops++) {
    const kg_sentence *s = &d->sents[d->tokens[n].sent];
    /* "The package, proposed by the Commission in May, bans ...": a
     * participle clause on a noun keeps its date */
    if (d->tokens[n].deprel && !strcmp(d->tokens[n].deprel, "acl") &&
        d->tokens[n].xpos && !strcmp(d->tokens[n].xpos, "VBN") && !kg_ev_message_issued(d, (uint32_t)n))
      return n;
    /* ... also when parsed as a conjunct: "the rebate, secured in 1984 by
     * Thatcher, was justified" (a past form right after ", " on a noun, with
     * no subject of its own) */
    if (past_on_noun(d, (uint32_t)n))
      return n;
    /* "the agreement they signed in 2018": a relative clause with no
     * relative word keeps its date (one with "that" may be a complement;
     * "where"/"when" name the same occasion) */
    if (d->tokens[n].deprel && !strcmp(d->tokens[n].deprel, "acl:relcl") && kg_tok_head(d, n) >= 0 &&
        kg_tok_head(d, n) < n) {
      int that = 0;
      for (uint32_t k = s->tok; k < (uint32_t)n && !that; k++)
        that = kg_tok_head(d, k) == n && (kg_tok_is(d, k, "that") || kg_tok_is(d, k, "which") ||
                                          kg_tok_is(d, k, "who") || kg_tok_is(d, k, "where") ||
                                          kg_tok_is(d, k, "when"));
      if (!that)
        return n;
    }
    for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
      if (kg_tok_head(d, k) != n)
        continue;
      const char *kr = d->tokens[k].deprel ? d->tokens[k].deprel : "";
      /* "who accepted ...", whatever the clause's label (a relative is often
       * parsed as parataxis); not "where"/"when" (the same occasion) nor
       * "that" (often a complement clause parsed as a relative) */
      if (kg_tok_head(d, n) >= 0 && (kg_tok_is(d, k, "who") || kg_tok_is(d, k, "which") ||
                                     kg_tok_is(d, k, "whom") || kg_tok_is(d, k, "whose")))
        return n;
      /* "three days after soldiers seized ...", whatever the clause's label
       * (not "hours after", "shortly before": the same day) */
      static const char *const soon[] = { "hours", "minutes", "moments", "shortly", "soon", "just",
        "immediately", NULL };
      int same_day = 0;
      for (int q = 0; soon[q] && k > s->tok; q++)
        same_day |= kg_tok_is(d, k - 1, soon[q]);
      if (!strcmp(kr, "mark") && (kg_tok_is(d, k, "after") || kg_tok_is(d, k, "before") ||
                                  kg_tok_is(d, k, "since") || kg_tok_is(d, k, "until") ||
                                  kg_tok_is(d, k, "once")) &&
          !((kg_tok_is(d, k, "after") || kg_tok_is(d, k, "before")) && same_day))
        return n;
    }
    n = kg_tok_head(d, (uint32_t)n);
  }
  return -1;
}

/* The number of quotation marks in token a's sentence before token a. */
static unsigned quotes_before(const kg_doc *d, uint32_t a)
{
  unsigned q = 0;
  for (uint32_t k = d->sents[d->tokens[a].sent].tok; k < a; k++)
    q += (unsigned)(kg_tok_opens_quote(d, k) || kg_tok_closes_quote(d, k));
  return q;
}

/* The word that opens the phrase of the date at dt, past "the end of",
 * "early", "mid" ...: "by (the end of) 2027" -> "by"; the index, or dt. */
static uint32_t date_prep(const kg_doc *d, uint32_t dt)
{
  uint32_t s0 = d->sents[d->tokens[dt].sent].tok, p = dt;
  static const char *const skip[] = { "the", "end", "start", "beginning", "middle", "close", "of",
    "early", "late", "mid", "mid-", NULL };
  for (int n = 0; n < 5 && p > s0; n++) {
    int sk = 0;
    for (int k = 0; skip[k] && !sk; k++)
      sk = kg_tok_is(d, p - 1, skip[k]);
    if (!sk)
      break;
    p--;
  }
  return p > s0 ? p - 1 : dt;
}

/* Whether the date at dt opens a span whose other end follows: "from 1998 to 2000", "from March 2019 until May
 * 2020", "between 2019 and 2021" (between: the "and"). */
static int span_start(const kg_doc *d, uint32_t dt, int between)
{
  for (uint32_t k = dt + 1; k + 1 < d->ntokens && k <= dt + 5 && d->tokens[k + 1].sent == d->tokens[dt].sent; k++)
    if (between ? kg_tok_is(d, k, "and") : (kg_tok_is(d, k, "to") || kg_tok_is(d, k, "until") ||
                                             kg_tok_is(d, k, "till") || kg_tok_is(d, k, "through")))
      return kg_dates_number_of(d, k + 1, 1900, 2100) > 0 || kg_dates_month_of(d, k + 1) ||
             (kg_dates_number_of(d, k + 1, 1, 31) > 0 && k + 2 < d->ntokens && kg_dates_month_of(d, k + 2));
  return 0;
}

/* A date that bounds a span or sets a deadline dates no event of its own:
 * "pledged to lift sanctions by 2030", "by the end of 2027", "over ten years from 2029"; a span's end ("to
 * 2004", "and 2012").  A span's start with its end told dates the act by its start, as "since 2019" does
 * (the model holds one date, no interval): "grew from 2001 to 2004" 2001, "between 2010 and 2012" 2010. */
static int span_bound(const kg_doc *d, uint32_t dt)
{
  uint32_t p = date_prep(d, dt);
  if (p == dt)
    return 0;
  for (uint32_t k = dt + 1; k < d->ntokens && k <= dt + 4 && d->tokens[k].sent == d->tokens[dt].sent; k++)
    if (kg_tok_is(d, k, "when"))
      return 0;                         /* "hark back to 1994, when talks ..." */
  if ((kg_tok_is(d, p, "from") || kg_tok_is(d, p, "between")) && p + 1 == dt &&
      span_start(d, dt, kg_tok_is(d, p, "between")))
    return 0;
  if (kg_tok_is(d, p, "by") || kg_tok_is(d, p, "to") || kg_tok_is(d, p, "from") ||
      kg_tok_is(d, p, "through") || kg_tok_is(d, p, "between"))
    return 1;
  /* "between 2010 and 2012": the second bound */
  uint32_t s0 = d->sents[d->tokens[dt].sent].tok;
  for (uint32_t k = p; kg_tok_is(d, p, "and") && k-- > s0 && k + 6 > p;)
    if (kg_tok_is(d, k, "between"))
      return 1;
  return 0;
}

/* Whether dt is the year of a sentence's fronted "In 2021": "In 2021 the EU
 * imposed sanctions" (a year there is the sentence's time, never a noun's
 * modifier, whatever the parser made of "2021 Fiji"). */
static int fronted_year(const kg_doc *d, uint32_t dt)
{
  uint32_t s0 = d->sents[d->tokens[dt].sent].tok;
  return dt == s0 + 1 && kg_tok_is(d, s0, "in") && kg_dates_number_of(d, dt, 1900, 2100) > 0 &&
         dt + 1 < d->ntokens && d->tokens[dt + 1].sent == d->tokens[dt].sent &&
         kg_dates_month_of(d, dt + 1) == 0;
}

/* A fronted year lent to an "after" clause of its own sentence that tells no
 * year of its own: "In 2021 the EU imposed sanctions after the authorities
 * forced a plane to land": the forcing is of 2021 too (a year only: "On
 * Monday ... after" may be another day; not "three years after"). */
static int year_lent_after(const kg_doc *d, uint32_t dt, int32_t bt)
{
  if (!fronted_year(d, dt))
    return 0;
  const kg_sentence *s = &d->sents[d->tokens[dt].sent];
  static const char *const units[] = { "years", "year", "months", "month", "weeks", "week", "days", "day",
    "decades", "decade", "long", NULL };
  int after = 0;
  for (uint32_t k = s->tok; k < (uint32_t)bt && !after; k++) {
    if (kg_tok_head(d, k) != bt || !d->tokens[k].deprel || strcmp(d->tokens[k].deprel, "mark") ||
        !kg_tok_is(d, k, "after"))
      continue;
    after = 1;
    for (int q = 0; units[q] && k > s->tok; q++)
      after &= !kg_tok_is(d, k - 1, units[q]);
  }
  int32_t h = kg_tok_head(d, (uint32_t)bt);
  return after && h >= 0 && bounded_clause(d, (uint32_t)h) < 0;
}

/* Whether a clause opened by "after", "before", "since", "because" or
 * "until", with a finite or participle verb of its own, lies between token
 * t and date token dt in the sentence, the one holding the later of them:
 * "lodged a protest after a mortar shell fired from across the border killed
 * a man late on Friday" (Friday is the killing's, however parsed); not "hours
 * after" (the same day) nor a preposition with no verb ("after talks on
 * Friday"). */
static int clause_between(const kg_doc *d, uint32_t t, uint32_t dt)
{
  static const char *const subord[] = { "after", "before", "since", "because", "until", NULL };
  static const char *const soon[] = { "hours", "minutes", "moments", "shortly", "soon", "just", "immediately",
    "day", "days", "week", "weeks", "month", "months", "year", "years", NULL };
  uint32_t a = t < dt ? t : dt, b = t < dt ? dt : t, s0 = d->sents[d->tokens[t].sent].tok;
  for (uint32_t k = a + 1; k < b; k++) {
    int sub = 0;
    for (int q = 0; subord[q] && !sub; q++)
      sub = kg_tok_is(d, k, subord[q]);
    if (!sub || k == s0 || d->tokens[k].upos == KG_UPOS_ADV ||
        (k + 1 < b && d->tokens[k + 1].upos == KG_UPOS_VERB))
      continue;                           /* (not "have all since left": a clause has a subject first) */
    int same = 0;
    for (int q = 0; soon[q] && !same; q++)
      same = kg_tok_is(d, k - 1, soon[q]);
    if (same)
      return 0;
    for (uint32_t v = k + 1; v < b; v++) {
      static const char *const stop[] = { ",", "when", "which", "who", "whom", "whose", "where", "that", NULL };
      for (int q = 0; stop[q]; q++)
        if (kg_tok_is(d, v, stop[q]))
          return 0;                       /* "before the Winter of Discontent, when unions struck" */
      if (d->tokens[v].upos == KG_UPOS_VERB && d->tokens[v].xpos &&
          (!strcmp(d->tokens[v].xpos, "VBD") || !strcmp(d->tokens[v].xpos, "VBN") ||
           !strcmp(d->tokens[v].xpos, "VBZ") || !strcmp(d->tokens[v].xpos, "VBP")))
        return 1;
    }
    return 0;
  }
  return 0;
}

int kg_dates_fits(const kg_doc *doc, uint32_t dt, uint32_t t)
{
  if (dt < doc->ntokens && span_bound(doc, dt))
    return 0;
  /* "said: \"In my answer on 17 March 2003, I explained ...\"": a date
   * inside a quotation dates no event told outside it */
  if (dt < doc->ntokens && t < doc->ntokens && doc->tokens[dt].sent == doc->tokens[t].sent &&
      quotes_before(doc, dt) % 2 == 1 && quotes_before(doc, t) != quotes_before(doc, dt))
    return 0;
  /* "has until June 2006": a deadline, no event's day (but "until March
   * 2025, when they signed" dates the when-clause; a span's start, "since
   * 2019", is below) */
  int when = 0;
  for (uint32_t k = dt + 1; k < doc->ntokens && k <= dt + 4 && doc->tokens[k].sent == doc->tokens[dt].sent; k++)
    when |= kg_tok_is(doc, k, "when");
  if (dt > 0 && dt < doc->ntokens && doc->tokens[dt - 1].sent == doc->tokens[dt].sent && !when &&
      (kg_tok_is(doc, dt - 1, "until") || kg_tok_is(doc, dt - 1, "till")))
    return 0;
  if (dt < doc->ntokens && t < doc->ntokens && doc->tokens[dt].sent == doc->tokens[t].sent &&
      !fronted_year(doc, dt) && clause_between(doc, t, dt))
    return 0;                           /* (a fronted year: year_lent_after below) */
  if (dt >= doc->ntokens || t >= doc->ntokens || doc->tokens[dt].sent != doc->tokens[t].sent ||
      !kg_sent_has_tree(doc, doc->tokens[t].sent))
    return 1;
  /* "his third since 2016", "the worst fighting since 2022": a span's
   * start on another word than the event's dates only what that word
   * governs ("under sanctions since 2006" still dates the sanctions) */
  if (dt > doc->sents[doc->tokens[dt].sent].tok && kg_tok_is(doc, dt - 1, "since")) {
    int32_t h = kg_tok_head(doc, dt);
    if (h >= 0 && !kg_tok_under(doc, t, h))
      return 0;
  }
  /* "served from 1941 to 1945 and was wounded", "alleged he committed violations between 2000 and 2003": a
   * span's start dates only the word it hangs on and what that governs, not through a conjunct */
  uint32_t sp = date_prep(doc, dt);
  if (sp + 1 == dt && (kg_tok_is(doc, sp, "from") || kg_tok_is(doc, sp, "between")) &&
      span_start(doc, dt, kg_tok_is(doc, sp, "between"))) {
    int32_t h = kg_tok_head(doc, dt), n = (int32_t)t;
    for (int hops = 0; n >= 0 && n != h && hops < 12; hops++, n = kg_tok_head(doc, (uint32_t)n))
      if (doc->tokens[n].deprel && !strcmp(doc->tokens[n].deprel, "conj"))
        return 0;
    if (n != h)
      return 0;
  }
  if (kg_tok_other_conj(doc, dt, t))
    return 0;                           /* "..., and that they would meet next month" */
  /* "accused X of an attack that shut down Y's system and disrupted
   * hospitals last month, and Britain imposed sanctions", with the last
   * clause parsed as a conjunct inside the relative clause: a date after the
   * relative clause's verb does not date a conjunct with a subject of its
   * own (a date of a main clause, "X hosted Y on Monday, and the two sides
   * agreed", still dates both) */
  for (int32_t n = (int32_t)t, hops = 0; n >= 0 && hops < 8 && dt < t; hops++, n = kg_tok_head(doc, (uint32_t)n)) {
    if (doc->tokens[n].upos != KG_UPOS_VERB || !doc->tokens[n].deprel || strcmp(doc->tokens[n].deprel, "conj"))
      continue;
    /* (", and Britain imposed": a comma, "and" or "but" and a subject that
     * is no pronoun, no "when" clause) */
    int32_t h = kg_tok_head(doc, (uint32_t)n), sj = -1, cc = -1;
    for (uint32_t k = doc->sents[doc->tokens[t].sent].tok; k < (uint32_t)n; k++) {
      if (kg_tok_head(doc, k) != n || !doc->tokens[k].deprel)
        continue;
      if (!strncmp(doc->tokens[k].deprel, "nsubj", 5) && doc->tokens[k].upos != KG_UPOS_PRON)
        sj = (int32_t)k;
      if (!strcmp(doc->tokens[k].deprel, "cc") && k > 0 && kg_tok_is(doc, k - 1, ","))
        cc = (int32_t)k;
      if (!strcmp(doc->tokens[k].deprel, "mark"))
        cc = sj = -1, k = (uint32_t)n;
    }
    int rel = 0;
    for (int32_t a = h, up = 0; a >= 0 && up < 3 && !rel; up++, a = kg_tok_head(doc, (uint32_t)a))
      rel = doc->tokens[a].deprel && !strncmp(doc->tokens[a].deprel, "acl", 3);
    if (rel && sj > cc && cc >= 0 && dt > (uint32_t)h && dt < (uint32_t)cc && !kg_tok_under(doc, dt, n))
      return 0;
    break;
  }
  /* "who seized power in a coup a year ago, hosted ...": "ago" on a noun
   * dates that noun's event only */
  int32_t ah = dt + 2 < doc->ntokens && kg_tok_is(doc, dt + 2, "ago") ? kg_tok_head(doc, dt + 2) : -1;
  if (ah >= 0 && doc->tokens[ah].upos == KG_UPOS_NOUN && !kg_tok_under(doc, t, ah))
    return 0;
  int32_t bt = bounded_clause(doc, t), bd = bounded_clause(doc, dt);
  if (bt >= 0 && !kg_tok_under(doc, dt, bt) && !year_lent_after(doc, dt, bt))
    return 0;
  /* "the genocide of 1904": a year after "of" modifying a noun dates that
   * noun's event only, not "talks" elsewhere in the sentence */
  uint32_t y = dt;                      /* "of 1904 to 1908": the range's first year */
  for (int hops = 0; hops < 3 && kg_tok_head(doc, y) >= 0 &&
                     doc->tokens[kg_tok_head(doc, y)].upos == KG_UPOS_NUM; hops++)
    y = (uint32_t)kg_tok_head(doc, y);
  int32_t nh = kg_tok_head(doc, y);
  const char *dr = doc->tokens[y].deprel ? doc->tokens[y].deprel : "";
  /* a span of time is no event: "in the autumn of 1978", "the final quarter of 2004" */
  static const char *const spans[] = { "autumn", "spring", "summer", "winter", "fall", "quarter", "half",
    "end", "start", "beginning", "middle", "course", "part", "months", "weeks", "days", "years", NULL };
  int span = 0;
  for (int k = 0; nh >= 0 && spans[k] && !span; k++)
    span = kg_tok_is(doc, (uint32_t)nh, spans[k]);
  if (nh >= 0 && !span && !strncmp(dr, "nmod", 4) && doc->tokens[nh].upos == KG_UPOS_NOUN && y > 0 &&
      kg_tok_is(doc, y - 1, "of") && !kg_tok_under(doc, t, nh))
    return 0;
  /* "the 2015 agreement", "the 2018 election": a year before a noun it
   * modifies dates that noun's event only */
  if (nh > (int32_t)y && doc->tokens[nh].upos == KG_UPOS_NOUN && doc->tokens[y].upos == KG_UPOS_NUM &&
      (!strcmp(dr, "compound") || !strcmp(dr, "nummod") || !strcmp(dr, "amod")) &&
      !kg_tok_under(doc, t, nh) && !fronted_year(doc, y))
    return 0;
  /* (but "an agreement, reached in 1992," dates the agreement) */
  int own = bd >= 0 && past_on_noun(doc, (uint32_t)bd) &&
            (t + 2 == (uint32_t)bd || (kg_tok_head(doc, (uint32_t)bd - 2) == (int32_t)t &&
                                       doc->tokens[t].upos == KG_UPOS_NOUN));
  if (bd >= 0 && !kg_tok_under(doc, t, bd) && !own)
    return 0;
  return 1;
}

const kg_date_expr *kg_dates_after_conjunct(const kg_doc *doc, const kg_date_expr *dates, size_t n,
                                            uint32_t from, uint32_t limit)
{
  for (size_t k = 0; k < n; k++) {
    uint32_t t = dates[k].tok;
    if (t < from || t >= limit || t > from + 4)
      continue;
    int clear = 1;                        /* only the date's own words between */
    for (uint32_t q = from; q < t && clear; q++)
      clear = kg_tok_is(doc, q, "in") || kg_tok_is(doc, q, "on") || kg_tok_is(doc, q, "the") ||
              kg_tok_is(doc, q, "late") || kg_tok_is(doc, q, "early");
    if (clear)
      return &dates[k];
  }
  return NULL;
}
