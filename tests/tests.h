/* tests.h — the suites of the one CUnit runner; each test_*.c defines one
 * kg_suite_* function that adds its suite(s) to the registry. */
#ifndef KG_TESTS_H
#define KG_TESTS_H
#include <CUnit/CUnit.h>
#include "kgbuild.h"
#include "log.h"
#include "doc.h"

/* Path of a file under the source tree (KG_SRCDIR), in a static buffer. */
const char *kg_test_src(const char *rel);
/* Path of ../shared (beside the source tree), or NULL when absent. */
const char *kg_test_shared(const char *rel);
/* A world loaded from the source tree's ontology/ and models/, shared by
 * all suites (created on first use). */
kg_world *kg_test_world(void);
/* Reads a whole file; NULL when unreadable. Caller frees. */
char *kg_test_slurp(const char *path, size_t *len);

/* A logger that keeps the last message ("WHERE: MESSAGE") and counts them. */
extern char kg_test_cap_msg[2048];
extern int kg_test_cap_n;
extern const kg_logger kg_test_cap_log;
void kg_test_cap_reset(void);

/* The graph of d written by the writer of fmt (asserting each step), in a
 * malloc'd buffer of *len bytes; *ntriples gets the number of distinct
 * triples (may be NULL). */
char *kg_test_render(kg_world *w, const kg_doc *d, kg_format fmt, size_t *len, size_t *ntriples);

#define KG_SUITES(X) X(doc) X(utf8) X(html) X(input) X(dict) X(segment) \
  X(tagger) X(parser) X(ner) X(conllu) X(actors) X(events) X(graph) X(golden) X(write) X(store) X(heldout)
#define KG_DECLARE_SUITE(name) CU_ErrorCode kg_suite_##name(void);
KG_SUITES(KG_DECLARE_SUITE)
#endif
