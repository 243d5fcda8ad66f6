/* fuzz_html.c — libFuzzer target: any bytes through the HTML reader
 * (charset from BOM/meta, libxml2's parser, chrome removal, title and
 * date metadata), the sniffer and the date normaliser. */
#include "fuzz.h"
#include "html.h"
#include "utf8.h"

int LLVMFuzzerInitialize(int *argc, char ***argv) { (void)argc; (void)argv; return 0; }

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  const char *html = (const char *)data;
  (void)kg_html_sniff(html, size);
  char *text = NULL, *title = NULL, date[11] = "";
  size_t len = 0, rep = 0;
  if (kg_html_to_text_ex(html, size, NULL, "fuzz.html", &kg_fuzz_logger, &text, &len,
                         &title, date, &rep) == KG_OK) {
    /* the contract: valid UTF-8 of the stated length, NUL-terminated */
    if (!text || strlen(text) != len || !kg_utf8_valid(text, len) ||
        (title && !kg_utf8_valid(title, strlen(title))) || (date[0] && strlen(date) != 10)) {
      fprintf(stderr, "kgfuzz: kg_html_to_text_ex broke its contract\n");
      abort();
    }
  }
  free(text);
  free(title);
  char s[64], out[11];
  size_t n = size < sizeof s - 1 ? size : sizeof s - 1;
  memcpy(s, data, n);
  s[n] = '\0';
  (void)kg_html_norm_date(s, out);
  return 0;
}
