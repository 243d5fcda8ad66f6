/* dict.c — the actor and event dictionaries loaded from Turtle.
 *
 * Owns: parsing ontology/ and user dictionary Turtle files with Raptor into
 * a node table keyed on subject (so several files merge: a user file may add
 * aliases to an actor of ontology/actors.ttl by naming the same IRI); turning
 * the nodes into plain C tables in kg_dict_finish (actors, surface forms,
 * CAMEO codes, trigger patterns, titles, cue words, description nouns); the
 * lookups of dict.h.  The per-token longest match of actor and title forms,
 * with the normalisation, form index and match memo it uses, is in
 * dict_index.c.
 * Matching also keeps two rules beyond dict.h's: a token boundary may fall
 * inside a form only where the form has a space or hyphen or next to
 * punctuation ("to go" is not "Togo"), and an all-capitals form of 4+
 * letters ("NATO") matches "NATO" or "Nato" but not lower-case "nato".
 * Start-up: the triples of a big file (32 KB and more) are kept in a binary
 * cache keyed by a hash of the file's bytes (dict_cache.c), so a later run
 * applies them without Raptor; the .ttl stays the source of truth (a changed
 * file has another key; a damaged cache fails its checksum and is ignored).
 * Does not own: what a match means in context (actors.c), event coding
 * (events.c), the vocabulary's documentation (ontology/README.md).
 *
 * Vocabulary read (kgd: = https://w3id.org/kgbuild/dict#):
 *   actors:   a kgo:Person|Country|Organization|Place ; rdfs:label ;
 *             kgd:alias | skos:altLabel ; kgd:demonym ; kgd:metonym ;
 *             kgd:iso3 ; owl:sameAs <http://www.wikidata.org/entity/Q..> ;
 *             kgd:region ; kgd:subregion (countries, UN M49: "Southern Africa") ;
 *             kgo:leaderOf | kgo:officialOf <actor> ; kgd:roleStart/End year ;
 *             kgd:inCountry <country> (places: kg_dict_actor.country is that state)
 *   CAMEO:    <class> kgo:cameoCode "042" ; rdfs:label ; kgo:goldstein ;
 *             kgo:ploverCategory
 *   triggers: [] kgd:lemma "visit" ; kgd:pos "VERB" ; kgd:particle ;
 *             kgd:prep ; kgd:object ; kgd:code "042" | kgd:eventClass <class> ;
 *             kgd:prepRequired true (no match without its preposition)
 *             kgd:infinitiveRequired true (no match without a to-infinitive)
 *             kgd:clauseRequired true (compact patterns: no match without a that-clause)
 *   titles:   kgo:leaderOf|kgo:officialOf kgd:title "prime minister"
 *             <state> kgd:stateTitle "secretary of state" (kg_dict_title_state)
 *   cues:     kgo:Hedged|kgo:Negated|kgd:Reporting kgd:cue "may"
 *   built-in cues and light verbs (kg_dict_lex): kgo:Hedged|kgo:Negated
 *             kgd:cueWord "never" ; kgd:cueVerb "refuse" ; kgo:Hedged
 *             kgd:requestVerb "urge" ; kgo:Event kgd:lightVerb "hold"
 *   word lists (kg_dict_lex): kgo:Person kgd:honorific "mr" ;
 *             kgd:Weapon kgd:weaponNoun "missiles" ; kgo:Place kgd:placeNoun "city" ;
 *             kgo:Place kgd:buildingNoun "palace" ; kgd:siteNoun "base" ;
 *             kgd:siteModifier "launch" ; kgo:Event kgd:messageNoun "statement" ;
 *             kgo:Actor kgd:relationalNoun "ally" ;
 *             kgo:Person kgd:maleWord "mr" ; kgd:femaleName "giorgia" ;
 *             kgo:Event kgd:incidentWord "explosion" ; kgd:definiteIncidentNoun "attack" ;
 *             kgo:Event kgd:eventSubjectVerb "come" ; kgd:offerVerb "offer" ;
 *             kgd:patientNoun "arrest" ; kgd:undergoVerb "face"
 *   a second word of lists (kg_dict_lex2): kgo:Event kgd:budgetNoun "cost" ; kgd:wishVerb "want" ;
 *             kgd:permittedParty "farmer" ; kgd:peaceSendVerb "deploy" ; kgd:unitNoun "cent"
 *             (and the other KG_LEX2_* classes)
 *   act nouns (kg_dict_act_noun): <CAMEO class> kgd:actNoun "launch"
 *   descriptions: kgo:Country|kgo:Organization|kgo:Person|kgo:Place
 *             kgd:descriptionNoun "regime"
 *   sectors:  <sector> kgo:agentCode "MIL" ; rdfs:label ; kgd:sectorNoun "soldiers"
 *             (a node with an agent code is a sector, numbered 1.. in load order)
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <raptor2.h>
#include "dict.h"
#include "dict_cache.h"
#include "dict_index.h"

#define KGO "https://w3id.org/kgbuild/ontology#"
#define KGD "https://w3id.org/kgbuild/dict#"
#define IDNS "https://w3id.org/kgbuild/id/"
#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define RDFS_LABEL "http://www.w3.org/2000/01/rdf-schema#label"
#define SKOS_ALT "http://www.w3.org/2004/02/skos/core#altLabel"
#define OWL_SAMEAS "http://www.w3.org/2002/07/owl#sameAs"
#define WD_ENTITY "http://www.wikidata.org/entity/"


/* ------------------------------------------------------------ nodes */
typedef struct node {
  const char *subj;
  const char *label, *wikidata, *iso3, *role_target, *in_country, *region, *subregion;
  const char *code, *plover;
  const char *lemma, *pos, *particle, *prep, *object, *before, *tcode, *tclass, *reverse, *srcprep, *skipprep;
  uint8_t form_only, compound, literal, speaker, prep_required, inf_required;
  const char *agent_code;  /* sectors: kgo:agentCode */
  double goldstein;
  int16_t role_start, role_end;
  uint8_t type, role;
  uint8_t file;            /* number of the file that first named it (max 255) */
} node;

typedef struct raw_form { int32_t node; uint8_t kind; const char *text; } raw_form;
typedef struct raw_word { const char *text; uint32_t cls; } raw_word;


typedef struct triple { const char *s, *p, *o; uint8_t o_kind, s_blank; } triple;
enum { OBJ_IRI = 0, OBJ_LIT, OBJ_BLANK };

struct kg_dict {
  kg_dix_arena *arena;      /* strings of everything loaded */
  kg_dix_arena *tables;     /* strings built by finish (freed on re-finish) */
  void **cached; size_t ncached, cached_cap; /* loaded cache files (strings live there) */
  node *nodes; size_t nnodes, nodes_cap;
  kg_dix_map node_map;
  raw_form *rforms; size_t nrforms, rforms_cap;
  raw_word *rtitles; size_t nrtitles, rtitles_cap;
  raw_word *rcues; size_t nrcues, rcues_cap;
  raw_word *rdesc; size_t nrdesc, rdesc_cap;
  raw_word *rlex; size_t nrlex, rlex_cap;      /* cls: KG_LEX_* bits */
  raw_word *rlex2; size_t nrlex2, rlex2_cap;   /* cls: KG_LEX2_* bits */
  raw_form *rpats; size_t nrpats, rpats_cap;   /* kgd:pattern literals of a class */
  raw_form *rsect; size_t nrsect, rsect_cap;   /* kgd:sectorNoun literals of a sector */
  raw_form *rdated; size_t nrdated, rdated_cap; /* kgd:datedCode literals of an actor */
  raw_form *ractn; size_t nractn, ractn_cap;   /* kgd:actNoun literals of a CAMEO class */
  raw_form *rsttl; size_t nrsttl, rsttl_cap;   /* kgd:stateTitle literals of a state */
  unsigned nfiles;
  unsigned exclusive;     /* the last file that is a kgd:ExclusiveCodebook, 0: none */
  const char *last_subj;  /* node_get's one-entry cache */
  int32_t last_node;
  const char *pc_ptr[16]; /* pred_id's cache */
  int pc_id[16];

  /* built by finish */
  kg_dict_actor *actors; size_t nactors;
  kg_dix_map names;            /* normalised lower name/alias -> entry */
  kg_cameo *cameo; size_t ncameo;
  kg_trigger *trig; size_t ntrig;
  kg_dix_map trig_map;         /* lemma -> index of its first entry in trig */
  kg_title *titles; size_t ntitles;
  raw_word *cues; size_t ncues;
  raw_word *desc; size_t ndesc;
  kg_dix_map lex, lex2;        /* lower-case word or phrase -> KG_LEX_* bits, KG_LEX2_* bits */
  kg_dix_map actn;             /* lower-case act noun -> node of its CAMEO class */
  kg_dix_map sttl;             /* lower-case title -> entry of the one state it belongs to */
  kg_sector *sectors; size_t nsectors;
  raw_word *sect; size_t nsect;     /* sector nouns; cls = sector number */
  kg_dix_map cue_map, desc_map, sect_map;   /* the texts of cues, desc, sect -> their cls */
  kg_dix_index actor_ix, title_ix;
  struct dated { const char *code; int32_t from, until; } *dated; size_t ndated;
};

static int32_t node_get_slow(kg_dict *d, const char *subj);
static int32_t node_get(kg_dict *d, const char *subj) {
  /* consecutive triples share their subject string (see term_str) */
  if (subj == d->last_subj && d->last_node >= 0) return d->last_node;
  int32_t i = node_get_slow(d, subj);
  d->last_subj = subj; d->last_node = i;
  return i;
}

static int32_t node_get_slow(kg_dict *d, const char *subj) {
  int32_t i = kg_dix_map_get(&d->node_map, subj, strlen(subj));
  if (i >= 0) return i;
  node nd; memset(&nd, 0, sizeof nd);
  nd.subj = subj;
  nd.file = (uint8_t)(d->nfiles < 255 ? d->nfiles : 255);
  KG_VEC_PUSH(d->nodes, d->nnodes, d->nodes_cap, nd, return -1);
  if (kg_dix_map_put(&d->node_map, subj, (int32_t)(d->nnodes - 1)) < 0) return -1;
  return (int32_t)(d->nnodes - 1);
}

kg_dict *kg_dict_new(void) { return calloc(1, sizeof(kg_dict)); }

static void tables_free(kg_dict *d) {
  free(d->actors); kg_dix_map_free(&d->names); kg_dix_map_free(&d->lex); kg_dix_map_free(&d->actn);
  kg_dix_map_free(&d->trig_map); kg_dix_map_free(&d->sttl); kg_dix_map_free(&d->lex2);
  kg_dix_map_free(&d->cue_map); kg_dix_map_free(&d->desc_map); kg_dix_map_free(&d->sect_map);
  free(d->cameo); free(d->trig); free(d->titles); free(d->cues); free(d->desc);
  free(d->sectors); free(d->sect); d->sectors = NULL; d->sect = NULL; d->nsectors = d->nsect = 0;
  kg_dix_free(&d->actor_ix); kg_dix_free(&d->title_ix);
  kg_dix_arena_free(d->tables);
  d->tables = NULL; d->actors = NULL; d->cameo = NULL;
  d->trig = NULL; d->titles = NULL; d->cues = NULL; d->desc = NULL;
  d->nactors = d->ncameo = d->ntrig = d->ntitles = d->ncues = d->ndesc = 0;
}

void kg_dict_free(kg_dict *d) {
  if (!d) return;
  tables_free(d);
  free(d->nodes); kg_dix_map_free(&d->node_map);
  free(d->rforms); free(d->rtitles); free(d->rcues); free(d->rdesc); free(d->rpats); free(d->rsect); free(d->rdated);
  free(d->rlex); free(d->rlex2); free(d->ractn); free(d->rsttl);
  kg_dix_arena_free(d->arena);
  for (size_t i = 0; i < d->ncached; i++) kg_dc_view_free(d->cached[i]);
  free(d->cached);
  free(d);
}

/* ------------------------------------------------------------ loading */
typedef struct load_ctx {
  kg_dict *d;
  const kg_logger *log;
  const char *path;
  triple *t; size_t nt, tcap;
  int error, nomem, warned;
  char prefix[24];
  raptor_uri *recent[16];
  const char *recent_str[16];
  unsigned nrecent;
} load_ctx;

static const char *term_copy(load_ctx *c, raptor_term *t, uint8_t *kind, char *buf, size_t cap);

static const char *term_str(load_ctx *c, raptor_term *t, uint8_t *kind) {
  char buf[600];
  /* IRIs repeat (subjects, predicates, classes): Raptor interns them, so a
   * recent one is found by pointer; we hold a reference to each cached IRI,
   * so its address cannot be reused for another while cached */
  if (t->type == RAPTOR_TERM_TYPE_URI) {
    for (int i = 0; i < 16; i++)
      if (c->recent[i] == t->value.uri) { *kind = OBJ_IRI; return c->recent_str[i]; }
  }
  const char *r = term_copy(c, t, kind, buf, sizeof buf);
  if (r && t->type == RAPTOR_TERM_TYPE_URI) {
    int i = c->nrecent++ & 15;
    if (c->recent[i]) raptor_free_uri(c->recent[i]);
    c->recent[i] = raptor_uri_copy(t->value.uri);
    c->recent_str[i] = r;
  }
  return r;
}

static const char *term_copy(load_ctx *c, raptor_term *t, uint8_t *kind, char *buf, size_t cap) {
  const unsigned char *s = NULL;
  switch (t->type) {
  case RAPTOR_TERM_TYPE_URI:
    *kind = OBJ_IRI; s = raptor_uri_as_string(t->value.uri); break;
  case RAPTOR_TERM_TYPE_LITERAL:
    *kind = OBJ_LIT; s = t->value.literal.string; break;
  case RAPTOR_TERM_TYPE_BLANK:
    *kind = OBJ_BLANK;
    snprintf(buf, cap, "_:%s%s", c->prefix, (const char *)t->value.blank.string);
    return kg_dix_strdup(&c->d->arena, buf);
  default: return NULL;
  }
  return kg_dix_strdup(&c->d->arena, s ? (const char *)s : "");
}

static void on_statement(void *user, raptor_statement *st) {
  load_ctx *c = user;
  triple tr; uint8_t k;
  if (c->nomem) return;
  if (st->object->type == RAPTOR_TERM_TYPE_LITERAL && st->object->value.literal.string &&
      strlen((const char *)st->object->value.literal.string) != st->object->value.literal.string_len) {
    /* "\u0000" or a raw NUL: the C string would silently lose the rest */
    kg_logf(c->log, KG_LOG_WARN, c->path, "a literal holds a NUL character; statement ignored");
    c->warned = 1;
    return;
  }
  tr.s = term_str(c, st->subject, &k);
  tr.s_blank = st->subject->type == RAPTOR_TERM_TYPE_BLANK;
  tr.p = term_str(c, st->predicate, &k);
  tr.o = term_str(c, st->object, &tr.o_kind);
  if (!tr.s || !tr.p || !tr.o) { c->nomem = 1; return; }
  KG_VEC_PUSH(c->t, c->nt, c->tcap, tr, c->nomem = 1; return);
}

static void on_log(void *user, raptor_log_message *m) {
  load_ctx *c = user;
  char where[1200];
  kg_log_level lv = m->level >= RAPTOR_LOG_LEVEL_ERROR ? KG_LOG_ERROR : KG_LOG_WARN;
  if (m->level < RAPTOR_LOG_LEVEL_WARN) return;
  if (m->locator && m->locator->line > 0)
    snprintf(where, sizeof where, "%s:%d", c->path, m->locator->line);
  else
    snprintf(where, sizeof where, "%s", c->path);
  kg_logf(c->log, lv, where, "%s", m->text ? m->text : "parse error");
  if (lv == KG_LOG_ERROR) c->error = 1;
  c->warned = 1;
}

static int parse_year(const char *s) {
  if (!s || !*s) return 0;
  int v = atoi(s);
  return (v > -9999 && v < 9999) ? v : 0;
}

static int add_word(raw_word **arr, size_t *n, size_t *cap, const char *text, int cls) {
  raw_word w; w.text = text; w.cls = (uint32_t)cls;
  KG_VEC_PUSH(*arr, *n, *cap, w, return -1);
  return 0;
}

enum {
  P_OTHER = 0, P_TITLE, P_CUE, P_DESC, P_TYPE, P_LABEL, P_SAMEAS, P_ALIAS, P_DEMONYM,
  P_METONYM, P_LEADER, P_OFFICIAL, P_CAMEO, P_GOLD, P_PLOVER, P_ISO3, P_INCOUNTRY,
  P_RSTART, P_REND, P_LEMMA, P_POS, P_PARTICLE, P_PREP, P_OBJECT, P_CODE, P_CLASS, P_PATTERN,
  P_AGENTCODE, P_SECTNOUN, P_DATED, P_BEFORE, P_REVERSE, P_FORM, P_COMPOUND,
  P_SRCPREP, P_LITERAL, P_SKIPPREP, P_SPEAKER,
  P_REGION, P_SUBREGION, P_CUEWORD, P_CUEVERB, P_REQVERB, P_LIGHTVERB, P_PREPREQ, P_INFREQ,
  P_HONORIFIC, P_WEAPON, P_ACTNOUN, P_PLACENOUN, P_BUILDING, P_SITE, P_SITEMOD, P_MESSAGE, P_RELATIONAL,
  P_MALE, P_FEMALE, P_MALENAME, P_FEMALENAME, P_MUTUAL, P_ISLAND, P_STATETITLE,
  P_INCIDENT, P_INCIDENT_DEF, P_EVSUBJ, P_OFFERVERB, P_PATIENT, P_UNDERGO, P_TEAMROLE, P_CHANCELLOR, P_NONLOC,
  P_CONTEST, P_GROUPHEAD, P_BUDGET, P_WISH, P_PERMDECIDE, P_PERMPARTY, P_PFORCE, P_PKEEPER, P_PINTL, P_POUT,
  P_PORDER, P_PSEND, P_UNIT, P_EPITHET /* P_BUDGET..P_EPITHET: KG_LEX2_* bit 1 << (pid - P_BUDGET) */
};
static const struct { const char *iri; int id; } predicates[] = {
  { KGD "title", P_TITLE }, { KGD "cue", P_CUE }, { KGD "descriptionNoun", P_DESC },
  { RDF_TYPE, P_TYPE }, { RDFS_LABEL, P_LABEL }, { OWL_SAMEAS, P_SAMEAS },
  { KGD "alias", P_ALIAS }, { SKOS_ALT, P_ALIAS }, { KGD "demonym", P_DEMONYM },
  { KGD "metonym", P_METONYM }, { KGO "leaderOf", P_LEADER }, { KGO "officialOf", P_OFFICIAL },
  { KGO "cameoCode", P_CAMEO }, { KGO "goldstein", P_GOLD }, { KGO "ploverCategory", P_PLOVER },
  { KGD "iso3", P_ISO3 }, { KGD "inCountry", P_INCOUNTRY }, { KGD "roleStart", P_RSTART },
  { KGD "region", P_REGION }, { KGD "subregion", P_SUBREGION },
  { KGD "roleEnd", P_REND }, { KGD "lemma", P_LEMMA }, { KGD "pos", P_POS },
  { KGD "particle", P_PARTICLE }, { KGD "prep", P_PREP }, { KGD "object", P_OBJECT },
  { KGD "code", P_CODE }, { KGD "eventClass", P_CLASS }, { KGD "pattern", P_PATTERN },
  { KGO "agentCode", P_AGENTCODE }, { KGD "sectorNoun", P_SECTNOUN },
  { KGD "datedCode", P_DATED }, { KGD "before", P_BEFORE },
  { KGD "reverseCode", P_REVERSE }, { KGD "form", P_FORM },
  { KGD "compoundSubject", P_COMPOUND }, { KGD "sourcePrep", P_SRCPREP },
  { KGD "literalObject", P_LITERAL }, { KGD "skipPrep", P_SKIPPREP },
  { KGD "speakerSource", P_SPEAKER }, { KGD "islandState", P_ISLAND },
  { KGD "cueWord", P_CUEWORD }, { KGD "cueVerb", P_CUEVERB }, { KGD "requestVerb", P_REQVERB },
  { KGD "lightVerb", P_LIGHTVERB }, { KGD "prepRequired", P_PREPREQ },
  { KGD "infinitiveRequired", P_INFREQ },
  { KGD "honorific", P_HONORIFIC }, { KGD "weaponNoun", P_WEAPON }, { KGD "actNoun", P_ACTNOUN },
  { KGD "placeNoun", P_PLACENOUN }, { KGD "buildingNoun", P_BUILDING },
  { KGD "siteNoun", P_SITE }, { KGD "siteModifier", P_SITEMOD }, { KGD "messageNoun", P_MESSAGE },
  { KGD "relationalNoun", P_RELATIONAL }, { KGD "maleWord", P_MALE }, { KGD "femaleWord", P_FEMALE },
  { KGD "maleName", P_MALENAME }, { KGD "femaleName", P_FEMALENAME }, { KGD "mutualViolence", P_MUTUAL },
  { KGD "incidentWord", P_INCIDENT }, { KGD "definiteIncidentNoun", P_INCIDENT_DEF },
  { KGD "eventSubjectVerb", P_EVSUBJ }, { KGD "offerVerb", P_OFFERVERB },
  { KGD "patientNoun", P_PATIENT }, { KGD "undergoVerb", P_UNDERGO }, { KGD "teamRole", P_TEAMROLE },
  { KGD "chancellorHeads", P_CHANCELLOR }, { KGD "nonLocativeHead", P_NONLOC }, { KGD "contestWord", P_CONTEST },
  { KGD "groupHeadNoun", P_GROUPHEAD }, { KGD "stateTitle", P_STATETITLE }, { KGD "budgetNoun", P_BUDGET },
  { KGD "wishVerb", P_WISH }, { KGD "permitDecideVerb", P_PERMDECIDE }, { KGD "permittedParty", P_PERMPARTY },
  { KGD "peaceForceNoun", P_PFORCE }, { KGD "peacekeeperNoun", P_PKEEPER }, { KGD "peaceForceModifier", P_PINTL },
  { KGD "peaceWithdrawVerb", P_POUT }, { KGD "peaceOrderVerb", P_PORDER }, { KGD "peaceSendVerb", P_PSEND },
  { KGD "unitNoun", P_UNIT }, { KGD "epithet", P_EPITHET },
};

/* Predicate id of an IRI; predicate strings repeat (term_str reuses them),
 * so a small cache keyed on the pointer saves the comparisons. */
static int pred_id(kg_dict *d, const char *p) {
  size_t h = ((uintptr_t)p >> 3) & 15u;
  if (d->pc_ptr[h] == p) return d->pc_id[h];
  int id = P_OTHER;
  for (size_t i = 0; i < sizeof predicates / sizeof *predicates; i++)
    if (strcmp(p, predicates[i].iri) == 0) { id = predicates[i].id; break; }
  d->pc_ptr[h] = p; d->pc_id[h] = id;
  return id;
}

static int push_form(raw_form **arr, size_t *n, size_t *cap, int32_t ni, int kind, const char *text) {
  raw_form f; f.node = ni; f.kind = (uint8_t)kind; f.text = text;
  KG_VEC_PUSH(*arr, *n, *cap, f, return -1);
  return 0;
}

/* The KG_LEX_* class of a word list's predicate on its subject (the
 * lexicon's word lists beyond the cues: kg_dict_lex); 0 when the subject
 * is not the list's. */
static int lex_list_bits(int pid, const char *s) {
  switch (pid) {
  case P_HONORIFIC: return strcmp(s, KGO "Person") == 0 ? KG_LEX_HONORIFIC : 0;
  case P_WEAPON: return strcmp(s, KGD "Weapon") == 0 ? KG_LEX_WEAPON : 0;
  case P_PLACENOUN: return strcmp(s, KGO "Place") == 0 ? KG_LEX_PLACE_NOUN : 0;
  case P_BUILDING: return strcmp(s, KGO "Place") == 0 ? KG_LEX_BUILDING : 0;
  case P_SITE: return strcmp(s, KGO "Place") == 0 ? KG_LEX_SITE : 0;
  case P_SITEMOD: return strcmp(s, KGO "Place") == 0 ? KG_LEX_SITE_MOD : 0;
  case P_MESSAGE: return strcmp(s, KGO "Event") == 0 ? KG_LEX_MESSAGE : 0;
  case P_RELATIONAL: return strcmp(s, KGO "Actor") == 0 ? KG_LEX_RELATIONAL : 0;
  case P_GROUPHEAD: return strcmp(s, KGO "Actor") == 0 ? KG_LEX_GROUP_HEAD : 0;
  case P_MALE: case P_FEMALE: return strcmp(s, KGO "Person") ? 0 : pid == P_MALE ? KG_LEX_MALE : KG_LEX_FEMALE;
  case P_MALENAME: return strcmp(s, KGO "Person") == 0 ? KG_LEX_MALE_NAME : 0;
  case P_FEMALENAME: return strcmp(s, KGO "Person") == 0 ? KG_LEX_FEMALE_NAME : 0;
  case P_INCIDENT: return strcmp(s, KGO "Event") == 0 ? KG_LEX_INCIDENT : 0;
  case P_INCIDENT_DEF: return strcmp(s, KGO "Event") == 0 ? KG_LEX_INCIDENT_DEF : 0;
  case P_EVSUBJ: return strcmp(s, KGO "Event") == 0 ? KG_LEX_EVENT_SUBJECT : 0;
  case P_OFFERVERB: return strcmp(s, KGO "Event") == 0 ? KG_LEX_OFFER_VERB : 0;
  case P_PATIENT: return strcmp(s, KGO "Event") == 0 ? KG_LEX_PATIENT_NOUN : 0;
  case P_UNDERGO: return strcmp(s, KGO "Event") == 0 ? KG_LEX_UNDERGO_VERB : 0;
  case P_TEAMROLE: return strcmp(s, KGO "Person") == 0 ? KG_LEX_TEAM_ROLE : 0;
  case P_CHANCELLOR: case P_ISLAND:
    return strcmp(s, KGO "Country") ? 0 : pid == P_ISLAND ? KG_LEX_ISLAND : KG_LEX_CHANCELLOR_HEAD;
  case P_NONLOC: return strcmp(s, KGO "Place") == 0 ? KG_LEX_NON_LOCATIVE : 0;
  case P_CONTEST: case P_MUTUAL: return strcmp(s, KGO "Event") ? 0 : pid == P_CONTEST ? KG_LEX_CONTEST : KG_LEX_MUTUAL;
  default: return 0;
  }
}

/* Applies one triple of a successfully parsed file; 0 or -1 (no memory). */
static int apply(kg_dict *d, const triple *t) {
  int pid = pred_id(d, t->p);
  int lit = t->o_kind == OBJ_LIT;
  const char *s = t->s, *o = t->o;
  switch (pid) {
  case P_OTHER: return 0;
  case P_TITLE: {
    int rel = strcmp(s, KGO "leaderOf") == 0 ? KG_REL_LEADER
            : strcmp(s, KGO "officialOf") == 0 ? KG_REL_OFFICIAL : 0;
    return (rel && lit) ? add_word(&d->rtitles, &d->nrtitles, &d->rtitles_cap, o, rel) : 0;
  }
  case P_CUE: {
    int cls = strcmp(s, KGO "Hedged") == 0 ? KG_CUE_HEDGE
            : strcmp(s, KGO "Negated") == 0 ? KG_CUE_NEGATION
            : strcmp(s, KGD "Reporting") == 0 ? KG_CUE_REPORT : 0;
    return (cls && lit) ? add_word(&d->rcues, &d->nrcues, &d->rcues_cap, o, cls) : 0;
  }
  case P_CUEWORD: case P_CUEVERB: case P_REQVERB: case P_LIGHTVERB: {
    int neg = strcmp(s, KGO "Negated") == 0, hedge = strcmp(s, KGO "Hedged") == 0;
    int bits = pid == P_LIGHTVERB ? (strcmp(s, KGO "Event") == 0 ? KG_LEX_LIGHT_VERB : 0)
             : pid == P_REQVERB ? (hedge ? KG_LEX_HEDGE_VERB | KG_LEX_REQUEST_VERB : 0)
             : pid == P_CUEWORD ? (neg ? KG_LEX_NEG_WORD : hedge ? KG_LEX_HEDGE_WORD : 0)
             : (neg ? KG_LEX_NEG_VERB : hedge ? KG_LEX_HEDGE_VERB : 0);
    return (bits && lit) ? add_word(&d->rlex, &d->nrlex, &d->rlex_cap, o, bits) : 0;
  }
  case P_HONORIFIC: case P_WEAPON: case P_PLACENOUN: case P_BUILDING: case P_SITE: case P_SITEMOD:
  case P_MESSAGE: case P_RELATIONAL: case P_INCIDENT: case P_INCIDENT_DEF: case P_EVSUBJ: case P_OFFERVERB:
  case P_PATIENT: case P_UNDERGO: case P_TEAMROLE: case P_CHANCELLOR: case P_NONLOC: case P_CONTEST: case P_ISLAND:
  case P_MALE: case P_FEMALE: case P_MALENAME: case P_FEMALENAME: case P_MUTUAL: case P_GROUPHEAD: {
    int bits = lex_list_bits(pid, s);
    return (bits && lit) ? add_word(&d->rlex, &d->nrlex, &d->rlex_cap, o, bits) : 0;
  }
  case P_BUDGET: case P_WISH: case P_PERMDECIDE: case P_PERMPARTY: case P_PFORCE: case P_PKEEPER: case P_PINTL:
  case P_POUT: case P_PORDER: case P_PSEND: case P_UNIT: case P_EPITHET:   /* (KG_LEX2_*: kg_dict_lex2) */
    return lit && !strcmp(s, pid == P_EPITHET ? KGO "Country" : KGO "Event") ?
           add_word(&d->rlex2, &d->nrlex2, &d->rlex2_cap, o, 1 << (pid - P_BUDGET)) : 0;
  case P_DESC: {
    int ty = strcmp(s, KGO "Country") == 0 ? KG_ACT_COUNTRY
           : strcmp(s, KGO "Organization") == 0 ? KG_ACT_ORG
           : strcmp(s, KGO "Person") == 0 ? KG_ACT_PERSON
           : strcmp(s, KGO "Place") == 0 ? KG_ACT_PLACE : 0;
    return (ty && lit) ? add_word(&d->rdesc, &d->nrdesc, &d->rdesc_cap, o, ty) : 0;
  }
  default: break;
  }
  int32_t ni = node_get(d, s);
  if (ni < 0) return -1;
  node *n = &d->nodes[ni];
  switch (pid) {
  case P_TYPE:
    if (strcmp(o, KGD "ExclusiveCodebook") == 0) d->exclusive = d->nfiles < 255 ? d->nfiles : 255;
    if (strcmp(o, KGO "Person") == 0) n->type = KG_ACT_PERSON;
    else if (strcmp(o, KGO "Country") == 0) n->type = KG_ACT_COUNTRY;
    else if (strcmp(o, KGO "Organization") == 0) n->type = KG_ACT_ORG;
    else if (strcmp(o, KGO "Place") == 0 && !n->type) n->type = KG_ACT_PLACE;
    break;
  case P_LABEL: if (lit && !n->label && *o) n->label = o; break; /* "" names nothing */
  case P_SAMEAS:
    if (!lit && strncmp(o, WD_ENTITY, sizeof WD_ENTITY - 1) == 0 && !n->wikidata)
      n->wikidata = o + sizeof WD_ENTITY - 1;
    break;
  case P_ALIAS: case P_DEMONYM: case P_METONYM:
    if (lit)
      return push_form(&d->rforms, &d->nrforms, &d->rforms_cap, ni,
                       pid == P_ALIAS ? KG_FORM_ALIAS : pid == P_DEMONYM ? KG_FORM_DEMONYM
                                                                         : KG_FORM_METONYM, o);
    break;
  case P_LEADER: case P_OFFICIAL: {
    int rel = pid == P_LEADER ? KG_REL_LEADER : KG_REL_OFFICIAL;
    /* a leader relation wins over an official one */
    if (!lit && (!n->role_target || (rel == KG_REL_LEADER && n->role != KG_REL_LEADER))) {
      n->role_target = o; n->role = (uint8_t)rel;
    }
    break;
  }
  case P_CAMEO: if (!n->code) n->code = o; break;
  case P_GOLD: n->goldstein = atof(o); break;
  case P_PLOVER: if (!n->plover) n->plover = o; break;
  case P_ISO3: if (!n->iso3) n->iso3 = o; break;
  case P_REGION: if (!n->region) n->region = o; break;
  case P_SUBREGION: if (!n->subregion) n->subregion = o; break;
  case P_INCOUNTRY: if (!n->in_country) n->in_country = o; break;
  case P_RSTART: n->role_start = (int16_t)parse_year(o); break;
  case P_REND: n->role_end = (int16_t)parse_year(o); break;
  case P_LEMMA: n->lemma = o; break;
  case P_POS: n->pos = o; break;
  case P_PARTICLE: n->particle = o; break;
  case P_PREP: n->prep = o; break;
  case P_OBJECT: n->object = o; break;
  case P_BEFORE: n->before = o; break;
  case P_REVERSE: n->reverse = o; break;
  case P_SRCPREP: n->srcprep = o; break;
  case P_SKIPPREP: n->skipprep = o; break;
  case P_SPEAKER: n->speaker = lit && (!strcmp(o, "true") || !strcmp(o, "1")); break;
  case P_LITERAL: n->literal = lit && (!strcmp(o, "true") || !strcmp(o, "1")); break;
  case P_FORM: n->form_only = lit && (!strcmp(o, "true") || !strcmp(o, "1")); break;
  case P_COMPOUND: n->compound = lit && (!strcmp(o, "true") || !strcmp(o, "1")); break;
  case P_PREPREQ: n->prep_required = lit && (!strcmp(o, "true") || !strcmp(o, "1")); break;
  case P_INFREQ: n->inf_required = lit && (!strcmp(o, "true") || !strcmp(o, "1")); break;
  case P_CODE: n->tcode = o; break;
  case P_CLASS: n->tclass = o; break;
  case P_PATTERN:
    if (lit) return push_form(&d->rpats, &d->nrpats, &d->rpats_cap, ni,
                              d->nfiles < 255 ? (int)d->nfiles : 255, o); /* kind: its file */
    break;
  case P_AGENTCODE: if (lit && !n->agent_code) n->agent_code = o; break;
  case P_SECTNOUN:
    if (lit) return push_form(&d->rsect, &d->nrsect, &d->rsect_cap, ni,
                              d->nfiles < 255 ? (int)d->nfiles : 255, o);  /* kind: its file */
    break;
  case P_DATED:
    if (lit) return push_form(&d->rdated, &d->nrdated, &d->rdated_cap, ni, 0, o);
    break;
  case P_ACTNOUN:
    if (lit) return push_form(&d->ractn, &d->nractn, &d->ractn_cap, ni, 0, o);
    break;
  case P_STATETITLE:
    if (lit) return push_form(&d->rsttl, &d->nrsttl, &d->rsttl_cap, ni, 0, o);
    break;
  default: break;
  }
  return 0;
}

/* Applies the triples of a cache file (see dict_cache.h); 1 when used (*st
 * says how applying went), 0 when there is no valid cache. */
static int load_cached(kg_dict *d, const char *cpath, uint64_t key, size_t len, kg_status *st) {
  kg_dc_view v;
  if (!kg_dc_read(cpath, key, len, &v)) return 0;
  if (d->ncached == d->cached_cap) {
    size_t nc = d->cached_cap ? d->cached_cap * 2 : 8;
    void **np = realloc(d->cached, nc * sizeof *np);
    if (!np) { kg_dc_view_free(v.mem); return 0; }
    d->cached = np; d->cached_cap = nc;
  }
  d->cached[d->ncached++] = v.mem;
  char prefix[24], buf[600];
  snprintf(prefix, sizeof prefix, "f%u_", ++d->nfiles);
  /* a blank label gets this file's prefix; consecutive triples share them */
  uint32_t last_off[2] = { UINT32_MAX, UINT32_MAX };
  const char *last_str[2] = { NULL, NULL };
  *st = KG_OK;
  for (size_t i = 0; i < v.nt; i++) {
    const uint32_t *r = v.tri + 4 * i;
    triple tr;
    const char *sp[2];
    int blank[2] = { (r[3] & KG_DC_SUBJ_BLANK) != 0, (r[3] & 3u) == OBJ_BLANK };
    for (int k = 0; k < 2; k++) {
      uint32_t off = r[k ? 2 : 0];
      if (!blank[k]) { sp[k] = v.blob + off; continue; }
      if (last_off[k] != off) {
        snprintf(buf, sizeof buf, "_:%s%s", prefix, v.blob + off);
        last_str[k] = kg_dix_strdup(&d->arena, buf);
        last_off[k] = off;
        if (!last_str[k]) { *st = KG_ERR_NOMEM; return 1; }
      }
      sp[k] = last_str[k];
    }
    tr.s = sp[0]; tr.p = v.blob + r[1]; tr.o = sp[1];
    tr.o_kind = (uint8_t)(r[3] & 3u); tr.s_blank = (uint8_t)blank[0];
    if (apply(d, &tr) < 0) { *st = KG_ERR_NOMEM; return 1; }
  }
  return 1;
}

/* Writes the cache of a parsed file (blank labels without their prefix). */
static void save_cache(const load_ctx *c, const char *cpath, uint64_t key, size_t len) {
  kg_dc_triple *t = malloc((c->nt ? c->nt : 1) * sizeof *t);
  if (!t) return;
  size_t skip = 2 + strlen(c->prefix);
  for (size_t i = 0; i < c->nt; i++) {
    const triple *x = &c->t[i];
    t[i].s = x->s_blank ? x->s + skip : x->s;
    t[i].p = x->p;
    t[i].o = x->o_kind == OBJ_BLANK ? x->o + skip : x->o;
    t[i].kind = (uint8_t)(x->o_kind | (x->s_blank ? KG_DC_SUBJ_BLANK : 0));
  }
  kg_dc_write(cpath, key, len, t, c->nt);
  free(t);
}

kg_status kg_dict_load_file(kg_dict *d, const char *path, const kg_logger *log) {
  if (!d || !path) return KG_ERR_USAGE;
  kg_dc_src src;   /* the file's bytes, mapped (dict_cache.c) */
  int rst = kg_dc_source_read(path, &src);
  if (rst == 1) { kg_logf(log, KG_LOG_ERROR, path, "cannot open dictionary file"); return KG_ERR_IO; }
  if (rst == 2) return KG_ERR_NOMEM;
  if (rst == 3) { kg_logf(log, KG_LOG_ERROR, path, "read error"); return KG_ERR_IO; }
  const unsigned char *buf = src.p;
  size_t len = src.len;

  uint64_t key = 0;
  char *cpath = kg_dc_path(path, buf, len, &key);
  if (cpath) {
    kg_status cst;
    if (load_cached(d, cpath, key, len, &cst)) {
      kg_logf(log, KG_LOG_DEBUG, path, "loaded from the dictionary cache %s", cpath);
      free(cpath); kg_dc_source_free(&src);
      return cst;
    }
  }
  load_ctx c; memset(&c, 0, sizeof c);
  c.d = d; c.log = log; c.path = path;
  snprintf(c.prefix, sizeof c.prefix, "f%u_", ++d->nfiles);
  raptor_world *w = raptor_new_world();
  raptor_parser *rp = NULL;
  raptor_uri *base = NULL;
  kg_status st = KG_OK;
  if (!w || raptor_world_open(w)) { st = KG_ERR_NOMEM; goto out; }
  raptor_world_set_log_handler(w, &c, on_log);
  rp = raptor_new_parser(w, "turtle");
  unsigned char *fu = raptor_uri_filename_to_uri_string(path);
  base = fu ? raptor_new_uri(w, fu) : NULL;
  if (fu) raptor_free_memory(fu);
  if (!rp || !base) { st = KG_ERR_NOMEM; goto out; }
  raptor_parser_set_statement_handler(rp, &c, on_statement);
  if (raptor_parser_parse_start(rp, base) ||
      raptor_parser_parse_chunk(rp, buf, len, 1))
    c.error = 1;
  if (c.nomem) st = KG_ERR_NOMEM;
  else if (c.error) {
    st = KG_ERR_FORMAT;
  } else {
    for (size_t i = 0; i < c.nt; i++)
      if (apply(d, &c.t[i]) < 0) { st = KG_ERR_NOMEM; break; }
    if (st == KG_OK && cpath && !c.warned) save_cache(&c, cpath, key, len);
  }
out:
  if (st == KG_ERR_FORMAT)
    kg_logf(log, KG_LOG_ERROR, path, "malformed Turtle; nothing of this file was loaded");
  for (int i = 0; i < 16; i++) if (c.recent[i]) raptor_free_uri(c.recent[i]);
  if (rp) raptor_free_parser(rp);
  if (base) raptor_free_uri(base);
  if (w) raptor_free_world(w);
  free(c.t); kg_dc_source_free(&src); free(cpath);
  return st;
}

/* ------------------------------------------------------------ finish */
static int word_sort_cmp(const void *a, const void *b) {
  const raw_word *x = a, *y = b;
  int c = strcmp(x->text, y->text);
  return c ? c : (x->cls > y->cls) - (x->cls < y->cls);
}
static int sect_sort_cmp(const void *a, const void *b) {
  const raw_word *x = a, *y = b;
  int c = strcmp(x->text, y->text);
  return c ? c : (x->cls < y->cls) - (x->cls > y->cls);
}
static int cameo_cmp(const void *a, const void *b) {
  return strcmp(((const kg_cameo *)a)->code, ((const kg_cameo *)b)->code);
}
static int trig_cmp(const void *a, const void *b) {
  const kg_trigger *x = a, *y = b;
  int c = strcmp(x->lemma, y->lemma);
  if (c) return c;
  if (x->pos != y->pos) return x->pos < y->pos ? -1 : 1;
  return strcmp(x->code, y->code);
}

static const char *lower_dup(kg_dix_arena **ar, const char *s) { return kg_dix_lower_dup(ar, s); }

static const char *nonempty(kg_dix_arena **ar, const char *s) {
  return (s && *s) ? lower_dup(ar, s) : NULL;
}

/* A compact pattern "LEMMA POS [particle=X] [prep=X] [object=X]" of a CAMEO
 * class; 1 when it gave a trigger, 0 when malformed, -1 on no memory. */
static int parse_pattern(kg_dix_arena **ar, const char *text, const char *code, kg_trigger *t) {
  char buf[256];
  char *words[8];
  int nw = 0;
  if (strlen(text) >= sizeof buf) return 0;
  strcpy(buf, text);
  for (char *p = buf; *p && nw < 8;) {
    while (*p == ' ' || *p == '\t') *p++ = 0;
    if (!*p) break;
    words[nw++] = p;
    while (*p && *p != ' ' && *p != '\t') p++;
  }
  memset(t, 0, sizeof *t);
  if (nw < 2 || !(t->pos = (uint8_t)kg_dix_upos_of(words[1]))) return 0;
  if (!(t->lemma = lower_dup(ar, words[0]))) return -1;
  for (int i = 2; i < nw; i++) {
    char *eq = strchr(words[i], '=');
    if (!eq || !eq[1]) return 0;
    *eq = 0;
    const char *v = lower_dup(ar, eq + 1);
    if (!v) return -1;
    if (strcmp(words[i], "particle") == 0 || strcmp(words[i], "part") == 0) t->particle = v;
    else if (strcmp(words[i], "prep") == 0) t->prep = v;
    else if (strcmp(words[i], "object") == 0 || strcmp(words[i], "obj") == 0) t->object = v;
    else if (strcmp(words[i], "before") == 0) t->before = v;
    else if (strcmp(words[i], "reverse") == 0) t->reverse = v;
    else if (strcmp(words[i], "prepRequired") == 0 || strcmp(words[i], "preprequired") == 0)
      t->prep_required = !strcmp(v, "true") || !strcmp(v, "1");
    else if (strcmp(words[i], "infinitiveRequired") == 0 || strcmp(words[i], "infinitiverequired") == 0)
      t->inf_required = !strcmp(v, "true") || !strcmp(v, "1");
    else if (strcmp(words[i], "clauseRequired") == 0 || strcmp(words[i], "clauserequired") == 0)
      t->clause_required = !strcmp(v, "true") || !strcmp(v, "1");
    else return 0;
  }
  if (!t->prep) t->prep_required = 0;
  t->code = code;
  return 1;
}

static const char *local_name(const char *iri) {
  const char *h = strrchr(iri, '#');
  if (!h) h = strrchr(iri, '/');
  return h ? h + 1 : iri;
}

/* Sorted, de-duplicated copy of raw words with lower-cased text. */
/* m: the texts of w[0..n) (distinct, as words_build and the sector nouns
 * leave them) -> their cls, for words_find. */
static int words_map(kg_dix_map *m, const raw_word *w, size_t n) {
  if (kg_dix_map_reserve(m, n) < 0) return -1;
  for (size_t i = 0; i < n; i++)
    if (kg_dix_map_put(m, w[i].text, (int32_t)w[i].cls) < 0) return -1;
  return 0;
}

static raw_word *words_build(kg_dix_arena **ar, const raw_word *src, size_t n, size_t *out_n) {
  raw_word *w = malloc((n ? n : 1) * sizeof *w);
  if (!w) return NULL;
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    const char *t = lower_dup(ar, src[i].text);
    if (!t) { free(w); return NULL; }
    if (!*t) continue;
    w[k].text = t; w[k].cls = src[i].cls; k++;
  }
  qsort(w, k, sizeof *w, word_sort_cmp);
  size_t m = 0;
  for (size_t i = 0; i < k; i++)
    if (m == 0 || strcmp(w[m - 1].text, w[i].text) != 0) w[m++] = w[i];
  *out_n = m;
  return w;
}

/* "YYYY-MM-DD" (or "YYYY-MM", "YYYY") -> YYYYMMDD (missing parts 01); 0. */
static int32_t date_num(const char *s, size_t n) {
  int32_t v[3] = { 0, 1, 1 };
  size_t i = 0;
  for (int k = 0; k < 3 && i < n; k++) {
    int32_t x = 0, dg = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9' && dg < 4) x = x * 10 + (s[i++] - '0'), dg++;
    if (!dg) return 0;
    v[k] = x;
    if (i < n && s[i] != '-') return 0;
    if (i < n) i++;
  }
  return v[0] * 10000 + v[1] * 100 + v[2];
}

static int dated_cmp(const void *a, const void *b) {
  const raw_form *x = a, *y = b;
  if (x->node != y->node) return x->node < y->node ? -1 : 1;
  return strcmp(x->text, y->text);
}

/* kgd:datedCode "CODE [from=DATE] [until=DATE]" of actor nodes -> d->dated,
 * each actor's run in node order. */
static int dated_build(kg_dict *d, kg_dix_arena **ar, const int32_t *node_entry) {
  d->dated = NULL; d->ndated = 0;
  if (!d->nrdated) return 0;
  qsort(d->rdated, d->nrdated, sizeof *d->rdated, dated_cmp);
  d->dated = kg_dix_alloc(ar, d->nrdated * sizeof *d->dated);
  if (!d->dated) return -1;
  for (size_t i = 0; i < d->nrdated; i++) {
    int32_t e = node_entry[d->rdated[i].node];
    const char *t = d->rdated[i].text;
    if (e < 0) continue;
    size_t cl = strcspn(t, " \t");
    char *code = kg_dix_alloc(ar, cl + 1);
    if (!code) return -1;
    memcpy(code, t, cl); code[cl] = '\0';
    struct dated dt = { code, 0, 99991231 };
    for (const char *p = t + cl; *p;) {
      p += strspn(p, " \t");
      size_t wl = strcspn(p, " \t");
      if (wl > 5 && !strncmp(p, "from=", 5)) dt.from = date_num(p + 5, wl - 5);
      else if (wl > 6 && !strncmp(p, "until=", 6)) {
        dt.until = date_num(p + 6, wl - 6);
        if (!dt.until) dt.until = 99991231;
      }
      p += wl;
    }
    if (!cl) continue;
    kg_dict_actor *a = &d->actors[e];
    if (!a->ndated) a->dated = (int32_t)d->ndated;
    else if (a->dated + a->ndated != (int32_t)d->ndated) continue;  /* not contiguous */
    d->dated[d->ndated++] = dt;
    a->ndated++;
  }
  return 0;
}

const char *kg_dict_actor_code_on(const kg_dict *d, int32_t entry, const char *date) {
  const kg_dict_actor *a = kg_dict_actor_at(d, entry);
  if (!a) return NULL;
  int32_t day = (a->ndated && date && *date) ? date_num(date, strlen(date)) : 0;
  const char *best = NULL;
  int32_t width = 0;
  for (uint16_t k = 0; day && k < a->ndated; k++) {
    const struct dated *dt = &d->dated[a->dated + k];
    if (day < dt->from || day > dt->until) continue;
    if (!best || dt->until - dt->from < width) { best = dt->code; width = dt->until - dt->from; }
  }
  return best ? best : a->iso3;
}

/* kgd:actNoun literals -> d->actn (lower-case noun -> node of a class with
 * a CAMEO code, or of kgo:Event itself: an act of any code; of two files
 * naming a noun, the later wins). */
/* A word list's map: lower-case word -> its classes from every file. */
static int lex_build(kg_dix_arena **ar, kg_dix_map *m, const raw_word *r, size_t n) {
  if (kg_dix_map_reserve(m, n) < 0) return -1;
  for (size_t i = 0; i < n; i++) {
    const char *t = lower_dup(ar, r[i].text);
    if (!t) return -1;
    int32_t v = kg_dix_map_get(m, t, strlen(t));
    if (*t && kg_dix_map_put(m, t, (v > 0 ? v : 0) | (int32_t)r[i].cls) < 0) return -1;
  }
  return 0;
}

static int act_nouns_build(kg_dict *d, kg_dix_arena **ar) {
  for (size_t i = 0; i < d->nractn; i++) {
    const node *n = &d->nodes[d->ractn[i].node];
    if (!n->code && !(n->subj && !strcmp(n->subj, KGO "Event"))) continue;
    const char *t = lower_dup(ar, d->ractn[i].text);
    if (!t) return -1;
    if (*t && kg_dix_map_put(&d->actn, t, d->ractn[i].node) < 0) return -1;
  }
  return 0;
}

static int type_rank(int t) {
  return t == KG_ACT_COUNTRY ? 0 : t == KG_ACT_ORG ? 1 : t == KG_ACT_PERSON ? 2 : 3;
}

kg_status kg_dict_finish(kg_dict *d) {
  if (!d) return KG_ERR_USAGE;
  tables_free(d);
  kg_dix_arena **ar = &d->tables;
  int32_t *node_entry = malloc((d->nnodes ? d->nnodes : 1) * sizeof *node_entry);
  if (!node_entry) return KG_ERR_NOMEM;
  size_t na = 0, nc = 0, nt = 0;
  for (size_t i = 0; i < d->nnodes; i++) {
    const node *n = &d->nodes[i];
    node_entry[i] = (n->type && n->label) ? (int32_t)na++ : -1;
    if (n->code) nc++;
    if (n->lemma) nt++;
  }
  nt += d->nrpats;
  d->actors = calloc(na ? na : 1, sizeof *d->actors);
  d->cameo = calloc(nc ? nc : 1, sizeof *d->cameo);
  d->trig = calloc(nt ? nt : 1, sizeof *d->trig);
  if (!d->actors || !d->cameo || !d->trig) goto nomem;

  /* actors */
  for (size_t i = 0; i < d->nnodes; i++) {
    const node *n = &d->nodes[i];
    int32_t e = node_entry[i];
    if (e < 0) continue;
    kg_dict_actor *a = &d->actors[e];
    a->type = n->type; a->label = n->label; a->wikidata = n->wikidata; a->iso3 = n->iso3;
    a->region = n->region; a->subregion = n->subregion;
    if (strncmp(n->subj, IDNS, sizeof IDNS - 1) == 0 && n->subj[sizeof IDNS - 1])
      a->key = n->subj + sizeof IDNS - 1;
    else {
      char kb[256];
      kg_make_key(n->label, kb, sizeof kb);
      if (!(a->key = kg_dix_strdup(ar, kb))) goto nomem;
    }
    a->country = -1;
    if (n->role_target) {
      int32_t t = kg_dix_map_get(&d->node_map, n->role_target, strlen(n->role_target));
      if (t >= 0 && node_entry[t] >= 0) { a->country = node_entry[t]; a->role = n->role; }
    } else if (n->in_country && n->type == KG_ACT_PLACE) {   /* a place: the state it lies in */
      int32_t t = kg_dix_map_get(&d->node_map, n->in_country, strlen(n->in_country));
      if (t >= 0 && node_entry[t] >= 0) a->country = node_entry[t];
    }
    a->role_start = n->role_start; a->role_end = n->role_end;
    int prio = type_rank(n->type);
    if (kg_dix_add(&d->actor_ix, ar, n->label, e, KG_FORM_NAME, prio, 0, n->file) < 0) goto nomem;
  }
  d->nactors = na;
  if (dated_build(d, ar, node_entry) < 0) goto nomem;
  for (size_t i = 0; i < d->nrsttl; i++) {   /* kgd:stateTitle: a title -> the state it belongs to */
    const char *t = lower_dup(ar, d->rsttl[i].text);
    int32_t e = node_entry[d->rsttl[i].node];
    if (!t || (*t && e >= 0 && kg_dix_map_put(&d->sttl, t, e) < 0)) goto nomem;
  }
  for (size_t i = 0; i < d->nrforms; i++) {
    const raw_form *f = &d->rforms[i];
    int32_t e = node_entry[f->node];
    if (e < 0) continue;
    int prio = f->kind * 4 + type_rank(d->actors[e].type);
    if (kg_dix_add(&d->actor_ix, ar, f->text, e, f->kind, prio, 0, d->nodes[f->node].file) < 0) goto nomem;
  }
  /* exact-name lookup: labels first, then aliases */
  if (kg_dix_map_reserve(&d->names, na + d->nrforms) < 0) goto nomem;
  for (int pass = 0; pass < 2; pass++) {
    for (size_t i = 0; i < (pass ? d->nrforms : na); i++) {
      const char *text; int32_t e;
      if (pass) {
        if (d->rforms[i].kind != KG_FORM_ALIAS) continue;
        e = node_entry[d->rforms[i].node]; text = d->rforms[i].text;
        if (e < 0) continue;
      } else { e = (int32_t)i; text = d->actors[i].label; }
      char buf[512];
      size_t n = kg_dix_norm(text, buf, sizeof buf, 1);
      if (n == 0 || n >= sizeof buf - 1 || kg_dix_map_get(&d->names, buf, n) >= 0) continue;
      const char *k = kg_dix_strdup(ar, buf);
      if (!k || kg_dix_map_put(&d->names, k, e) < 0) goto nomem;
    }
  }
  if (kg_dix_build(&d->actor_ix, ar) < 0) goto nomem;

  /* CAMEO table */
  for (size_t i = 0; i < d->nnodes; i++) {
    const node *n = &d->nodes[i];
    if (!n->code) continue;
    kg_cameo *c = &d->cameo[d->ncameo++];
    char root[3] = { n->code[0], n->code[0] ? n->code[1] : 0, 0 };
    c->code = n->code; c->name = n->label ? n->label : n->code;
    if (!(c->root = kg_dix_strdup(ar, root))) goto nomem;
    c->class_local = local_name(n->subj);
    c->goldstein = n->goldstein; c->plover = n->plover;
  }
  qsort(d->cameo, d->ncameo, sizeof *d->cameo, cameo_cmp);
  { size_t m = 0;
    for (size_t i = 0; i < d->ncameo; i++)
      if (m == 0 || strcmp(d->cameo[m - 1].code, d->cameo[i].code) != 0) d->cameo[m++] = d->cameo[i];
    d->ncameo = m; }

  /* triggers */
  for (size_t i = 0; i < d->nnodes; i++) {
    const node *n = &d->nodes[i];
    if (!n->lemma) continue;
    const char *code = n->tcode;
    if (!code && n->tclass) {
      int32_t c = kg_dix_map_get(&d->node_map, n->tclass, strlen(n->tclass));
      if (c >= 0) code = d->nodes[c].code;
    }
    int pos = kg_dix_upos_of(n->pos);
    if (!code || !*code || !pos) continue;
    kg_trigger *t = &d->trig[d->ntrig++];
    if (!(t->lemma = lower_dup(ar, n->lemma))) goto nomem;
    t->pos = (uint8_t)pos; t->code = code;
    t->particle = nonempty(ar, n->particle);
    t->prep = nonempty(ar, n->prep);
    t->object = nonempty(ar, n->object);
    t->before = nonempty(ar, n->before);
    t->reverse = nonempty(ar, n->reverse);
    t->srcprep = nonempty(ar, n->srcprep);
    t->skipprep = nonempty(ar, n->skipprep);
    t->form = n->form_only;
    t->compound = n->compound;
    t->prep_required = n->prep_required && t->prep;
    t->inf_required = n->inf_required;
    t->literal = n->literal;
    t->speaker = n->speaker;
    t->origin = n->file;
  }
  for (size_t i = 0; i < d->nrpats; i++) {
    const node *n = &d->nodes[d->rpats[i].node];
    const char *code = n->code ? n->code : n->tcode;
    if (code && *code) {
      int r = parse_pattern(ar, d->rpats[i].text, code, &d->trig[d->ntrig]);
      if (r < 0) goto nomem;
      if (r > 0) d->trig[d->ntrig++].origin = d->rpats[i].kind;
    }
  }
  qsort(d->trig, d->ntrig, sizeof *d->trig, trig_cmp);
  /* a later file's patterns for a lemma and part of speech replace an
   * earlier file's (a user dictionary recodes "welcome" its own way) */
  { size_t m = 0;
    for (size_t i = 0, j; i < d->ntrig; i = j) {
      uint8_t last = 0;
      for (j = i; j < d->ntrig && d->trig[j].pos == d->trig[i].pos &&
                  strcmp(d->trig[j].lemma, d->trig[i].lemma) == 0; j++)
        if (d->trig[j].origin > last) last = d->trig[j].origin;
      for (size_t k = i; k < j; k++)   /* an exclusive codebook: no earlier file's */
        if (d->trig[k].origin == last && last >= d->exclusive) d->trig[m++] = d->trig[k];
    }
    d->ntrig = m; }
  for (size_t i = 0; i < d->ntrig; i++) {   /* sorted: a lemma's entries are together */
    d->trig[i].phrase = d->trig[i].object && strpbrk(d->trig[i].object, " +");
    if (i > 0 && strcmp(d->trig[i].lemma, d->trig[i - 1].lemma) == 0)
      d->trig[i].lemma = d->trig[i - 1].lemma;   /* one string a lemma (kg_dict_triggers) */
    else if (kg_dix_map_put(&d->trig_map, d->trig[i].lemma, (int32_t)i) < 0) goto nomem;
  }

  /* titles, cues, descriptions */
  { raw_word *tw = words_build(ar, d->rtitles, d->nrtitles, &d->ntitles);
    if (!tw) goto nomem;
    d->titles = calloc(d->ntitles ? d->ntitles : 1, sizeof *d->titles);
    if (!d->titles) { free(tw); goto nomem; }
    for (size_t i = 0; i < d->ntitles; i++) {
      d->titles[i].phrase = tw[i].text; d->titles[i].rel = tw[i].cls;
      if (kg_dix_add(&d->title_ix, ar, tw[i].text, (int32_t)i, 0, 0, 1, 0) < 0) { free(tw); goto nomem; }
    }
    free(tw);
    if (kg_dix_build(&d->title_ix, ar) < 0) goto nomem; }
  if (!(d->cues = words_build(ar, d->rcues, d->nrcues, &d->ncues))) goto nomem;
  if (!(d->desc = words_build(ar, d->rdesc, d->nrdesc, &d->ndesc))) goto nomem;
  if (lex_build(ar, &d->lex, d->rlex, d->nrlex) < 0 || lex_build(ar, &d->lex2, d->rlex2, d->nrlex2) < 0)
    goto nomem;
  if (act_nouns_build(d, ar) < 0) goto nomem;

  /* sectors (numbered 1.. in node order, at most 255) and their nouns */
  { size_t ns = 0;
    for (size_t i = 0; i < d->nnodes; i++) ns += d->nodes[i].agent_code != NULL;
    if (ns > 255) ns = 255;
    d->sectors = calloc(ns ? ns : 1, sizeof *d->sectors);
    if (!d->sectors) goto nomem;
    for (size_t i = 0; i < d->nnodes; i++) node_entry[i] = 0;
    for (size_t i = 0; i < d->nnodes && d->nsectors < ns; i++) {
      const node *n = &d->nodes[i];
      if (!n->agent_code) continue;
      kg_sector *sc = &d->sectors[d->nsectors++];
      sc->code = n->agent_code;
      sc->key = local_name(n->subj);
      sc->label = n->label ? n->label : sc->key;
      sc->iri = n->subj;
      node_entry[i] = (int32_t)d->nsectors;
    }
    raw_word *rw = malloc((d->nrsect ? d->nrsect : 1) * sizeof *rw);
    if (!rw) goto nomem;
    size_t k = 0;
    for (size_t i = 0; i < d->nrsect; i++) {
      int32_t sn = node_entry[d->rsect[i].node];
      if (d->rsect[i].kind < d->exclusive)
        continue;                     /* an exclusive codebook's agents only */
      if (sn > 0) { rw[k].text = d->rsect[i].text; rw[k].cls = (uint8_t)sn; k++; }
    }
    /* one sector per noun: the sector loaded last wins (a user dictionary
     * overrides ontology/), so sort by text, then by number downwards */
    for (size_t i = 0; i < k; i++)
      if (!(rw[i].text = lower_dup(ar, rw[i].text))) { free(rw); goto nomem; }
    qsort(rw, k, sizeof *rw, sect_sort_cmp);
    size_t m = 0;
    for (size_t i = 0; i < k; i++)
      if (*rw[i].text && (m == 0 || strcmp(rw[m - 1].text, rw[i].text) != 0)) rw[m++] = rw[i];
    d->sect = rw; d->nsect = m; }
  if (words_map(&d->cue_map, d->cues, d->ncues) < 0 || words_map(&d->desc_map, d->desc, d->ndesc) < 0 ||
      words_map(&d->sect_map, d->sect, d->nsect) < 0)
    goto nomem;

  free(node_entry);
  return KG_OK;
nomem:
  free(node_entry);
  tables_free(d);
  return KG_ERR_NOMEM;
}

/* ------------------------------------------------------------ lookups */
size_t kg_dict_nactors(const kg_dict *d) { return d ? d->nactors : 0; }
int kg_dict_exclusive(const kg_dict *d) { return d && d->exclusive > 0; }

const kg_dict_actor *kg_dict_actor_at(const kg_dict *d, int32_t e) {
  return (d && e >= 0 && (size_t)e < d->nactors) ? &d->actors[e] : NULL;
}

int32_t kg_dict_find_actor(const kg_dict *d, const char *name) {
  if (!d || !name) return -1;
  char buf[512];
  size_t n = kg_dix_norm(name, buf, sizeof buf, 1);
  if (n == 0 || n >= sizeof buf - 1) return -1;
  return kg_dix_map_get(&d->names, buf, n);
}

int kg_dict_match_actor(const kg_dict *d, const kg_doc *doc, uint32_t tok, kg_dict_match *out) {
  if (!d || !out) return 0;
  uint32_t nt = 0;
  const kg_dix_form *f = kg_dix_match(d, &d->actor_ix, 0, doc, tok, &nt);
  if (!f) return 0;
  out->entry = f->entry; out->form = f->kind; out->ntok = nt;
  return 1;
}

const kg_cameo *kg_dict_cameo(const kg_dict *d, const char *code) {
  if (!d || !code || !d->ncameo) return NULL;
  kg_cameo key; memset(&key, 0, sizeof key); key.code = code;
  return bsearch(&key, d->cameo, d->ncameo, sizeof key, cameo_cmp);
}
size_t kg_dict_ncameo(const kg_dict *d) { return d ? d->ncameo : 0; }
const kg_cameo *kg_dict_cameo_at(const kg_dict *d, size_t i) {
  return (d && i < d->ncameo) ? &d->cameo[i] : NULL;
}

size_t kg_dict_triggers(const kg_dict *d, const char *lemma, int pos, const kg_trigger **out) {
  if (out) *out = NULL;
  if (!d || !lemma || !out || !d->ntrig) return 0;
  char kbuf[128];
  uint32_t h;
  size_t bl;
  const char *buf = kg_dix_key(lemma, kbuf, sizeof kbuf, &bl, &h);
  /* the lemma's first entry (trig is sorted by lemma, then part of speech),
   * then the first of them with part of speech pos or above */
  int32_t first = kg_dix_map_get_h(&d->trig_map, buf, bl, h);
  if (first < 0 || pos < 0) { if (first >= 0) *out = &d->trig[first]; return first >= 0; }
  return kg_dict_triggers_from(d, &d->trig[first], pos, out);
}

size_t kg_dict_triggers_from(const kg_dict *d, const kg_trigger *first, int pos, const kg_trigger **out) {
  *out = NULL;
  /* (a lemma's entries share its first's string: compared by pointer) */
  size_t lo = (size_t)(first - d->trig);
  const char *lem = first->lemma;
  while (lo < d->ntrig && d->trig[lo].pos < pos && d->trig[lo].lemma == lem) lo++;
  size_t e = lo;
  while (e < d->ntrig && d->trig[e].pos == pos && d->trig[e].lemma == lem) e++;
  if (e == lo) return 0;
  *out = &d->trig[lo];
  return e - lo;
}

uint32_t kg_dict_match_title(const kg_dict *d, const kg_doc *doc, uint32_t tok, const kg_title **out) {
  if (out) *out = NULL;
  if (!d || !out) return 0;
  uint32_t nt = 0;
  const kg_dix_form *f = kg_dix_match(d, &d->title_ix, 1, doc, tok, &nt);
  if (!f) return 0;
  *out = &d->titles[f->entry];
  return nt;
}

static int title_key_cmp(const void *k, const void *e) { return strcmp(k, ((const kg_title *)e)->phrase); }
const kg_title *kg_dict_title_phrase(const kg_dict *d, const char *phrase) {   /* (distinct, sorted: words_build) */
  if (!d || !phrase || !d->ntitles) return NULL;
  return bsearch(phrase, d->titles, d->ntitles, sizeof *d->titles, title_key_cmp);
}

static int words_find(const kg_dix_map *m, const char *word) {
  if (!word || !m->n) return 0;
  char kbuf[128];
  uint32_t h;
  size_t bl;
  const char *buf = kg_dix_key(word, kbuf, sizeof kbuf, &bl, &h);
  int32_t v = kg_dix_map_get_h(m, buf, bl, h);
  return v > 0 ? v : 0;
}

int kg_dict_cue(const kg_dict *d, const char *word) {
  return d ? words_find(&d->cue_map, word) : 0;
}

int kg_dict_cue_n(const kg_dict *d, const char *word, size_t n) {
  if (!d || !word || !d->cue_map.n) return 0;
  /* words_find's key is word itself when it has no byte lower_into would
   * change (A-Z; from 0x80 on, tolower and the curly quotes) and fits its
   * buffer: hashed as it is, without the copy */
  uint32_t h = KG_DIX_H0;
  size_t i = 0;
  for (; i < n; i++) {
    unsigned char c = (unsigned char)word[i];
    if ((unsigned)(c - 'A') < 26u || c >= 0x80) break;
    h = kg_dix_hash_step(h, c);
  }
  if (i < n || n >= 127) return words_find(&d->cue_map, word);
  int32_t v = kg_dix_map_get_h(&d->cue_map, word, n, h);
  return v > 0 ? v : 0;
}

int kg_dict_lex(const kg_dict *d, const char *word) {
  int32_t v = d && word ? kg_dix_map_get(&d->lex, word, strlen(word)) : -1;
  return v > 0 ? v : 0;
}

int kg_dict_lex2(const kg_dict *d, const char *word) {
  int32_t v = d && word ? kg_dix_map_get(&d->lex2, word, strlen(word)) : -1;
  return v > 0 ? v : 0;
}

int32_t kg_dict_title_state(const kg_dict *d, const char *title) {
  return d && title ? kg_dix_map_get(&d->sttl, title, strlen(title)) : -1;
}

const char *kg_dict_act_noun(const kg_dict *d, const char *noun) {
  int32_t v = d && noun ? kg_dix_map_get(&d->actn, noun, strlen(noun)) : -1;
  return v >= 0 ? (d->nodes[v].code ? d->nodes[v].code : "") : NULL;
}

int kg_dict_description(const kg_dict *d, const char *noun) {
  return d ? words_find(&d->desc_map, noun) : 0;
}

int kg_dict_sector_noun(const kg_dict *d, const char *phrase) {
  return d ? words_find(&d->sect_map, phrase) : 0;
}

const kg_sector *kg_dict_sector_at(const kg_dict *d, int number) {
  return (d && number >= 1 && (size_t)number <= d->nsectors) ? &d->sectors[number - 1] : NULL;
}
