/* shipnames.c — names that are no actors because they name a thing: a ship's (after a prefix such as "USS" or
 * "USCGC", a flag, a vessel noun, or named so before: "the USCGC Healy ... the Healy"), a facility's or a
 * weapon's make ("the TurkStream pipeline", "Mistral air-defence missiles").  Moved from actors_names.c
 * (thirty-sixth session), which calls them while adding names the dictionary lacks; does not own the
 * names that are actors. */
#include <ctype.h>
#include <stdint.h>
#include <string.h>
#include "actors.h"
#include "shipnames.h"

static const char *const k_ship_prefix[] = { "USS", "HMS", "BRP", "INS", "HMAS", "HMCS", "RFS", "ROKS", "KRI",
                                             "TCG", "PNS", "USNS", "USCGC", "CCGS", "HMNZS", "HNLMS", "HDMS", NULL };

int kg_act_ship_prefix(const char *form)
{
  return kg_act_in_list(form, k_ship_prefix);
}

/* The first token of document d that is a ship's prefix, UINT32_MAX when
 * none: found once per document (per thread), keyed by the text's hash and
 * the token count (a document of the same text has the same tokens). */
static uint32_t first_prefix(const kg_doc *d)
{
  static _Thread_local char id[sizeof d->id];
  static _Thread_local size_t ntok = SIZE_MAX;
  static _Thread_local uint32_t first = UINT32_MAX;
  if (ntok == d->ntokens && !strcmp(id, d->id))
    return first;
  first = UINT32_MAX;
  for (uint32_t i = 0; i < d->ntokens && first == UINT32_MAX; i++) {
    const char *f = d->tokens[i].form;
    if (f && isupper((unsigned char)f[0]) && isupper((unsigned char)f[1]) && kg_act_ship_prefix(f))
      first = i;
  }
  memcpy(id, d->id, sizeof id);
  ntok = d->ntokens;
  return first;
}

/* 1 when the name at tok was met earlier after a ship's prefix. */
static int ship_named_before(const kg_doc *d, uint32_t tok)
{
  uint32_t f = first_prefix(d);
  if (f == UINT32_MAX)
    return 0;
  for (uint32_t i = f; i + 1 < tok; i++)
    if (kg_act_ship_prefix(d->tokens[i].form))
      for (uint32_t k = i + 1; k < tok && k <= i + 3 && kg_tok_is_cap(&d->tokens[k]); k++)
        if (!strcmp(d->tokens[k].form, d->tokens[tok].form))
          return 1;
  return 0;
}

/* "the Panama-flagged Ocean Pearl", "the tanker Ocean Pearl", "the
 * trawler, the Polar Star, was boarded": a name after a flag or a vessel
 * noun, or in apposition to one, is a ship's, no actor; so is one met
 * after a ship's prefix before ("the USCGC Healy ... the Healy"). */
int kg_act_ship_name(const kg_doc *d, const kg_sentence *s, uint32_t tok)
{
  static const char *const vessel[] = { "tanker", "ship", "vessel", "freighter", "warship", "frigate",
                                        "destroyer", "trawler", "yacht", "carrier", "icebreaker", "cutter", NULL };
  if (ship_named_before(d, tok))
    return 1;
  if (tok > s->tok + 1 && (kg_tok_is(d, tok - 1, "flagged") || kg_tok_is(d, tok - 1, "registered")) &&
      kg_tok_is(d, tok - 2, "-"))
    return 1;
  uint32_t q = tok > s->tok && kg_tok_is(d, tok - 1, "the") ? tok - 1 : tok;
  if (q >= s->tok + 2 && kg_tok_is(d, q - 1, ",") && kg_act_in_list(d->tokens[q - 2].form, vessel))
    return 1;
  return tok > s->tok && kg_act_in_list(d->tokens[tok - 1].form, vessel);
}

/* "the TurkStream pipeline", "the LNG terminal": a name the dictionary does
 * not know, tagged an organisation or a miscellany, right before a noun of
 * energy infrastructure names that work, no actor (a place name is kept:
 * "the Omisalj terminal" tells where); so does one before a weapon's noun
 * ("Mistral air-defence missiles"). */
int kg_act_facility_name(const kg_dict *dict, const kg_doc *d, const kg_sentence *s, uint32_t tok, uint32_t n,
                          int type)
{
  if (type == KG_NE_PER || type == KG_NE_LOC || tok + n >= s->tok + s->ntok)
    return 0;
  if (kg_act_in_list(d->tokens[tok + n].form, (const char *const[]){ "pipeline", "pipelines", "terminal",
                       "terminals", "refinery", "interconnector", "gasfield", "oilfield", NULL }))
    return 1;
  /* "Mistral short-range air-defence missiles", "Rafale jets": a weapon's
   * make before its noun, past lower-case modifiers and hyphens */
  for (uint32_t k = tok + n; dict && k < s->tok + s->ntok && k < tok + n + 8; k++) {
    char b[32];
    kg_tok_lower(&d->tokens[k], b, sizeof b);
    if (kg_dict_lex(dict, b) & KG_LEX_WEAPON)   /* (the lexicon's kgd:weaponNoun) */
      return 1;
    if (!kg_tok_is(d, k, "-") && (kg_tok_is_cap(&d->tokens[k]) || !isalpha((unsigned char)d->tokens[k].form[0])))
      return 0;
  }
  return 0;
}
