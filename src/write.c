/* write.c — serialises graphs with Raptor, and dispatches the formats that
 * have their own writer (write_graphml.c, write_jsonld.c, write_html.c,
 * write_svg.c).
 * Owns: the output formats and stream.  N-Triples and N-Quads are written
 * per document as sorted lines (byte-identical across runs); Turtle per
 * document with explicit prefixes and a NULL base URI (a fresh serializer
 * each time: a reused one re-emits earlier documents); RDF/XML, RDF/JSON
 * and DOT collect every document and are written once at the end (a file
 * holds one such document), and so do GraphML, JSON-LD, HTML and SVG.
 * Does not own: which triples exist (graph.c). */
#include <stdlib.h>
#include <string.h>
#include <raptor2.h>
#include "write.h"
#include "write_nt.h"
#include "world.h"

struct kg_writer {
  kg_rdf *rdf;
  raptor_world *rw;
  kg_format fmt;
  FILE *out;
  const kg_world *w;
  kg_graph *all;     /* for formats written once */
  int failed;
};

static const char *raptor_name(kg_format f)
{
  switch (f) {
  case KG_FMT_TURTLE: return "turtle";
  case KG_FMT_NTRIPLES: return "ntriples";
  case KG_FMT_NQUADS: return "nquads";
  case KG_FMT_RDFXML: return "rdfxml";
  case KG_FMT_JSON: return "json";
  case KG_FMT_DOT: return "dot";
  case KG_FMT_GRAPHML: return "graphml";
  case KG_FMT_JSONLD: return "jsonld";
  case KG_FMT_HTML: return "html";
  case KG_FMT_SVG: return "svg";
  }
  return "turtle";
}

static const struct { const char *name; kg_format fmt; } formats[] = {
  { "turtle", KG_FMT_TURTLE }, { "ttl", KG_FMT_TURTLE },
  { "ntriples", KG_FMT_NTRIPLES }, { "nt", KG_FMT_NTRIPLES },
  { "nquads", KG_FMT_NQUADS }, { "nq", KG_FMT_NQUADS },
  { "rdfxml", KG_FMT_RDFXML }, { "json", KG_FMT_JSON }, { "dot", KG_FMT_DOT },
  { "graphml", KG_FMT_GRAPHML }, { "jsonld", KG_FMT_JSONLD }, { "json-ld", KG_FMT_JSONLD },
  { "html", KG_FMT_HTML }, { "svg", KG_FMT_SVG },
};

/* Formats with their own writer, written once from every statement. */
static int own_writer(kg_format f)
{
  return f == KG_FMT_GRAPHML || f == KG_FMT_JSONLD || f == KG_FMT_HTML || f == KG_FMT_SVG;
}

int kg_format_from_name(const char *name, kg_format *out)
{
  for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++)
    if (strcmp(formats[i].name, name) == 0) {
      *out = formats[i].fmt;
      return 1;
    }
  return 0;
}

const char *kg_format_name(kg_format f) { return raptor_name(f); }

kg_writer *kg_writer_new(kg_rdf *rdf, kg_format fmt, FILE *out, const kg_world *w)
{
  kg_writer *wr = calloc(1, sizeof *wr);
  if (!wr)
    return NULL;
  wr->rdf = rdf;
  wr->rw = kg_rdf_raptor(rdf);
  wr->fmt = fmt;
  wr->out = out;
  wr->w = w;
  if (fmt == KG_FMT_SVG && !kg_write_svg_available()) {
    kg_write_svg(out, NULL, 0, w);  /* reports why */
    free(wr);
    return NULL;
  }
  if (fmt == KG_FMT_RDFXML || fmt == KG_FMT_JSON || fmt == KG_FMT_DOT || own_writer(fmt)) {
    if (!(wr->all = kg_graph_new(rdf))) {
      free(wr);
      return NULL;
    }
  }
  return wr;
}

void kg_writer_free(kg_writer *wr)
{
  if (!wr)
    return;
  kg_graph_free(wr->all);
  free(wr);
}

static void set_ns(kg_writer *wr, raptor_serializer *ser, const char *uri, const char *prefix)
{
  raptor_uri *u = raptor_new_uri(wr->rw, (const unsigned char *)uri);
  if (u) {
    raptor_serializer_set_namespace(ser, u, (const unsigned char *)prefix);
    raptor_free_uri(u);
  }
}

/* Serialises g with a new serializer to iostream; 0 on success. */
static int serialize(kg_writer *wr, kg_graph *g, raptor_iostream *ios, int with_ns)
{
  raptor_serializer *ser = raptor_new_serializer(wr->rw, raptor_name(wr->fmt));
  if (!ser)
    return -1;
  if (with_ns) {
    set_ns(wr, ser, "https://w3id.org/kgbuild/ontology#", "kgo");
    set_ns(wr, ser, kg_world_base(wr->w), "id");
    set_ns(wr, ser, "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdf");
    set_ns(wr, ser, "http://www.w3.org/2000/01/rdf-schema#", "rdfs");
    set_ns(wr, ser, "http://www.w3.org/2002/07/owl#", "owl");
    set_ns(wr, ser, "http://www.w3.org/2001/XMLSchema#", "xsd");
    set_ns(wr, ser, "http://www.w3.org/2004/02/skos/core#", "skos");
    set_ns(wr, ser, "http://www.w3.org/ns/prov#", "prov");
    set_ns(wr, ser, "http://purl.org/dc/terms/", "dcterms");
    set_ns(wr, ser, "http://www.wikidata.org/entity/", "wd");
  }
  int rc = raptor_serializer_start_to_iostream(ser, NULL, ios);
  kg_graph_normalize(g);
  raptor_statement *prev = NULL;
  for (size_t i = 0; rc == 0 && i < kg_graph_size(g); i++) {
    raptor_statement *s = kg_graph_statement(g, i);
    /* a triple told by two documents: once (RDF/JSON fails on repeats);
     * sorted, so the repeats are neighbours */
    if (wr->fmt != KG_FMT_NQUADS && prev && raptor_term_equals(prev->subject, s->subject) &&
        raptor_term_equals(prev->predicate, s->predicate) && raptor_term_equals(prev->object, s->object))
      continue;
    prev = s;
    if (wr->fmt != KG_FMT_NQUADS && s->graph) {
      /* triples formats: drop the graph name */
      raptor_statement *t = raptor_new_statement_from_nodes(wr->rw,
          raptor_term_copy(s->subject), raptor_term_copy(s->predicate),
          raptor_term_copy(s->object), NULL);
      rc = t ? raptor_serializer_serialize_statement(ser, t) : -1;
      if (t)
        raptor_free_statement(t);
    } else {
      rc = raptor_serializer_serialize_statement(ser, s);
    }
  }
  if (raptor_serializer_serialize_end(ser))
    rc = -1;
  raptor_free_serializer(ser);
  return rc;
}

/* N-Triples / N-Quads: sorted lines, formatted by write_nt.c. */
static kg_status write_sorted_lines(kg_writer *wr, kg_graph *g)
{
  size_t n = kg_graph_size(g);
  void **sts = malloc((n ? n : 1) * sizeof *sts);
  if (!sts)
    return KG_ERR_NOMEM;
  for (size_t i = 0; i < n; i++)
    sts[i] = kg_graph_statement(g, i);
  kg_status st = kg_write_nt_lines(sts, n, wr->fmt == KG_FMT_NQUADS, wr->out);
  free(sts);
  return st;
}

static kg_status write_stream(kg_writer *wr, kg_graph *g)
{
  raptor_iostream *ios = raptor_new_iostream_to_file_handle(wr->rw, wr->out);
  if (!ios)
    return KG_ERR_NOMEM;
  int rc = serialize(wr, g, ios, 1);
  raptor_free_iostream(ios);
  return rc ? KG_ERR_IO : KG_OK;
}

/* A write failed: say so on the world's log (when the writer has one). */
static kg_status write_failed(const kg_writer *wr, kg_status st)
{
  if (st != KG_OK && wr->w)
    kg_logf(kg_world_log(wr->w), KG_LOG_ERROR, kg_format_name(wr->fmt), "writing failed: %s",
            kg_status_string(st));
  return st;
}

kg_status kg_writer_add(kg_writer *wr, kg_graph *g)
{
  kg_status st;
  switch (wr->fmt) {
  case KG_FMT_NTRIPLES:
  case KG_FMT_NQUADS:
    st = write_sorted_lines(wr, g);
    break;
  case KG_FMT_TURTLE:
    st = write_stream(wr, g);
    break;
  default:
    return write_failed(wr, kg_graph_merge(wr->all, g));
  }
  kg_graph_clear(g); /* leave g empty as promised */
  return write_failed(wr, st);
}

kg_status kg_writer_finish(kg_writer *wr)
{
  kg_status st = KG_OK;
  if (wr->all && own_writer(wr->fmt)) {
    size_t n = kg_graph_size(wr->all);
    void **sts = malloc((n ? n : 1) * sizeof *sts);
    if (!sts)
      return write_failed(wr, KG_ERR_NOMEM);
    for (size_t i = 0; i < n; i++)
      sts[i] = kg_graph_statement(wr->all, i);
    switch (wr->fmt) {
    case KG_FMT_GRAPHML: st = kg_write_graphml(wr->out, sts, n, wr->w); break;
    case KG_FMT_JSONLD: st = kg_write_jsonld(wr->out, sts, n, wr->w); break;
    case KG_FMT_HTML: st = kg_write_html(wr->out, sts, n, wr->w); break;
    default: st = kg_write_svg(wr->out, sts, n, wr->w); break;
    }
    free(sts);
  } else if (wr->all) {
    st = write_stream(wr, wr->all);
  }
  if (fflush(wr->out) == EOF)
    st = KG_ERR_IO;
  return write_failed(wr, st);
}
