/* librdf-bdb-overread.c — a minimal reproduction, with no kgbuild code, of
 * the heap over-read AddressSanitizer reports inside librdf 1.0.17's
 * Berkeley DB hash cursor (see asan.supp and HACKING.md).
 *
 * Two statements in two contexts whose IRIs differ in length; listing the
 * shorter context walks the "contexts" hash with LIBRDF_HASH_CURSOR_NEXT_VALUE,
 * whose end-of-key test is memcmp(last_key, next_key, next_key_size): the
 * next (longer) key's size is used on the previous (shorter) key's buffer.
 *
 *   cc -fsanitize=address -g librdf-bdb-overread.c $(pkg-config --cflags --libs redland)
 *   ./a.out /tmp/repro-store   # ASan: heap-buffer-overflow READ in memcmp from librdf.so
 *
 * With ASAN_OPTIONS=strict_memcmp=0 (check only the bytes up to the first
 * difference) the report goes away.  Without ASan it prints "1 statement(s) in the short context" (the right
 * answer: node encodings are prefix-free, so the first differing byte lies
 * within the shorter key and the over-read never changes the result). */
#include <redland.h>
#include <stdio.h>
#include <sys/stat.h>

int main(int argc, char **argv)
{
  const char *dir = argc > 1 ? argv[1] : "/tmp/librdf-overread";
  char opts[512];
  mkdir(dir, 0755);
  snprintf(opts, sizeof opts, "hash-type='bdb',dir='%s',contexts='yes',write='yes',new='yes'", dir);
  librdf_world *w = librdf_new_world();
  librdf_world_open(w);
  librdf_storage *st = librdf_new_storage(w, "hashes", "r", opts);
  librdf_model *m = st ? librdf_new_model(w, st, NULL) : NULL;
  if (!m)
    return 1;
  const char *ctx[2] = { "http://example.org/g", "http://example.org/graph-with-a-longer-name" };
  for (int i = 0; i < 2; i++) {
    librdf_node *c = librdf_new_node_from_uri_string(w, (const unsigned char *)ctx[i]);
    librdf_statement *s = librdf_new_statement_from_nodes(w,
        librdf_new_node_from_uri_string(w, (const unsigned char *)"http://example.org/s"),
        librdf_new_node_from_uri_string(w, (const unsigned char *)"http://example.org/p"),
        librdf_new_node_from_literal(w, (const unsigned char *)ctx[i], NULL, 0));
    librdf_model_context_add_statement(m, c, s);
    librdf_free_statement(s);
    librdf_free_node(c);
  }
  librdf_node *c = librdf_new_node_from_uri_string(w, (const unsigned char *)ctx[0]);
  librdf_stream *str = librdf_model_context_as_stream(m, c);
  int n = 0;
  for (; str && !librdf_stream_end(str); librdf_stream_next(str))
    n++;
  librdf_free_stream(str);
  librdf_free_node(c);
  printf("%d statement(s) in the short context\n", n);
  librdf_free_model(m);
  librdf_free_storage(st);
  librdf_free_world(w);
  return n == 1 ? 0 : 1;
}
