/* evsubtree.c — the target an event finds in its trigger's subtree when the
 * verb's own dependents name none ("threatened to ban voting in East
 * Jerusalem", "imposed a curfew in the town of Cizre"), and whether a
 * mention of the agent's own state may stand on the other side of an event
 * (a domestic event: "French farmers would blockade Paris").
 * Owns: kg_ev_subtree_target, kg_ev_subtree_target_of, kg_ev_domestic, the
 * one an act is done "in protest at" and a passive's recipient ("was given
 * to X by Y": kg_ev_phrase_target), the
 * doer of a clause summed up by a noun after a comma ("..., a move that X
 * criticised": kg_ev_summary_noun_doer), and who suffers a noun act in an
 * "under" phrase (kg_ev_under_subject; all declared in evargs.h).  The body
 * an "according to" phrase names tells the act and is never its target.
 * Does not own: the verb's direct dependents (evargs.c), choosing among
 * argument sets and emitting events (events.c), sector groups (evgroups.c,
 * sectors.c). */
#include <string.h>
#include "evargs.h"
#include "evclause.h"
#include "actors.h"

/* A domestic event: the agent names a sector group of its state (or a
 * people of it: "Iraqi Kurds demonstrated against Iraq"), the
 * other side that state by another mention ("French farmers said they would
 * blockade Paris": CAMEO's FRAAGR against FRA; "students demanded the return
 * of land seized by government forces").  Not a pronoun ("its"), nor the
 * same sector named again, nor the state or its city as the place of the
 * act ("in southeastern Turkey", "in the capital Kabul"). */
/* A demonym that names a people of its state with a plural noun of no
 * sector ("Iraqi Kurds", "Egyptian Copts"): one word, an adjective on a
 * plural noun that names no actor of its own. */
static int people_of_state(const kg_doc *d, const kg_mention *a)
{
  if (a->ntok != 1 || a->kind == KG_MEN_PRONOUN || d->tokens[a->tok].upos != KG_UPOS_ADJ ||
      !d->tokens[a->tok].deprel || strcmp(d->tokens[a->tok].deprel, "amod"))
    return 0;
  int32_t h = kg_tok_head(d, a->tok);
  if (h < 0 || (d->tokens[h].upos != KG_UPOS_NOUN && d->tokens[h].upos != KG_UPOS_PROPN) ||
      kg_mention_at(d, (uint32_t)h) >= 0)
    return 0;
  size_t l = strlen(d->tokens[h].form);
  return l > 3 && d->tokens[h].form[l - 1] == 's' && d->tokens[h].form[l - 2] != 's';
}

/* A people named by its plural noun ("Thousands of Egyptians", "Young
 * Algerians"), no sector group: on the other side of its state's government
 * told by a description ("protested against the government"), as "Kenyan
 * students" are. */
static int people_plural(const kg_doc *d, const kg_mention *a)
{
  if (a->kind != KG_MEN_DEMONYM || a->group >= 0 || a->ntok != 1 ||
      (d->tokens[a->tok].upos != KG_UPOS_NOUN && d->tokens[a->tok].upos != KG_UPOS_PROPN))
    return 0;
  const char *f = d->tokens[a->tok].form;
  size_t l = f ? strlen(f) : 0;
  return l > 4 && f[l - 1] == 's' && f[l - 2] != 's' && kg_tok_is_cap(&d->tokens[a->tok]);
}

/* A state's name or demonym inside a group's noun phrase, not the group
 * itself ("Coffee growers in the Guatemalan highlands", "Teachers' unions
 * in the province of Buenos Aires"): the mention's head modifies another
 * noun; when a sector is named, that noun is in a phrase of its own, a part
 * of the state ("the governor of the Mexican state of Tamaulipas", "the
 * mayor of the Brazilian city of X": a local office, not the state's own
 * government, as "Mexican officials" are). */
static int state_in_phrase(const kg_doc *d, const kg_mention *a)
{
  if (a->kind == KG_MEN_PRONOUN || a->kind == KG_MEN_DESCRIPTION || a->as_place)
    return 0;
  uint32_t k = a->tok + a->ntok - 1;     /* the mention's head: "Buenos Aires" (flat) */
  for (uint32_t q = a->tok; q < a->tok + a->ntok; q++)
    if (kg_tok_head(d, q) < (int32_t)a->tok || kg_tok_head(d, q) >= (int32_t)(a->tok + a->ntok))
      k = q;
  const char *r = d->tokens[k].deprel;
  int32_t h = kg_tok_head(d, k);
  return r && h >= 0 && (d->tokens[h].upos == KG_UPOS_NOUN || d->tokens[h].upos == KG_UPOS_PROPN) &&
         (!strcmp(r, "amod") || !strcmp(r, "compound") || !strcmp(r, "nmod")) &&
         (a->group < 0 || (d->tokens[h].deprel && !strncmp(d->tokens[h].deprel, "nmod", 4)));
}

int kg_ev_domestic(const kg_doc *d, int32_t am, int32_t tm)
{
  if (am < 0 || tm < 0 || am == tm)
    return 0;
  const kg_mention *a = &d->mentions[am], *t = &d->mentions[tm];
  /* the state's government told by a description ("the provincial
   * government", sectors.c) on the other side of a group of that state */
  if (t->kind == KG_MEN_DESCRIPTION && t->group >= 0 && a->actor == t->actor &&
      (state_in_phrase(d, a) || people_plural(d, a)))
    return 1;
  if (a->kind == KG_MEN_DESCRIPTION)
    return 0;                   /* ("the government ... Paris": the state itself) */
  int32_t aa = a->actor >= 0 && a->group >= 0 && d->actors[a->actor].type == KG_ACT_PLACE ?
               d->actors[a->group].sector_of : a->actor;   /* "politicians in Lima": Peru's (sectors.c) */
  if (aa < 0 || aa != t->actor || (a->group < 0 && !people_of_state(d, a)) ||
      (a->group >= 0 && t->group == a->group) || (a->group < 0 && people_of_state(d, t)) ||
      t->kind == KG_MEN_PRONOUN || t->as_place || d->actors[aa].type != KG_ACT_COUNTRY)
    return 0;
  /* the phrase's preposition, on the name or on the noun it stands beside
   * ("in the capital Kabul") */
  static const char *const loc[] = { "in", "at", "near", "inside", "outside", "across",
    "throughout", "around", "within", NULL };
  int32_t k = (int32_t)(t->tok + t->ntok - 1);
  for (int hop = 0; hop < 2 && k >= 0; hop++) {
    int32_t cs = kg_ev_child_with(d, (uint32_t)k, "case", 0);
    if (cs >= 0) {
      char b[16];
      kg_ev_low(d, (uint32_t)cs, b, sizeof b);
      return !kg_ev_in_list(b, loc);
    }
    const char *r = d->tokens[k].deprel;
    if (!r || (strcmp(r, "appos") && strcmp(r, "flat") && strcmp(r, "compound") && strcmp(r, "amod")))
      break;
    k = kg_tok_head(d, (uint32_t)k);
  }
  return 1;
}

/* A target from the trigger's own subtree when the direct arguments gave
 * none: the shallowest agentive mention below token i ("threatened to ban
 * voting in East Jerusalem", "promised to continue military aid to
 * Mozambique", "rioted at a jail in northern Israel"), not looking into
 * subjects, adverbial and relative clauses, parataxis or conjoined verbs
 * (other events), and not the agent's own actor (unless kg_ev_domestic
 * allows it, for kg_ev_subtree_target_of).  Breadth first, three
 * levels of nesting at most beyond the first.  With places, a city or
 * region of the subtree is the fallback ("imposed a curfew in the town of
 * Cizre"); -1 when none. */
static int32_t subtree_target(const ev_ctx *c, uint32_t i, int32_t agent_actor, int32_t agent_m,
                              int places);

/* The by-agent of a participle on a noun of a prepositional phrase of
 * the occasion ("signed the treaty at a ceremony hosted by X": X acts in
 * its own clause); not on the object, nor on a phrase of what the act is
 * about ("demanded the return of land seized by X": X holds what is
 * demanded; "launched an investigation into crimes committed by X",
 * "protested against a law passed by X": X did what the act is about). */
static int obl_modifier_agent(const kg_doc *d, uint32_t k)
{
  static const char *const matter[] = { "of", "into", "over", "about", "against", NULL };
  if (!kg_ev_modifier_agent(d, k))
    return 0;
  int32_t n = kg_tok_head(d, (uint32_t)kg_tok_head(d, k));
  int32_t cs = n >= 0 ? kg_ev_child_with(d, (uint32_t)n, "case", 0) : -1;
  char b[16];
  if (cs >= 0)
    kg_ev_low(d, (uint32_t)cs, b, sizeof b);
  return cs >= 0 && !kg_ev_in_list(b, matter);
}

/* Is verb h a that-clause (acl or ccomp marked "that") on trigger noun i,
 * or on the object noun of trigger verb i? */
static int that_clause_of_noun(const kg_doc *d, uint32_t h, uint32_t i)
{
  const char *r = d->tokens[h].deprel;
  int32_t n = kg_tok_head(d, h), mk = kg_ev_child_with(d, h, "mark", 0);
  if (!r || n < 0 || (strcmp(r, "acl") && strcmp(r, "ccomp")) || mk < 0 || !kg_tok_is(d, (uint32_t)mk, "that") ||
      d->tokens[n].upos != KG_UPOS_NOUN)
    return 0;
  return n == (int32_t)i || (kg_tok_head(d, (uint32_t)n) == (int32_t)i && d->tokens[n].deprel &&
                             !strcmp(d->tokens[n].deprel, "obj"));
}

static int to_clause(const kg_doc *d, uint32_t k)
{
  int32_t m = kg_ev_child_with(d, k, "mark", 0);
  return m >= 0 && kg_tok_is(d, (uint32_t)m, "to");
}

/* The preposition (case child) of a nominal, lower-cased into b. */
static void case_of(const kg_doc *d, uint32_t tok, char *b, size_t cap)
{
  int32_t k = kg_ev_child_with(d, tok, "case", 0);
  b[0] = '\0';
  if (k >= 0)
    kg_ev_low(d, (uint32_t)k, b, cap);
}

int32_t kg_ev_subtree_target(const ev_ctx *c, uint32_t i, int32_t agent_actor, int places)
{
  return subtree_target(c, i, agent_actor, -1, places);
}

int32_t kg_ev_subtree_target_of(const ev_ctx *c, uint32_t i, int32_t agent_m, int places)
{
  /* "accused the three European powers of serving Israel's interests":
   * an object naming states by kind is the target, named or not; nothing
   * deeper in its phrase is */
  static const char *const kinds[] = { "power", "country", "state", "nation", "government", "ally",
    "partner", "neighbour", "neighbor", "capital", NULL };
  const kg_doc *d = c->doc;
  int32_t o = kg_ev_child_with(d, i, "obj", 0);
  if (o >= 0 && d->tokens[o].upos == KG_UPOS_NOUN && d->tokens[o].xpos && !strcmp(d->tokens[o].xpos, "NNS") &&
      d->tokens[o].lemma && kg_ev_in_list(d->tokens[o].lemma, kinds) && kg_mention_at(d, (uint32_t)o) < 0) {
    int named = 0;                        /* (but "countries like the US", "states such as X") */
    const kg_sentence *s = &d->sents[d->tokens[i].sent];
    for (uint32_t k = s->tok; k < s->tok + s->ntok && !named; k++)
      named = kg_tok_head(d, k) == o && kg_mention_at(d, k) >= 0;
    if (!named)
      return -1;
  }
  return subtree_target(c, i, agent_m >= 0 ? c->doc->mentions[agent_m].actor : -1, agent_m, places);
}

/* May mention cm, the subject of a that-clause, be the target of agent
 * mention agent_m's act: not the agent's own side, unless the text names a
 * second sector of the state ("drivers in the Jamaican capital demanded
 * that the government cut ...": kg_ev_domestic); a city or the state's
 * name standing for it is the speaker's own side ("Egypt's foreign minister
 * warned that Cairo would ..."), and so is the agent's own sector. */
static int own_ok(const ev_ctx *c, int32_t agent_actor, int32_t agent_m, int32_t cm)
{
  const kg_doc *d = c->doc;
  if (!kg_ev_own_side(c, agent_actor, d->mentions[cm].actor))
    return 1;
  return agent_m >= 0 && d->mentions[cm].group >= 0 && d->mentions[cm].group != d->mentions[agent_m].group &&
         kg_ev_domestic(d, agent_m, cm);
}

/* The mention that names the subject k of a clause: its own, else the
 * state named as the modifier of its sector noun ("demanded that the
 * Togolese government restore ...": Togo's government, as "that Togo
 * restore" names Togo); -1 when none. */
static int32_t subject_mention(const ev_ctx *c, uint32_t k)
{
  const kg_doc *d = c->doc;
  int32_t m = kg_mention_at(d, k);
  if (m >= 0 || d->tokens[k].upos != KG_UPOS_NOUN)
    return m;
  uint32_t lo = d->sents[d->tokens[k].sent].tok;
  for (uint32_t q = k > lo + 3 ? k - 3 : lo; q < k; q++) {
    int32_t mq = kg_mention_at(d, q);
    const char *r = d->tokens[q].deprel;
    if (mq >= 0 && kg_tok_head(d, q) == (int32_t)k && d->mentions[mq].group >= 0 && r &&
        (!strcmp(r, "amod") || !strcmp(r, "compound") || !strcmp(r, "nmod:poss")))
      return mq;
  }
  return -1;
}

int32_t kg_ev_cond_subject(const ev_ctx *c, uint32_t v, int32_t agent_actor, int32_t agent_m)
{
  const kg_doc *d = c->doc;
  int32_t mk = kg_ev_child_with(d, v, "mark", 0);
  if (mk < 0 || !(kg_tok_is(d, (uint32_t)mk, "if") || kg_tok_is(d, (uint32_t)mk, "unless")))
    return -1;
  int32_t n = kg_ev_child_with(d, v, "nsubj", 1);
  int32_t cm = n >= 0 ? kg_ev_mention_of_tok(c, n) : -1;
  if (cm < 0 && n >= 0)
    cm = subject_mention(c, (uint32_t)n);   /* "unless the Kenyan government pays" */
  if (cm < 0 || !own_ok(c, agent_actor, agent_m, cm) || !kg_ev_agentive(d, cm) ||
      d->mentions[cm].kind == KG_MEN_PRONOUN || kg_ev_possessive_pronoun(d, cm))
    return -1;
  return kg_ev_np_head(c, cm);
}

static int32_t subtree_target(const ev_ctx *c, uint32_t i, int32_t agent_actor, int32_t agent_m, int places)
{
  const kg_doc *d = c->doc;
  uint32_t si = d->tokens[i].sent;
  if (!kg_sent_has_tree(d, si))
    return -1;
  const kg_sentence *s = &d->sents[si];
  static const char *const skip[] = { "nsubj", "nsubj:pass", "csubj", "advcl", "acl:relcl",
    "parataxis", "conj", "punct", "appos", "dep", "list", "vocative", "discourse",
    "dislocated", NULL };                 /* ("The OAS secretary general, X, welcomed": X's title) */
  uint32_t frontier[64], next[64];
  size_t nf = 1, nn;
  int32_t place = -1, clause_subj = -1, vobj;
  char b[16];
  frontier[0] = i;
  /* a visit (042) is made to a place or a host: "arrived in Manila with
   * Defence Minister X", "toured the region with his wife": a companion */
  int vpos;
  const kg_trigger *vt = d->tokens[i].upos == KG_UPOS_VERB ? kg_ev_match_trigger(c, i, &vpos, &vobj) : NULL;
  static const char *const travel[] = { "arrive", "travel", "fly", "tour", "visit", "go", "come", "land", "head",
    "return", "journey", "make", "pay", NULL };   /* (not "reasserted friendship with X", 042 in a codebook) */
  int visit = vt && vt->code && !strcmp(vt->code, "042") && kg_ev_lemma_in(d, i, travel);
  int threat = vt && vt->code && !strncmp(vt->code, "13", 2);
  int32_t cond_subj = -1;
  for (int level = 0; level < 4 && nf > 0; level++) {
    nn = 0;
    int32_t best = -1;
    for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
      const kg_token *t = &d->tokens[k];
      int32_t h = kg_tok_head(d, k);
      int under = 0;
      for (size_t f = 0; f < nf && !under; f++)
        under = h == (int32_t)frontier[f];
      if (!under || !t->deprel)
        continue;
      /* "threatened to break relations": an infinitive parsed as advcl */
      int inf = !strncmp(t->deprel, "advcl", 5) && level == 0 && to_clause(d, k);
      /* "rescheduled his mushroom hunting trip", "tapped links leading
       * into X": an -ing word right after the object, no comma, subject
       * or marker, misparsed as an advcl, belongs to the object's phrase */
      inf |= !strncmp(t->deprel, "advcl", 5) && level == 0 && t->xpos && !strcmp(t->xpos, "VBG") &&
             k > s->tok && kg_tok_head(d, k - 1) == (int32_t)i && d->tokens[k - 1].deprel &&
             !strcmp(d->tokens[k - 1].deprel, "obj") && kg_ev_child_with(d, k, "mark", 0) < 0 &&
             kg_ev_child_with(d, k, "nsubj", 1) < 0;
      /* "renewed its demand that Iran release the sailors held by Syria",
       * "Peru's demand that Chile withdraw": the subject of a that-clause on
       * the act's noun is whom the demand, call or warning is made of */
      if (level <= 1 && !strcmp(t->deprel, "nsubj") && that_clause_of_noun(d, (uint32_t)h, i)) {
        int32_t cm = subject_mention(c, k);
        if (cm >= 0 && own_ok(c, agent_actor, agent_m, cm) && kg_ev_agentive(d, cm) &&
            d->mentions[cm].kind != KG_MEN_PRONOUN && !kg_ev_possessive_pronoun(d, cm) && best < 0)
          best = kg_ev_np_head(c, cm);
        continue;
      }
      /* "allowed that Mordor is ...": the subject of a that-clause is what
       * the clause is about, the last resort when nothing else is found */
      if (level == 1 && clause_subj < 0 && !strcmp(t->deprel, "nsubj") && d->tokens[h].deprel &&
          !strcmp(d->tokens[h].deprel, "ccomp") && kg_tok_head(d, (uint32_t)h) == (int32_t)i) {
        int32_t cm = subject_mention(c, k);
        if (cm >= 0 && own_ok(c, agent_actor, agent_m, cm) && kg_ev_agentive(d, cm) &&
            d->mentions[cm].kind != KG_MEN_PRONOUN && !kg_ev_possessive_pronoun(d, cm))
          clause_subj = kg_ev_np_head(c, cm);
        continue;
      }
      /* "threatened to call a strike if the government did not hold the
       * elections", "unless the gunmen were handed over": a threat is made
       * of the subject of its condition, the last resort (kg_ev_cond_subject) */
      if (level <= 1 && cond_subj < 0 && threat && !strncmp(t->deprel, "advcl", 5))
        cond_subj = kg_ev_cond_subject(c, k, agent_actor, agent_m);
      /* "promised to train and equip the Somali army": a bare infinitive
       * conjoined inside the complement, with no subject or "to" of its
       * own, shares its object (not the trigger's own conjunct: "met X and
       * criticised Y"; nor "agreed to coordinate ... and to support a
       * process in Libya", another act) */
      inf |= level >= 1 && !strcmp(t->deprel, "conj") && t->upos == KG_UPOS_VERB && t->xpos &&
             !strcmp(t->xpos, "VB") && d->tokens[h].upos == KG_UPOS_VERB &&
             kg_ev_child_with(d, k, "nsubj", 1) < 0 && kg_ev_child_with(d, k, "mark", 0) < 0;
      if (!inf && (kg_ev_in_list(t->deprel, skip) || !strncmp(t->deprel, "advcl", 5) ||
                   !strncmp(t->deprel, "acl:relcl", 9) || obl_modifier_agent(d, k)))
        continue;                         /* (the last: "at a ceremony hosted by X" is X's act) */
      if (kg_ev_according_to(d, k))
        continue;                         /* "..., according to a UN report": the teller */
      /* "Brazil, together with Colombia and Mexico, demanded", "along with
       * France": those named act with the subject, no one it is done to */
      if (!strcmp(t->deprel, "advmod") && (kg_tok_is(d, k, "together") || kg_tok_is(d, k, "along")) &&
          kg_ev_child_with(d, k, "obl", 0) >= 0)
        continue;
      /* "delivered two shipments of weapons, prompting Ethiopian officials
       * to warn": an -ing clause after a comma, hung on the noun before it,
       * tells what the act led to (another event), not whom it was done to */
      if (!strcmp(t->deprel, "acl") && t->xpos && !strcmp(t->xpos, "VBG") && k > s->tok &&
          kg_tok_is(d, k - 1, ","))
        continue;
      /* "condemned the launch as a violation of U.N. resolutions": what the
       * act is called names no one it is done to */
      if (level == 0 && (!strncmp(t->deprel, "obl", 3) || !strcmp(t->deprel, "xcomp")) &&
          (case_of(d, k, b, sizeof b), !strcmp(b, "as")))
        continue;
      /* "condemned the strike at an emergency meeting of the U.N. Security
       * Council": a gathering the act was done at names its venue, not whom
       * it was done to (but whom a meeting is sought or held with) */
      static const char *const gathering[] = { "meeting", "session", "summit", "conference", "gathering",
        "assembly", "forum", "sideline", "ceremony", "rally", "convention", "congress", NULL };
      int meets = vt && vt->code && vt->code[0] == '0' && (vt->code[1] == '3' || vt->code[1] == '4');
      if (level == 0 && !meets && !strncmp(t->deprel, "obl", 3) && kg_ev_lemma_in(d, k, gathering) &&
          (case_of(d, k, b, sizeof b), !strcmp(b, "at") || !strcmp(b, "during") || !strcmp(b, "on")))
        continue;
      /* "fired a missile during Kim Jong Un's visit to Russia": a "during"
       * phrase tells when; the visitor is no target */
      if ((!strncmp(t->deprel, "obl", 3) || !strcmp(t->deprel, "nmod")) &&
          (case_of(d, k, b, sizeof b), !strcmp(b, "during")))
        continue;
      if (level <= 1 && visit && (!strncmp(t->deprel, "obl", 3) || !strcmp(t->deprel, "nmod")) &&
          (case_of(d, k, b, sizeof b), !strcmp(b, "with")))
        continue;                         /* (or under a day: "on Sunday with X") */
      /* "arrested six people over a plot to kill X": with an object of its
       * own, the act's cause names no one it is done to */
      if (level == 0 && !strncmp(t->deprel, "obl", 3) && kg_ev_child_with(d, i, "obj", 0) >= 0 &&
          kg_ev_child_with(d, k, "nummod", 0) < 0 &&     /* (not "pledged 960m over 15 years to X") */
          (case_of(d, k, b, sizeof b), !strcmp(b, "over") || !strcmp(b, "amid")))
        continue;
      int32_t m = kg_mention_at(d, k);
      /* "signed the treaty at the Vatican", "met at the Vatican": a state
       * named "at" by an act of cooperation or talks (03-05) is its venue,
       * not whom it is done to (not "fired at X", no such code) */
      if (level == 0 && m >= 0 && vt && vt->code && vt->code[0] == '0' && vt->code[1] >= '3' && vt->code[1] <= '5' &&
          !strncmp(t->deprel, "obl", 3) && d->mentions[m].actor >= 0 &&
          d->actors[d->mentions[m].actor].type == KG_ACT_COUNTRY && (case_of(d, k, b, sizeof b), !strcmp(b, "at")))
        continue;
      /* a sector noun names its state as a modifier: "an attack by
       * Osgiliath soldiers" stands at the level of "soldiers"; so does a
       * place noun its place, where a place may be the target ("eased
       * emergency measures in Kosovo province") */
      int pn = places && m < 0 && (kg_ev_lemma_lex(c, k) & KG_LEX_PLACE_NOUN);
      if (m < 0 && t->upos == KG_UPOS_NOUN)
        for (uint32_t q = k > s->tok + 3 ? k - 3 : s->tok; q < k && m < 0; q++) {
          int32_t mq = kg_mention_at(d, q);
          if (mq >= 0 && kg_tok_head(d, q) == (int32_t)k && (d->mentions[mq].group >= 0 || pn) &&
              d->tokens[q].deprel && (!strcmp(d->tokens[q].deprel, "compound") ||
                                      !strcmp(d->tokens[q].deprel, "amod") ||
                                      !strncmp(d->tokens[q].deprel, "nmod:poss", 9)))
            m = mq;
        }
      if (m >= 0 && kg_ev_demonym_of_place(c, m)) {
        if (pn && place < 0 && d->mentions[m].kind == KG_MEN_NAME)
          place = m;                      /* "in Kosovo province": the place */
        m = -1;                           /* "in the Saudi port city of Jeddah" */
      }
      /* "Serbian President X promised to democratize Serbia": a person's
       * own state, named by its name, is where he acts, not whom he acts
       * on (its people or a sector of it are: "threatened to ban Kenyan
       * opposition candidates", "vowed to punish Kenyan police officers") */
      if (m >= 0 && d->mentions[m].actor != agent_actor && d->mentions[m].kind == KG_MEN_NAME &&
          agent_actor >= 0 && d->actors[agent_actor].type == KG_ACT_PERSON &&
          kg_ev_own_side(c, agent_actor, d->mentions[m].actor))
        m = -1;
      if (m >= 0 && kg_ev_two_named_noun(d, d->mentions[m].tok))
        m = -1;                           /* "the first summit between the two U.S. allies" */
      if (m >= 0 && (d->mentions[m].actor != agent_actor || kg_ev_domestic(d, agent_m, m)) &&
          !kg_ev_possessive_pronoun(d, m) &&
          d->mentions[m].kind != KG_MEN_PRONOUN && !(d->tokens[k].flags & KG_TOK_DATELINE)) {
        if (kg_ev_agentive(d, m) && best < 0)
          best = kg_ev_np_head(c, m);
        else if (places && kg_ev_atype(d, m) == KG_ACT_PLACE && place < 0 &&
                 !kg_ev_site_origin(c, m))        /* not "from its Sohae launch site" */
          place = m;
      }
      if (nn < 64)
        next[nn++] = k;
    }
    if (best >= 0)
      return best;
    memcpy(frontier, next, nn * sizeof *next);
    nf = nn;
  }
  return place >= 0 ? place : clause_subj >= 0 ? clause_subj : cond_subj;
}

/* A noun act in an "under" phrase of its clause ("X has been under UN
 * sanctions", "X was put under investigation in Y"): its subject sj is the
 * only target and no agent; a target that modifies the noun ("UN") is its
 * agent, other targets (the place "in Y") are dropped. */
void kg_ev_under_subject(const ev_ctx *c, uint32_t i, int32_t sj, ev_args *a)
{
  const kg_doc *d = c->doc;
  int32_t sa = d->mentions[sj].actor;
  size_t n = 0;
  for (size_t q = 0; q < a->nag; q++)
    if (d->mentions[a->agents[q]].actor != sa)
      a->agents[n++] = a->agents[q];
  a->nag = n;
  for (size_t q = 0; q < a->ntg; q++) {
    const kg_mention *m = &d->mentions[a->targets[q]];
    uint32_t last = m->tok + m->ntok - 1;
    const char *r = d->tokens[last].deprel;
    if (m->actor != sa && kg_tok_head(d, last) == (int32_t)i && r && a->nag < KG_EV_SIDE &&
        (!strcmp(r, "compound") || !strcmp(r, "amod") || !strcmp(r, "nmod:poss")))
      a->agents[a->nag++] = a->targets[q];
  }
  a->targets[0] = sj;
  a->ntg = 1;
}

/* Is token k the noun of an "in protest" phrase (no determiner: "in a
 * protest", "in the protest" is a place or an occasion)? */
static int in_protest(const kg_doc *d, uint32_t k)
{
  char b[16];
  if (d->tokens[k].upos != KG_UPOS_NOUN || !kg_ev_cand_has(d, k, "protest") ||
      kg_ev_child_with(d, k, "det", 0) >= 0)
    return 0;
  case_of(d, k, b, sizeof b);
  return !strcmp(b, "in");
}

/* "Assistance was given to Moldova by the EU", "an explanation was
 * demanded from Cyprus by X", "a man wanted in Italy was handed over to the
 * Italian authorities by Brazil": a passive verb i with a named doer (its
 * "by" phrase) whose passive subject is a thing, a noun that names no actor
 * (the thing given, promised, extended or asked for), is done to the actor
 * of its own "to" or "from" phrase, as the active verb's recipient ("gave
 * assistance to Moldova"), else of the subject's "on", "against", "to" or
 * "with" phrase (or that phrase's possessor), as of an active verb's object;
 * -1 when none (a subject that names an actor or is a pronoun is the target
 * itself: "he was handed to Y"). */
static int32_t passive_recipient(const ev_ctx *c, uint32_t i, const kg_sentence *s)
{
  const kg_doc *d = c->doc;
  if (d->tokens[i].upos != KG_UPOS_VERB || !d->tokens[i].xpos || strcmp(d->tokens[i].xpos, "VBN") ||
      kg_ev_child_with(d, i, "aux:pass", 0) < 0)
    return -1;
  int32_t sj = kg_ev_child_with(d, i, "nsubj:pass", 0);
  if (sj < 0 || (d->tokens[sj].upos != KG_UPOS_NOUN && d->tokens[sj].upos != KG_UPOS_PROPN) ||
      kg_ev_mention_of_tok(c, sj) >= 0)
    return -1;
  char b[16];
  int32_t to = -1, by = -1;
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
    const char *r = d->tokens[k].deprel;
    int32_t h = kg_tok_head(d, k);
    /* (the "by" phrase also as parsed onto the "to" phrase: "extended to
     * South Sudan by Kenya") */
    int on_obl = h >= 0 && kg_tok_head(d, (uint32_t)h) == (int32_t)i && r && !strcmp(r, "nmod") &&
                 d->tokens[h].deprel && !strncmp(d->tokens[h].deprel, "obl", 3);
    if (!r || !((h == (int32_t)i && !strncmp(r, "obl", 3)) || on_obl))
      continue;
    case_of(d, k, b, sizeof b);
    int32_t m = kg_ev_mention_of_tok(c, (int32_t)k);
    if (m < 0 || d->mentions[m].kind == KG_MEN_PRONOUN)
      continue;
    if (!strcmp(r, "obl:agent") || !strcmp(b, "by"))
      by = m;
    else if (to < 0 && !on_obl && (!strcmp(b, "to") || !strcmp(b, "from")))
      to = m;
  }
  /* no such phrase: for an act that yields or is hostile (CAMEO 08, 10-20;
   * not a meeting "on Palestinian reform", its topic), the actor of the
   * subject's own phrase, as of the active verb's object ("an arms embargo
   * on X was imposed by Y", "sanctions on X's oil sector were eased by Y") */
  int vpos;
  int32_t vobj;
  const kg_trigger *tr = by >= 0 && to < 0 ? kg_ev_match_trigger(c, i, &vpos, &vobj) : NULL;
  int hostile = tr && tr->code && (tr->code[0] == '1' || tr->code[0] == '2' ||
                                   (tr->code[0] == '0' && tr->code[1] == '8'));
  for (uint32_t k = s->tok; k < s->tok + s->ntok && hostile && to < 0; k++) {
    if (kg_tok_head(d, k) != sj || !d->tokens[k].deprel || strcmp(d->tokens[k].deprel, "nmod"))
      continue;
    case_of(d, k, b, sizeof b);
    if (strcmp(b, "on") && strcmp(b, "against") && strcmp(b, "to") && strcmp(b, "with"))
      continue;
    int32_t m = kg_mention_at(d, k), ps = kg_ev_child_with(d, k, "nmod:poss", 0);
    if (m < 0 && ps >= 0)
      m = kg_mention_at(d, (uint32_t)ps);
    if (m >= 0 && d->mentions[m].kind != KG_MEN_PRONOUN)
      to = m;
  }
  return by >= 0 && to >= 0 && d->mentions[to].actor != d->mentions[by].actor ? to : -1;
}

/* The target a phrase of trigger i names when its own dependents name
 * none: the one protested against (below) or a passive's recipient
 * (passive_recipient); -1 when none.
 * "went on hunger strike in protest at the government's decision",
 * "recalled its envoy in protest against X's raids": the one protested
 * against, named in the "at / against / of / over" phrase of an "in
 * protest" phrase on trigger i or on the verb whose object it is (or of
 * trigger i itself, the noun of that phrase), is the act's target. */
int32_t kg_ev_phrase_target(const ev_ctx *c, uint32_t i)
{
  const kg_doc *d = c->doc;
  uint32_t si = d->tokens[i].sent;
  if (!kg_sent_has_tree(d, si))
    return -1;
  const kg_sentence *s = &d->sents[si];
  static const char *const preps[] = { "at", "against", "of", "over", NULL };
  int32_t pn = in_protest(d, i) ? (int32_t)i : -1;
  /* on the trigger, or on the verb whose object the trigger noun is
   * ("staged a hunger strike in prison in protest against X") */
  int32_t v = d->tokens[i].upos == KG_UPOS_NOUN && d->tokens[i].deprel && !strcmp(d->tokens[i].deprel, "obj") ?
              kg_tok_head(d, i) : -1;
  for (uint32_t k = s->tok; k < s->tok + s->ntok && pn < 0; k++)
    if ((kg_tok_head(d, k) == (int32_t)i || (v >= 0 && kg_tok_head(d, k) == v)) && in_protest(d, k))
      pn = (int32_t)k;
  if (pn < 0)
    return passive_recipient(c, i, s);
  char b[16];
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
    if (kg_tok_head(d, k) != pn || !d->tokens[k].deprel || strncmp(d->tokens[k].deprel, "nmod", 4))
      continue;
    case_of(d, k, b, sizeof b);
    if (!kg_ev_in_list(b, preps))
      continue;
    int32_t m = kg_ev_mention_of_tok(c, (int32_t)k);
    if (m >= 0 && d->mentions[m].kind != KG_MEN_PRONOUN)
      return m;
  }
  return -1;
}

/* Is token k under token top (its head chain reaches top)? */
static int below(const kg_doc *d, uint32_t k, uint32_t top)
{
  for (int hops = 0; hops < 64; hops++) {
    if (k == top)
      return 1;
    int32_t h = kg_tok_head(d, k);
    if (h < 0)
      return 0;
    k = (uint32_t)h;
  }
  return 0;
}

/* "The Commission released the funds on Wednesday, a move that members of
 * parliament criticised"; "X said that ..., remarks that Chad condemned":
 * a relative clause i whose object is its gap ("that" or "which", or none
 * with the subject's phrase right after the noun: "a move Argentina
 * condemned"; no object of its own, a subject of its own), on a noun set off by a comma after a
 * clause, a noun of any act (kgd:actNoun on kgo:Event: "move", "decision",
 * "step"), of a message (kgd:messageNoun: "statement", "remarks") or of
 * an accusation ("accusation", "allegation", "charge": "accused X of Y, a
 * charge X denied"), sums
 * that clause up: its doer is the target.  The doer is the actor subject
 * of the nearest verb above the noun (for a message, the nearest verb of
 * saying), not the agent's actor; -1 when none. */
int32_t kg_ev_summary_noun_doer(const ev_ctx *c, uint32_t i, int32_t agent_actor)
{
  static const char *const say[] = { "say", "tell", "state", "claim", "declare", "write", "add", "announce",
    "insist", "argue", "assert", "suggest", "remark", "comment", "post", NULL };
  static const char *const accuse[] = { "accuse", "blame", "charge", "allege", "claim", "say", NULL };
  const kg_doc *d = c->doc;
  uint32_t si = d->tokens[i].sent;
  if (!kg_sent_has_tree(d, si) || !d->tokens[i].deprel || strncmp(d->tokens[i].deprel, "acl", 3))
    return -1;
  const kg_sentence *s = &d->sents[si];
  int32_t n = kg_tok_head(d, i);
  if (n < 0 || (uint32_t)n >= i || d->tokens[n].upos != KG_UPOS_NOUN || !d->tokens[n].lemma ||
      kg_mention_at(d, (uint32_t)n) >= 0 || (d->tokens[n].deprel && !strncmp(d->tokens[n].deprel, "nsubj", 5)))
    return -1;
  const char *an = kg_dict_act_noun(c->dict, d->tokens[n].lemma);
  int msg = (kg_ev_lemma_lex(c, (uint32_t)n) & KG_LEX_MESSAGE) != 0;
  /* (or an accusation's: "accused X of ..., a charge Y denied") */
  int blame = (an && !strncmp(an, "11", 2)) || !strcmp(d->tokens[n].lemma, "charge");
  if (!(an && !an[0]) && !msg && !blame)
    return -1;
  int gap = 0, subj = 0;
  uint32_t subj_tok = 0;
  for (uint32_t k = s->tok; k < s->tok + s->ntok; k++) {
    if (kg_tok_head(d, k) != (int32_t)i || !d->tokens[k].deprel)
      continue;
    const char *r = d->tokens[k].deprel;
    int wh = kg_tok_is(d, k, "that") || kg_tok_is(d, k, "which");
    if (wh && k < i && strncmp(r, "nsubj", 5))
      gap = 1;
    else if (!strncmp(r, "nsubj", 5) && !wh)
      subj = 1, subj_tok = k;
    else if (!strcmp(r, "obj") || !strcmp(r, "ccomp") || !strcmp(r, "xcomp"))
      return -1;                          /* (an object of its own: no gap) */
  }
  if (!gap && subj && !strcmp(d->tokens[i].deprel, "acl:relcl") && subj_tok > (uint32_t)n) {
    gap = 1;                              /* a zero relative: "a move Argentina condemned", the subject */
    for (uint32_t k = (uint32_t)n + 1; k < subj_tok; k++)   /* right after the noun */
      gap &= below(d, k, subj_tok);
  }
  if (!gap || !subj)
    return -1;
  uint32_t first = (uint32_t)n;           /* the noun phrase's first word (its comma, or after a comma) */
  for (uint32_t k = s->tok; k < (uint32_t)n; k++)
    if (below(d, k, (uint32_t)n)) {
      first = k;
      break;
    }
  if (!kg_tok_is(d, first, ",") && (first <= s->tok || !kg_tok_is(d, first - 1, ",")))
    return -1;
  /* a message's teller by a verb of saying, an accusation's by one of accusing; an act's the nearest verb's */
  const char *const *verbs = msg ? say : blame ? accuse : NULL;
  int32_t x = kg_tok_head(d, (uint32_t)n);
  for (int hops = 0; hops < 8 && x >= 0; hops++, x = kg_tok_head(d, (uint32_t)x)) {
    if (d->tokens[x].upos != KG_UPOS_VERB || (uint32_t)x > first)
      continue;
    if (verbs && !kg_ev_in_list(d->tokens[x].lemma ? d->tokens[x].lemma : "", verbs))
      continue;
    for (uint32_t k = s->tok; k < (uint32_t)x; k++)
      if (kg_tok_head(d, k) == x && d->tokens[k].deprel && !strncmp(d->tokens[k].deprel, "nsubj", 5)) {
        int32_t m = kg_ev_mention_of_tok(c, (int32_t)k);
        if (m >= 0 && d->mentions[m].actor >= 0 && d->mentions[m].actor != agent_actor)
          return m;
      }
    if (!verbs)
      return -1;                          /* (the nearest verb's subject, or none) */
  }
  return -1;
}
