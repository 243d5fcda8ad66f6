/* html.h — HTML to text with libxml2's HTML parser.
 * Owns: dropping script/style/nav/footer/aside/header chrome, block elements
 * to line breaks, <title> and published-date <meta> as metadata.
 * Does not own: fetching or charset sniffing of non-HTML (input.c). */
#ifndef KG_HTML_H
#define KG_HTML_H
#include <stddef.h>
#include "kgbuild.h"
#include "log.h"
/* Converts len bytes of HTML (charset from its meta or BOM, else UTF-8) to
 * UTF-8 text.  *text and *title are malloc'd (title NULL when none); date
 * gets "YYYY-MM-DD" or "" (article:published_time, datePublished,
 * pubdate, date, DC.date ...). */
kg_status kg_html_to_text(const char *html, size_t len, const char *source,
                          const kg_logger *log, char **text, size_t *text_len,
                          char **title, char date[11]);
/* 1 when the bytes look like HTML (a tag such as <html, <!doctype, <body, <p near the start). */
int kg_html_sniff(const char *buf, size_t len);
/* Additions (input stage): */
/* kg_html_to_text with an explicit charset (e.g. from the HTTP
 * Content-Type; NULL: BOM, then <meta>/XML declaration, then UTF-8) and
 * the number of replaced sequences in *replaced instead of a warning. */
kg_status kg_html_to_text_ex(const char *html, size_t len, const char *charset,
                             const char *source, const kg_logger *log, char **text,
                             size_t *text_len, char **title, char date[11], size_t *replaced);
/* Converts len bytes in charset (a label such as "ISO-8859-1"; NULL or a
 * UTF-8/UTF-16 label: kg_utf8_repair) to valid UTF-8 with iconv; bytes it
 * cannot map become U+FFFD, counted in *replaced.  Returns 1 on success, 0
 * when the charset is unknown (nothing allocated), -1 when out of memory. */
int kg_charset_to_utf8(const char *charset, const char *in, size_t len,
                       char **out, size_t *out_len, size_t *replaced);
/* Normalises a date ("2023-06-12T08:00Z", "2023/6/12", "20230612",
 * "June 12, 2023", "Mon, 12 Jun 2023 ...") to "YYYY-MM-DD"; 1 on success,
 * else 0 and out is "". */
int kg_html_norm_date(const char *s, char out[11]);
#endif

