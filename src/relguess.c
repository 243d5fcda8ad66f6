/* relguess.c — a bare title's state told by the sentence around the
 * holder rather than by his title (thirty-sixth session), for relations.c's
 * bare titles:
 * - a counterpart of another state: "Foreign Minister P and his Russian
 *   counterpart, Q, signed", "Defence Secretary P held a call with his
 *   Chinese counterpart": P is not Russia's (kg_rel_counterpart_state) but
 *   of the state the story names most, other than the counterpart's, when
 *   it names that one clearly more than any third state;
 * - an appointment: "President X nominated the finance minister, P, to
 *   succeed him", "X swore in a new command, naming General P as
 *   commander": P serves the state of the one who appoints, names,
 *   nominates, promotes, dismisses or sacks him (a leader or official with
 *   a state, or the state itself).
 * - a person joined to another by "and": "met President Y and the army
 *   chief, General P", "met Y and the parliament speaker, P": P serves Y's
 *   state (kg_rel_conjunct_person).
 * - a companion of a trip: "X, who arrived in Manila with Defence Minister
 *   P", "X flew to Paris with Foreign Minister P": X's state
 *   (kg_rel_travel_companion).
 * - a gapped clause's "its": "Venezuela was represented by its vice
 *   president, and Ecuador by its foreign minister, P": Ecuador's, the state
 *   that opens the gapped clause (kg_rel_gapped_owner).
 * - the tests of the sentences before that bare_title_rule reads (thirty-
 *   seventh session): whether a state alone is named there as a subject
 *   (kg_rel_sole_state: not an object's possessor, "summoned Sweden's
 *   chargé", nor a speaker's words); whether a quotation opens the
 *   sentence of the titled speaker (kg_rel_quote_opens); a title's
 *   modifiers of a holder in office (kg_rel_in_office_mod); "the
 *   authorities in X" (kg_rel_rulers_in).
 * - no holder: "In a letter to the president of the Security Council, Todd
 *   asked": a title in a fronted prepositional phrase, the subject's name
 *   after its comma (kg_rel_fronted_subject).
 * - a second apposition joined by "and": "X, the chairperson of the African
 *   Union Commission and himself a former foreign minister of Djibouti,"
 *   closes the first title's phrase as a comma would (kg_rel_appos_closes).
 * Owns: kg_rel_appos_closes, kg_rel_fronted_subject, kg_rel_gapped_owner,
 * kg_rel_sentence_state, kg_rel_travel_companion, kg_rel_told_state,
 * kg_rel_conjunct_person, kg_rel_counterpart_other, kg_rel_appointer(_state),
 * kg_rel_appointee.  Does not own: the other guesses of a bare title's state
 * (relations.c, relrules.c). */
#include <string.h>
#include "relations.h"
#include "relgroups.h"
#include "relguess.h"
#include "relrules.h"
#include "relbody.h"
#include "actors.h"

int32_t kg_rel_counterpart_other(const kg_doc *d, const kg_mention *p)
{
  const kg_sentence *s = &d->sents[p->sent];
  uint32_t end = s->tok + s->ntok;
  /* P opens the sentence's persons: no person named before him */
  for (size_t m = 0; m < d->nmentions; m++)
    if (d->mentions[m].sent == p->sent && d->mentions[m].tok < p->tok && kg_rel_atype(d, (int32_t)m) == KG_ACT_PERSON)
      return -1;
  int32_t other = -1;
  for (uint32_t t = p->tok + p->ntok; t + 2 < end && other < 0; t++) {
    int32_t pm = kg_mention_at(d, t);
    if (!kg_tok_is(d, t, "his") && !kg_tok_is(d, t, "her")) {
      if (pm >= 0 && kg_rel_atype(d, pm) == KG_ACT_PERSON && d->mentions[pm].actor != p->actor)
        return -1;                        /* (another person's counterpart) */
      continue;
    }
    int32_t m = kg_mention_at(d, t + 1);
    if (m < 0 || d->mentions[m].tok != t + 1 || kg_rel_atype(d, m) != KG_ACT_COUNTRY || d->mentions[m].actor < 0)
      return -1;
    uint32_t q = d->mentions[m].tok + d->mentions[m].ntok;
    if (q >= end || !kg_tok_is(d, q, "counterpart"))
      return -1;
    other = d->mentions[m].actor;
  }
  if (other < 0)
    return -1;
  /* the story's most named state but the counterpart's, named twice more
   * than any third */
  int32_t best = -1, second = -1;
  size_t nb = 0, ns = 0;
  for (size_t a = 0; a < d->nactors; a++) {
    if ((int32_t)a == other || d->actors[a].type != KG_ACT_COUNTRY)
      continue;
    size_t n = 0;
    for (size_t m = 0; m < d->nmentions; m++)
      n += d->mentions[m].actor == (int32_t)a;
    if (n > nb) {
      second = best, ns = nb;
      best = (int32_t)a, nb = n;
    } else if (n > ns) {
      second = (int32_t)a, ns = n;
    }
  }
  (void)second;
  return best >= 0 && nb >= 2 && nb >= 2 * ns ? best : -1;
}

int32_t kg_rel_appointer(const kg_doc *d, const kg_mention *p, uint32_t tt)
{
  static const char *const verbs[] = { "appoint", "nominate", "name", "promote", "dismiss", "sack", "fire",
    "reappoint", NULL };
  const kg_sentence *s = &d->sents[p->sent];
  uint32_t end = s->tok + s->ntok;
  /* the verb whose object is the name or its title ("nominated the finance
   * minister, P": the title the object, the name its apposition) */
  int32_t v = -1;
  uint32_t from[2] = { p->tok + p->ntok - 1, tt };
  for (int k = 0; k < 2 && v < 0; k++) {
    int32_t n = (int32_t)from[k];
    for (int hops = 0; hops < 3 && n >= 0 && v < 0; hops++) {
      const char *r = d->tokens[n].deprel;
      int32_t h = kg_tok_head(d, (uint32_t)n);
      if (h < 0 || !r)
        break;
      if (d->tokens[h].upos == KG_UPOS_VERB) {
        if (!strcmp(r, "obj") || !strcmp(r, "xcomp"))
          v = h;
        break;
      }
      if (strcmp(r, "appos") && strcmp(r, "flat") && strcmp(r, "compound"))
        break;
      n = h;
    }
  }
  if (v < 0 || !d->tokens[v].lemma)
    return -1;
  int known = 0;
  for (int k = 0; verbs[k] && !known; k++)
    known = !strcmp(d->tokens[v].lemma, verbs[k]);
  if (!known)
    return -1;
  /* its subject, or the subject of the verb a participle hangs on ("swore
   * in a new command, naming P") */
  for (int hops = 0; hops < 2 && v >= 0; hops++) {
    for (uint32_t t = s->tok; t < end; t++) {
      if (kg_tok_head(d, t) != v || !d->tokens[t].deprel || strcmp(d->tokens[t].deprel, "nsubj"))
        continue;
      int32_t m = kg_mention_at(d, t);
      return m < 0 || d->mentions[m].actor < 0 || d->mentions[m].actor == p->actor ? -1 : m;
    }
    const char *r = d->tokens[v].deprel;
    if (!r || (strcmp(r, "advcl") && strcmp(r, "conj")))
      return -1;
    v = kg_tok_head(d, (uint32_t)v);
  }
  return -1;
}

int32_t kg_rel_appointer_state(const kg_doc *d, const kg_mention *p, uint32_t tt)
{
  int32_t m = kg_rel_appointer(d, p, tt);
  return m >= 0 ? kg_rel_state_of(d, d->mentions[m].actor) : -1;
}

int kg_rel_appointee(const kg_doc *d, const kg_mention *p, uint32_t tok, uint32_t tn, int state_title)
{
  if (state_title && p->tok == tok + tn + 1 && kg_tok_is(d, tok + tn, ",") && kg_rel_appointer(d, p, tok) >= 0)
    return 1;
  if (!state_title && p->tok == tok + tn && kg_rel_appointer(d, p, tok) >= 0)
    return 3;
  return 0;
}

int32_t kg_rel_conjunct_person(const kg_doc *d, const kg_mention *p, uint32_t tok)
{
  const kg_sentence *s = &d->sents[p->sent];
  uint32_t q = tok > s->tok && kg_tok_is(d, tok - 1, "the") ? tok - 1 : tok;
  /* the name after the title's words, a comma at most and a rank ("the
   * army chief, General P") */
  int commas = 0;
  if (p->tok <= tok || p->tok > tok + 6)
    return -1;
  for (uint32_t t = tok; t < p->tok; t++) {
    commas += kg_tok_is(d, t, ",");
    int u = d->tokens[t].upos;
    if (commas > 1 || u == KG_UPOS_VERB || u == KG_UPOS_AUX || u == KG_UPOS_ADP || u == KG_UPOS_CCONJ ||
        (kg_mention_at(d, t) >= 0 && kg_rel_atype(d, kg_mention_at(d, t)) != KG_ACT_PERSON))
      return -1;
  }
  if (q < s->tok + 2 || !kg_tok_is(d, q - 1, "and"))
    return -1;
  int32_t m = kg_rel_mention_ending(d, q - 2);
  if (m < 0 || kg_rel_atype(d, m) != KG_ACT_PERSON || d->mentions[m].actor < 0 || d->mentions[m].actor == p->actor)
    return -1;
  return m;
}

int32_t kg_rel_told_state(const kg_doc *d, const kg_mention *p, uint32_t tt, int mode)
{
  if (mode == 3)
    return kg_rel_appointer_state(d, p, tt);
  int32_t m = mode == 4 ? kg_rel_conjunct_person(d, p, tt) : -1;
  return m >= 0 ? kg_rel_state_of(d, d->mentions[m].actor) : -1;
}

int32_t kg_rel_travel_companion(const kg_doc *d, const kg_mention *p, uint32_t tt)
{
  static const char *const travel[] = { "arrive", "travel", "fly", "come", "land", "visit", "tour", "go", NULL };
  const kg_sentence *s = &d->sents[p->sent];
  if (tt < s->tok + 3 || !kg_tok_is(d, tt - 1, "with") || !kg_sent_has_tree(d, p->sent))
    return -1;
  int32_t v = -1;
  for (uint32_t t = tt - 2; t > s->tok && t + 10 > tt && v < 0; t--) {
    if (kg_tok_is(d, t, ",") || d->tokens[t].upos == KG_UPOS_CCONJ)
      return -1;                          /* (the clause before: no companion of its subject) */
    if (d->tokens[t].upos == KG_UPOS_VERB)
      v = (int32_t)t;
  }
  int known = 0;
  for (int k = 0; v >= 0 && travel[k] && !known; k++)
    known = d->tokens[v].lemma && !strcmp(d->tokens[v].lemma, travel[k]);
  if (!known)
    return -1;
  /* the traveller: the verb's subject; for "who", the noun its clause is on */
  int32_t subj = -1;
  for (uint32_t t = s->tok; t < s->tok + s->ntok && subj < 0; t++)
    if (kg_tok_head(d, t) == v && d->tokens[t].deprel && !strcmp(d->tokens[t].deprel, "nsubj"))
      subj = (int32_t)t;
  if (subj >= 0 && (kg_tok_is(d, (uint32_t)subj, "who") || kg_tok_is(d, (uint32_t)subj, "which")) &&
      d->tokens[v].deprel && !strcmp(d->tokens[v].deprel, "acl:relcl"))
    subj = kg_tok_head(d, (uint32_t)v);
  int32_t m = subj >= 0 ? kg_mention_at(d, (uint32_t)subj) : -1;
  for (uint32_t t = s->tok; subj >= 0 && m < 0 && t < s->tok + s->ntok; t++)   /* ("the prime minister, X, flew") */
    if (kg_tok_head(d, t) == subj && d->tokens[t].deprel && !strcmp(d->tokens[t].deprel, "appos"))
      m = kg_mention_at(d, t);
  if (subj >= 0 && m < 0 && d->tokens[subj].deprel && !strcmp(d->tokens[subj].deprel, "appos"))
    m = kg_mention_at(d, (uint32_t)kg_tok_head(d, (uint32_t)subj));   /* ("X, Chile's foreign minister, who") */
  if (m < 0 || d->mentions[m].actor < 0 || d->mentions[m].actor == p->actor || d->mentions[m].kind == KG_MEN_PRONOUN)
    return -1;
  return kg_rel_state_of(d, d->mentions[m].actor);
}

int32_t kg_rel_sentence_state(const kg_doc *d, const kg_mention *p, uint32_t tt)
{
  int32_t st = kg_rel_appointer_state(d, p, tt);
  return st >= 0 ? st : kg_rel_travel_companion(d, p, tt);
}

int32_t kg_rel_gapped_owner(const kg_doc *d, int32_t m)
{
  if (m < 0 || d->mentions[m].kind != KG_MEN_PRONOUN || !kg_tok_is(d, d->mentions[m].tok, "its"))
    return m;
  uint32_t t = d->mentions[m].tok;
  const kg_sentence *s = &d->sents[d->mentions[m].sent];
  if (t < s->tok + 4 || !(kg_tok_is(d, t - 1, "by") || kg_tok_is(d, t - 1, "with")))
    return m;
  int32_t c = kg_rel_mention_ending(d, t - 2);
  if (c < 0 || kg_rel_atype(d, c) != KG_ACT_COUNTRY || d->mentions[c].actor < 0 || d->mentions[c].tok < s->tok + 2)
    return m;
  uint32_t b = d->mentions[c].tok;
  return kg_tok_is(d, b - 1, "and") && kg_tok_is(d, b - 2, ",") ? c : m;
}

/* Whether token i is a modifier of a title whose holder still holds it
 * ("X, the acting foreign minister,"; not "former", "then", "late"). */
int kg_rel_in_office_mod(const kg_doc *d, uint32_t i)
{
  return kg_tok_is(d, i, "acting") || kg_tok_is(d, i, "interim") || kg_tok_is(d, i, "new") ||
         kg_tok_is(d, i, "current") || kg_tok_is(d, i, "outgoing") || kg_tok_is(d, i, "caretaker");
}

/* Whether "in" at token t follows a noun of a state's rulers ("the
 * authorities in Niamey", "the government in Kabul"): the capital names
 * them, not where the speaker spoke. */
int kg_rel_rulers_in(const kg_doc *d, uint32_t t)
{
  static const char *const w[] = { "authorities", "government", "regime", "rulers", "leadership", "junta",
    "leaders", NULL };
  char b[16];
  if (t == 0)
    return 0;
  kg_tok_lower(&d->tokens[t - 1], b, sizeof b);
  for (int k = 0; w[k]; k++)
    if (!strcmp(b, w[k]))
      return 1;
  return 0;
}

/* 1 when token t lies inside an apposition (a noun phrase describing the
 * one before it: "the United States, the Philippines' oldest ally,"),
 * within three heads and below any verb. */
static int in_apposition(const kg_doc *d, uint32_t t)
{
  int32_t n = (int32_t)t;
  for (int hops = 0; n >= 0 && hops < 3; hops++) {
    if (d->tokens[n].upos == KG_UPOS_VERB || d->tokens[n].upos == KG_UPOS_AUX)
      return 0;
    if (d->tokens[n].deprel && !strcmp(d->tokens[n].deprel, "appos"))
      return 1;
    n = kg_tok_head(d, (uint32_t)n);
  }
  /* the same read off the words (an apposition is often misparsed):
   * "NAME, [the] t ... ," with no verb before the closing comma */
  const kg_sentence *s = &d->sents[d->tokens[t].sent];
  uint32_t p = t;
  if (p > s->tok && kg_tok_is(d, p - 1, "the"))
    p--;
  if (p < s->tok + 2 || !kg_tok_is(d, p - 1, ",") || kg_rel_mention_ending(d, p - 2) < 0)
    return 0;
  for (uint32_t q = t + 1; q < s->tok + s->ntok && q < t + 7; q++) {
    if (kg_tok_is(d, q, ","))
      return 1;
    if (d->tokens[q].upos == KG_UPOS_VERB || d->tokens[q].upos == KG_UPOS_AUX)
      return 0;
  }
  return 0;
}

/* Whether the possessor mention mm owns its clause's subject ("Azerbaijan's
 * ministry accused") or an official of its own, not another object or
 * oblique ("summoned Sweden's chargé d'affaires", "an accord with Libya's
 * government"); 1 without a tree. */
static int poss_of_subject(const kg_doc *d, const kg_mention *mm)
{
  int32_t h = kg_rel_possessed(d, mm);
  const char *r = h >= 0 ? d->tokens[h].deprel : NULL;
  if (!r || (strcmp(r, "obj") && strcmp(r, "iobj") && strncmp(r, "obl", 3) && strcmp(r, "nmod")))
    return 1;                             /* (a subject, or a misparse: kept) */
  /* (but an official of the state's own, not posted abroad: "met Peru's
   * foreign minister" names Peru's side) */
  return kg_rel_official_noun(d, (uint32_t)h);
}

int32_t kg_rel_possessed(const kg_doc *d, const kg_mention *mm)
{
  if (!kg_sent_has_tree(d, mm->sent))
    return -1;
  uint32_t t = mm->tok + mm->ntok - 1;    /* the name's head: the token headed outside it */
  for (uint32_t k = mm->tok; k < mm->tok + mm->ntok; k++) {
    int32_t h = kg_tok_head(d, k);
    if (h < (int32_t)mm->tok || h >= (int32_t)(mm->tok + mm->ntok))
      t = k;
  }
  int32_t h = kg_tok_head(d, t);
  for (int hops = 0; h >= 0 && hops < 2 && d->tokens[h].deprel &&
                     (!strcmp(d->tokens[h].deprel, "compound") || !strcmp(d->tokens[h].deprel, "amod")); hops++)
    h = kg_tok_head(d, (uint32_t)h);
  return h;
}

int kg_rel_official_noun(const kg_doc *d, uint32_t h)
{
  static const char *const w[] = { "minister", "president", "premier", "chancellor", "leader", "king",
    "spokesman", "spokeswoman", "spokesperson", "secretary", "chief", "head", "counterpart", NULL };
  char b[16];
  kg_tok_lower(&d->tokens[h], b, sizeof b);
  for (int k = 0; w[k]; k++)
    if (!strcmp(b, w[k]))
      return 1;
  return 0;
}

/* 1 when every state named as a subject or possessor from sentence a up to
 * token `before` of a later sentence (by name, demonym or metonym) is the
 * actor st: "Azerbaijan's ministry accused Armenian troops ... Foreign
 * Minister X" still guesses Azerbaijan; "French peacekeepers were killed and
 * President X ordered" after a British subject does not guess. */
int kg_rel_sole_state(const kg_doc *d, uint32_t a, uint32_t before, int32_t st)
{
  for (size_t m = 0; m < d->nmentions; m++) {
    const kg_mention *mm = &d->mentions[m];
    if (mm->sent < a || mm->tok >= before || mm->actor < 0 || mm->actor == st)
      continue;
    if (mm->kind == KG_MEN_PRONOUN || kg_rel_in_quote(d, mm->tok))
      continue;                           /* "its positions" names no state; nor a speaker's words */
    if (in_apposition(d, mm->tok))
      continue;                           /* "the US, the Philippines' oldest ally," */
    int role = kg_mention_role(d, m);
    if (role == 'g' && !poss_of_subject(d, mm))
      continue;                           /* ("signed an accord with Libya's government": acted with) */
    if (d->actors[mm->actor].type == KG_ACT_COUNTRY && (role == 's' || role == 'g') && !kg_rel_noun_subject(d, m))
      return 0;                           /* (not "before the Greenlandic election next spring", misparsed) */
  }
  return 1;
}

/* Whether token t is a quotation mark (straight or curly). */
static int is_quote_mark(const kg_doc *d, uint32_t t)
{
  const char *f = d->tokens[t].form;
  return !strcmp(f, "\"") || !strcmp(f, "\xe2\x80\x9c") || !strcmp(f, "\xe2\x80\x9d") || !strcmp(f, "``") ||
         !strcmp(f, "''");
}

/* Whether the sentence opens with a quotation whose speaker is the titled
 * name p ('"...," the foreign minister, X, told', '"...," X, the foreign
 * minister, said'): the speaker's title opens the sentence's own words. */
int kg_rel_quote_opens(const kg_doc *d, const kg_sentence *s, const kg_mention *p, uint32_t tt)
{
  uint32_t h = tt < p->tok ? tt : p->tok;
  while (h > s->tok && (kg_tok_is(d, h - 1, "the") || kg_rel_in_office_mod(d, h - 1)))
    h--;
  return h >= s->tok + 3 && is_quote_mark(d, s->tok) && is_quote_mark(d, h - 1) && kg_tok_is(d, h - 2, ",");
}

int kg_rel_fronted_subject(const kg_doc *d, uint32_t ph, int32_t m)
{
  const kg_mention *p = &d->mentions[m];
  const kg_sentence *s = &d->sents[p->sent];
  uint32_t e = p->tok + p->ntok, b = ph;
  if (p->tok <= ph || !kg_tok_is(d, p->tok - 1, ",") || e >= s->tok + s->ntok ||
      d->tokens[e].upos != KG_UPOS_VERB || kg_mention_role(d, (size_t)m) != 's')
    return 0;
  if (b > s->tok && (kg_tok_is(d, b - 1, "the") || kg_tok_is(d, b - 1, "a") || kg_tok_is(d, b - 1, "an")))
    b--;
  return b > s->tok && d->tokens[b - 1].upos == KG_UPOS_ADP;
}

int kg_rel_appos_closes(const kg_doc *d, uint32_t e, uint32_t end)
{
  if (kg_tok_is(d, e, ",") || kg_tok_is(d, e, "."))
    return 1;
  return kg_tok_is(d, e, "and") && e + 1 < end &&
         (kg_tok_is(d, e + 1, "himself") || kg_tok_is(d, e + 1, "herself") || kg_tok_is(d, e + 1, "a") ||
          kg_tok_is(d, e + 1, "the") || kg_tok_is(d, e + 1, "also"));
}
