/* segment.c — STUB, to be replaced by the real segmenter. */
#include "segment.h"
kg_status kg_segment(kg_doc *doc) { (void)doc; return KG_OK; }
