/* evplace.c — places an event takes from a capital among its arguments
 * (split from events.c): the city a visit goes to ("visited Moscow"), and
 * the city an invitation is to ("invited officials from both countries to
 * Brussels", where the capital is no target), and the city an accord or
 * talks are named after ("the Minsk agreement": no party to them).
 * Also which locative names place no event at all: a contest, an honours
 * list or a season ("in the FA Cup", "at the Buenos Aires Open", "in Olympic
 * year": kgd:contestWord), an employer or a work ("an analyst at UBS", "her
 * role in Closer": kgd:nonLocativeHead).
 * And the place of a purpose clause after a journey: "travelled to Nairobi
 * to sign the deal" (the signing in Nairobi), with "flew to Minsk, where he
 * met X" (evclause.c) as kg_ev_clause_place.
 * And where a definite act noun is compared, not where it struck ("the raid
 * was without precedent in Latin America": kg_ev_compared_place).
 * And the place a journey verb's own "to" phrase goes to ("flew to Kars",
 * a place that is no capital: kg_ev_clause_place).
 * The city a journey goes to over a place in a phrase on another word:
 * "flew to Moscow three days after a stop in Kyiv" (in Moscow).
 * And the prepositions of nearness at sea that locate as "in" and "near" do:
 * "off Svalbard", "off the coast of Crete", "in the waters around the
 * Svalbard archipelago" (kg_ev_sea_locative).
 * And the state a visit with no destination named goes to when the
 * dateline places it: "HANOI, Vietnam — Putin ... wrapping up a two-day
 * state visit" (Vietnam; kg_ev_dateline_host), not a visitor of that state;
 * and (humanitarian) aid sent with no recipient named, when the story names that state
 * outside the dateline ("KARS, Turkey — ... Greece sent rescuers").
 * Owns: kg_ev_metonym_place, kg_ev_visit_destination, kg_ev_invited_to, kg_ev_dateline_host,
 * kg_ev_venue_named, kg_ev_venue_mention, kg_ev_no_place, kg_ev_clause_place,
 * kg_ev_compared_place, kg_ev_sea_locative.
 * Does not own: finding the arguments (evargs.c, evwindow.c), the place of
 * a locative phrase and emitting (events.c). */
#include <stdio.h>
#include <string.h>
#include "actors.h"
#include "evargs.h"
#include "evclause.h"

int32_t kg_ev_metonym_place(kg_doc *d, int32_t m)
{
  const kg_mention *tm = &d->mentions[m];
  char label[128], key[256];
  size_t n = tm->end - tm->start;
  if (n == 0 || n >= sizeof label)
    return -1;
  memcpy(label, d->text + tm->start, n);
  label[n] = '\0';
  if (kg_make_key(label, key, sizeof key) <= 0)
    return -1;
  int32_t place = kg_doc_intern_actor(d, KG_ACT_PLACE, label, key);
  return place >= 0 && d->actors[place].type == KG_ACT_PLACE ? place : -1;
}

int32_t kg_ev_visit_destination(kg_doc *d, uint32_t i, const ev_args *a, int32_t place_m)
{
  if (place_m < 0 || kg_tok_head(d, d->mentions[place_m].tok) == (int32_t)i || a->ntg == 0 || a->targets[0] < 0)
    return -1;
  const kg_mention *tm = &d->mentions[a->targets[0]];
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  if (tm->kind != KG_MEN_METONYM || tm->sent != d->tokens[i].sent || tm->tok <= s->tok || tm->tok < i ||
      !kg_tok_is(d, tm->tok - 1, "to") || kg_tok_head(d, tm->tok) != (int32_t)i)
    return -1;
  return kg_ev_metonym_place(d, a->targets[0]);
}

int32_t kg_ev_dateline_host(const ev_ctx *c, int32_t place, int32_t agent, const char *code, uint32_t i)
{
  kg_doc *d = c->doc;
  if (!strncmp(code, "07", 2) && strcmp(code, "070") && strncmp(code, "073", 3))
    return -1;                            /* (military or economic aid, protection: no guess) */
  int32_t st = kg_ev_place_state(c, place);
  uint32_t j = 0;
  while (j < d->ntokens && !(d->tokens[j].flags & KG_TOK_DATELINE))
    j++;
  /* the city a capital of the dictionary ("HANOI"), or the state named
   * after it in the dateline ("HANOI, Vietnam") */
  /* (humanitarian or plain aid: the dateline's state, whatever the event's
   * place; a visit: only when the place is the dateline's, not "expected to
   * fly to Auckland" datelined JAKARTA) */
  int aid = !strcmp(code, "070") || !strncmp(code, "073", 3), placed = aid;
  for (uint32_t q = j; !placed && place >= 0 && q < d->ntokens && (d->tokens[q].flags & KG_TOK_DATELINE); q++)
    placed = kg_mention_at(d, q) >= 0 && d->mentions[kg_mention_at(d, q)].actor == place;
  for (; st < 0 && placed && j < d->ntokens && (d->tokens[j].flags & KG_TOK_DATELINE); j++) {
    int32_t m = kg_mention_at(d, j);
    kg_dict_match dm;
    if (m < 0 || d->mentions[m].tok != j)
      continue;
    if ((d->mentions[m].actor == place || aid) && kg_dict_match_actor(c->dict, d, j, &dm) &&
        dm.form == KG_FORM_METONYM) {
      const kg_dict_actor *e = kg_dict_actor_at(c->dict, dm.entry);
      st = e && e->type == KG_ACT_COUNTRY ? kg_actors_intern_entry(d, c->dict, dm.entry) : -1;
    } else if (d->mentions[m].actor >= 0 && d->actors[d->mentions[m].actor].type == KG_ACT_COUNTRY) {
      st = d->mentions[m].actor;
    }
  }
  if (st < 0 || agent < 0 || kg_ev_own_side(c, agent, st))
    return -1;
  /* aid with no recipient named (070, 073: "Greece sent a team of rescuers",
   * datelined "KARS, Turkey"): the dateline's state only when the story
   * names that state itself, outside the dateline (not a story datelined
   * GENEVA about aid sent elsewhere) */
  int told = !aid;
  for (size_t m = 0; !told && m < d->nmentions; m++)
    told = d->mentions[m].actor == st && !(d->tokens[d->mentions[m].tok].flags & KG_TOK_DATELINE);
  /* (and the sentence names no other state beside the agent: not "the
   * United States and China, which sent observers", each the other's) */
  for (size_t m = 0; aid && told && m < d->nmentions; m++) {
    int32_t x = d->mentions[m].actor;
    if (d->mentions[m].sent == d->tokens[i].sent && x >= 0 && x != st && x != agent &&
        d->actors[x].type == KG_ACT_COUNTRY && !kg_ev_own_side(c, agent, x))
      told = 0;
  }
  return told ? st : -1;
}

int32_t kg_ev_invited_to(const kg_doc *d, uint32_t i, const ev_args *a)
{
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  if (!kg_ev_lemma_in(d, i, (const char *const[]){ "invite", NULL }))
    return -1;
  for (size_t y = 0; y < a->ntg; y++) {
    const kg_mention *tm = a->targets[y] >= 0 ? &d->mentions[a->targets[y]] : NULL;
    if (tm && tm->kind == KG_MEN_METONYM && tm->sent == d->tokens[i].sent && tm->tok > s->tok + 1 && tm->tok > i &&
        kg_tok_is(d, tm->tok - 1, "to"))
      return a->targets[y];
  }
  return -1;
}

/* "the Minsk agreement", "the Ankara declaration": a city (one word)
 * standing for its state, before a noun of an accord or a round of talks,
 * names where it was made, not who made it; not a seat of government ("the
 * Kremlin talks", "Downing Street talks") nor an organisation's city ("a
 * Brussels summit"). */
int kg_ev_venue_named(const ev_ctx *c, uint32_t i, uint32_t j)
{
  static const char *const accord[] = { "agreement", "accord", "accords", "deal", "treaty", "pact", "protocol",
    "declaration", "talks", "negotiation", "process", "format", "summit", "conference", "communique", NULL };
  static const char *const seats[] = { "kremlin", "pentagon", "elysee", "\xc3\xa9" "lys\xc3\xa9" "e", NULL };
  const kg_doc *d = c->doc;
  int32_t m = kg_mention_at(d, j);
  if (m < 0 || d->mentions[m].kind != KG_MEN_METONYM || d->mentions[m].ntok != 1 || d->mentions[m].actor < 0 ||
      d->actors[d->mentions[m].actor].type != KG_ACT_COUNTRY)
    return 0;                             /* (not "a Brussels summit" of the EU, "Downing Street talks") */
  char b[32];
  kg_ev_low(d, j, b, sizeof b);
  return !kg_ev_in_list(b, seats) && kg_ev_lemma_in(d, i, accord);   /* (nor "the Kremlin talks") */
}

int kg_ev_venue_mention(const ev_ctx *c, uint32_t i, int32_t m)
{
  const kg_doc *d = c->doc;
  if (m < 0)
    return 0;
  uint32_t k = d->mentions[m].tok + d->mentions[m].ntok - 1;
  return kg_tok_head(d, k) == (int32_t)i && d->tokens[k].deprel && !strcmp(d->tokens[k].deprel, "compound") &&
         kg_ev_venue_named(c, i, k);
}

int kg_ev_no_place(const ev_ctx *c, int32_t m, uint32_t lp)
{
  const kg_doc *d = c->doc;
  const kg_mention *mm = &d->mentions[m];
  const kg_sentence *s = &d->sents[mm->sent];
  uint32_t last = mm->tok + (mm->ntok ? mm->ntok : 1) - 1;
  char b[48];
  for (uint32_t k = last; k <= last + 1 && k < s->tok + s->ntok; k++) {
    if (k > last && d->tokens[k].upos == KG_UPOS_VERB)
      break;                              /* (not "shops in Kabul open again") */
    kg_ev_low(d, k, b, sizeof b);
    if (kg_dict_lex(c->dict, b) & KG_LEX_CONTEST)
      return 1;                           /* "the Carling Cup (final)", "Olympic year" */
  }
  /* "an analyst at UBS", "her role in Closer": the word before the
   * preposition, or the noun the name's phrase hangs on, with it */
  if (lp < s->tok + 1)
    return 0;
  char ph[96], pw[16];
  kg_ev_low(d, lp - 1, pw, sizeof pw);
  int32_t h = kg_tok_head(d, last);
  if (h >= 0 && (d->tokens[h].upos != KG_UPOS_NOUN || (h >= (int32_t)mm->tok && h <= (int32_t)last)))
    h = -1;
  for (int k = 0; k < 2; k++) {
    int32_t w = k == 0 ? (lp >= s->tok + 2 ? (int32_t)lp - 2 : -1) : h;
    if (w < 0)
      continue;
    kg_ev_low(d, (uint32_t)w, b, sizeof b);
    snprintf(ph, sizeof ph, "%s %s", b, pw);
    if (kg_dict_lex(c->dict, ph) & KG_LEX_NON_LOCATIVE)
      return 1;
  }
  return 0;
}

/* "travelled to Nairobi to sign the deal with Ruto": the destination of
 * the journey verb an infinitive of purpose hangs on (advcl or xcomp with
 * "to"), a place or a capital in a "to" phrase before the infinitive; -1. */
static int32_t purpose_place(kg_doc *d, uint32_t i)
{
  static const char *const go[] = { "travel", "fly", "go", "come", "head", "return", "journey", "rush",
    "hurry", "sail", "drive", NULL };
  const char *r = d->tokens[i].deprel;
  int32_t h = kg_tok_head(d, i);
  if (d->tokens[i].upos != KG_UPOS_VERB || !r || (strncmp(r, "advcl", 5) && strcmp(r, "xcomp")) || h < 0 ||
      (uint32_t)h >= i || !kg_ev_lemma_in(d, (uint32_t)h, go) || i == 0 || !kg_tok_is(d, i - 1, "to"))
    return -1;
  for (uint32_t k = (uint32_t)h + 1; k + 1 < i; k++) {
    if (!kg_tok_is(d, k, "to") || kg_tok_head(d, k) <= (int32_t)k)
      continue;
    uint32_t o = (uint32_t)kg_tok_head(d, k);
    int32_t m = kg_mention_at(d, o);
    const char *ro = d->tokens[o].deprel;
    if (o >= i || kg_tok_head(d, o) != h || !ro || strncmp(ro, "obl", 3) || m < 0 || d->mentions[m].actor < 0)
      continue;
    if (kg_ev_atype(d, m) == KG_ACT_PLACE)
      return d->mentions[m].actor;
    return d->mentions[m].kind == KG_MEN_METONYM ? kg_ev_metonym_place(d, m) : -1;
  }
  return -1;
}

/* "flew to Kars with the second team", "travelled to Odesa": the place
 * (not a state or capital, which the visit takes as its target) a journey
 * verb's own "to" phrase goes to; -1. */
static int32_t journey_place(kg_doc *d, uint32_t i)
{
  static const char *const go[] = { "travel", "fly", "go", "head", "journey", "rush", "hurry", "sail", "drive",
    NULL };
  if (d->tokens[i].upos != KG_UPOS_VERB || !kg_ev_lemma_in(d, i, go) || !kg_sent_has_tree(d, d->tokens[i].sent))
    return -1;
  const kg_sentence *s = &d->sents[d->tokens[i].sent];
  for (uint32_t o = i + 1; o < s->tok + s->ntok; o++) {
    const char *ro = d->tokens[o].deprel;
    int32_t m = kg_tok_head(d, o) == (int32_t)i && ro && !strncmp(ro, "obl", 3) ? kg_mention_at(d, o) : -1;
    int32_t cs = m >= 0 ? kg_ev_child_with(d, o, "case", 0) : -1;
    if (cs >= 0 && kg_tok_is(d, (uint32_t)cs, "to") && d->mentions[m].actor >= 0 && kg_ev_atype(d, m) == KG_ACT_PLACE)
      return d->mentions[m].actor;
  }
  return -1;
}

int32_t kg_ev_clause_place(kg_doc *d, uint32_t i)
{
  int32_t p = kg_ev_where_place(d, i);
  if (p < 0)
    p = purpose_place(d, i);
  return p >= 0 ? p : journey_place(d, i);
}

/* "the raid was without precedent in Latin America": a locative (token q)
 * outside the phrase of a definite act noun i, one told before, compares it
 * with others there; it is not the place the act struck. */
int kg_ev_compared_place(const kg_doc *d, uint32_t i, uint32_t q)
{
  if (d->tokens[i].upos != KG_UPOS_NOUN || !kg_sent_has_tree(d, d->tokens[i].sent) || kg_tok_under(d, q, (int32_t)i))
    return 0;
  int32_t det = kg_ev_child_with(d, i, "det", 0);
  return det >= 0 && (kg_tok_is(d, (uint32_t)det, "the") || kg_tok_is(d, (uint32_t)det, "this") ||
                      kg_tok_is(d, (uint32_t)det, "that"));
}

int kg_ev_sea_locative(const kg_doc *d, uint32_t k)
{
  /* a preposition, not a particle ("cut off Gaza", "turned around Kyiv's
   * offer" are the verb's) */
  const char *r = d->tokens[k].deprel;
  return (kg_tok_is(d, k, "off") || kg_tok_is(d, k, "around")) && r && !strcmp(r, "case");
}
