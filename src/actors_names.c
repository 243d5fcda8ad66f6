/* actors_names.c — mentions of names the dictionary lacks: the entity
 * tagger's spans (rule 2 of actors.c) and name shapes (rule 4).
 *
 * Owns: filtering the NER spans of a small model (cut at lower-case words
 * and punctuation, no list labels, quoted or bracketed single words,
 * dateline agencies; a single-word person only with a title or reporting
 * verb), where a name starts after a title, the head words that make a
 * name an organisation, a place or no actor at all, a known name running
 * past its span; the name shapes with or without NER (after a title,
 * before a reporting verb or a titled apposition, after a verb, after a
 * locative preposition), and the run of name words they read.
 * Does not own: the order the rules are tried in and the dictionary's
 * forms (actors.c), making and interning a mention (actors.c's
 * kg_act_add_new, kg_act_add_mention), short names, surnames and
 * pronouns (coref.c), the NER model (ner.c).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "actors.h"
#include "coref.h"
#include "nameparts.h"
#include "shipnames.h"

/* Length of the run of name words starting at tok (at most max). */
/* An attached hyphen at h and a short lower-case word after it that ends a
 * name word: the second syllable of a Korean given name ("Sung-ho",
 * "Min-jung", "Jae-in"); callers take it only after the second word of a
 * name ("Park Sung-ho"), never after the first ("Long-haul flights"). */
static int hyphen_syllable(const kg_doc *d, const kg_sentence *s, uint32_t h)
{
  if (h == 0 || h + 1 >= s->tok + s->ntok || d->tokens[h - 1].space_after ||
      strcmp(d->tokens[h].form, "-") || d->tokens[h].space_after)
    return 0;
  const char *f = d->tokens[h + 1].form;
  size_t L = strlen(f);
  if (L < 1 || L > 4 || !kg_tok_is_cap(&d->tokens[h - 1]))
    return 0;
  for (size_t k = 0; k < L; k++)
    if (!islower((unsigned char)f[k]))
      return 0;
  return 1;
}

/* An attached hyphen at h, a lower-case Arabic article or linking particle
 * glued by a second hyphen, and a name word after it: "Zia-ul-Haq",
 * "Mujib-ur-Rahman", "Salah-ud-Din", "Nur-un-Nabi". */
static int hyphen_particle(const kg_doc *d, const kg_sentence *s, uint32_t h)
{
  static const char *const part[] = { "ul", "ur", "ud", "un", "us", "uz", "al", "el", "ad", "ed",
    "ar", "as", "ash", "az", "an", "bin", "ibn", NULL };
  if (h == 0 || h + 3 >= s->tok + s->ntok || d->tokens[h - 1].space_after ||
      strcmp(d->tokens[h].form, "-") || d->tokens[h].space_after || d->tokens[h + 1].space_after ||
      strcmp(d->tokens[h + 2].form, "-") || d->tokens[h + 2].space_after)
    return 0;
  return kg_act_in_list(d->tokens[h + 1].form, part) && kg_act_name_tok(d, h + 3);
}

static uint32_t name_run(const kg_dict *dict, const kg_doc *d, const kg_sentence *s,
                         uint32_t tok, uint32_t max)
{
  uint32_t n = 0, glue = 0;            /* (particles and hyphens are glue, not words: max counts words) */
  kg_dict_match dm;
  /* (a given name's first syllable that is also a stop word, "Park An-su",
   * "Kim In-ho", "Lee Do-hyun": taken where the syllable after the hyphen
   * follows) */
  while (tok + n < s->tok + s->ntok && n - glue < max &&
         (kg_act_name_tok(d, tok + n) ||
          (n == 1 && n + 3 <= max && kg_tok_is_cap(&d->tokens[tok + n]) &&
           strlen(d->tokens[tok + n].form) <= 3 && hyphen_syllable(d, s, tok + n + 1)))) {
    if (n > 0 && (kg_dict_match_actor(dict, d, tok + n, &dm) ||
                  d->tokens[tok + n].ner_iob == KG_IOB_B))
      break;                      /* a known name or an entity starts here */
    n++;
    /* "Amir-Abdollahian" split by the segmenter into Amir - Abdollahian */
    uint32_t h = tok + n;
    if (h + 1 < s->tok + s->ntok && !d->tokens[h - 1].space_after &&
        !strcmp(d->tokens[h].form, "-") && !d->tokens[h].space_after && kg_act_name_tok(d, h + 1))
      n += 1;                     /* the hyphen; the loop takes the next word */
    else if (hyphen_particle(d, s, h) && n + 4 <= max)
      n += 3;                     /* "Anwaar-ul-Haq", "Salah-ud-Din": hyphen, particle, hyphen */
    else if (n >= 2 && n + 2 <= max && hyphen_syllable(d, s, h))
      n += 2;                     /* "Park Sung-ho", "Choi Min-jung" */
    /* a lower-case particle inside the name: "Mohammed bin Salman",
     * "Ursula von der Leyen" */
    static const char *const part[] = { "bin", "bint", "ibn", "al", "el", "van", "von", "der",
      "de", "da", "du", "dos", "di", "la", "le", NULL };
    uint32_t q = tok + n, np = 0;
    char pb[16];
    while (np < 2 && q + np < s->tok + s->ntok && !kg_tok_is_cap(&d->tokens[q + np])) {
      kg_tok_lower(&d->tokens[q + np], pb, sizeof pb);
      if (!kg_act_in_list(pb, part))
        break;
      np++;
    }
    /* (the word after the particle is the name's, even where the tagger
     * starts a span of its own: "Prince Faisal bin Farhan") */
    if (np > 0 && q + np < s->tok + s->ntok && kg_act_name_tok(d, q + np) && n - glue < max)
      n += np + 1, glue += np;
    /* "Abdel Fattah al-Burhan" split by the segmenter into al - Burhan */
    else if (np == 1 && q + 2 < s->tok + s->ntok && !d->tokens[q].space_after &&
             !strcmp(d->tokens[q + 1].form, "-") && !d->tokens[q + 1].space_after &&
             kg_act_name_tok(d, q + 2) && n - glue + 1 <= max)
      n += 3, glue += 2;          /* the particle and hyphen are glue, not words */
  }
  return kg_name_al_tail(d, s, tok, n);   /* "... al-Ahmad | al-Sabah" (nameparts.c) */
}

/* "met Sergei Lavrov", "with Antony Blinken": a 2-3 word name of plain
 * Xxxx words after a lower-case word other than a determiner or a
 * locative preposition, not ending in an organisation or place word. */
static int person_shape(const kg_doc *d, const kg_sentence *s, uint32_t tok, uint32_t n)
{
  static const char *const heads[] = { "square", "street", "university", "council",
    "ministry", "party", "agency", "union", "sea", "river", "island", "islands",
    "mountains", "peninsula", "asia", "europe", "africa", "america", "gulf", "strait",
    "bank", "group", "company", "corporation", "inc", "ltd", "airport", "palace",
    "house", "hall", "office", "court", "committee", "forces", "army", "navy", "news",
    "times", "post", "center", "centre", "institute", "foundation", "organization",
    "organisation", "association", "federation", "republic", "kingdom", "province",
    "region", "city", "county", "state", "states", "nations", "summit", "forum",
    "times", "day", "war", "act", "treaty", "accord", "agreement", "plan", NULL };
  char b[64];
  if (tok + n < s->tok + s->ntok && kg_tok_is_cap(&d->tokens[tok + n]))
    return 0;
  for (uint32_t k = tok; k < tok + n; k++) {
    const char *f = d->tokens[k].form;
    size_t L = strlen(f);
    if (L < 2)
      return 0;
    for (size_t q = 1; q < L; q++)
      if (!islower((unsigned char)f[q]) && f[q] != '-')
        return 0;
  }
  kg_tok_lower(&d->tokens[tok + n - 1], b, sizeof b);
  if (kg_act_in_list(b, heads))
    return 0;
  kg_tok_lower(&d->tokens[tok - 1], b, sizeof b);
  if (!isalpha((unsigned char)b[0]) || kg_tok_is_cap(&d->tokens[tok - 1]))
    return 0;
  if (kg_act_in_list(b, kg_act_stop) || kg_act_in_list(b, kg_act_locative) || !strcmp(b, "of") ||
      !strcmp(b, "from") || !strcmp(b, "to") || !strcmp(b, "into"))
    return !strcmp(b, "with") || !strcmp(b, "by") || !strcmp(b, "and");
  return 1;
}

/* Head words that make a name an organisation or a place whatever the entity tagger
 * said ("People's Liberation Army" tagged LOC, "the opposition Social Democrats" PER). */
static const char *const k_org_heads[] = { "army", "party", "council", "ministry", "agency", "union", "bank", "group",
  "company", "corporation", "inc", "ltd", "court", "committee", "forces", "force", "navy", "news", "times", "post",
  "institute", "foundation", "organization", "organisation", "association", "federation", "commission", "front",
  "movement", "league", "assembly", "parliament", "congress", "senate", "guard", "corps", "police", "service",
  "office", "department", "alliance", "coalition", "fund", "bureau", "directorate", "secretariat", "command",
  "authority", "relations", "watch", "democrats", "republicans", "socialists", "conservatives", "liberals",
  "communists", NULL };
/* Whether lower-cased word w heads an organisation's name ("association",
 * "party"). */
int kg_act_org_head(const char *w)
{
  return kg_act_in_list(w, k_org_heads);
}

/* Head words of names that are no actors: policies, agreements, eras
 * ("Belt and Road Initiative", "African Continental Free Trade Area",
 * "Cold War"). */
static const char *const k_thing_heads[] = { "initiative", "programme", "program", "plan",
  "agreement", "treaty", "accord", "pact", "act", "strategy", "doctrine", "war", "area",
  "summit", "declaration", "resolution", "protocol", "address", "statute", "charter", "convention",
  "conventions", "covenant", NULL };
static const char *const k_place_heads[] = { "square", "street", "sea", "river", "island",
  "islands", "mountains", "peninsula", "gulf", "strait", "airport", "palace", "city",
  "county", "province", "region", "valley", "bay", "lake", "ocean", "desert", "coast",
  "border", "district", "house", "castle", "road", "avenue", "bridge", "park", "station",
  "stadium", "shoal", "shoals", "reef", "atoll", "cay", "cays", "cayes", "keys", "isles", "archipelago",
  "dam", "canal", "reservoir", "guesthouse", "route", "corridor",
  "cemetery", "mausoleum", "monument", "shrine", "cathedral", "mosque", NULL };   /* (a wreath's site) */
/* "trained at Guy's Hospital": a name in the possessive before a
 * capitalised institution or place head is part of that name, no
 * person's surname (not "Putin's United Russia party") */
static int eponym_name(const kg_doc *d, const kg_sentence *s, uint32_t tok)
{
  uint32_t end = s->tok + s->ntok;
  char b[24];
  if (tok + 2 >= end || !kg_tok_is_poss(&d->tokens[tok + 1]) || !kg_tok_is_cap(&d->tokens[tok + 2]))
    return 0;
  kg_tok_lower(&d->tokens[tok + 2], b, sizeof b);
  return kg_act_in_list(b, k_place_heads) ||
         kg_act_in_list(b, (const char *const[]){ "hospital", "college", "school", "university", "church",
                                                  "cathedral", "hall", "inn", NULL });
}

int kg_act_common_opening(const kg_doc *d, uint32_t tok)
{
  const kg_sentence *s = &d->sents[d->tokens[tok].sent];
  uint32_t first = s->tok, end = s->tok + s->ntok;
  while (first < tok && (kg_tok_is(d, first, "\"") || kg_tok_is(d, first, "\xe2\x80\x9c")))
    first++;
  if (tok != first || d->tokens[tok].upos != KG_UPOS_NOUN || tok + 1 >= end ||
      !(d->tokens[tok + 1].upos == KG_UPOS_AUX || d->tokens[tok + 1].upos == KG_UPOS_VERB) ||
      !islower((unsigned char)d->tokens[tok + 1].form[0]))
    return 0;
  char w[32], b[32];                    /* the word is written in lower case elsewhere in the story */
  kg_tok_lower(&d->tokens[tok], w, sizeof w);
  for (uint32_t k = 0; k < d->ntokens; k++)
    if (k != tok && islower((unsigned char)d->tokens[k].form[0]) && d->tokens[k].form[0] == w[0]) {
      kg_tok_lower(&d->tokens[k], b, sizeof b);
      if (!strcmp(b, w))
        return 1;
    }
  return 0;
}

/* A capitalised word that is no surname of the dictionary's office
 * holders: a common word opening the sentence before a lower-case noun
 * it modifies ("Cable company NTL is ...", not Vince Cable) or a verb (kg_act_common_opening), or a word of
 * a list with no verb ("Sheahan, Horan, Humphreys, Dempsey.": a team
 * sheet, not Heather Humphreys). */
static int no_surname(const kg_doc *d, const kg_sentence *s, uint32_t tok)
{
  uint32_t end = s->tok + s->ntok;
  int u = d->tokens[tok].upos;
  if (tok == s->tok && (u == KG_UPOS_NOUN || u == KG_UPOS_ADJ) && d->tokens[tok].ner_type == KG_NE_NONE &&
      tok + 1 < end && d->tokens[tok + 1].upos == KG_UPOS_NOUN && !kg_tok_is_cap(&d->tokens[tok + 1]))
    return 1;
  if (kg_act_common_opening(d, tok))
    return 1;
  int commas = 0;
  for (uint32_t t = s->tok; t < end; t++) {
    if (d->tokens[t].upos == KG_UPOS_VERB || d->tokens[t].upos == KG_UPOS_AUX)
      return 0;
    commas += kg_tok_is(d, t, ",");
  }
  return commas >= 3;
}

/* Lower-case nouns after a name that make it a place ("the Ta Krabey
 * temple", "the Rafah crossing", "Kherson province", "the Shebaa Farms
 * area", "the Abyei zone", "the Khor Abdullah waterway"). */
static const char *const k_place_nouns[] = { "temple", "village", "town", "province", "district",
  "crossing", "shoal", "reef", "region", "river", "valley", "airbase", "checkpoint", "area", "zone",
  "waterway", "channel", "strait", "canal", "estuary", NULL };

/* "the Great Stone industrial park", "the Hmeimim air base": one or two lower-case modifiers from
 * token af, then a noun of a site; what they follow names the site ("the Tesla plant": no). */
static int site_after(const kg_doc *d, const kg_sentence *s, uint32_t af)
{
  static const char *const site[] = { "park", "plant", "field", "base", "terminal", "port", "complex",
                                      "refinery", "mine", "facility", "site", "station", "reactor", NULL };
  for (uint32_t q = af; q < s->tok + s->ntok && q < af + 3; q++) {
    int u = d->tokens[q].upos;
    if (kg_tok_is_cap(&d->tokens[q]) || (u != KG_UPOS_ADJ && u != KG_UPOS_NOUN))
      return 0;
    char b[24];
    kg_tok_lower(&d->tokens[q], b, sizeof b);
    if (q > af && (kg_act_in_list(b, site) || kg_act_in_list(b, k_place_nouns)))
      return 1;
  }
  return 0;
}

/* 1 when the word before tok is an article: "the Hague" names no person. */
static int after_article(const kg_doc *d, const kg_sentence *s, uint32_t tok)
{
  return tok > s->tok && (kg_tok_is(d, tok - 1, "the") || kg_tok_is(d, tok - 1, "The"));
}

/* A weapon's name ends before token `at`: "Patriot air defence systems",
 * "Leopard tanks", "Storm Shadow missiles" (whatever the span's type): the
 * lexicon's weapon nouns (kgd:weaponNoun, a word or two). */
static int weapon_at(kg_act_ctx *c, const kg_sentence *s, uint32_t at)
{
  kg_doc *d = c->doc;
  uint32_t end = s->tok + s->ntok;
  char b[16], b2[16] = "", two[40];
  if (at >= end)
    return 0;
  size_t bl = kg_tok_lower(&d->tokens[at], b, sizeof b), b2l = 0;
  if (at + 1 < end)
    b2l = kg_tok_lower(&d->tokens[at + 1], b2, sizeof b2);
  if (kg_dict_lex(c->dict, b) & KG_LEX_WEAPON)
    return 1;
  if (!b2[0])
    return 0;
  memcpy(two, b, bl);              /* "b b2" (no snprintf: speed; 15 + 1 + 15 < 40) */
  two[bl] = ' ';
  memcpy(two + bl + 1, b2, b2l + 1);
  return (kg_dict_lex(c->dict, two) & KG_LEX_WEAPON) != 0;
}

/* A name right after "code-named", "codenamed" or "dubbed" ("exercises,
 * code-named Joint Sea") names an operation or a thing, whatever its head
 * word: no actor, no place. */
static int code_name_at(const kg_doc *d, const kg_sentence *s, uint32_t tok)
{
  if (tok == s->tok)
    return 0;
  if (kg_tok_is(d, tok - 1, "codenamed") || kg_tok_is(d, tok - 1, "code-named") || kg_tok_is(d, tok - 1, "dubbed"))
    return 1;
  return tok >= s->tok + 3 && kg_tok_is(d, tok - 1, "named") && kg_tok_is(d, tok - 2, "-") &&
         kg_tok_is(d, tok - 3, "code");
}

/* Lower-case nouns right before a name that make it a company ("the
 * French nuclear group Orano") */
static const char *const k_company_nouns[] = { "group", "company", "firm", "conglomerate", "giant", "operator",
  "producer", "manufacturer", "maker", "carrier", "lender", "insurer", NULL };

/* "Rosatom, Russia's state nuclear company, is": a company noun (or an
 * organisation's description noun) in apposition to a name of up to three
 * words from tok followed by a comma (the tree) */
static int appos_company(const kg_dict *dict, const kg_doc *d, const kg_sentence *s, uint32_t tok)
{
  uint32_t cm = tok + 1, end = s->tok + s->ntok;
  while (cm < end && cm < tok + 4 && !kg_tok_is(d, cm, ","))
    cm++;
  for (uint32_t k = cm + 1; cm < end && k < end && k < cm + 8 && !kg_tok_is(d, k, ","); k++) {
    int32_t h = kg_tok_head(d, k);
    if (h >= (int32_t)tok && h < (int32_t)cm && d->tokens[k].deprel && !strcmp(d->tokens[k].deprel, "appos") &&
        d->tokens[k].lemma && (kg_act_in_list(d->tokens[k].lemma, k_company_nouns) ||
                               kg_dict_description(dict, d->tokens[k].lemma) == KG_ACT_ORG))
      return 1;
  }
  return 0;
}

/* 1 when the word before tok is such a company noun ("the French nuclear
 * group Orano", "the state oil company Pemex"), or one is in apposition */
static int after_company_noun(const kg_dict *dict, const kg_doc *d, const kg_sentence *s, uint32_t tok)
{
  char cb[16];
  if (appos_company(dict, d, s, tok))
    return 1;
  if (tok <= s->tok || kg_tok_is_cap(&d->tokens[tok - 1]))
    return 0;
  kg_tok_lower(&d->tokens[tok - 1], cb, sizeof cb);
  /* (or an organisation's description noun of the lexicon: "US bank Wells
   * Fargo", "the rival bank Lloyds") */
  return kg_act_in_list(cb, k_company_nouns) || kg_dict_description(dict, cb) == KG_ACT_ORG;
}

/* Filters NER spans (a weak model tags list labels, quoted terms and
 * acronyms too): cuts the span at punctuation and lower-case words other
 * than name connectors; rejects list labels ("Global Stability:"), quoted
 * or bracketed single words ("Juche", "(ICBMs)"), single-word persons
 * with no title, report verb or earlier full name, and, when the tagger
 * ran, spans without a proper noun.  Returns the kept length, 0 to reject. */
static uint32_t ner_keep(kg_act_ctx *c, const kg_sentence *s, uint32_t tok, uint32_t n, int type)
{
  kg_doc *d = c->doc;
  static const char *const conn[] = { "of", "the", "for", "and", "de", "del", "da", "al",
    "bin", "van", "von", "der", "la", "le", "du", "on", NULL };
  char b[64];
  uint32_t k = 0;
  for (; k < n; k++) {
    const kg_token *t = &d->tokens[tok + k];
    kg_tok_lower(t, b, sizeof b);
    if (t->flags & KG_ACT_SKIP_FLAGS)
      break;
    if (!strcmp(b, "-") && k > 0 && !d->tokens[tok + k - 1].space_after && !t->space_after &&
        k + 1 < n)
      continue;                         /* "Amir - Abdollahian" written without spaces */
    if (k >= 3 && hyphen_syllable(d, s, tok + k - 1))
      continue;                         /* "Choi Min-jung" */
    if (kg_tok_is_poss(t) && k > 0 && k + 1 < n && kg_tok_is_cap(&d->tokens[tok + k + 1]))
      continue;                         /* "People's Liberation Army" */
    if (!isalnum((unsigned char)b[0]) && (unsigned char)b[0] < 0x80)
      break;
    /* ("Lashkar - e-Taiba", "Zia - ul-Haq": a short lower-case linking
     * syllable hyphened to a capitalised word is the name's) */
    const char *hy = k > 0 ? strchr(t->form, '-') : NULL;
    if (hy && hy > t->form && hy - t->form <= 3 && isupper((unsigned char)hy[1]))
      continue;
    if (k > 0 && k + 2 < n && strlen(b) <= 3 && hyphen_particle(d, s, tok + k - 1))
      continue;                         /* "Anwaar - ul - Haq" */
    if (!kg_tok_is_cap(t) && !isdigit((unsigned char)b[0]) && !(k > 0 && kg_act_in_list(b, conn))) {
      if (isalpha((unsigned char)b[0]))
        return 0;                       /* "Kaja Kallas met Choe Son Hui" as one ORG */
      break;
    }
  }
  while (k > 0) {                       /* no trailing connector or possessive */
    kg_tok_lower(&d->tokens[tok + k - 1], b, sizeof b);
    if (kg_act_in_list(b, conn) || kg_tok_is_poss(&d->tokens[tok + k - 1]))
      k--;
    else
      break;
  }
  if (k == 0 || !kg_tok_is_cap(&d->tokens[tok]) || code_name_at(d, s, tok))
    return 0;
  uint32_t end = s->tok + s->ntok, after = tok + k;
  if (after < end && kg_tok_is(d, after, ":"))
    return 0;                           /* "Global Stability: ..." */
  if (after < end) {
    kg_tok_lower(&d->tokens[after], b, sizeof b);
    if (type != KG_NE_PER && kg_act_in_list(b, k_thing_heads))
      return 0;                         /* "his State of the Union address" */
    if (weapon_at(c, s, after))
      return 0;                         /* "Javelin missiles" */
  }
  if (k == 1) {
    kg_tok_lower(&d->tokens[tok], b, sizeof b);
    char pb[16] = "";
    if (tok > s->tok)
      kg_tok_lower(&d->tokens[tok - 1], pb, sizeof pb);
    if (!strcmp(pb, "(") || !strcmp(pb, "\"") || !strcmp(pb, "\xE2\x80\x9C") ||
        !strcmp(pb, "'") || !strcmp(pb, "\xE2\x80\x98"))
      return 0;                         /* a quoted or bracketed term */
    size_t L = strlen(d->tokens[tok].form), up = 0;
    for (size_t q = 0; q < L; q++)
      up += isupper((unsigned char)d->tokens[tok].form[q]) != 0;
    if (L >= 3 && d->tokens[tok].form[L - 1] == 's' && up + 1 == L)
      return 0;                         /* "ICBMs": a plural acronym */
    if (type == KG_NE_LOC && up == L && L <= 3)
      return 0;                         /* "MP": places the dictionary lacks are named */
    if (type == KG_NE_PER && kg_coref_fold_partial(d, tok) < 0) {
      const kg_title *ti;
      int titled = tok > s->tok && (kg_dict_match_title(c->dict, d, tok - 1, &ti) > 0 ||
                                    (kg_dict_lex(c->dict, pb) & KG_LEX_HONORIFIC) ||
                                    kg_act_titled_comma(c->dict, d, s, tok));
      char nb[32] = "";
      if (after < end)
        kg_tok_lower(&d->tokens[after], nb, sizeof nb);
      if (!titled && !kg_act_in_list(nb, kg_act_report))
        return 0;
    }
  }
  int tagged = 0, propn = 0;
  for (uint32_t q = tok; q < tok + k; q++) {
    tagged |= d->tokens[q].upos != KG_UPOS_NONE;
    propn |= d->tokens[q].upos == KG_UPOS_PROPN;
  }
  if (tagged && !propn) {
    /* "Rapid Support Forces" tagged ADJ NOUN NOUN: a capitalised run with
     * an organisation head is a name all the same */
    char hb[32];
    kg_tok_lower(&d->tokens[tok + k - 1], hb, sizeof hb);
    int caps = (k >= 2 && type == KG_NE_ORG && kg_act_in_list(hb, k_org_heads)) ||
               (type == KG_NE_ORG && after_company_noun(c->dict, d, s, tok));  /* "the group Orano" as NOUN */
    /* "Angola's foreign minister, Téte António, said" tagged NOUN NOUN: a
     * capitalised person's name in apposition to a title */
    for (uint32_t t = 1; !caps && k >= 2 && type == KG_NE_PER && t <= 4 && tok >= s->tok + 1 + t &&
                         kg_tok_is(d, tok - 1, ","); t++)
      caps = kg_act_after_title(c->dict, d, tok - 1 - t, t) == t;
    for (uint32_t q = tok; caps && q < tok + k; q++)
      caps = kg_tok_is_cap(&d->tokens[q]) || kg_act_in_list(d->tokens[q].form, conn);
    if (!caps)
      return 0;
  }
  return k;
}

/* "Iran's Revolutionary Guards seized ... In 2019, the Guards seized": a
 * capitalised word after "the" that ends a state's sector phrase named
 * before ("Iran's Revolutionary Guards", a kgd:sectorNoun) is that state;
 * its actor, or -1. */
static int32_t sector_short_form(kg_act_ctx *c, const kg_sentence *s, uint32_t tok)
{
  const kg_doc *d = c->doc;
  if (tok <= s->tok || !kg_tok_is(d, tok - 1, "the") || !kg_tok_is_cap(&d->tokens[tok]))
    return -1;
  for (size_t m = 0; m < d->nmentions; m++) {
    const kg_mention *mm = &d->mentions[m];
    if (mm->actor < 0 || d->actors[mm->actor].type != KG_ACT_COUNTRY || mm->tok >= tok)
      continue;
    uint32_t q = mm->tok + mm->ntok, end = d->sents[mm->sent].tok + d->sents[mm->sent].ntok;
    if (q < end && kg_tok_is_poss(&d->tokens[q]))
      q++;
    char ph[96], wb[32];
    size_t pl = 0;
    for (uint32_t k = q; k < end && k < q + 3 && kg_tok_is_cap(&d->tokens[k]); k++) {
      size_t wl = kg_tok_lower(&d->tokens[k], wb, sizeof wb);
      if (k > q)                     /* (no snprintf: speed; 3 words of 31 fit) */
        ph[pl++] = ' ';
      memcpy(ph + pl, wb, wl + 1);
      pl += wl;
      if (pl >= sizeof ph)
        break;
      if (k > q && !strcmp(d->tokens[k].form, d->tokens[tok].form) && kg_dict_sector_noun(c->dict, ph) > 0)
        return mm->actor;
    }
  }
  return -1;
}

/* "the Polisario Front ... who heads the Polisario": a one-word name after "the" that is the first word of an
 * organisation named before with two words, the second an organisation's head ("front", "party", "movement":
 * k_org_heads), is that organisation (its short name); not after a preposition of place, unless a possessive
 * follows ("to the Borders" is the region, "objected to the Polisario's presence" the front); -1. */
static int32_t org_short_name(const kg_doc *d, const kg_sentence *s, uint32_t tok)
{
  if (tok <= s->tok || !kg_tok_is(d, tok - 1, "the") || !kg_tok_is_cap(&d->tokens[tok]))
    return -1;
  /* "the Arab states" after "the Arab League": a word that modifies a noun is no name of its own */
  uint32_t nx = tok + 1;
  if (nx < s->tok + s->ntok && (d->tokens[nx].upos == KG_UPOS_NOUN || d->tokens[nx].upos == KG_UPOS_PROPN))
    return -1;
  /* "rail services to the Borders" after "Borders Council": a place's name after a preposition of place */
  if (tok >= s->tok + 2 && d->tokens[tok - 2].upos == KG_UPOS_ADP && !(tok + 1 < s->tok + s->ntok &&
      kg_tok_is_poss(&d->tokens[tok + 1])) && kg_act_in_list(d->tokens[tok - 2].form, (const char *const[]){ "to",
      "in", "into", "from", "across", "at", "near", "around", "throughout", NULL }))
    return -1;
  const char *f = d->tokens[tok].form;
  size_t fl = strlen(f);
  for (size_t m = d->nmentions; m-- > 0;) {
    const kg_mention *mm = &d->mentions[m];
    if (mm->actor < 0 || mm->tok >= tok || d->actors[mm->actor].type != KG_ACT_ORG || !d->actors[mm->actor].label)
      continue;
    const char *l = d->actors[mm->actor].label;
    char hb[32];
    size_t i;
    if (strncmp(l, f, fl) || l[fl] != ' ' || strchr(l + fl + 1, ' ') || strlen(l + fl + 1) >= sizeof hb)
      continue;
    for (i = 0; l[fl + 1 + i]; i++)
      hb[i] = (char)tolower((unsigned char)l[fl + 1 + i]);
    hb[i] = '\0';
    if (kg_act_in_list(hb, k_org_heads))
      return mm->actor;
  }
  return -1;
}

/* "(SPLM-IO)" after "the Sudan People's Liberation Movement-in-Opposition",
 * then "the SPLM-IO's chairman": the n tokens at tok, capitals joined by
 * hyphens, are the organisation named before with them in brackets; -1. */
static int32_t hyphen_acronym(const kg_doc *d, uint32_t tok, uint32_t n)
{
  if (n < 3 || n % 2 == 0)
    return -1;
  for (uint32_t k = 0; k < n; k++) {
    const char *f = d->tokens[tok + k].form;
    int ok = k % 2 ? !strcmp(f, "-") : f[0] != '\0';
    for (const char *p = f; ok && k % 2 == 0 && *p; p++)
      ok = *p >= 'A' && *p <= 'Z';
    if (!ok)
      return -1;
  }
  for (size_t m = 0; m < d->nmentions; m++) {
    const kg_mention *mm = &d->mentions[m];
    uint32_t e = mm->tok + mm->ntok;
    if (mm->tok >= tok || mm->actor < 0 || d->actors[mm->actor].type != KG_ACT_ORG || e + n + 1 >= d->ntokens ||
        !kg_tok_is(d, e, "(") || !kg_tok_is(d, e + n + 1, ")"))
      continue;
    uint32_t k = 0;
    while (k < n && !strcmp(d->tokens[e + 1 + k].form, d->tokens[tok + k].form))
      k++;
    if (k == n)
      return mm->actor;
  }
  return -1;
}

/* "Ursula von der Leyen", "Dominique de Villepin" with the tagger's span
 * (of any type) ending before a lower-case particle and the surname tagged
 * apart: one or two name words, one or two particles and a name word are a
 * person when the surname was tagged a person or the span's first word is
 * a first name of the lexicon (kgd:maleName, kgd:femaleName).  The span's
 * new length (the surname's span included), n when no particle follows. */
static uint32_t particle_name(kg_act_ctx *c, const kg_sentence *s, uint32_t tok, uint32_t n, int *type)
{
  static const char *const part[] = { "von", "van", "der", "den", "de", "da", "du", "dos", "di", "la",
    "le", "ter", NULL };
  const kg_doc *d = c->doc;
  uint32_t end = s->tok + s->ntok, q = tok + n, np = 0;
  char pb[16];
  if (n > 2)
    return n;
  for (uint32_t k = tok; k < tok + n; k++)
    if (!kg_act_name_tok(d, k))
      return n;
  while (np < 2 && q + np < end && !kg_tok_is_cap(&d->tokens[q + np])) {
    kg_tok_lower(&d->tokens[q + np], pb, sizeof pb);
    if (!kg_act_in_list(pb, part))
      break;
    np++;
  }
  if (np == 0 || q + np >= end || !kg_act_name_tok(d, q + np))
    return n;
  kg_tok_lower(&d->tokens[tok], pb, sizeof pb);
  if (d->tokens[q + np].ner_type != KG_NE_PER &&
      !(c->dict && (kg_dict_lex(c->dict, pb) & (KG_LEX_MALE_NAME | KG_LEX_FEMALE_NAME))))
    return n;
  *type = KG_NE_PER;
  n += np + 1;
  while (tok + n < end && d->tokens[tok + n].ner_iob == KG_IOB_I && kg_act_name_tok(d, tok + n))
    n++;
  return n;
}

/* Is b one letter dropped, added or two neighbours swapped away from a,
 * after the first letter (lower-case ASCII words; no letter changed:
 * "Roland" is no "Poland")? */
static int near_spelling(const char *a, size_t la, const char *b, size_t lb)
{
  size_t k = 0;
  while (k < la && k < lb && a[k] == b[k])
    k++;
  if (k == 0)                           /* (the first letter kept: "Iberia" is no "Liberia") */
    return 0;
  if (la == lb)                         /* "Isreal" */
    return k + 1 < la && a[k] == b[k + 1] && a[k + 1] == b[k] && !strcmp(a + k + 2, b + k + 2);
  if (la + 1 == lb)                     /* a letter added */
    return !strcmp(a + k, b + k + 1);
  if (lb + 1 == la)                     /* a letter dropped: "Ethopia", "Indonesa" */
    return !strcmp(a + k + 1, b + k);
  return 0;
}

/* A one-word name the tagger calls a place or organisation that the
 * dictionary lacks but that is a state's one-word name misspelt by one
 * letter dropped, added or swapped (wire copy: "Ethopia", "Isreal",
 * "Indonesa"), or another one-word name of it so misspelt ("Britian"):
 * that state's entry; -1 when none, when two states are that near, or when
 * the word is a first name.  Both words have six letters or more. */
static int32_t misspelt_state(kg_act_ctx *c, uint32_t tok)
{
  const kg_doc *d = c->doc;
  char w[32], l[32];
  size_t n = kg_tok_lower(&d->tokens[tok], w, sizeof w);
  if (!c->dict || n < 6 || n + 1 >= sizeof w || (kg_dict_lex(c->dict, w) & (KG_LEX_MALE_NAME | KG_LEX_FEMALE_NAME)))
    return -1;
  for (size_t k = 0; k < n; k++)
    if (w[k] < 'a' || w[k] > 'z')
      return -1;
  int32_t found = -1;
  /* (speed: the dictionary's states of 6 to 31 bytes listed once per
   * dictionary and thread with their labels lower-cased and their lengths;
   * past 512 of them every entry is read, as before) */
  static _Thread_local const kg_dict *sd;
  static _Thread_local int32_t st[512];
  static _Thread_local uint8_t sl[512];
  static _Thread_local char slow[512][32];
  static _Thread_local size_t ns, sn;
  if (sd != c->dict || sn != kg_dict_nactors(c->dict)) {   /* (a new dictionary, maybe at the same address) */
    ns = 0;
    for (size_t e = 0; e < kg_dict_nactors(c->dict) && ns <= 512; e++) {
      const kg_dict_actor *a = kg_dict_actor_at(c->dict, (int32_t)e);
      size_t la = a && a->type == KG_ACT_COUNTRY && a->label ? strlen(a->label) : 0;
      if (la < 6 || la >= sizeof l || ns++ >= 512)
        continue;
      st[ns - 1] = (int32_t)e;
      sl[ns - 1] = (uint8_t)la;
      for (size_t k = 0; k <= la; k++)
        slow[ns - 1][k] = (char)tolower((unsigned char)a->label[k]);
    }
    sd = c->dict;
    sn = kg_dict_nactors(c->dict);
  }
  /* (the thread's tables' addresses taken once: no TLS look-up per state) */
  const int fast = ns <= 512;
  const int32_t *stq = st;
  const uint8_t *slq = sl;
  const char (*lowq)[32] = (const char (*)[32])slow;
  size_t ne = fast ? ns : kg_dict_nactors(c->dict);
  for (size_t q = 0; q < ne; q++) {
    const char *lq = l;
    size_t la;
    if (fast) {
      la = slq[q];
      lq = lowq[q];
    } else {
      const kg_dict_actor *a = kg_dict_actor_at(c->dict, (int32_t)q);
      la = a && a->type == KG_ACT_COUNTRY && a->label ? strlen(a->label) : 0;
      if (la < 6 || la >= sizeof l)
        continue;
      for (size_t k = 0; k <= la; k++)
        l[k] = (char)tolower((unsigned char)a->label[k]);
    }
    if (la > n + 1 || la + 1 < n)
      continue;
    if (near_spelling(lq, la, w, n)) {
      if (found >= 0)
        return -1;                      /* (two states that near: neither) */
      found = fast ? stq[q] : (int32_t)q;
    }
  }
  /* another one-word name of a state, a letter added or two neighbours
   * swapped after the first ("Britian": Britain, the United Kingdom's) */
  for (size_t k = 1; found < 0 && k < n; k++) {
    char v[32];
    for (int swap = 0; swap < 2 && found < 0; swap++) {
      if (swap && k + 1 >= n)
        break;
      memcpy(v, w, n + 1);
      if (swap) {
        v[k] = w[k + 1];
        v[k + 1] = w[k];
      } else {
        memmove(v + k, v + k + 1, n - k);
      }
      int32_t e = kg_dict_find_actor(c->dict, v);
      const kg_dict_actor *a = e >= 0 ? kg_dict_actor_at(c->dict, e) : NULL;
      if (a && a->type == KG_ACT_COUNTRY && strlen(v) >= 6)
        found = e;
    }
  }
  return found;
}

/* NER span starting at tok; returns tokens consumed (0: nothing kept). */
uint32_t kg_act_try_ner(kg_act_ctx *c, uint32_t sidx, uint32_t tok)
{
  kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[sidx];
  const kg_token *t = &d->tokens[tok];
  if (t->ner_type == KG_NE_NONE || t->ner_iob == KG_IOB_O)
    return 0;
  if (t->ner_iob == KG_IOB_I && tok > s->tok && d->tokens[tok - 1].ner_type == t->ner_type &&
      d->tokens[tok - 1].ner_iob != KG_IOB_O)
    return 0;                           /* inside a span rejected before */
  uint32_t n = 1;
  while (tok + n < s->tok + s->ntok && d->tokens[tok + n].ner_iob == KG_IOB_I &&
         d->tokens[tok + n].ner_type == t->ner_type)
    n++;
  int type = t->ner_type;
  n = particle_name(c, s, tok, n, &type);
  /* "Sultan Haitham | bin Tariq", "Salem Abdullah | al-Jaber al-Sabah" (nameparts.c) */
  n = kg_name_arabic_parts(d, s, tok, n, &type);
  /* "Ursula | von der | Leyen", the given name and the surname tagged
   * apart (a weak tagger calls either a place): a one-word capitalised span,
   * lower-case name particles and a name after them are one person when a
   * particle is Germanic ("von", "van", "der", which English never writes
   * lower-case otherwise) or the tagger calls the surname a person ("Luiz
   * da | Silva"; "Rio de | Janeiro" stays a place) */
  static const char *const eupart[] = { "von", "van", "der", "den", "ter", "de", "da", "di", "du", "dos", NULL };
  uint32_t np = 0, germ = 0;
  while (n == 1 && np < 2 && tok + 1 + np < s->tok + s->ntok && !kg_tok_is_cap(&d->tokens[tok + 1 + np]) &&
         kg_act_in_list(d->tokens[tok + 1 + np].form, eupart)) {
    germ |= kg_act_in_list(d->tokens[tok + 1 + np].form, eupart + 5) == 0;
    np++;
  }
  if (np > 0 && kg_act_name_tok(d, tok) && tok + 1 + np < s->tok + s->ntok && type != KG_NE_ORG &&
      d->tokens[tok + 1 + np].ner_iob != KG_IOB_I && kg_act_name_tok(d, tok + 1 + np) &&
      (germ || d->tokens[tok + 1 + np].ner_type == KG_NE_PER)) {
    type = KG_NE_PER;
    n += np + 1;
    while (tok + n < s->tok + s->ntok && d->tokens[tok + n].ner_iob == KG_IOB_I && kg_act_name_tok(d, tok + n))
      n++;
  }
  /* "in east Jerusalem Sunday", "met Lavrov Wednesday" (wire style, the
   * day with no "on"): a weekday after a person's name, or after a name the
   * dictionary knows, is the date, not part of the name ("Bloody Sunday"
   * stays one) */
  if (n >= 2 && kg_act_in_list(d->tokens[tok + n - 1].form, (const char *const[]){ "Monday",
        "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", NULL })) {
    kg_dict_match dm;
    if (type == KG_NE_PER || (c->dict && kg_dict_match_actor(c->dict, d, tok, &dm) && dm.ntok == n - 1))
      n--;
  }
  /* "the USS Carl Vinson", "BRP Sierra Madre": a ship's name is no actor */
  if (n >= 2 && kg_act_ship_prefix(t->form))
    return n;
  if (kg_act_ship_name(d, s, tok) || kg_act_facility_name(c->dict, d, s, tok, n, type))
    return n;
  int32_t sf = n == 1 ? sector_short_form(c, s, tok) : -1;
  if (sf >= 0)                          /* "the Guards" after "Iran's Revolutionary Guards" */
    return kg_act_add_mention(c, sidx, tok, 1, sf, KG_MEN_PARTIAL, 0) < 0 ? 0 : 1;
  sf = n == 1 ? org_short_name(d, s, tok) : -1;
  if (sf >= 0)                          /* "the Polisario" after "the Polisario Front" */
    return kg_act_add_mention(c, sidx, tok, 1, sf, KG_MEN_PARTIAL, 0) < 0 ? 0 : 1;
  int32_t hac = type != KG_NE_PER ? hyphen_acronym(d, tok, n) : -1;
  if (hac >= 0)
    return kg_act_add_mention(c, sidx, tok, n, hac, KG_MEN_PARTIAL, 0) < 0 ? 0 : n;
  if (n == 1 && type != KG_NE_PER) {
    int32_t ac = kg_coref_acronym(d, tok);
    if (ac >= 0)
      return kg_act_add_mention(c, sidx, tok, 1, ac, KG_MEN_PARTIAL, 0) < 0 ? 0 : 1;
    int32_t ms = misspelt_state(c, tok);
    if (ms >= 0 && (ms = kg_act_intern_entry(c, ms)) >= 0)
      return kg_act_add_mention(c, sidx, tok, 1, ms, KG_MEN_NAME, 0) < 0 ? 0 : 1;
  }
  /* "Peace and Security Council", "Belt and Road Initiative": a name the
   * tagger split at "and" is one when a one-word span, "and" and a
   * capitalised span ending in an organisation or non-actor head follow
   * each other */
  if (n == 1 && type != KG_NE_PER && tok + 3 < s->tok + s->ntok && kg_tok_is(d, tok + 1, "and") &&
      d->tokens[tok + 2].ner_iob == KG_IOB_B && d->tokens[tok + 2].ner_type != KG_NE_PER &&
      kg_tok_is_cap(&d->tokens[tok + 2])) {
    uint32_t m = 1;
    while (tok + 2 + m < s->tok + s->ntok && d->tokens[tok + 2 + m].ner_iob == KG_IOB_I &&
           d->tokens[tok + 2 + m].ner_type == d->tokens[tok + 2].ner_type)
      m++;
    char hb[32];
    kg_tok_lower(&d->tokens[tok + 1 + m], hb, sizeof hb);
    if (m >= 2 && (kg_act_in_list(hb, k_org_heads) || kg_act_in_list(hb, k_thing_heads))) {
      n = 2 + m;
      type = d->tokens[tok + 2].ner_type;
    }
  }
  /* "Gulf of Oman", "Sea of Japan", "Bay of Bengal": a place head, "of" and
   * a capitalised name (even a state's) are one place */
  if (type != KG_NE_PER && tok + n + 1 < s->tok + s->ntok && kg_tok_is(d, tok + n, "of") &&
      kg_tok_is_cap(&d->tokens[tok + n + 1])) {
    char hb[32];
    kg_tok_lower(&d->tokens[tok + n - 1], hb, sizeof hb);
    if (kg_act_in_list(hb, (const char *const[]){ "gulf", "sea", "bay", "strait", "straits", "isle",
                                           "cape", "lake", NULL })) {
      uint32_t m = 1;
      while (m < 3 && tok + n + 1 + m < s->tok + s->ntok && kg_tok_is_cap(&d->tokens[tok + n + 1 + m]))
        m++;
      n += 1 + m;
      type = KG_NE_LOC;
    }
  }
  if (type != KG_NE_PER && type != KG_NE_ORG && type != KG_NE_LOC && type != KG_NE_MISC)
    return 0;
  if (n == 3) {                         /* "al-Sharaa" after "Ahmed al-Sharaa", any type (coref_names.c) */
    int32_t f = kg_coref_fold_article_name(d, tok, n);
    if (f >= 0)
      return kg_act_add_mention(c, sidx, tok, 3, f, KG_MEN_PARTIAL, 0) < 0 ? 0 : 3;
  }
  if (type == KG_NE_MISC) {             /* "the Cold War": consumed, no actor */
    char hb[32];
    kg_tok_lower(&d->tokens[tok + n - 1], hb, sizeof hb);
    return n > 1 && kg_act_in_list(hb, k_thing_heads) ? n : 0;
  }
  if ((t->flags & KG_TOK_DATELINE) && type != KG_NE_LOC)
    return 0;                           /* "(KGB Wire)": the agency of a dateline */
  /* "The Council has been paralysed" tagged ORG: a body named by its head
   * word alone is left to coreference (the organisation named with it) */
  if (type == KG_NE_ORG && (n == 1 || (n == 2 && kg_tok_is(d, tok, "the")))) {
    char hb[32];
    kg_tok_lower(&d->tokens[tok + n - 1], hb, sizeof hb);
    if (kg_act_in_list(hb, (const char *const[]){ "assembly", "commission", "council", "secretariat",
                                           NULL }))
      return 0;
  }
  /* "The Gulf state has supplied ...", "the Baltic nation": a region word
   * before a description of a state is no place; left to coreference (the
   * salient state of that region, coref.c) */
  if (type != KG_NE_PER && (n == 1 || (n == 2 && kg_tok_is(d, tok, "the"))) && tok + n < s->tok + s->ntok &&
      !kg_tok_is_cap(&d->tokens[tok + n])) {
    char hb[32], nb[32];
    kg_tok_lower(&d->tokens[tok + n - 1], hb, sizeof hb);
    kg_tok_lower(&d->tokens[tok + n], nb, sizeof nb);
    if (kg_act_in_list(hb, (const char *const[]){ "gulf", "baltic", "nordic", "scandinavian", "balkan",
                                           "caribbean", NULL }) &&
        kg_dict_description(c->dict, nb) == KG_ACT_COUNTRY)
      return 0;
  }
  /* "Mr Brown", "Sir Digby Jones", "House Speaker Nancy [Pelosi]": the
   * name after the last title word, taking in name words the tagger left out */
  uint32_t skip = 0;
  if (type == KG_NE_ORG && n >= 2) {
    /* "Ms Hutt", "Welsh Health Minister Jane Hutt" tagged ORG: a person
     * when a title word is followed by a short plain name */
    uint32_t at = kg_act_after_title(c->dict, d, tok, n);
    char lb[32];
    kg_tok_lower(&d->tokens[tok + n - 1], lb, sizeof lb);
    /* "General Abdel Fattah al-Burhan": a particle glued by a hyphen is
     * no word of its own */
    uint32_t glue = 0;
    for (uint32_t q = tok + at + 1; q + 1 < tok + n; q++)
      if (!strcmp(d->tokens[q].form, "-") && !d->tokens[q - 1].space_after && !d->tokens[q].space_after &&
          !kg_tok_is_cap(&d->tokens[q - 1]))
        glue += 2;
    int plain = at > 0 && n - at - glue <= 3 && !kg_act_in_list(lb, k_org_heads) &&
                !kg_act_in_list(lb, k_place_heads);
    for (uint32_t q = tok + at; plain && q < tok + n; q++)
      plain = kg_act_name_tok(d, q) || (glue > 0 && (!strcmp(d->tokens[q].form, "-") ||
                                              (q + 1 < tok + n && !strcmp(d->tokens[q + 1].form, "-"))));
    if (plain)
      type = KG_NE_PER;
  }
  if ((type == KG_NE_LOC || type == KG_NE_ORG) && kg_act_titled_name(c->dict, d, s, tok, n))
    type = KG_NE_PER;                   /* "its foreign minister, Sugiono, met" (actors.c) */
  if (type == KG_NE_PER) {
    skip = kg_act_after_title(c->dict, d, tok, n);
    kg_dict_match dm;
    while (skip > 0 && tok + n < s->tok + s->ntok && n - skip < 4 && kg_act_name_tok(d, tok + n) &&
           d->tokens[tok + n].ner_iob != KG_IOB_B &&
           !kg_dict_match_actor(c->dict, d, tok + n, &dm))
      n++;
    if (skip >= n)
      return 0;
  }
  if (skip > 0) {
    /* a known name after the title that runs past the tagger's span
     * ("Emir Sheikh Tamim | bin Hamad Al Thani"): the dictionary's, at the
     * next token */
    kg_dict_match dn;
    if (type == KG_NE_PER && kg_dict_match_actor(c->dict, d, tok + skip, &dn) &&
        dn.ntok > n - skip && tok + skip + dn.ntok <= s->tok + s->ntok) {
      const kg_dict_actor *de = kg_dict_actor_at(c->dict, dn.entry);
      if (de && de->type == KG_ACT_PERSON)
        return skip;
    }
    uint32_t kept = ner_keep(c, s, tok + skip, n - skip, type);
    if (kept == 0 && type == KG_NE_PER && n - skip == 1 && kg_coref_fold_partial(d, tok + skip) < 0) {
      /* "Mr Brown" with no earlier Brown: a person all the same */
      if (kg_tok_is_cap(&d->tokens[tok + skip]) &&
          kg_act_add_new(c, sidx, tok + skip, 1, KG_ACT_PERSON) == 0)
        return n;
      return 0;
    }
    if (kept == 0)
      return 0;
    int at = type == KG_NE_PER ? KG_ACT_PERSON : type == KG_NE_ORG ? KG_ACT_ORG : KG_ACT_PLACE;
    if (kg_act_add_new(c, sidx, tok + skip, kept, at) < 0)
      return 0;
    return skip + kept;
  }
  if (type == KG_NE_PER && tok >= s->tok + 2 && kg_tok_is(d, tok - 1, "of") &&
      (kg_tok_is(d, tok - 2, "village") || kg_tok_is(d, tok - 2, "town") || kg_tok_is(d, tok - 2, "battle") ||
       kg_tok_is(d, tok - 2, "Battle") || kg_tok_is(d, tok - 2, "siege")))
    type = KG_NE_LOC;                   /* "the central village of Moura", "the battle of Khalkhin Gol" tagged PER */
  if (type == KG_NE_LOC && after_company_noun(c->dict, d, s, tok))
    type = KG_NE_ORG;                   /* "the French nuclear group Orano" tagged LOC */
  n = ner_keep(c, s, tok, n, type);
  if (n == 0)
    return 0;
  if (type == KG_NE_ORG && tok >= s->tok + 2 && kg_tok_is(d, tok - 1, "of")) {
    char pb[32];                        /* "the state of Bahia": a place */
    kg_tok_lower(&d->tokens[tok - 2], pb, sizeof pb);
    if (kg_act_in_list(pb, (const char *const[]){ "state", "province", "region", "city", "town",
                                           "island", "county", "district", NULL }))
      type = KG_NE_LOC;
  }
  /* "the Vaca Muerta field", "the Kerch bridge" tagged PER: a name between
   * "the" and a lower-case place noun names a place */
  if (type == KG_NE_PER && tok > s->tok && kg_tok_is(d, tok - 1, "the") &&
      tok + n < s->tok + s->ntok && !kg_tok_is_cap(&d->tokens[tok + n])) {
    char hb[32];
    kg_tok_lower(&d->tokens[tok + n], hb, sizeof hb);
    if (kg_act_in_list(hb, k_place_heads) || kg_act_in_list(hb, (const char *const[]){ "field",
          "fields", "basin", "dam", "mine", "port", "plant", "crossing", NULL }))
      type = KG_NE_LOC;
  }
  /* "signed the declaration at the Amiri Diwan" tagged PER: a name after
   * a locative preposition and "the" is a site, no person */
  if (type == KG_NE_PER && n > 1 && tok >= s->tok + 2 && kg_tok_is(d, tok - 1, "the") &&
      (kg_tok_is(d, tok - 2, "at") || kg_tok_is(d, tok - 2, "inside") || kg_tok_is(d, tok - 2, "outside")))
    type = KG_NE_LOC;
  if (type != KG_NE_PER && n > 1) {
    /* a policy or an era is no actor ("Belt and Road Initiative"); a
     * sector phrase ("Foreign Ministry", "State Department") is left to
     * the sectors of its state (sectors.c) */
    char hb[32], ph[96];
    kg_tok_lower(&d->tokens[tok + n - 1], hb, sizeof hb);
    if (kg_act_in_list(hb, k_thing_heads))
      return n;
    kg_tok_lower(&d->tokens[tok], hb, sizeof hb);
    if (kg_tok_is(d, tok + 1, "of") && kg_act_in_list(hb, k_thing_heads))
      return n;                         /* "an Act of Parliament" */
    size_t pl = 0;
    ph[0] = '\0';
    for (uint32_t q = tok; q < tok + n && pl + 34 < sizeof ph; q++) {
      char wb[32];
      size_t wl = kg_tok_lower(&d->tokens[q], wb, sizeof wb);
      if (q > tok)                   /* (no snprintf: speed; pl + 1 + 31 < 96) */
        ph[pl++] = ' ';
      memcpy(ph + pl, wb, wl + 1);
      pl += wl;
    }
    /* only right after its state ("Chinese Foreign Ministry", "Britain's
     * Foreign Office"); alone, "the House of Commons" stays a name */
    uint32_t pq = tok - 1;
    if (tok > s->tok && kg_tok_is_poss(&d->tokens[pq]) && pq > s->tok)
      pq--;
    int32_t pm = tok > s->tok ? kg_mention_at(d, pq) : -1;
    if (pm >= 0 && d->mentions[pm].actor >= 0 &&
        d->actors[d->mentions[pm].actor].type == KG_ACT_COUNTRY &&
        kg_dict_sector_noun(c->dict, ph) > 0)
      return 0;
  }
  /* a single word that names a person met before or a known office holder
   * ("Xi" tagged ORG) is that person */
  if (n == 1) {
    int32_t f = kg_coref_fold_partial(d, tok);
    int32_t e = f < 0 && !after_article(d, s, tok) && !eponym_name(d, s, tok) && !no_surname(d, s, tok) ?
                kg_coref_surname_at(c, tok) : -1;
    if (f < 0 && e >= 0)
      f = kg_act_intern_entry(c, e);
    if (f >= 0)
      return kg_act_add_mention(c, sidx, tok, 1, f, KG_MEN_PARTIAL, 0) < 0 ? 0 : 1;
  }
  {                                     /* the head word decides ORG vs place */
    char hb[32];
    kg_tok_lower(&d->tokens[tok + n - 1], hb, sizeof hb);
    if (n > 1 && kg_act_in_list(hb, k_org_heads))
      type = KG_NE_ORG;
    else if (n > 1 && kg_act_in_list(hb, k_place_heads))
      type = KG_NE_LOC;                 /* "Clarence House" tagged PER */
    else if (n > 1 && (kg_tok_lower(&d->tokens[tok], hb, sizeof hb),   /* "Plaza Murillo", "Lake Kivu" */
                       kg_act_in_list(hb, (const char *const[]){ "plaza", "piazza", "praça", "avenida", "calle",
                                                                 "rue", "lake", "mount", "palace", NULL })))
      type = KG_NE_LOC;
    /* "the Ta Krabey temple", "near Poipet" (not "near Kim's residence"):
     * a name before a place noun, or after "near"/"outside", is a place */
    uint32_t af = tok + n, pv = tok > s->tok && after_article(d, s, tok) ? tok - 1 : tok;
    char ab[32] = "", pb[16] = "";
    if (af < s->tok + s->ntok)
      kg_tok_lower(&d->tokens[af], ab, sizeof ab);
    if (pv > s->tok)
      kg_tok_lower(&d->tokens[pv - 1], pb, sizeof pb);
    if (type != KG_NE_LOC && af < s->tok + s->ntok && !kg_tok_is_cap(&d->tokens[af]) &&
        (kg_act_in_list(ab, k_place_nouns) || site_after(d, s, af)))
      type = KG_NE_LOC;
    else if (type != KG_NE_LOC && (!strcmp(pb, "near") || !strcmp(pb, "outside")) &&
             !(af < s->tok + s->ntok && kg_tok_is_poss(&d->tokens[af])))
      type = KG_NE_LOC;
  }
  /* a lone capitalised word opening a sentence ("Government", "Party") is
   * as likely a common noun; the dictionary knows the names that matter,
   * and so does the text: the exact name of an organisation named before
   * ("the French nuclear group Orano ... // Orano said") is that one */
  if (n == 1 && tok == s->tok) {
    for (size_t k = 0; k < d->nactors; k++)
      if (d->actors[k].type == KG_ACT_ORG && d->actors[k].nmentions > 0 &&
          !strcmp(d->actors[k].label, d->tokens[tok].form))
        return kg_act_add_mention(c, sidx, tok, 1, (int32_t)k, KG_MEN_NAME, 0) < 0 ? 0 : 1;
  }
  if (n == 1 && tok == s->tok) {
    char nb[32] = "";
    if (tok + 1 < s->tok + s->ntok)
      kg_tok_lower(&d->tokens[tok + 1], nb, sizeof nb);
    if ((type != KG_NE_PER || !kg_act_in_list(nb, kg_act_report)) &&    /* "Hrawi said" stays, */
        (type != KG_NE_ORG || !appos_company(c->dict, d, s, tok)))      /* "Rosatom, Russia's ... company," */
      return 0;
  }
  int at = type == KG_NE_PER ? KG_ACT_PERSON : type == KG_NE_ORG ? KG_ACT_ORG : KG_ACT_PLACE;
  if (kg_act_add_new(c, sidx, tok, n, at) < 0)
    return 0;
  return n;
}

/* Name shapes (with or without NER); returns tokens consumed (0: none). */
/* "Park Sung-ho, the country's defence minister, told ...": a run of 2-3
 * name words (a hyphenated one counts once) not ending in an organisation
 * or place word, then a comma and a determiner or possessive opening an
 * apposition that holds a title of the dictionary before the next comma. */
static int appos_title(kg_act_ctx *c, const kg_sentence *s, uint32_t tok, uint32_t n)
{
  kg_doc *d = c->doc;
  uint32_t end = s->tok + s->ntok, words = 0, q = tok + n;
  char b[32];
  for (uint32_t k = tok; k < tok + n; k++)
    words += strcmp(d->tokens[k].form, "-") != 0 && (k == tok || d->tokens[k - 1].space_after);
  kg_tok_lower(&d->tokens[tok + n - 1], b, sizeof b);
  /* (one word only opening the sentence, a mononym the tagger calls a proper noun: "Sugiono, Indonesia's
   * foreign minister, said") */
  int one = words == 1 && n == 1 && tok == s->tok && d->tokens[tok].upos == KG_UPOS_PROPN;
  if ((words < 2 && !one) || words > 3 || kg_act_in_list(b, k_org_heads) || kg_act_in_list(b, k_place_heads) ||
      kg_act_after_title(c->dict, d, tok, n) > 0)
    return 0;
  if (q + 2 >= end || !kg_tok_is(d, q, ","))
    return 0;
  kg_tok_lower(&d->tokens[q + 1], b, sizeof b);
  kg_dict_match sm;                     /* ("Indonesia's foreign minister": a state's possessive) */
  int state_poss = kg_dict_match_actor(c->dict, d, q + 1, &sm) && q + 1 + sm.ntok < end &&
                   kg_tok_is_poss(&d->tokens[q + 1 + sm.ntok]) &&
                   kg_dict_actor_at(c->dict, sm.entry)->type == KG_ACT_COUNTRY;
  if (!state_poss && !kg_act_in_list(b, (const char *const[]){ "the", "a", "an", "his", "her", "its", "their", NULL }))
    return 0;
  for (uint32_t k = q + 2; k < end && k < q + 8 && !kg_tok_is(d, k, ","); k++) {
    const kg_title *ti;
    if (kg_dict_match_title(c->dict, d, k, &ti) > 0)
      return 1;
  }
  return 0;
}

uint32_t kg_act_try_shape(kg_act_ctx *c, uint32_t sidx, uint32_t tok)
{
  kg_doc *d = c->doc;
  const kg_sentence *s = &d->sents[sidx];
  const kg_title *ti;
  char b_b[64];
  const char *b;
  uint32_t tn = kg_dict_match_title(c->dict, d, tok, &ti);
  b = kg_tok_low(d, tok, b_b, sizeof b_b);
  if (tn == 0 && (kg_dict_lex(c->dict, b) & KG_LEX_HONORIFIC))
    tn = 1;
  if (tn > 0) {                           /* title + Name */
    uint32_t at = tok + tn;
    int second = 0;
    kg_dict_match dm;
    /* "Prime Minister Sheikh Mohammed ...": an honorific after the title */
    if (at + 1 < s->tok + s->ntok) {
      b = kg_tok_low(d, at, b_b, sizeof b_b);
      if ((kg_dict_lex(c->dict, b) & KG_LEX_HONORIFIC))
        return tn + 1;
      /* "Foreign Minister Prince Faisal ...", "Defence Minister General
       * X": a second title, a rank or a royal style, is no part of the name */
      const kg_title *t2;
      uint32_t tn2 = kg_dict_match_title(c->dict, d, at, &t2);
      /* (the holder's name is read after both, as after one title: left to
       * the tagger's name spans, "Prince Faisal bin Farhan travelled" was
       * lost) */
      if (tn2 > 0 && at + tn2 < s->tok + s->ntok && kg_act_name_tok(d, at + tn2) &&
          kg_tok_is_cap(&d->tokens[at])) {
        tn += tn2;
        at += tn2;
        second = 1;
      }
    }
    if (at < s->tok + s->ntok && !kg_dict_match_actor(c->dict, d, at, &dm)) {
      uint32_t n = name_run(c->dict, d, s, at, 4);
      if (n > 0) {
        if (kg_act_add_new(c, sidx, at, n, KG_ACT_PERSON) < 0)
          return 0;
        return tn + n;
      }
    }
    return second ? tn : 0;
  }
  if (kg_act_name_tok(d, tok)) {
    int32_t f = kg_coref_fold_partial(d, tok);
    uint32_t n = name_run(c->dict, d, s, tok, 4);
    if (n > 0 && (code_name_at(d, s, tok) || kg_act_ship_name(d, s, tok)))
      return n;                           /* "drills, codenamed Northern Bay": a thing's name */
    if (n == 1 && f >= 0) {
      return kg_act_add_mention(c, sidx, tok, 1, f, KG_MEN_PARTIAL, 0) < 0 ? 0 : 1;
    }
    if (n == 1 && !after_article(d, s, tok) && !eponym_name(d, s, tok) &&
        !no_surname(d, s, tok)) {         /* "Putin offered ..." first */
      int32_t e = kg_coref_surname_at(c, tok);
      int32_t a = e >= 0 ? kg_act_intern_entry(c, e) : -1;
      if (a >= 0) {
        if (kg_act_add_mention(c, sidx, tok, 1, a, KG_MEN_PARTIAL, 0) < 0)
          return 0;
        return 1;
      }
    }
    uint32_t after = tok + n;
    if (after < s->tok + s->ntok && kg_tok_is_poss(&d->tokens[after]))
      after++;
    if (n >= 2 && after < s->tok + s->ntok) {
      b = kg_tok_low(d, tok + n, b_b, sizeof b_b);
      if (kg_act_in_list(b, kg_act_report) || kg_dict_cue(c->dict, b) == KG_CUE_REPORT) {
        uint32_t at = kg_act_after_title(c->dict, d, tok, n);   /* "Lord Falconer said" */
        if (at >= n)
          return n;
        b = kg_tok_low(d, tok + n - 1, b_b, sizeof b_b);    /* "Defence Ministry said" */
        if (kg_act_in_list(b, k_org_heads) || kg_act_in_list(b, k_place_heads))
          return n;
        if (kg_act_add_new(c, sidx, tok + at, n - at, KG_ACT_PERSON) < 0)
          return 0;
        return n;
      }
    }
    if (n >= 1 && n <= 5 && appos_title(c, s, tok, n)) {
      if (kg_act_add_new(c, sidx, tok, n, KG_ACT_PERSON) < 0)
        return 0;
      return n;
    }
    if (n >= 2 && weapon_at(c, s, tok + n))
      return n;                           /* "Storm Shadow missiles": a weapon */
    /* "the two North African countries": a run before a plural noun that
     * describes states modifies it (a region's adjective), no person */
    const char *nl = tok + n < s->tok + s->ntok ? d->tokens[tok + n].lemma : NULL;
    int states_mod = nl && d->tokens[tok + n].xpos && !strcmp(d->tokens[tok + n].xpos, "NNS") &&
                     kg_dict_description(c->dict, nl) == KG_ACT_COUNTRY;
    if (n >= 2 && n <= 3 && tok > s->tok && !states_mod && person_shape(d, s, tok, n)) {
      b = kg_tok_low(d, tok + n - 1, b_b, sizeof b_b);   /* (a party: "the opposition Social Democrats") */
      if (kg_act_add_new(c, sidx, tok, n, kg_act_in_list(b, k_org_heads) ? KG_ACT_ORG : KG_ACT_PERSON) < 0)
        return 0;
      return n;
    }
    /* "Second | Thomas Shoal": a word the entity tagger left out before a
     * span it ends with a place head belongs to that place */
    uint32_t sn = 0;
    if (tok + n < s->tok + s->ntok && d->tokens[tok + n].ner_iob == KG_IOB_B) {
      uint32_t e = tok + n + 1;
      while (e < s->tok + s->ntok && d->tokens[e].ner_iob == KG_IOB_I)
        e++;
      b = kg_tok_low(d, e - 1, b_b, sizeof b_b);
      if (e - (tok + n) >= 2 && kg_act_in_list(b, k_place_heads))
        sn = e - (tok + n);
    }
    if (sn > 0) {
      if (kg_act_add_new(c, sidx, tok, n + sn, KG_ACT_PLACE) < 0)
        return 0;
      return n + sn;
    }
    if (n >= 1 && tok > s->tok && kg_act_locative_before(d, s, tok)) {
      if (kg_act_add_new(c, sidx, tok, n, KG_ACT_PLACE) < 0)
        return 0;
      return n;
    }
    /* "House Speaker Nancy Pelosi": a name after a title word in the run */
    uint32_t at = n > 1 ? kg_act_after_title(c->dict, d, tok, n) : 0;
    if (at > 0 && at < n && n - at <= 3) {
      if (kg_act_add_new(c, sidx, tok + at, n - at, KG_ACT_PERSON) < 0)
        return 0;
      return n;
    }
    return n > 1 ? n : 0;                 /* unknown capitalised run: skip */
  }
  return 0;
}
