/* test_html.c — HTML to text: chrome dropped, blocks to lines, metadata,
 * charsets, entities, deep nesting, sniffing, date normalisation. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tests.h"
#include "html.h"
#include "utf8.h"

typedef struct html_out {
  kg_status st;
  char *text, *title;
  size_t len, replaced;
  char date[11];
} html_out;

static int warnings;
static void count_log(void *u, kg_log_level l, const char *where, const char *msg)
{
  (void)u; (void)where; (void)msg;
  if (l >= KG_LOG_WARN) warnings++;
}
static const kg_logger counting = {count_log, NULL, KG_LOG_DEBUG};

static html_out convert(const char *html, size_t len, const char *charset)
{
  html_out o;
  memset(&o, 0, sizeof o);
  o.st = kg_html_to_text_ex(html, len, charset, "test.html", &counting, &o.text, &o.len, &o.title,
                            o.date, &o.replaced);
  return o;
}

static html_out convert_file(const char *rel)
{
  size_t len = 0;
  char *b = kg_test_slurp(kg_test_src(rel), &len);
  html_out o;
  memset(&o, 0, sizeof o);
  o.st = KG_ERR_IO;
  CU_ASSERT_PTR_NOT_NULL(b);
  if (!b) return o;
  o = convert(b, len, NULL);
  free(b);
  return o;
}

static void out_free(html_out *o)
{
  free(o->text);
  free(o->title);
}

static void test_article(void)
{
  html_out o = convert_file("tests/data/input/article.html");
  CU_ASSERT_EQUAL_FATAL(o.st, KG_OK);
  CU_ASSERT_PTR_NOT_NULL_FATAL(o.text);
  CU_ASSERT_EQUAL(strlen(o.text), o.len);
  CU_ASSERT_TRUE(kg_utf8_valid(o.text, o.len));
  /* chrome and non-text dropped */
  static const char *const leaks[] = {"LEAK", "Copyright", "related stories", "color: red", "Politics", NULL};
  for (const char *const *l = leaks; *l; l++) {
    CU_ASSERT_PTR_NULL(strstr(o.text, *l));
    if (strstr(o.text, *l)) fprintf(stderr, "  leaked: %s\n", *l);
  }
  /* the article's own <header> (it holds the h1) is kept; headings are
   * paragraphs of their own, whitespace collapsed */
  CU_ASSERT_EQUAL(strncmp(o.text, "Indonesia and Malaysia agree on border talks\n\n", 46), 0);
  CU_ASSERT_PTR_NOT_NULL(strstr(o.text, "\n\nNext steps\n\n"));
  CU_ASSERT_PTR_NOT_NULL(strstr(o.text, "By A. Writer")); /* &nbsp; is a space */
  /* entities decoded */
  CU_ASSERT_PTR_NOT_NULL(strstr(o.text, "JAKARTA, Indonesia \xE2\x80\x94 Foreign ministers met on Monday to discuss"));
  CU_ASSERT_PTR_NOT_NULL(strstr(o.text, "talks were \"constructive\" & would continue."));
  CU_ASSERT_PTR_NOT_NULL(strstr(o.text, "Caf\xC3\xA9 owners in the capital \xE2\x80\x94 and elsewhere \xE2\x80\x94 welcomed it."));
  /* <br> and <li> end lines, <pre> keeps its layout, cells get a space */
  CU_ASSERT_PTR_NOT_NULL(strstr(o.text, "in July.\nA joint statement followed."));
  CU_ASSERT_PTR_NOT_NULL(strstr(o.text, "\n\nFirst point\nSecond point\n\n"));
  CU_ASSERT_PTR_NOT_NULL(strstr(o.text, "line one\n  line two"));
  CU_ASSERT_PTR_NOT_NULL(strstr(o.text, "Cell A Cell B\nCell C"));
  CU_ASSERT_PTR_NULL(strstr(o.text, "\n\n\n"));
  CU_ASSERT_EQUAL(o.text[o.len - 1], '\n');
  CU_ASSERT_NOT_EQUAL(o.text[o.len - 2], '\n');
  /* metadata: title collapsed; article:published_time beats name=date */
  CU_ASSERT_PTR_NOT_NULL_FATAL(o.title);
  CU_ASSERT_STRING_EQUAL(o.title, "Talks resume in Jakarta | The Example Times");
  CU_ASSERT_STRING_EQUAL(o.date, "2023-06-12");
  CU_ASSERT_EQUAL(o.replaced, 0);
  out_free(&o);
}

static void test_latin1_meta(void)
{
  html_out o = convert_file("tests/data/input/latin1.html");
  CU_ASSERT_EQUAL_FATAL(o.st, KG_OK);
  /* iso-8859-1 read as windows-1252, so 0x93/0x94/0x80 are quotes and euro */
  CU_ASSERT_STRING_EQUAL(o.text, "Le caf\xC3\xA9 \xE2\x80\x9C" "cr\xC3\xA8me\xE2\x80\x9D co\xC3\xBBte 3\xE2\x82\xAC.\n");
  CU_ASSERT_STRING_EQUAL(o.title ? o.title : "", "Caf\xC3\xA9 news");
  CU_ASSERT_STRING_EQUAL(o.date, "2021-03-05"); /* DC.date.issued 2021/3/5 */
  CU_ASSERT_EQUAL(o.replaced, 0);
  out_free(&o);

  o = convert_file("tests/data/input/cp1252-http-equiv.html");
  CU_ASSERT_EQUAL_FATAL(o.st, KG_OK);
  CU_ASSERT_PTR_NOT_NULL(strstr(o.text, "Gr\xC3\xBC\xC3\x9F" "e aus K\xC3\xB6ln."));
  CU_ASSERT_STRING_EQUAL(o.title ? o.title : "", "Stra\xC3\x9F" "e");
  CU_ASSERT_STRING_EQUAL(o.date, "2019-02-28"); /* <time datetime> inside <article> */
  out_free(&o);
}

static void test_charset_hint_and_repair(void)
{
  /* the HTTP charset wins over the page's own claim */
  const char *page = "<meta charset=\"utf-8\"><p>caf\xE9</p>";
  html_out o = convert(page, strlen(page), "ISO-8859-1");
  CU_ASSERT_EQUAL_FATAL(o.st, KG_OK);
  CU_ASSERT_STRING_EQUAL(o.text, "caf\xC3\xA9\n");
  CU_ASSERT_EQUAL(o.replaced, 0);
  out_free(&o);
  /* without a hint: UTF-8, the stray byte replaced and counted, the rest
   * of the page not reinterpreted */
  o = convert(page, strlen(page), NULL);
  CU_ASSERT_EQUAL_FATAL(o.st, KG_OK);
  CU_ASSERT_STRING_EQUAL(o.text, "caf\xEF\xBF\xBD\n");
  CU_ASSERT_EQUAL(o.replaced, 1);
  out_free(&o);
  const char *mixed = "<p>na\xEF ve \xC3\xA9t\xC3\xA9</p>";
  o = convert(mixed, strlen(mixed), NULL);
  CU_ASSERT_EQUAL_FATAL(o.st, KG_OK);
  CU_ASSERT_STRING_EQUAL(o.text, "na\xEF\xBF\xBD ve \xC3\xA9t\xC3\xA9\n");
  out_free(&o);
  /* UTF-16LE with a BOM */
  const char u16[] = "\xFF\xFE<\0p\0>\0H\0\xE9\0<\0/\0p\0>\0";
  o = convert(u16, sizeof u16 - 1, NULL);
  CU_ASSERT_EQUAL_FATAL(o.st, KG_OK);
  CU_ASSERT_STRING_EQUAL(o.text, "H\xC3\xA9\n");
  out_free(&o);
  /* an unknown charset is reported and read as UTF-8 */
  warnings = 0;
  const char *odd = "<meta charset=\"x-no-such-charset\"><p>ok</p>";
  o = convert(odd, strlen(odd), NULL);
  CU_ASSERT_EQUAL(o.st, KG_OK);
  CU_ASSERT_STRING_EQUAL(o.text ? o.text : "", "ok\n");
  CU_ASSERT_EQUAL(warnings, 1);
  out_free(&o);
  /* kg_charset_to_utf8 on its own */
  char *out;
  size_t ol, rep;
  CU_ASSERT_EQUAL(kg_charset_to_utf8("latin1", "\xE0 la", 4, &out, &ol, &rep), 1);
  CU_ASSERT_STRING_EQUAL(out, "\xC3\xA0 la");
  free(out);
  CU_ASSERT_EQUAL(kg_charset_to_utf8("x-no-such-charset", "a", 1, &out, &ol, &rep), 0);
  CU_ASSERT_PTR_NULL(out);
}

static void test_deep_nesting(void)
{
  static const char *const tags[] = {"div", "span", "b", "p", "li", NULL};
  const size_t depth = 100000;
  for (const char *const *t = tags; *t; t++) {
    size_t cap = depth * (2 * strlen(*t) + 5) + 64, n = 0;
    char *b = malloc(cap);
    CU_ASSERT_PTR_NOT_NULL_FATAL(b);
    n += (size_t)snprintf(b + n, cap - n, "<p>Before the nesting.</p>");
    for (size_t i = 0; i < depth; i++) n += (size_t)snprintf(b + n, cap - n, "<%s>", *t);
    n += (size_t)snprintf(b + n, cap - n, "deep");
    for (size_t i = 0; i < depth; i++) n += (size_t)snprintf(b + n, cap - n, "</%s>", *t);
    html_out o = convert(b, n, NULL);
    CU_ASSERT_EQUAL(o.st, KG_OK); /* and, above all, no crash */
    CU_ASSERT_PTR_NOT_NULL(o.text);
    CU_ASSERT_PTR_NOT_NULL(o.text ? strstr(o.text, "Before the nesting.") : NULL);
    CU_ASSERT_TRUE(o.text && kg_utf8_valid(o.text, o.len));
    out_free(&o);
    free(b);
  }
}

static void test_empty_and_odd(void)
{
  html_out o = convert_file("tests/data/input/script-only.html");
  CU_ASSERT_EQUAL(o.st, KG_OK);
  CU_ASSERT_STRING_EQUAL(o.text ? o.text : "x", "");
  CU_ASSERT_STRING_EQUAL(o.title ? o.title : "", "Only script");
  out_free(&o);
  o = convert("", 0, NULL);
  CU_ASSERT_EQUAL(o.st, KG_OK);
  CU_ASSERT_STRING_EQUAL(o.text ? o.text : "x", "");
  CU_ASSERT_PTR_NULL(o.title);
  CU_ASSERT_STRING_EQUAL(o.date, "");
  out_free(&o);
  /* NUL bytes and a numeric reference to NUL never reach the text */
  const char nul[] = "<p>a\0b &#0; c</p>";
  o = convert(nul, sizeof nul - 1, NULL);
  CU_ASSERT_EQUAL(o.st, KG_OK);
  CU_ASSERT_TRUE(o.text && strlen(o.text) == o.len && kg_utf8_valid(o.text, o.len));
  out_free(&o);
  /* a site <header> without h1 outside <article> is chrome; og:title is
   * the fallback title; itemprop=datePublished on any element */
  const char *page = "<html><head><meta property=\"og:title\" content=\" OG  title \"></head><body>"
                     "<header>Site banner</header><div role=\"navigation\">Menu</div>"
                     "<p>Body <span aria-hidden=\"true\">icon</span>text.</p>"
                     "<span itemprop=\"datePublished\">March 4, 2022</span></body></html>";
  o = convert(page, strlen(page), NULL);
  CU_ASSERT_EQUAL_FATAL(o.st, KG_OK);
  CU_ASSERT_PTR_NULL(strstr(o.text, "banner"));
  CU_ASSERT_PTR_NULL(strstr(o.text, "Menu"));
  CU_ASSERT_PTR_NULL(strstr(o.text, "icon"));
  CU_ASSERT_PTR_NOT_NULL(strstr(o.text, "Body text."));
  CU_ASSERT_STRING_EQUAL(o.title ? o.title : "", "OG title");
  CU_ASSERT_STRING_EQUAL(o.date, "2022-03-04");
  out_free(&o);
  /* tag and attribute names in any case */
  const char *upper = "<BODY><P>Upper <SCRIPT>x</SCRIPT>case</P><DIV HIDDEN>no</DIV><H2>Head</H2>end</BODY>";
  o = convert(upper, strlen(upper), NULL);
  CU_ASSERT_EQUAL_FATAL(o.st, KG_OK);
  CU_ASSERT_STRING_EQUAL(o.text, "Upper case\n\nHead\n\nend\n");
  out_free(&o);
  /* a page header that holds the h1 is kept */
  const char *h1 = "<body><header><h1>Headline here</h1></header><p>Text.</p></body>";
  o = convert(h1, strlen(h1), NULL);
  CU_ASSERT_EQUAL_FATAL(o.st, KG_OK);
  CU_ASSERT_STRING_EQUAL(o.text, "Headline here\n\nText.\n");
  out_free(&o);
}

static void test_dates(void)
{
  char d[11];
  CU_ASSERT_TRUE(kg_html_norm_date("2023-06-12T08:30:00+07:00", d));
  CU_ASSERT_STRING_EQUAL(d, "2023-06-12");
  CU_ASSERT_TRUE(kg_html_norm_date(" 2023/6/2", d));
  CU_ASSERT_STRING_EQUAL(d, "2023-06-02");
  CU_ASSERT_TRUE(kg_html_norm_date("20200229", d));
  CU_ASSERT_STRING_EQUAL(d, "2020-02-29");
  CU_ASSERT_TRUE(kg_html_norm_date("June 12, 2023", d));
  CU_ASSERT_STRING_EQUAL(d, "2023-06-12");
  CU_ASSERT_TRUE(kg_html_norm_date("Mon, 05 Jun 2023 10:20:30 GMT", d));
  CU_ASSERT_STRING_EQUAL(d, "2023-06-05");
  CU_ASSERT_TRUE(kg_html_norm_date("3 September 2021", d));
  CU_ASSERT_STRING_EQUAL(d, "2021-09-03");
  CU_ASSERT_FALSE(kg_html_norm_date("2023-02-30", d));
  CU_ASSERT_STRING_EQUAL(d, "");
  CU_ASSERT_FALSE(kg_html_norm_date("2019-02-29", d));
  CU_ASSERT_FALSE(kg_html_norm_date("2023-13-01", d));
  CU_ASSERT_FALSE(kg_html_norm_date("2023-06", d));
  CU_ASSERT_FALSE(kg_html_norm_date("yesterday", d));
  CU_ASSERT_FALSE(kg_html_norm_date("", d));
  CU_ASSERT_FALSE(kg_html_norm_date(NULL, d));
  /* priorities in a page: itemprop beats name=pubdate; a bad value is
   * skipped in favour of the next valid one */
  const char *page = "<head><meta name=\"pubdate\" content=\"2001-01-01\">"
                     "<meta itemprop=\"datePublished\" content=\"2002-02-02\">"
                     "<meta property=\"article:published_time\" content=\"not a date\"></head><p>x</p>";
  html_out o = convert(page, strlen(page), NULL);
  CU_ASSERT_STRING_EQUAL(o.date, "2002-02-02");
  out_free(&o);
  /* a <time> outside <article> is not the publication date */
  const char *t = "<p>On <time datetime=\"2015-05-05\">that day</time></p>";
  o = convert(t, strlen(t), NULL);
  CU_ASSERT_STRING_EQUAL(o.date, "");
  CU_ASSERT_STRING_EQUAL(o.text ? o.text : "", "On that day\n");
  out_free(&o);
}

static void test_sniff(void)
{
  static const char *const yes[] = {"<!DOCTYPE html><p>x", "  \n<html lang=en>", "<p>Para</p>",
                                    "<HEAD><title>t</title>", "\xEF\xBB\xBF<div>x</div>", "<!-- c -->",
                                    "Some junk first then <html><body>", "<br/>", NULL};
  static const char *const no[] = {"Plain text about <b>old</b> tags? no: it starts with words.",
                                   "x < y and y > z", "<pizza> is not a tag", "", "<?xml version=\"1.0\"?><rss>",
                                   NULL};
  for (const char *const *s = yes; *s; s++) {
    CU_ASSERT_TRUE(kg_html_sniff(*s, strlen(*s)));
    if (!kg_html_sniff(*s, strlen(*s))) fprintf(stderr, "  not sniffed: %s\n", *s);
  }
  for (const char *const *s = no; *s; s++) {
    CU_ASSERT_FALSE(kg_html_sniff(*s, strlen(*s)));
    if (kg_html_sniff(*s, strlen(*s))) fprintf(stderr, "  sniffed: %s\n", *s);
  }
}

CU_ErrorCode kg_suite_html(void)
{
  CU_pSuite s = CU_add_suite("html", NULL, NULL);
  if (!s) return CU_get_error();
  if (!CU_add_test(s, "article page", test_article) ||
      !CU_add_test(s, "Latin-1 and windows-1252 from meta", test_latin1_meta) ||
      !CU_add_test(s, "charset hint, repair, UTF-16", test_charset_hint_and_repair) ||
      !CU_add_test(s, "100k deep nesting does not crash", test_deep_nesting) ||
      !CU_add_test(s, "empty, hidden, header rule, fallbacks", test_empty_and_odd) ||
      !CU_add_test(s, "dates", test_dates) ||
      !CU_add_test(s, "sniffing", test_sniff))
    return CU_get_error();
  return CUE_SUCCESS;
}
