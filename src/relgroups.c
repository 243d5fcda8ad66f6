/* relgroups.c — allyOf and memberOf: alliances, allies lists, membership
 * and joining (the rules are listed in relations.c's header comment).
 * Owns: kg_rel_ally_rule, kg_rel_member_rule, kg_rel_join_rule and their
 * helpers (coordinated state lists, negated or intended membership),
 * kg_rel_allies_pairwise (used by relbloc.c).
 * Does not own: titles, leadership and the dictionary's office holders
 * (relations.c), finding actors (actors.c).
 */
#include <ctype.h>
#include <string.h>
#include "relations.h"
#include "relgroups.h"
#include "relrules.h"
#include "actors.h"

/* Coordinated states after position `at`: "Russia and China", "A, B and C". */
size_t kg_rel_states_before(const kg_doc *d, uint32_t si, uint32_t at, size_t want, int32_t *out, int skip)
{
  size_t n = 0;
  for (size_t k = d->nmentions; k-- > 0 && n < want;) {
    const kg_mention *mm = &d->mentions[k];
    if (mm->sent > si || (mm->sent == si && mm->tok >= at))
      continue;
    if (mm->sent + 1 < si)
      break;
    if (mm->actor < 0 || ((skip & KG_REL_NOT_PLACE) && mm->as_place) ||
        ((skip & KG_REL_NOT_PRONOUN) && mm->kind == KG_MEN_PRONOUN) || d->actors[mm->actor].type != KG_ACT_COUNTRY)
      continue;
    int dup = 0;
    for (size_t j = 0; j < n; j++)
      dup |= out[j] == mm->actor;
    if (!dup)
      out[n++] = mm->actor;
  }
  return n;
}

size_t kg_rel_state_list(const kg_doc *d, uint32_t si, uint32_t at, int32_t *out, size_t cap)
{
  const kg_sentence *s = &d->sents[si];
  uint32_t end = s->tok + s->ntok;
  size_t n = 0;
  uint32_t i = at;
  int last = 0;                           /* an "and" was passed: one more item */
  while (i < end && n < cap) {
    while (i < end && (kg_tok_is(d, i, "the") || kg_tok_is(d, i, "both")))
      i++;
    int32_t m = i < end ? kg_mention_at(d, i) : -1;
    if (m < 0 || !kg_rel_state_like(kg_rel_atype(d, m)) || d->mentions[m].tok != i)
      break;
    out[n++] = d->mentions[m].actor;
    i = d->mentions[m].tok + d->mentions[m].ntok;
    if (last)
      break;
    if (i < end && (kg_tok_is(d, i, ",") || kg_tok_is(d, i, "and") || kg_tok_is(d, i, "or"))) {
      last = !kg_tok_is(d, i, ",");
      i++;
      if (i < end && kg_tok_is(d, i, "and")) {
        last = 1;
        i++;
      }
    } else {
      break;
    }
  }
  return n;
}

/* Does the state list from token `at`, whose last actor is `last`, end its
 * clause (a comma, semicolon or the sentence's end after it)? */
int kg_rel_list_closes(const kg_doc *d, uint32_t si, uint32_t at, int32_t last)
{
  const kg_sentence *s = &d->sents[si];
  uint32_t end = s->tok + s->ntok;
  for (uint32_t q = at; q < end; q++) {
    int32_t m = kg_mention_at(d, q);
    if (m < 0 || d->mentions[m].tok != q || d->mentions[m].actor != last)
      continue;
    uint32_t e = q + d->mentions[m].ntok;
    return e >= end || kg_tok_is(d, e, ",") || kg_tok_is(d, e, ";") || kg_tok_is(d, e, ".");
  }
  return 0;
}

/* An ordinal or number word ("31st", "third", "32nd", "ten"). */
static int number_word(const kg_doc *d, uint32_t q)
{
  static const char *const ord[] = { "first", "second", "third", "fourth", "fifth", "sixth",
    "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "two", "three", "four", "five", "six",
    "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", NULL };
  char b[32];
  kg_tok_lower(&d->tokens[q], b, sizeof b);
  if (isdigit((unsigned char)b[0]))
    return 1;
  for (int k = 0; ord[k]; k++)
    if (!strcmp(b, ord[k]))
      return 1;
  return 0;
}

/* A word between a state and "member" that makes it no member now:
 * negation, modality, aim, a past or future membership. */
static int not_member_word(const kg_doc *d, uint32_t q)
{
  static const char *const block[] = { "not", "n't", "never", "no", "longer", "to", "would",
    "could", "may", "might", "will", "should", "can", "cannot", "must", "former", "ex",
    "aspiring", "prospective", "future", "candidate", "potential", "if", "whether", NULL };
  char b[32];
  kg_tok_lower(&d->tokens[q], b, sizeof b);
  for (int k = 0; block[k]; k++)
    if (!strcmp(b, block[k]))
      return 1;
  return 0;
}

/* The coordinated states ending with mention m ("India, Australia, Japan
 * and the United States"): their actors, m's last; 0 when m ends no list. */
static size_t list_ending(const kg_doc *d, uint32_t si, int32_t m, int32_t *out, size_t cap)
{
  const kg_sentence *s = &d->sents[si];
  uint32_t first = d->mentions[m].tok;
  int ands = 0;
  for (;;) {
    uint32_t c = first;
    if (c > s->tok && kg_tok_is(d, c - 1, "the"))
      c--;
    if (c < s->tok + 2 || !(kg_tok_is(d, c - 1, "and") || kg_tok_is(d, c - 1, ",")))
      break;
    /* a list has one "and", before its last item: "... with China, and
     * Kazakhstan and Kyrgyzstan are" joins two clauses */
    if (kg_tok_is(d, c - 1, "and") && ands++)
      break;
    c--;
    if (kg_tok_is(d, c, "and") && c > s->tok && kg_tok_is(d, c - 1, ",")) {
      if (ands > 1)
        break;
      c--;                                /* the serial comma */
    }
    int32_t pm = c > s->tok ? kg_rel_mention_ending(d, c - 1) : -1;
    if (pm < 0 || !kg_rel_state_like(kg_rel_atype(d, pm)))
      break;
    first = d->mentions[pm].tok;
  }
  if (first == d->mentions[m].tok)
    return 0;
  size_t n = kg_rel_state_list(d, si, first, out, cap);
  return n >= 2 && out[n - 1] == d->mentions[m].actor ? n : 0;
}

kg_status kg_rel_allies_pairwise(kg_doc *d, const int32_t *a, size_t n, uint32_t si)
{
  for (size_t x = 0; x < n; x++)
    for (size_t y = 0; y < n; y++) {
      kg_status st = x != y ? kg_relations_add(d, KG_REL_ALLY, a[x], a[y], si) : KG_OK;
      if (st != KG_OK)
        return st;
    }
  return KG_OK;
}

/* "X and Y are (close) allies", "the alliance between X and Y", "X and Y,
 * both U.S. allies" (the last: allies of the United States) */
static kg_status ally_group_rule(kg_doc *d, uint32_t si, uint32_t tok)
{
  const kg_sentence *s = &d->sents[si];
  uint32_t end = s->tok + s->ntok;
  int32_t list[8];
  size_t n;
  if ((kg_tok_is(d, tok, "alliance") || kg_tok_is(d, tok, "partnership")) &&
      tok + 2 < end && kg_tok_is(d, tok + 1, "between")) {
    n = kg_rel_state_list(d, si, tok + 2, list, 8);
    return n >= 2 && kg_tok_is(d, tok, "alliance") ? kg_rel_allies_pairwise(d, list, n, si) : KG_OK;
  }
  /* "Mali, Burkina Faso and Niger formed an alliance", "The three
   * countries have formed their own alliance": the founders are allies */
  if (kg_tok_is(d, tok, "alliance")) {
    uint32_t v = tok;
    for (int k = 0; k < 3 && v > s->tok; k++) {
      v--;
      if (kg_tok_is(d, v, "formed") || kg_tok_is(d, v, "form") || kg_tok_is(d, v, "founded") ||
          kg_tok_is(d, v, "created") || kg_tok_is(d, v, "forged"))
        break;
      if (!(kg_tok_is(d, v, "an") || kg_tok_is(d, v, "a") || kg_tok_is(d, v, "their") ||
            kg_tok_is(d, v, "own") || kg_tok_is(d, v, "new") || kg_tok_is(d, v, "military")))
        return KG_OK;
    }
    if (v == tok || !(kg_tok_is(d, v, "formed") || kg_tok_is(d, v, "form") ||
                      kg_tok_is(d, v, "founded") || kg_tok_is(d, v, "created") ||
                      kg_tok_is(d, v, "forged")))
      return KG_OK;
    /* the subject: "the two/three countries" (the states named last) or a
     * list of states opening the clause */
    size_t want = 0;
    uint32_t at = v;
    for (uint32_t q = v; q-- > s->tok && q + 5 > v;) {
      if (kg_tok_is(d, q, "countries") || kg_tok_is(d, q, "nations") || kg_tok_is(d, q, "states")) {
        if (q > s->tok && kg_tok_is(d, q - 1, "two")) want = 2;
        if (q > s->tok && kg_tok_is(d, q - 1, "three")) want = 3;
        if (q > s->tok && kg_tok_is(d, q - 1, "four")) want = 4;
        at = q;
        break;
      }
    }
    n = 0;
    if (want) {
      n = kg_rel_states_before(d, si, at, want, list, KG_REL_NOT_PLACE);
      if (n != want)
        return KG_OK;
    } else {
      n = kg_rel_state_list(d, si, s->tok, list, 8);
    }
    return n >= 2 ? kg_rel_allies_pairwise(d, list, n, si) : KG_OK;
  }
  if (!kg_tok_is(d, tok, "allies") || (tok + 1 < end && kg_tok_is(d, tok + 1, "of")))
    return KG_OK;                         /* "A and B, allies of X": ally_rule */
  /* back over "close", "are", "both", "," and an owner "U.S." to a list ("have long been close allies") */
  uint32_t p = tok;
  int32_t owner = -1;
  for (int k = 0; k < 6 && p > s->tok; k++) {
    uint32_t q = p - 1;
    int32_t m = kg_mention_at(d, q);
    if (m >= 0 && owner < 0 && d->mentions[m].tok + d->mentions[m].ntok == q + 1 &&
        kg_rel_state_like(kg_rel_atype(d, m)) && k == 0) {
      owner = d->mentions[m].actor;       /* "U.S. allies" */
      p = d->mentions[m].tok;
      continue;
    }
    if (kg_tok_is(d, q, "are") || kg_tok_is(d, q, "were") || kg_tok_is(d, q, "close") ||
        kg_tok_is(d, q, "both") || kg_tok_is(d, q, ",") || kg_tok_is(d, q, "became") ||
        kg_tok_is(d, q, "longtime") || kg_tok_is(d, q, "key") || kg_tok_is(d, q, "been") ||
        kg_tok_is(d, q, "have") || kg_tok_is(d, q, "has") || kg_tok_is(d, q, "had") ||
        kg_tok_is(d, q, "long") || kg_tok_is(d, q, "remain") || kg_tok_is(d, q, "staunch")) {
      p = q;
      continue;
    }
    break;
  }
  if (p == tok || p == s->tok)
    return KG_OK;
  /* the list ends right before p: walk back to its first member */
  int32_t last = kg_mention_at(d, p - 1);
  if (last < 0 || !kg_rel_state_like(kg_rel_atype(d, last)))
    return KG_OK;
  uint32_t first = d->mentions[last].tok;
  int ands = 0;
  for (;;) {
    if (first < s->tok + 2)
      break;
    uint32_t c = first - 1;
    if (!(kg_tok_is(d, c, "and") || kg_tok_is(d, c, ",")))
      break;
    if (kg_tok_is(d, c, "and") && ands++)
      break;                              /* one "and" per list */
    int32_t pm = kg_mention_at(d, c - 1);
    if (pm < 0 || !kg_rel_state_like(kg_rel_atype(d, pm)))
      break;
    first = d->mentions[pm].tok;
  }
  n = kg_rel_state_list(d, si, first, list, 8);
  if (owner >= 0) {
    for (size_t j = 0; j < n; j++) {
      kg_status st = kg_rel_allies_pairwise(d, (int32_t[]){ owner, list[j] }, 2, si);
      if (st != KG_OK)
        return st;
    }
    return KG_OK;
  }
  return n >= 2 ? kg_rel_allies_pairwise(d, list, n, si) : KG_OK;
}

/* "S would defend X as it would defend any other ally", "S treats X as a
 * close ally": X is the ally of the clause's subject state S. */
static kg_status as_ally_rule(kg_doc *d, uint32_t si, uint32_t tok)
{
  static const char *const between[] = { "it", "they", "we", "would", "will", "does", "did", "do",
    "defend", "protect", "treat", "an", "a", "any", "other", "close", "key", "its", "their",
    "trusted", "important", "major", "strategic", NULL };
  const kg_sentence *s = &d->sents[si];
  uint32_t p = tok;
  for (int k = 0; k < 6 && p > s->tok; k++) {
    char b[32];
    kg_tok_lower(&d->tokens[p - 1], b, sizeof b);
    if (!strcmp(b, "as"))
      break;
    int ok = 0;
    for (int w = 0; between[w] && !ok; w++)
      ok = !strcmp(b, between[w]);
    if (!ok)
      return KG_OK;
    p--;
  }
  if (p <= s->tok + 1 || !kg_tok_is(d, p - 1, "as"))
    return KG_OK;
  int32_t x = kg_rel_mention_ending(d, p - 2);
  if (x < 0 || !kg_rel_state_like(kg_rel_atype(d, x)))
    return KG_OK;
  for (uint32_t q = d->mentions[x].tok; q-- > s->tok;) {
    if (kg_tok_is(d, q, "not") || kg_tok_is(d, q, "n't") || kg_tok_is(d, q, "never"))
      return KG_OK;
    int32_t m = kg_mention_at(d, q);
    int role = m >= 0 ? kg_mention_role(d, (size_t)m) : 0;
    if (m < 0 || d->mentions[m].tok != q || !kg_rel_state_like(kg_rel_atype(d, m)) || role == 'p' || role == 'g')
      continue;
    kg_status st;
    if ((st = kg_relations_add(d, KG_REL_ALLY, d->mentions[m].actor, d->mentions[x].actor, si)) != KG_OK ||
        (st = kg_relations_add(d, KG_REL_ALLY, d->mentions[x].actor, d->mentions[m].actor, si)) != KG_OK)
      return st;
    break;
  }
  return KG_OK;
}

/* "A and B, X's ... allies": the owner X's mention m, after a comma that
 * ends a list of states; allyOf X and each of them. */
static kg_status apposition_list_allies(kg_doc *d, uint32_t si, int32_t m, int32_t owner)
{
  const kg_sentence *s = &d->sents[si];
  if (d->mentions[m].tok <= s->tok + 1 || !kg_tok_is(d, d->mentions[m].tok - 1, ","))
    return KG_OK;
  int32_t before[8];
  size_t k = 0;
  uint32_t r = d->mentions[m].tok - 1;      /* the comma */
  while (r > s->tok && k < 8) {
    int32_t x = kg_rel_mention_ending(d, r - 1);
    if (x < 0 || !kg_rel_state_like(kg_rel_atype(d, x)))
      break;
    before[k++] = d->mentions[x].actor;
    r = d->mentions[x].tok;
    if (r > s->tok && (kg_tok_is(d, r - 1, "and") || kg_tok_is(d, r - 1, ",")))
      r--;
    else
      break;
  }
  for (size_t j = 0; j < k; j++) {
    kg_status st;
    if (before[j] == owner)
      continue;
    if ((st = kg_relations_add(d, KG_REL_ALLY, owner, before[j], si)) != KG_OK ||
        (st = kg_relations_add(d, KG_REL_ALLY, before[j], owner, si)) != KG_OK)
      return st;
  }
  return KG_OK;
}

static size_t most_named_pair(const kg_doc *d, uint32_t p, int32_t two[2]);

/* "China is Pakistan's closest ally", "Beijing remains Pakistan's main
 * ally", "Turkey has long been Azerbaijan's staunchest ally", "... became
 * its ally": the subject of the predicate noun tok (with a copula, or the
 * object or complement of "remain", "become" or "stay"), a mention, or -1;
 * none after "not", "no longer", a modal, "once" or "former". */
static int32_t predicate_subject(const kg_doc *d, uint32_t si, uint32_t tok)
{
  if (!kg_sent_has_tree(d, si))
    return -1;
  int32_t pred = (int32_t)tok, verb = -1;
  const char *r = d->tokens[tok].deprel;
  if (r && !strcmp(r, "conj"))            /* "its largest trading partner and closest ally" */
    pred = kg_tok_head(d, tok);
  if (pred < 0)
    return -1;
  r = d->tokens[pred].deprel;
  int32_t h = kg_tok_head(d, (uint32_t)pred);
  if (kg_tok_child(d, (uint32_t)pred, "cop", 0) >= 0)
    verb = pred;
  else if (h >= 0 && r && (!strcmp(r, "xcomp") || !strcmp(r, "obj")) && d->tokens[h].lemma &&
           kg_act_in_list(d->tokens[h].lemma, (const char *const[]){ "remain", "become", "stay", NULL }))
    verb = h;
  int32_t subj = verb >= 0 ? kg_tok_child(d, (uint32_t)verb, "nsubj", 0) : -1;
  if (subj < 0 || (uint32_t)subj >= tok)
    return -1;
  for (uint32_t w = (uint32_t)subj + 1; w < tok; w++)
    if (not_member_word(d, w) || kg_tok_is(d, w, "once"))
      return -1;
  return kg_mention_at(d, (uint32_t)subj);
}


kg_status kg_rel_ally_rule(kg_doc *d, uint32_t si, uint32_t tok)
{
  const kg_sentence *s = &d->sents[si];
  uint32_t end = s->tok + s->ntok;
  kg_status gst = ally_group_rule(d, si, tok);
  if (gst == KG_OK && kg_tok_is(d, tok, "ally"))
    gst = as_ally_rule(d, si, tok);
  if (gst != KG_OK)
    return gst;
  if (!kg_tok_is(d, tok, "ally") && !kg_tok_is(d, tok, "allies"))
    return KG_OK;
  /* "a thaw between the two NATO allies", "the two U.S. allies": a counted
   * plural after a body's or a state's name is the pair named together
   * before (else the two states the story names most), members of the
   * body or allies of the state */
  int32_t cm = kg_tok_is(d, tok, "allies") ? kg_rel_mention_ending(d, tok - 1) : -1;
  if (cm >= 0 && d->mentions[cm].tok > s->tok &&
      (kg_tok_is(d, d->mentions[cm].tok - 1, "two") || kg_tok_is(d, d->mentions[cm].tok - 1, "both"))) {
    int32_t two[2], x = d->mentions[cm].actor;
    int ty = kg_rel_atype(d, cm);
    size_t n = kg_rel_both_pair(d, si, d->mentions[cm].tok - 1, two);
    if (n < 2)
      n = most_named_pair(d, d->mentions[cm].tok - 1, two);
    for (size_t j = 0; n == 2 && j < 2; j++) {
      kg_status st = KG_OK;
      if (two[j] == x)
        continue;
      if (ty == KG_ACT_ORG)
        st = kg_relations_add(d, KG_REL_MEMBER, two[j], x, si);
      else if (kg_rel_state_like(ty) && (st = kg_relations_add(d, KG_REL_ALLY, two[j], x, si)) == KG_OK)
        st = kg_relations_add(d, KG_REL_ALLY, x, two[j], si);
      if (st != KG_OK)
        return st;
    }
    return KG_OK;
  }
  int32_t owner = -1, list[8];
  uint32_t owner_tok = 0;
  size_t n = 0;
  uint32_t p = tok;
  /* owner: "its allies", "Russia's allies", "Russia's closest ally" */
  while (p > s->tok && p + 3 > tok && !kg_tok_is_poss(&d->tokens[p - 1]) &&
         kg_mention_at(d, p - 1) < 0 && !kg_tok_is_cap(&d->tokens[p - 1]))
    p--;                                  /* two modifiers: "closest", "oldest treaty" */
  /* "its largest trading partner and closest ally": the possessor before
   * the first of two coordinated nouns */
  for (uint32_t w = tok; w-- > s->tok + 1 && w + 4 > tok;) {
    if (!kg_tok_is(d, w, "and"))
      continue;
    uint32_t r = w;
    while (r > s->tok && r + 4 > w && !kg_tok_is_poss(&d->tokens[r - 1]) && kg_mention_at(d, r - 1) < 0 &&
           !kg_tok_is_cap(&d->tokens[r - 1]) && !kg_tok_is(d, r - 1, ","))
      r--;
    if (r < w && r > s->tok && (kg_tok_is_poss(&d->tokens[r - 1]) || kg_mention_at(d, r - 1) >= 0))
      p = r;
    break;
  }
  if (p > s->tok) {
    uint32_t q = p - 1;
    if (kg_tok_is_poss(&d->tokens[q]) && q > s->tok)
      q--;
    int32_t m = kg_rel_mention_ending(d, q);
    /* "Poland's NATO allies", "its NATO allies": the organisation names the
     * alliance; the owner is its possessor */
    if (m >= 0 && kg_rel_atype(d, m) == KG_ACT_ORG && d->mentions[m].tok > s->tok) {
      uint32_t b = d->mentions[m].tok - 1;
      int32_t pm = kg_tok_is_poss(&d->tokens[b]) && b > s->tok ? kg_rel_mention_ending(d, b - 1)
                   : kg_rel_mention_ending(d, b);
      if (pm >= 0 && kg_rel_state_like(kg_rel_atype(d, pm)) &&
          (kg_tok_is_poss(&d->tokens[b]) || d->mentions[pm].kind == KG_MEN_PRONOUN))
        m = pm;
    }
    if (m >= 0 && kg_rel_state_like(kg_rel_atype(d, m))) {
      owner = d->mentions[m].actor;
      owner_tok = d->mentions[m].tok;
      /* "Turkey, Azerbaijan's closest ally, said": the state the
       * apposition describes is the owner's ally */
      uint32_t b = d->mentions[m].tok;
      if (b > s->tok + 2 && kg_tok_is(d, b - 1, "the") && kg_tok_is(d, b - 2, ","))
        b--;                              /* "X, the Philippines' oldest treaty ally," */
      int neg = 0;
      for (uint32_t w = d->mentions[m].tok + d->mentions[m].ntok; w < tok; w++)
        neg |= not_member_word(d, w);
      /* ... or ends the sentence: "Moscow stood by Minsk, its closest ally." */
      uint32_t c1 = tok + 1;
      /* "Angola, Namibia's closest ally in the region, did not comment" */
      if (c1 + 1 < end && kg_tok_is(d, c1, "in")) {
        uint32_t r = c1 + 1;
        if (kg_tok_is(d, r, "the") && r + 1 < end && (kg_tok_is(d, r + 1, "region") ||
                                                       kg_tok_is(d, r + 1, "world")))
          c1 = r + 2;
        else if (kg_mention_at(d, r) >= 0 && d->mentions[kg_mention_at(d, r)].tok == r)
          c1 = d->mentions[kg_mention_at(d, r)].tok + d->mentions[kg_mention_at(d, r)].ntok;
      }
      /* "China, North Korea's main ally and trading partner, said" */
      if (c1 < end && kg_tok_is(d, c1, "and"))
        for (uint32_t w = c1 + 1; w < end && w <= c1 + 4; w++) {
          if (kg_tok_is(d, w, ",") || kg_tok_is(d, w, ".")) {
            c1 = w;
            break;
          }
          if (kg_mention_at(d, w) >= 0 || kg_tok_is_cap(&d->tokens[w]))
            break;
        }
      int close = c1 >= end || kg_tok_is(d, c1, ",") || kg_tok_is(d, c1, ".") ||
                  kg_tok_is(d, c1, ";");
      int32_t x = !neg && b >= s->tok + 2 && kg_tok_is(d, b - 1, ",") && kg_tok_is(d, tok, "ally") &&
                  close ? kg_rel_mention_ending(d, b - 2) : -1;
      /* "Belarus's Alexander Lukashenko, Moscow's closest ally,": the state
       * owning the leader's name is the ally */
      if (x >= 0 && kg_rel_atype(d, x) == KG_ACT_PERSON && d->mentions[x].tok >= s->tok + 2 &&
          kg_tok_is_poss(&d->tokens[d->mentions[x].tok - 1])) {
        int32_t xs = kg_rel_mention_ending(d, d->mentions[x].tok - 2);
        x = xs >= 0 && kg_rel_atype(d, xs) == KG_ACT_COUNTRY ? xs : -1;
      }
      if (x >= 0 && kg_rel_state_like(kg_rel_atype(d, x)) && d->mentions[x].actor != owner) {
        kg_status st;
        if ((st = kg_relations_add(d, KG_REL_ALLY, d->mentions[x].actor, owner, si)) != KG_OK ||
            (st = kg_relations_add(d, KG_REL_ALLY, owner, d->mentions[x].actor, si)) != KG_OK)
          return st;
      }
      /* "Turkey backed its ally": the state the noun names (corefposs.c) */
      int32_t dm = !neg && kg_tok_is(d, tok, "ally") ? kg_mention_at(d, tok) : -1;
      if (dm >= 0 && d->mentions[dm].tok == tok && d->mentions[dm].kind == KG_MEN_DESCRIPTION &&
          d->mentions[dm].actor >= 0 && d->mentions[dm].actor != owner && kg_rel_atype(d, dm) == KG_ACT_COUNTRY &&
          d->actors[owner].type == KG_ACT_COUNTRY) {
        kg_status st;
        if ((st = kg_relations_add(d, KG_REL_ALLY, d->mentions[dm].actor, owner, si)) != KG_OK ||
            (st = kg_relations_add(d, KG_REL_ALLY, owner, d->mentions[dm].actor, si)) != KG_OK)
          return st;
      }
      /* "Analysts describe Russia as North Korea's closest ally after
       * China": the object before "as", and the state after "after" */
      int32_t y = !neg && b >= s->tok + 2 && kg_tok_is(d, b - 1, "as") ? kg_rel_mention_ending(d, b - 2) : -1;
      if (y >= 0 && kg_rel_state_like(kg_rel_atype(d, y)) && d->mentions[y].actor != owner) {
        int32_t z = tok + 2 < end && kg_tok_is(d, tok + 1, "after") ? kg_mention_at(d, tok + 2) : -1;
        int32_t pair[2] = { d->mentions[y].actor, z >= 0 && kg_rel_state_like(kg_rel_atype(d, z)) &&
                            d->mentions[z].tok == tok + 2 ? d->mentions[z].actor : -1 };
        for (int k = 0; k < 2; k++) {
          kg_status st;
          if (pair[k] < 0 || pair[k] == owner)
            continue;
          if ((st = kg_relations_add(d, KG_REL_ALLY, pair[k], owner, si)) != KG_OK ||
              (st = kg_relations_add(d, KG_REL_ALLY, owner, pair[k], si)) != KG_OK)
            return st;
        }
      }
      /* "Lithuania and Latvia, Poland's NATO allies on the border, ...": the
       * list the plural apposition describes */
      if (!neg && kg_tok_is(d, tok, "allies")) {
        kg_status st = apposition_list_allies(d, si, m, owner);
        if (st != KG_OK)
          return st;
      }
    }
    /* "Iran and Russia, Assad's main allies,": a state's leader owns the
     * allies of the list of states for his state */
    if (m >= 0 && owner < 0 && kg_rel_atype(d, m) == KG_ACT_PERSON && kg_tok_is(d, tok, "allies") &&
        kg_rel_office_kind(d, d->mentions[m].actor) == KG_REL_LEADER) {
      int32_t ls = kg_rel_state_of(d, d->mentions[m].actor);
      kg_status st = ls >= 0 ? apposition_list_allies(d, si, m, ls) : KG_OK;
      if (st != KG_OK)
        return st;
    }
  }
  /* "Denmark and Norway, Sweden's Nordic neighbours and longtime allies,":
   * a possessor a few words back, and the states of the list before it */
  if (owner < 0) {
    for (uint32_t q = tok; q-- > s->tok + 1 && q + 6 > tok;) {
      if (kg_tok_is(d, q, ",") || kg_mention_at(d, q) >= 0)
        break;
      if (!kg_tok_is_poss(&d->tokens[q]))
        continue;
      int32_t m = kg_rel_mention_ending(d, q - 1);
      if (m >= 0 && kg_rel_state_like(kg_rel_atype(d, m))) {
        kg_status st = apposition_list_allies(d, si, m, d->mentions[m].actor);
        if (st != KG_OK)
          return st;
      }
      break;
    }
  }
  uint32_t a = tok + 1;
  if (a < end && kg_tok_is(d, a, "of")) {           /* "an ally of X" */
    int32_t other[4];
    size_t k = kg_rel_state_list(d, si, a + 1, other, 4);
    /* "a close ally of Abiy's government": the state the person leads */
    int32_t pm = k == 0 && a + 3 < end ? kg_mention_at(d, a + 1) : -1;
    if (pm >= 0 && d->mentions[pm].tok == a + 1 && kg_rel_atype(d, pm) == KG_ACT_PERSON) {
      uint32_t g = d->mentions[pm].tok + d->mentions[pm].ntok;
      int32_t ps = kg_rel_state_of(d, d->mentions[pm].actor);
      if (ps >= 0 && g + 1 < end && kg_tok_is_poss(&d->tokens[g]) &&
          (kg_tok_is(d, g + 1, "government") || kg_tok_is(d, g + 1, "administration")))
        other[k++] = ps;
    }
    if (k == 0)
      return KG_OK;
    /* the subject: nearest state mention before, outside a PP; with
     * "allies of X", every state of its list ("Egypt and Jordan, close
     * allies of Washington") */
    int32_t subj[8];                      /* ("two allies of X": the pair named last, relrules.c) */
    size_t ns = kg_tok_is(d, tok, "allies") ? kg_rel_counted_pair(d, si, tok, subj) : 0;
    /* "the parliament speaker, Nabih Berri, an ally of Hezbollah": the
     * person the apposition describes, not a state before him */
    uint32_t det = tok > s->tok && (kg_tok_is(d, tok - 1, "ally") || kg_tok_is(d, tok - 1, "an") ||
                                    kg_tok_is(d, tok - 1, "a") || kg_tok_is(d, tok - 1, "close")) ? tok - 1 : tok;
    while (det > s->tok + 1 && !kg_tok_is(d, det - 1, ",") && det + 3 > tok &&
           !kg_tok_is_cap(&d->tokens[det - 1]) && kg_mention_at(d, det - 1) < 0)
      det--;
    int32_t ap = det > s->tok + 1 && kg_tok_is(d, det - 1, ",") && kg_tok_is(d, tok, "ally") ?
                 kg_rel_mention_ending(d, det - 2) : -1;
    if (ap >= 0 && kg_rel_atype(d, ap) == KG_ACT_PERSON)
      subj[ns++] = d->mentions[ap].actor;
    for (uint32_t q = tok; q-- > s->tok && ns == 0;) {
      int32_t m = kg_mention_at(d, q);
      if (m >= 0 && kg_rel_state_like(kg_rel_atype(d, m)) && kg_mention_role(d, (size_t)m) != 'p') {
        /* "Iran is not an ally of X", "a former ally of X" */
        for (uint32_t w = d->mentions[m].tok + d->mentions[m].ntok; w < tok; w++)
          if (not_member_word(d, w))
            return KG_OK;
        if (kg_tok_is(d, tok, "allies"))
          ns = list_ending(d, si, m, subj, 8);
        if (ns == 0)
          subj[ns++] = d->mentions[m].actor;
      }
    }
    for (size_t i = 0; i < ns; i++)
      for (size_t j = 0; j < k; j++) {
        kg_status st;
        if ((st = kg_relations_add(d, KG_REL_ALLY, subj[i], other[j], si)) != KG_OK ||
            (st = kg_relations_add(d, KG_REL_ALLY, other[j], subj[i], si)) != KG_OK)
          return st;
      }
    return KG_OK;
  }
  if (owner < 0)
    return KG_OK;
  int32_t ps = predicate_subject(d, si, tok);
  if (ps >= 0 && kg_rel_state_like(kg_rel_atype(d, ps)) && d->mentions[ps].actor != owner) {
    kg_status st;
    if ((st = kg_relations_add(d, KG_REL_ALLY, owner, d->mentions[ps].actor, si)) != KG_OK ||
        (st = kg_relations_add(d, KG_REL_ALLY, d->mentions[ps].actor, owner, si)) != KG_OK)
      return st;
  }
  /* "Pakistan has long been one of China's closest allies", "Poland was among Ukraine's staunchest allies"
   * (not "was not among"): the subject */
  int among = owner_tok >= s->tok + 2 && kg_tok_is(d, owner_tok - 1, "among");
  if (among || (owner_tok >= s->tok + 2 && kg_tok_is(d, owner_tok - 1, "of") && kg_tok_is(d, owner_tok - 2, "one"))) {
    for (uint32_t q = owner_tok - 2 + (uint32_t)among; q-- > s->tok && !kg_tok_is(d, q, "not");) {
      int32_t m = kg_mention_at(d, q);
      int role = m >= 0 ? kg_mention_role(d, (size_t)m) : 0;
      if (m < 0 || !kg_rel_state_like(kg_rel_atype(d, m)) || role == 'p' || role == 'g')
        continue;
      if (d->mentions[m].actor == owner)
        break;
      kg_status st;
      if ((st = kg_relations_add(d, KG_REL_ALLY, owner, d->mentions[m].actor, si)) != KG_OK ||
          (st = kg_relations_add(d, KG_REL_ALLY, d->mentions[m].actor, owner, si)) != KG_OK)
        return st;
      break;
    }
    return KG_OK;
  }
  while (a < end && (kg_tok_is(d, a, ",") || kg_tok_is(d, a, ":") || kg_tok_is(d, a, "such") ||
                     kg_tok_is(d, a, "as") || kg_tok_is(d, a, "including") ||
                     kg_tok_is(d, a, "namely") || kg_tok_is(d, a, "like")))
    a++;
  n = kg_rel_state_list(d, si, a, list, 8);
  for (size_t j = 0; j < n; j++) {
    kg_status st;
    if ((st = kg_relations_add(d, KG_REL_ALLY, owner, list[j], si)) != KG_OK ||
        (st = kg_relations_add(d, KG_REL_ALLY, list[j], owner, si)) != KG_OK)
      return st;
  }
  return KG_OK;
}

/* The organisation named at q, after an optional "the" ("member of [the]
 * Y", "joined [the] Y"): its mention, or -1. */
static int32_t org_at(const kg_doc *d, uint32_t q, uint32_t end)
{
  if (q < end && kg_tok_is(d, q, "the"))
    q++;
  /* "the Russian-led Collective Security Treaty Organization", "the
   * US-backed coalition": a hyphenated "-led"/"-backed" modifier */
  for (uint32_t h = q; h < end && h < q + 4; h++) {
    const char *f = d->tokens[h].form;
    size_t L = strlen(f);
    if (kg_tok_is(d, h, "-") && h + 1 < end &&
        (kg_tok_is(d, h + 1, "led") || kg_tok_is(d, h + 1, "backed") ||
         kg_tok_is(d, h + 1, "sponsored"))) {
      q = h + 2;
      break;
    }
    if ((L > 4 && !strcmp(f + L - 4, "-led")) || (L > 7 && !strcmp(f + L - 7, "-backed"))) {
      q = h + 1;                          /* one token: "Russian-led" */
      break;
    }
  }
  int32_t y = q < end ? kg_mention_at(d, q) : -1;
  return y >= 0 && kg_rel_atype(d, y) == KG_ACT_ORG ? y : -1;
}

static kg_status member_rule_of(kg_doc *d, uint32_t si, uint32_t tok, int32_t y);

kg_status kg_rel_member_rule(kg_doc *d, uint32_t si, uint32_t tok)
{
  const kg_sentence *s = &d->sents[si];
  uint32_t end = s->tok + s->ntok;
  if (!kg_tok_is(d, tok, "member") && !kg_tok_is(d, tok, "members"))
    return KG_OK;
  /* "ASEAN, which counts the Philippines among its members": the states
   * between the verb and "among"; the organisation "its" stands for */
  if (tok >= s->tok + 3 && kg_tok_is(d, tok, "members") && kg_tok_is(d, tok - 2, "among") &&
      (kg_tok_is(d, tok - 1, "its") || kg_tok_is(d, tok - 1, "their"))) {
    int32_t om = kg_mention_at(d, tok - 1);
    int32_t org = om >= 0 && kg_rel_atype(d, om) == KG_ACT_ORG ? d->mentions[om].actor : -1;
    uint32_t v = tok - 2;
    while (v > s->tok && !kg_tok_is(d, v, "counts") && !kg_tok_is(d, v, "count") &&
           !kg_tok_is(d, v, "counted") && v + 10 > tok)
      v--;
    if (!(kg_tok_is(d, v, "counts") || kg_tok_is(d, v, "count") || kg_tok_is(d, v, "counted")))
      return KG_OK;
    /* "its" resolved elsewhere: the organisation "which counts" follows */
    uint32_t w = v > s->tok + 2 && kg_tok_is(d, v - 1, "which") && kg_tok_is(d, v - 2, ",") ? v - 3 : v;
    int32_t am = w < v ? kg_rel_mention_ending(d, w) : -1;
    if (am >= 0 && kg_rel_atype(d, am) == KG_ACT_ORG)
      org = d->mentions[am].actor;
    if (org < 0)
      return KG_OK;
    for (uint32_t q = v - 1; q > s->tok && q + 4 > v; q--)
      if (kg_tok_is(d, q, "not") || kg_tok_is(d, q, "n't") || kg_tok_is(d, q, "no") || kg_tok_is(d, q, "never"))
        return KG_OK;
    for (uint32_t q = v + 1; q < tok - 2; q++) {
      int32_t m = kg_mention_at(d, q);
      if (m < 0 || d->mentions[m].tok != q)
        continue;
      if (kg_rel_atype(d, m) == KG_ACT_COUNTRY) {
        kg_status st = kg_relations_add(d, KG_REL_MEMBER, d->mentions[m].actor, org, si);
        if (st != KG_OK)
          return st;
      }
      q = d->mentions[m].tok + d->mentions[m].ntok - 1;
    }
    return KG_OK;
  }
  if (tok + 1 < end && kg_tok_is(d, tok + 1, "of")) {  /* X ... member of Y */
    uint32_t q0 = tok + 2;
    if (q0 < end && (kg_tok_is(d, q0, "both") || kg_tok_is(d, q0, "either")))
      q0++;
    int32_t y = org_at(d, q0, end);
    if (y < 0)
      return KG_OK;
    /* "a member of both the European Union and NATO": the next one too
     * (and "a member of the bloc and of NATO") */
    uint32_t a2 = d->mentions[y].tok + d->mentions[y].ntok;
    uint32_t a3 = a2;
    if (a2 + 2 < end && (kg_tok_is(d, a2, "since") || kg_tok_is(d, a2, "from")) &&
        d->tokens[a2 + 1].upos == KG_UPOS_NUM && kg_tok_is(d, a2 + 2, "and"))
      a3 += 2;                            /* "a member of NATO since 2004 and of the EU since 2007" */
    uint32_t o2 = a3 + 2 < end && kg_tok_is(d, a3 + 1, "of") ? a3 + 2 : a3 + 1;
    int32_t y2 = o2 < end && kg_tok_is(d, a3, "and") ? org_at(d, o2, end) : -1;
    if (y2 >= 0) {
      kg_status st = member_rule_of(d, si, tok, y2);
      if (st != KG_OK)
        return st;
    }
    /* "A and B are permanent members of Y, along with C, D and E"; "... of
     * the Y trade bloc, with C and D" (a bare "with" only before the
     * clause's end: not "with C blocking ...") */
    uint32_t c2 = a2;
    while (c2 < end && c2 < a2 + 2 && d->tokens[c2].upos == KG_UPOS_NOUN && !kg_tok_is_cap(&d->tokens[c2]))
      c2++;                               /* "trade bloc" */
    uint32_t at = 0;
    if (c2 + 3 < end && kg_tok_is(d, c2, ",") && (kg_tok_is(d, c2 + 1, "along") || kg_tok_is(d, c2 + 1, "together")) &&
        kg_tok_is(d, c2 + 2, "with"))
      at = c2 + 3;
    else if (c2 + 2 < end && kg_tok_is(d, c2, ",") && kg_tok_is(d, c2 + 1, "with"))
      at = c2 + 2;
    if (kg_tok_is(d, tok, "members") && at) {
      int32_t list[8];
      size_t n = kg_rel_state_list(d, si, at, list, 8);
      if (at == c2 + 2 && n > 0 && !kg_rel_list_closes(d, si, at, list[n - 1]))
        n = 0;
      for (size_t j = 0; j < n; j++) {
        kg_status st = kg_relations_add(d, KG_REL_MEMBER, list[j], d->mentions[y].actor, si);
        if (st != KG_OK)
          return st;
      }
    }
    return member_rule_of(d, si, tok, y);
  }
  /* "ASEAN, of which Vietnam is a founding member": the state between
   * "which" and the copula, the organisation before ", of which" (or
   * before ", the regional bloc of which") */
  {
    uint32_t p = tok;
    while (p > s->tok + 1 && p + 4 > tok && (number_word(d, p - 1) || kg_tok_is(d, p - 1, "a") ||
                                             kg_tok_is(d, p - 1, "an") || kg_tok_is(d, p - 1, "founding") ||
                                             kg_tok_is(d, p - 1, "full") || kg_tok_is(d, p - 1, "permanent") ||
                                             kg_tok_is(d, p - 1, "key") || kg_tok_is(d, p - 1, "leading")))
      p--;
    if (p > s->tok + 5 && p < tok && (kg_tok_is(d, p - 1, "is") || kg_tok_is(d, p - 1, "was") ||
                                      kg_tok_is(d, p - 1, "are") || kg_tok_is(d, p - 1, "were"))) {
      int32_t x = kg_rel_mention_ending(d, p - 2);
      uint32_t w = x >= 0 ? d->mentions[x].tok : 0;
      if (x >= 0 && w > s->tok && kg_tok_is(d, w - 1, "the"))
        w--;
      /* (or after the organisation's apposition: "the Southern African
       * Development Community, the regional bloc of which Mozambique is a
       * member": "the" and up to three lower-case words after its comma) */
      uint32_t cm = w >= s->tok + 4 ? w - 3 : 0;
      for (uint32_t k = 0; cm > s->tok + 2 && k < 3 && !kg_tok_is(d, cm, ",") && !kg_tok_is(d, cm, "the") &&
                           !kg_tok_is_cap(&d->tokens[cm]) && (d->tokens[cm].upos == KG_UPOS_NOUN ||
                                                              d->tokens[cm].upos == KG_UPOS_ADJ); k++)
        cm--;
      if (cm > s->tok + 2 && cm < w - 3 && kg_tok_is(d, cm, "the") && kg_tok_is(d, cm - 1, ","))
        cm--;
      else
        cm = w >= s->tok + 4 ? w - 3 : 0;
      if (x >= 0 && kg_rel_state_like(kg_rel_atype(d, x)) && w >= s->tok + 4 && kg_tok_is(d, w - 1, "which") &&
          kg_tok_is(d, w - 2, "of") && kg_tok_is(d, cm, ",")) {
        int32_t y = kg_rel_mention_ending(d, cm - 1);
        if (y >= 0 && kg_rel_atype(d, y) == KG_ACT_ORG && y != x)
          return kg_relations_add(d, KG_REL_MEMBER, d->mentions[x].actor, d->mentions[y].actor, si);
      }
    }
  }
  /* "Finland, which became NATO's 31st member", "the bloc's newest member",
   * "Pakistan, one of the council's ten elected members": the state before */
  {
    uint32_t p = tok;
    while (p > s->tok + 1 && (number_word(d, p - 1) || kg_tok_is(d, p - 1, "newest") ||
                              kg_tok_is(d, p - 1, "latest") || kg_tok_is(d, p - 1, "youngest") ||
                              kg_tok_is(d, p - 1, "full") || kg_tok_is(d, p - 1, "founding") ||
                              kg_tok_is(d, p - 1, "elected") || kg_tok_is(d, p - 1, "permanent") ||
                              kg_tok_is(d, p - 1, "non-permanent") || kg_tok_is(d, p - 1, "rotating")))
      p--;
    if (p > s->tok + 1 && kg_tok_is_poss(&d->tokens[p - 1])) {
      int32_t y = kg_rel_mention_ending(d, p - 2);
      if (y >= 0 && kg_rel_atype(d, y) == KG_ACT_ORG)
        return member_rule_of(d, si, d->mentions[y].tok, y);
    }
  }
  /* "Turkey, a NATO member,", "Iraq, a founding OPEC member", "Greece is an
   * EU member state": the organisation between "a" and "member" and the
   * state before it */
  if (tok > s->tok + 2) {
    int32_t y = kg_rel_mention_ending(d, tok - 1);
    uint32_t p = y >= 0 ? d->mentions[y].tok : tok;
    while (p > s->tok + 1 && (kg_tok_is(d, p - 1, "founding") || kg_tok_is(d, p - 1, "full")))
      p--;
    /* (the noun phrase's head: "member", or "member state(s)"; after a
     * comma or a copula: not "quotes a Labour Party members' newsletter") */
    uint32_t hd = tok + 1 < end && (kg_tok_is(d, tok + 1, "state") || kg_tok_is(d, tok + 1, "country")) ? tok + 1 : tok;
    int head = kg_tok_is(d, tok, "member") && (hd + 1 >= end || d->tokens[hd + 1].upos == KG_UPOS_PUNCT ||
                                               kg_tok_is(d, hd + 1, "and") || kg_tok_is(d, hd + 1, "since"));
    if (y >= 0 && head && kg_rel_atype(d, y) == KG_ACT_ORG && p > s->tok + 1 && p < tok &&
        (kg_tok_is(d, p - 1, "a") || kg_tok_is(d, p - 1, "an")) &&
        (kg_tok_is(d, p - 2, ",") || kg_tok_is(d, p - 2, "is") || kg_tok_is(d, p - 2, "was") ||
         kg_tok_is(d, p - 2, "remains") || kg_tok_is(d, p - 2, "became") || kg_tok_is(d, p - 2, "becomes")))
      return member_rule_of(d, si, d->mentions[y].tok, y);
  }
  /* "NATO member Turkey", "NATO members Poland and Lithuania", "EU member
   * states such as Hungary and Slovakia" */
  if (tok > s->tok && tok + 1 < end) {
    int32_t y = kg_rel_mention_ending(d, tok - 1);
    if (y < 0 || kg_rel_atype(d, y) != KG_ACT_ORG)
      return KG_OK;
    uint32_t a = tok + 1;
    if (a < end && (kg_tok_is(d, a, "states") || kg_tok_is(d, a, "countries") ||
                    kg_tok_is(d, a, "nations")))
      a++;
    while (a < end && (kg_tok_is(d, a, ",") || kg_tok_is(d, a, "such") || kg_tok_is(d, a, "as") ||
                       kg_tok_is(d, a, "including") || kg_tok_is(d, a, "like")))
      a++;
    if (a > tok + 1 && a < end && kg_tok_is(d, tok + 1, ","))
      return KG_OK;                       /* "NATO member, ..." is no list */
    int32_t list[8];
    int plural = kg_tok_is(d, tok, "members") || kg_tok_is(d, tok + 1, "states") ||
                 kg_tok_is(d, tok + 1, "countries") || kg_tok_is(d, tok + 1, "nations");
    size_t n = plural ? kg_rel_state_list(d, si, a, list, 8)
               : (a == tok + 1 ? kg_rel_state_list(d, si, a, list, 1) : 0);
    for (size_t j = 0; j < n; j++) {
      kg_status st = kg_relations_add(d, KG_REL_MEMBER, list[j], d->mentions[y].actor, si);
      if (st != KG_OK)
        return st;
    }
  }
  return KG_OK;
}

/* The last pair of states coordinated by "and" ("Kazakhstan and
 * Kyrgyzstan", "and the") in this sentence before token p or the one before:
 * what "both countries" refers to; 2, or 0 when there is none. */
size_t kg_rel_both_pair(const kg_doc *d, uint32_t si, uint32_t p, int32_t two[2])
{
  for (size_t k = d->nmentions; k-- > 1;) {
    const kg_mention *b = &d->mentions[k], *a = &d->mentions[k - 1];
    if (b->sent > si || (b->sent == si && b->tok >= p))
      continue;
    if (b->sent + 1 < si && !(b->sent + 2 == si && kg_sent_is_heading(d, si - 1)))
      break;                              /* this or the previous sentence (past a heading) */
    if (a->sent != b->sent || a->tok + a->ntok + 1 + kg_tok_is(d, b->tok - 1, "the") != b->tok || a->actor < 0 ||
        !kg_tok_is(d, a->tok + a->ntok, "and") || b->actor < 0 || a->actor == b->actor || a->as_place ||
        b->as_place || d->actors[a->actor].type != KG_ACT_COUNTRY || d->actors[b->actor].type != KG_ACT_COUNTRY)
      continue;
    two[0] = a->actor;
    two[1] = b->actor;
    return 2;
  }
  return 0;
}

/* How often actor a is named (not as a place) before token p. */
static size_t times_named(const kg_doc *d, int32_t a, uint32_t p)
{
  size_t c = 0;
  for (size_t k = 0; k < d->nmentions && d->mentions[k].tok < p; k++)
    c += d->mentions[k].actor == a && !d->mentions[k].as_place;
  return c;
}

/* The two states most often named (as actors, each at least twice) before
 * token p: 2 with their actors in two, else 0.  A pair the story
 * coordinates ("Rwanda and Burundi signed"), the less named of the two
 * named most, comes first: a broker named as often is no neighbour. */
static size_t most_named_pair(const kg_doc *d, uint32_t p, int32_t two[2])
{
  size_t bestmin = 0;
  for (size_t k = 1; k < d->nmentions && d->mentions[k].tok < p; k++) {
    const kg_mention *b = &d->mentions[k], *a = &d->mentions[k - 1];
    if (a->sent != b->sent || a->tok + a->ntok + 1 != b->tok || !kg_tok_is(d, a->tok + a->ntok, "and") ||
        a->actor < 0 || b->actor < 0 || a->actor == b->actor || a->as_place || b->as_place ||
        d->actors[a->actor].type != KG_ACT_COUNTRY || d->actors[b->actor].type != KG_ACT_COUNTRY)
      continue;
    size_t ca = times_named(d, a->actor, p), cb = times_named(d, b->actor, p), mn = ca < cb ? ca : cb;
    if (mn > bestmin) {
      bestmin = mn;
      two[0] = a->actor;
      two[1] = b->actor;
    }
  }
  if (bestmin >= 2)
    return 2;
  int32_t best[2] = { -1, -1 };
  size_t cnt[2] = { 0, 0 };
  for (size_t a = 0; a < d->nactors; a++) {
    if (d->actors[a].type != KG_ACT_COUNTRY)
      continue;
    size_t c = times_named(d, (int32_t)a, p);
    if (c > cnt[0]) {
      best[1] = best[0]; cnt[1] = cnt[0];
      best[0] = (int32_t)a; cnt[0] = c;
    } else if (c > cnt[1]) {
      best[1] = (int32_t)a; cnt[1] = c;
    }
  }
  if (cnt[1] < 2)
    return 0;
  two[0] = best[0];
  two[1] = best[1];
  return 2;
}

/* "countries", "nations", "states", "neighbours", "governments" after "two" or "both". */
static int pair_noun(const kg_doc *d, uint32_t p)
{
  return kg_tok_is(d, p, "countries") || kg_tok_is(d, p, "nations") || kg_tok_is(d, p, "states") ||
         kg_tok_is(d, p, "neighbours") || kg_tok_is(d, p, "neighbors") || kg_tok_is(d, p, "governments");
}

/* "X ... member(s) of Y" with Y's mention y: the members before. */
/* Is token t inside a relative clause that does not hold token tok ("X,
 * which shares a border with Russia, is a member of Y": Russia is X's
 * clause's, not the member)?  Read on the sentence's tree. */
static int in_other_relcl(const kg_doc *d, uint32_t t, uint32_t tok)
{
  for (int32_t h = (int32_t)t, n = 0; h >= 0 && n < 64; n++, h = kg_tok_head(d, (uint32_t)h)) {
    if (h == (int32_t)tok)
      return 0;
    if (!d->tokens[h].deprel || strcmp(d->tokens[h].deprel, "acl:relcl"))
      continue;
    for (int32_t g = (int32_t)tok, k = 0; g >= 0 && k < 64; k++, g = kg_tok_head(d, (uint32_t)g))
      if (g == h)
        return 0;
    return 1;
  }
  return 0;
}

static kg_status member_rule_of(kg_doc *d, uint32_t si, uint32_t tok, int32_t y)
{
  const kg_sentence *s = &d->sents[si];
  /* "the Baltic states, members of NATO and the EU": an apposition of
   * members belongs to the phrase before its comma; a description naming
   * no actor there gives no member (not a name further back) */
  uint32_t cm = tok > s->tok && (kg_tok_is(d, tok - 1, "all") || kg_tok_is(d, tok - 1, "both")) ? tok - 1 : tok;
  uint32_t from = tok;
  if (cm > s->tok + 1 && kg_tok_is(d, cm - 1, ",") && kg_rel_mention_ending(d, cm - 2) < 0)
    from = s->tok;
  /* "signed by A, B and C, the three members of Y": an apposition right
   * after a list in a phrase of a preposition still names its members */
  uint32_t ap = cm;
  while (ap > s->tok + 2 && (number_word(d, ap - 1) || kg_tok_is(d, ap - 1, "the")) && ap + 3 > cm)
    ap--;
  int32_t apm = ap > s->tok + 1 && kg_tok_is(d, ap - 1, ",") ? kg_rel_mention_ending(d, ap - 2) : -1;
  for (uint32_t p = from; p-- > s->tok;) {
    /* "Russia ... remains Armenia's partner, and the two countries are both
     * members of Y": the pair below, not the state before it */
    if ((kg_tok_is(d, p, "two") || kg_tok_is(d, p, "both") || kg_tok_is(d, p, "Both")) && p + 1 < tok &&
        pair_noun(d, p + 1))
      break;
    int32_t m = kg_mention_at(d, p);
    if (m >= 0 && kg_sent_has_tree(d, si) && in_other_relcl(d, p, tok))
      continue;                           /* (a name inside another's relative clause) */
    if (m >= 0 && kg_rel_atype(d, m) && kg_rel_atype(d, m) != KG_ACT_PLACE &&
        (kg_mention_role(d, (size_t)m) != 'p' || m == apm)) {
      /* "is not a member", "would become a member", "a former member" */
      for (uint32_t q = d->mentions[m].tok + d->mentions[m].ntok; q < tok; q++)
        if (not_member_word(d, q))
          return KG_OK;
      kg_status lk;                       /* "S, like A and B, is a member of Y" (relrules.c) */
      if (kg_rel_like_members(d, si, m, d->mentions[y].actor, &lk))
        return lk;
      /* "A, B and C are members of Y": every state of the list */
      int32_t list[8];
      size_t n = (kg_tok_is(d, tok, "members") || kg_tok_is(d, tok, "belong")) &&
                 kg_rel_state_like(kg_rel_atype(d, m))
                 ? list_ending(d, si, m, list, 8) : 0;
      for (size_t j = 0; j + 1 < n; j++) {
        kg_status st = kg_relations_add(d, KG_REL_MEMBER, list[j], d->mentions[y].actor, si);
        if (st != KG_OK)
          return st;
      }
      return kg_relations_add(d, KG_REL_MEMBER, d->mentions[m].actor,
                              d->mentions[y].actor, si);
    }
  }
  /* "Both countries are members of Y": the two states named last; "the
   * two neighbours, both members of Y" */
  for (uint32_t p = tok; p-- > s->tok && p + 5 > tok;) {
    if (p + 1 == tok && p >= s->tok + 3 && kg_tok_is(d, p, "both") && kg_tok_is(d, p - 1, ",") &&
        kg_tok_is(d, p - 3, "two") && (kg_tok_is(d, p - 2, "neighbours") || kg_tok_is(d, p - 2, "neighbors")))
      p -= 3;
    else if (!(kg_tok_is(d, p, "both") || kg_tok_is(d, p, "Both") || kg_tok_is(d, p, "two")) || !pair_noun(d, p + 1))
      continue;
    int32_t two[2];
    size_t n = kg_rel_both_pair(d, si, p, two);
    int neighbours = kg_tok_is(d, p + 1, "neighbours") || kg_tok_is(d, p + 1, "neighbors");
    /* "the two neighbours" after other states were named last, or a
     * paragraph after both were named: the pair the story is about (the
     * states it names most, a coordinated pair first: a broker or a donor
     * named between is none) */
    if (n < 2 && neighbours)
      n = most_named_pair(d, d->mentions[y].tok, two);
    int paired = n == 2;
    for (size_t k = d->nmentions; !paired && k-- > 0 && n < 2;) {
      const kg_mention *mm = &d->mentions[k];
      if (mm->sent > si || (mm->sent == si && mm->tok >= p))
        continue;
      if (mm->sent + 1 < si && !(mm->sent + 2 == si && kg_sent_is_heading(d, si - 1)))
        break;                          /* this or the previous sentence (past a heading) */
      if (mm->actor < 0 || mm->as_place || d->actors[mm->actor].type != KG_ACT_COUNTRY ||
          (n == 1 && two[0] == mm->actor))
        continue;
      two[n++] = mm->actor;
    }
    /* "Both governments are members of Y" a paragraph after the pair was
     * named: the pair the story is about, as for "the two neighbours" */
    if (!paired && n < 2 && (kg_tok_is(d, p, "both") || kg_tok_is(d, p, "Both")))
      n = most_named_pair(d, d->mentions[y].tok, two);
    for (size_t j = 0; n == 2 && j < 2; j++) {
      kg_status st = kg_relations_add(d, KG_REL_MEMBER, two[j], d->mentions[y].actor, si);
      if (st != KG_OK)
        return st;
    }
    break;
  }
  return KG_OK;
}

/* "Kazakhstan and Kyrgyzstan belong to the CSTO", "Both countries also
 * belong to Y": membership, like "are members of Y" (not negated). */
kg_status kg_rel_belong_rule(kg_doc *d, uint32_t si, uint32_t tok)
{
  const kg_sentence *s = &d->sents[si];
  uint32_t end = s->tok + s->ntok;
  /* "Y, the Russian-led alliance to which both countries belong": the
   * organisation before the relative; the pair named together before, else
   * the two states the story names most (not a state of Y's description).
   * A state named ("Y, to which Madagascar belongs") is the member; the
   * preposition may close the clause ("Y, the bloc that both countries
   * belong to,") */
  int stranded = tok + 1 < end && kg_tok_is(d, tok + 1, "to") &&
                 (tok + 2 == end || d->tokens[tok + 2].upos == KG_UPOS_PUNCT || kg_tok_is(d, tok + 2, "and"));
  int32_t named = tok > s->tok ? kg_rel_mention_ending(d, tok - 1) : -1;
  if (named >= 0 && (!kg_rel_state_like(kg_rel_atype(d, named)) || kg_mention_role(d, (size_t)named) == 'p'))
    named = -1;
  uint32_t subj = named >= 0 ? d->mentions[named].tok : tok - 2;      /* the clause's subject */
  uint32_t rel = subj > s->tok + 1 ? subj - 1 : s->tok;               /* "which", "that" */
  int both = named < 0 && tok >= s->tok + 3 && (kg_tok_is(d, tok - 2, "both") || kg_tok_is(d, tok - 2, "two")) &&
             (kg_tok_is(d, tok - 1, "countries") || kg_tok_is(d, tok - 1, "nations") ||
              kg_tok_is(d, tok - 1, "states") || kg_tok_is(d, tok - 1, "neighbours") ||
              kg_tok_is(d, tok - 1, "neighbors"));
  int rel_ok = rel > s->tok && (both || named >= 0) &&
               ((kg_tok_is(d, rel, "which") && kg_tok_is(d, rel - 1, "to")) ||
                (stranded && (kg_tok_is(d, rel, "which") || kg_tok_is(d, rel, "that"))));
  if (rel_ok) {
    uint32_t from = kg_tok_is(d, rel - 1, "to") ? rel - 1 : rel;
    int32_t y = -1, two[2];
    for (uint32_t p = from; p-- > s->tok && p + 12 > tok && y < 0;) {
      if (d->tokens[p].upos == KG_UPOS_VERB && !(p > s->tok && kg_tok_is(d, p - 1, "-")))
        break;                            /* (not "Russian-led") */
      int32_t m = kg_mention_at(d, p);
      if (m >= 0 && kg_rel_atype(d, m) == KG_ACT_ORG)
        y = m;
    }
    if (y >= 0 && named >= 0)
      return kg_relations_add(d, KG_REL_MEMBER, d->mentions[named].actor, d->mentions[y].actor, si);
    size_t n = y >= 0 ? kg_rel_both_pair(d, si, tok - 2, two) : 0;
    if (y >= 0 && n < 2)
      n = most_named_pair(d, tok - 2, two);
    for (size_t j = 0; n == 2 && j < 2; j++) {
      kg_status st = kg_relations_add(d, KG_REL_MEMBER, two[j], d->mentions[y].actor, si);
      if (st != KG_OK)
        return st;
    }
    return KG_OK;
  }
  if (tok + 2 >= end || !kg_tok_is(d, tok + 1, "to"))
    return KG_OK;
  int32_t y = org_at(d, tok + 2, end);
  return y >= 0 ? member_rule_of(d, si, tok, y) : KG_OK;
}

/* "Finland joined NATO", "South Sudan, which joined the African Union":
 * the state before the verb becomes a member of the organisation right
 * after it.  Not when the joining is negated, hedged or only an aim. */
kg_status kg_rel_join_rule(kg_doc *d, uint32_t si, uint32_t tok)
{
  static const char *const block[] = { "not", "n't", "never", "to", "will", "would", "may",
    "might", "could", "should", "can", "cannot", "must", "yet", NULL };
  const kg_sentence *s = &d->sents[si];
  uint32_t end = s->tok + s->ntok;
  int u = d->tokens[tok].upos;
  if (u != KG_UPOS_VERB && u != KG_UPOS_NONE)
    return KG_OK;                         /* untagged text keeps the rule */
  for (uint32_t p = tok; p-- > s->tok && p + 3 >= tok;)
    for (int k = 0; block[k]; k++)
      if (kg_tok_is(d, p, block[k]))
        return KG_OK;
  int32_t y = org_at(d, tok + 1, end);
  if (y < 0)
    return KG_OK;
  /* "joined European Union sanctions", "joined the EU's mission": the
   * organisation only qualifies what is joined (not a noun naming it
   * again: "joined the NATO alliance", "the ASEAN bloc") */
  uint32_t after = d->mentions[y].tok + d->mentions[y].ntok;
  if (after < end && ((d->tokens[after].upos == KG_UPOS_NOUN &&
                       !kg_act_in_list(d->tokens[after].lemma, (const char *const[]){ "alliance", "bloc",
                         "grouping", "organisation", "organization", "union", "group", "body", NULL })) ||
                      kg_tok_is(d, after, "'s") || kg_tok_is(d, after, "'")))
    return KG_OK;
  /* "Finland, which fought the Soviet Union, stayed neutral before joining
   * NATO": the gerund's subject is the subject of the verb it modifies,
   * not the nearest name before it */
  if (kg_tok_is(d, tok, "joining")) {
    int32_t h = kg_tok_head(d, tok);
    const char *r = d->tokens[tok].deprel;
    if (tok == s->tok || !(kg_tok_is(d, tok - 1, "before") || kg_tok_is(d, tok - 1, "after") ||
                           kg_tok_is(d, tok - 1, "since") || kg_tok_is(d, tok - 1, "upon")) ||
        h < 0 || !r || strncmp(r, "advcl", 5))
      return KG_OK;
    for (uint32_t q = s->tok; q < end; q++) {
      const char *rq = d->tokens[q].deprel;
      if (q + 1 == end && h >= 0 && d->tokens[h].deprel && !strcmp(d->tokens[h].deprel, "xcomp")) {
        h = kg_tok_head(d, (uint32_t)h);  /* "remained non-aligned before joining": the verb's */
        q = s->tok - 1;
        continue;
      }
      if (kg_tok_head(d, q) != h || !rq || strcmp(rq, "nsubj"))
        continue;
      int32_t m = kg_mention_at(d, q);
      if (m < 0 || !kg_rel_atype(d, m) || !kg_rel_state_like(kg_rel_atype(d, m)) ||
          kg_mention_role(d, (size_t)m) == 'p' || d->mentions[m].actor == d->mentions[y].actor)
        return KG_OK;
      return kg_relations_add(d, KG_REL_MEMBER, d->mentions[m].actor, d->mentions[y].actor, si);
    }
    return KG_OK;
  }
  for (uint32_t p = tok; p-- > s->tok;) {
    int32_t m = kg_mention_at(d, p);
    if (m < 0 || !kg_rel_atype(d, m) || kg_mention_role(d, (size_t)m) == 'p')
      continue;
    if (!kg_rel_state_like(kg_rel_atype(d, m)) || d->mentions[m].actor == d->mentions[y].actor)
      return KG_OK;                       /* "Biden joined ...": not a member */
    kg_status st = kg_relations_add(d, KG_REL_MEMBER, d->mentions[m].actor, d->mentions[y].actor, si);
    /* "Finland and Sweden, which joined NATO": the states coordinated
     * with it join too */
    for (int k = 0; st == KG_OK && k < 4; k++) {
      uint32_t q = d->mentions[m].tok;
      if (q < s->tok + 2 || !(kg_tok_is(d, q - 1, "and") || kg_tok_is(d, q - 1, ",")))
        break;
      q--;
      if (kg_tok_is(d, q, "and") && q > s->tok + 1 && kg_tok_is(d, q - 1, ","))
        q--;                              /* "A, B, and C" */
      m = kg_rel_mention_ending(d, q - 1);
      if (m < 0 || kg_rel_atype(d, m) != KG_ACT_COUNTRY || d->mentions[m].actor == d->mentions[y].actor)
        break;
      st = kg_relations_add(d, KG_REL_MEMBER, d->mentions[m].actor, d->mentions[y].actor, si);
    }
    return st;
  }
  return KG_OK;
}
