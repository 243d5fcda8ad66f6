/* tagfix.c — repairs of the tagger's classes before parsing.
 *
 * Owns: kg_tagfix_run, the class repairs that need the actor dictionary and
 * must be made before the parser reads the classes.
 * Does not own: tagging (tagger.c), lemmas (lemma.c), repairs of the tree
 * after parsing (treefix.c, clausefix.c), names as entities (ner.c).
 *
 * The tagger has seen few names of small states: after "to" a capitalised
 * word it has never seen ("Togo", "Chad", "Benin", "Burundi", "Belgrade") is
 * read as a verb, and the parser then builds "to Togo on Friday" as a clause
 * of purpose.  A word that is tagged VERB, begins with a capital followed by
 * a small letter, follows a word in small letters (so not the first word, and
 * not a headline in title case), whose lemma is the word itself (the
 * lemmatizer found no verb ending in it), and that the dictionary knows, as a
 * one-word form of its own, for a state (its name, an alias, its capital) or
 * a place, becomes PROPN (NNP, lemma the word);
 * a "to" tagged PART right before it becomes ADP (IN). */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "tagfix.h"

static int small_word(const kg_token *t)
{
  return t->form && islower((unsigned char)t->form[0]);
}

static int name_like(const kg_token *t)
{
  const char *f = t->form;
  return f && isupper((unsigned char)f[0]) && islower((unsigned char)f[1]) && t->lemma &&
         !strcasecmp(t->lemma, f);
}

static int known_place(const kg_dict *dict, const kg_doc *doc, uint32_t k)
{
  kg_dict_match m;
  if (!kg_dict_match_actor(dict, doc, k, &m) || m.ntok != 1 || m.form == KG_FORM_DEMONYM)
    return 0;
  const kg_dict_actor *a = kg_dict_actor_at(dict, m.entry);
  return a && (a->type == KG_ACT_COUNTRY || a->type == KG_ACT_PLACE);
}

kg_status kg_tagfix_run(const kg_dict *dict, kg_doc *doc)
{
  if (!dict || !doc)
    return KG_ERR_INPUT;
  for (size_t s = 0; s < doc->nsents; s++) {
    const kg_sentence *se = &doc->sents[s];
    for (uint32_t k = se->tok + 1; k < se->tok + se->ntok; k++) {
      kg_token *t = &doc->tokens[k], *p = &doc->tokens[k - 1];
      if (t->upos != KG_UPOS_VERB || !small_word(p) || !name_like(t) || !known_place(dict, doc, k))
        continue;
      t->upos = KG_UPOS_PROPN;
      t->xpos = "NNP";
      t->lemma = t->form;
      if (p->upos == KG_UPOS_PART && !strcmp(p->form, "to")) {
        p->upos = KG_UPOS_ADP;
        p->xpos = "IN";
      }
    }
  }
  return KG_OK;
}
