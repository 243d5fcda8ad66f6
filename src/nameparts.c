/* nameparts.c — Arabic name parts after a person's span, for actors_names.c.
 *
 * Owns: the patronymic particle and the name after it ("Sultan Haitham |
 * bin Tariq", the tagger's person span ending before "bin"), and the
 * hyphenated "al-"/"el-" parts of a family or tribal name after a person's
 * span ("Salem Abdullah | al-Jaber al-Sabah", "Ahmad Nawaf al-Ahmad |
 * al-Sabah"), which the tagger starts a span of its own at, or leaves out,
 * or calls a place when the gazetteer knows the word (Sabah, a Malaysian
 * state).  Only lower-case "al"/"el" attached by a hyphen to a capitalised
 * name word counts: "Al Jazeera" or a comma between are no part.
 * Does not own: the tagger's spans and the other name rules
 * (actors_names.c), the run of name words after a title (actors_names.c's
 * name_run), making mentions (actors.c).
 */
#include <string.h>
#include "actors.h"
#include "coref.h"
#include "nameparts.h"

/* Tokens of a hyphenated "al-X" part at q ("al", "-", a name word), else 0. */
static uint32_t al_part(const kg_doc *d, const kg_sentence *s, uint32_t q)
{
  static const char *const al[] = { "al", "el", NULL };
  return q + 2 < s->tok + s->ntok && kg_act_in_list(d->tokens[q].form, al) && !d->tokens[q].space_after &&
         !strcmp(d->tokens[q + 1].form, "-") && !d->tokens[q + 1].space_after && kg_act_name_tok(d, q + 2) ? 3 : 0;
}

uint32_t kg_name_al_tail(const kg_doc *d, const kg_sentence *s, uint32_t tok, uint32_t n)
{
  for (uint32_t k; n > 0 && (k = al_part(d, s, tok + n)) > 0;)
    n += k;                             /* "al-Sabah": the particle and hyphen are glue */
  return n;
}

uint32_t kg_name_arabic_parts(const kg_doc *d, const kg_sentence *s, uint32_t tok, uint32_t n, int *type)
{
  static const char *const patr[] = { "bin", "bint", "ibn", NULL };
  uint32_t end = s->tok + s->ntok;
  /* (a given name the tagger called MISC before "bin" and a person:
   * "Musaad bin Mohammed al-Aiban") */
  if (*type == KG_NE_MISC && n == 1 && tok + 2 < end && kg_act_in_list(d->tokens[tok + 1].form, patr) &&
      d->tokens[tok + 2].ner_type == KG_NE_PER && kg_act_name_tok(d, tok + 2))
    *type = KG_NE_PER;
  if (*type != KG_NE_PER)
    return n;
  for (;;) {
    uint32_t q = tok + n;
    if (q + 1 < end && !kg_tok_is_cap(&d->tokens[q]) && kg_act_in_list(d->tokens[q].form, patr) &&
        kg_act_name_tok(d, q + 1)) {
      n += 2;
      while (tok + n < end && d->tokens[tok + n].ner_iob == KG_IOB_I &&
             (kg_act_name_tok(d, tok + n) || d->tokens[tok + n].ner_type == KG_NE_PER))
        n++;                            /* (and "al-Aiban", tagged inside the person) */
    } else if (al_part(d, s, q) > 0) {
      n = kg_name_al_tail(d, s, tok, n);
    } else {
      return n;
    }
  }
}
