/* html.c — HTML to plain text with libxml2's HTML parser, plus the page's
 * title and published date.
 *
 * Owns: choosing the charset of an HTML page (HTTP hint > BOM > <meta> /
 * XML declaration > UTF-8) and converting it to UTF-8 (iconv) before
 * libxml2 sees it; dropping page chrome; turning block elements into line
 * breaks; <title> and published-date metadata; HTML sniffing.
 * Does not own: fetching, reading files, deciding text vs HTML (input.c),
 * UTF-8 repair itself (utf8.c).
 *
 * Decisions:
 * - libxml2 always parses UTF-8 that we produced ourselves (with
 *   HTML_PARSE_IGNORE_ENC), so one bad byte never makes libxml2 switch the
 *   rest of the page to Latin-1 or stop; bytes the declared charset cannot
 *   map become U+FFFD (counted as replaced).
 * - Labels follow the WHATWG Encoding Standard where it matters:
 *   iso-8859-1 / latin1 / us-ascii mean windows-1252, a <meta> claiming
 *   UTF-16 without a BOM means UTF-8, gb2312 means GBK.
 * - Dropped subtrees: head, script, style, noscript, nav, footer, aside,
 *   form, iframe, svg, math, template, object, embed, canvas, button,
 *   select, textarea, dialog, title (read as metadata only); any element
 *   with the `hidden` attribute, aria-hidden="true" or role="navigation".
 * - libxml2 without HTML_PARSE_HUGE stops at 256 nested elements: the text
 *   up to that point is kept and a warning says the rest was dropped.
 * - Published date, best first: article:published_time; itemprop
 *   datePublished (meta content, datetime, or the element's text);
 *   og:published_time; DC/dcterms dates; pubdate/publishdate/date and
 *   friends; <time pubdate datetime> then <time datetime> inside <article>.
 * - <header> is dropped as site chrome UNLESS it is inside <article> or
 *   <main> (an article header holds the headline and byline) or it contains
 *   an <h1> (then it is the page's headline block).
 * - p, h1-h6, blockquote, pre, hr, section, article, main, header, table,
 *   ul, ol, dl, figure, address, details, fieldset, center end a
 *   paragraph: a blank line before and after, so a heading is always a
 *   line of its own.  div, li, br, tr, dt, dd, figcaption, caption,
 *   summary, legend end a line.  Table cells are separated by a space.
 * - Whitespace (and U+00A0) collapses to one space inside a block; <pre>
 *   keeps its line breaks.  The text ends with one '\n'.
 * - The walk over the tree is iterative (parent/next pointers), so a page
 *   nested 100k deep costs no stack.
 */
#include "html.h"
#include "dates.h"

#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/globals.h>
#include <libxml/xmlerror.h>
#include <libxml/tree.h>

#include "utf8.h"

#define KG_SNIFF_WINDOW 4096
#define KG_H1_SEARCH_CAP 20000

/* ------------------------------------------------------------ small utils */

static int ieq(const char *a, const char *b)
{
  if (!a || !b) return 0;
  for (; *a && *b; a++, b++)
    if (tolower((unsigned char)*a) != tolower((unsigned char)*b)) return 0;
  return *a == *b;
}

static int iprefix(const unsigned char *s, size_t n, const char *pre)
{
  size_t k = strlen(pre);
  if (n < k) return 0;
  for (size_t i = 0; i < k; i++)
    if (tolower(s[i]) != pre[i]) return 0;
  return 1;
}

static int in_list(const char *name, const char *const *list)
{
  for (; *list; list++)
    if (ieq(name, *list)) return 1;
  return 0;
}

typedef struct sbuf {
  char *p;
  size_t n, cap;
  int oom;
} sbuf;

static int sb_reserve(sbuf *b, size_t extra)
{
  if (b->oom) return 0;
  if (b->n + extra + 1 <= b->cap) return 1;
  size_t cap = b->cap ? b->cap : 256;
  while (cap < b->n + extra + 1) cap *= 2;
  char *p = realloc(b->p, cap);
  if (!p) { b->oom = 1; return 0; }
  b->p = p;
  b->cap = cap;
  return 1;
}

static void sb_put(sbuf *b, const char *s, size_t n)
{
  if (!sb_reserve(b, n)) return;
  memcpy(b->p + b->n, s, n);
  b->n += n;
  b->p[b->n] = '\0';
}

/* ------------------------------------------------------------ charsets */

/* Maps a charset label to the name iconv should use; NULL means UTF-8. */
static const char *charset_canonical(const char *label, char *tmp, size_t tmpsz)
{
  static const char *const utf8[] = {"utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8",
                                     "utf-16", "utf-16le", "utf-16be", "unicode", "ucs-2", NULL};
  static const char *const cp1252[] = {"iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1",
                                       "us-ascii", "ascii", "ansi_x3.4-1968", "cp819", "ibm819",
                                       "iso-ir-100", "csisolatin1", "windows-1252", "cp1252",
                                       "x-cp1252", "iso88591", NULL};
  static const char *const cp1254[] = {"iso-8859-9", "iso8859-9", "latin5", "l5", "windows-1254", NULL};
  static const char *const gbk[] = {"gb2312", "gbk", "x-gbk", "gb_2312-80", "chinese", NULL};
  if (!label || !*label) return NULL;
  if (in_list(label, utf8)) return NULL;
  if (in_list(label, cp1252)) return "WINDOWS-1252";
  if (in_list(label, cp1254)) return "WINDOWS-1254";
  if (in_list(label, gbk)) return "GBK";
  if (ieq(label, "x-sjis") || ieq(label, "shift-jis")) return "SHIFT_JIS";
  size_t i = 0;
  for (; label[i] && i + 1 < tmpsz; i++) tmp[i] = (char)toupper((unsigned char)label[i]);
  tmp[i] = '\0';
  return tmp;
}

int kg_charset_to_utf8(const char *charset, const char *in, size_t len,
                       char **out, size_t *out_len, size_t *replaced)
{
  char tmp[64];
  const char *name = charset_canonical(charset, tmp, sizeof tmp);
  *out = NULL;
  *out_len = 0;
  *replaced = 0;
  if (!name) {
    *out = kg_utf8_repair(in, len, out_len, replaced);
    return *out ? 1 : -1;
  }
  iconv_t cd = iconv_open("UTF-8", name);
  if (cd == (iconv_t)-1) return 0;
  sbuf b = {NULL, 0, 0, 0};
  size_t rep = 0;
  char *ip = (char *)in;
  size_t il = len;
  if (!sb_reserve(&b, len + len / 2 + 16)) { iconv_close(cd); return -1; }
  while (il > 0) {
    if (!sb_reserve(&b, il + 16)) break;
    char *op = b.p + b.n;
    size_t ol = b.cap - b.n - 1;
    size_t r = iconv(cd, &ip, &il, &op, &ol);
    b.n = (size_t)(op - b.p);
    if (r != (size_t)-1) break;
    if (errno == E2BIG) {
      if (!sb_reserve(&b, b.cap)) break; /* double */
    } else if (errno == EILSEQ || errno == EINVAL) {
      sb_put(&b, "\xEF\xBF\xBD", 3); /* unmappable or truncated: U+FFFD */
      rep++;
      ip++;
      il--;
      iconv(cd, NULL, NULL, NULL, NULL);
    } else
      break;
  }
  iconv_close(cd);
  if (b.oom) { free(b.p); return -1; }
  /* and once more through the UTF-8 rules (NULs, anything odd) */
  size_t rep2 = 0;
  *out = kg_utf8_repair(b.p ? b.p : "", b.n, out_len, &rep2);
  free(b.p);
  if (!*out) return -1;
  *replaced = rep + rep2;
  return 1;
}

/* Copies a charset label following `key` (charset= / encoding=) inside
 * s[0..n), or returns 0. */
static int label_after(const unsigned char *s, size_t n, const char *key, char *lab, size_t labsz)
{
  size_t k = strlen(key);
  for (size_t i = 0; i + k <= n; i++) {
    if (!iprefix(s + i, n - i, key)) continue;
    size_t j = i + k;
    while (j < n && (s[j] == ' ' || s[j] == '\t')) j++;
    if (j >= n || s[j] != '=') continue;
    j++;
    while (j < n && (s[j] == ' ' || s[j] == '\t' || s[j] == '"' || s[j] == '\'')) j++;
    size_t m = 0;
    while (j < n && m + 1 < labsz && (isalnum(s[j]) || s[j] == '-' || s[j] == '_' || s[j] == '.' || s[j] == ':'))
      lab[m++] = (char)s[j++];
    lab[m] = '\0';
    if (m) return 1;
  }
  return 0;
}

/* The charset declared by a <meta> (charset= or http-equiv content) or an
 * XML declaration in the first KG_SNIFF_WINDOW bytes. */
static int sniff_meta_charset(const char *html, size_t len, char *lab, size_t labsz)
{
  const unsigned char *s = (const unsigned char *)html;
  size_t n = len < KG_SNIFF_WINDOW ? len : KG_SNIFF_WINDOW;
  if (iprefix(s, n, "<?xml")) {
    const unsigned char *e = memchr(s, '>', n);
    if (e && label_after(s, (size_t)(e - s), "encoding", lab, labsz)) return 1;
  }
  for (size_t i = 0; i + 5 < n; i++) {
    if (s[i] != '<' || !iprefix(s + i + 1, n - i - 1, "meta")) continue;
    const unsigned char *e = memchr(s + i, '>', n - i);
    size_t tl = e ? (size_t)(e - (s + i)) : n - i;
    if (label_after(s + i, tl, "charset", lab, labsz)) return 1;
  }
  return 0;
}

/* ------------------------------------------------------------ sniffing */

static int kg_html_sniff_deep(const char *buf, size_t len);

int kg_html_sniff(const char *buf, size_t len)
{
  /* the "text/html" patterns of the WHATWG MIME Sniffing Standard, plus a
   * few more tags a fragment of an article starts with */
  static const char *const tags[] = {"!doctype html", "html", "head", "script", "iframe", "h1", "h2",
                                     "h3", "div", "font", "table", "a", "style", "title", "b", "body",
                                     "br", "p", "!--", "meta", "article", "section", "main", "span",
                                     "header", "nav", "link", "ul", "img", "center", NULL};
  const unsigned char *s = (const unsigned char *)buf;
  if (!s) return 0;
  size_t i = 0, n = len < KG_SNIFF_WINDOW ? len : KG_SNIFF_WINDOW;
  if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) i = 3;
  while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f')) i++;
  if (i < n && s[i] == '<') {
    if (iprefix(s + i, n - i, "<?xml")) return kg_html_sniff_deep(buf, len);
    for (const char *const *t = tags; *t; t++) {
      size_t k = strlen(*t);
      if (!iprefix(s + i + 1, n - i - 1, *t)) continue;
      size_t j = i + 1 + k;
      if (strcmp(*t, "!--") == 0) return 1;
      if (j < n && (s[j] == ' ' || s[j] == '>' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r' || s[j] == '/'))
        return 1;
    }
  }
  return kg_html_sniff_deep(buf, len);
}

static int kg_html_sniff_deep(const char *buf, size_t len)
{
  const unsigned char *s = (const unsigned char *)buf;
  size_t n = len < KG_SNIFF_WINDOW ? len : KG_SNIFF_WINDOW;
  for (size_t i = 0; i + 5 < n; i++)
    if (s[i] == '<' && (iprefix(s + i, n - i, "<html") || iprefix(s + i, n - i, "<!doctype html") ||
                        iprefix(s + i, n - i, "<body")))
      return 1;
  return 0;
}

/* ------------------------------------------------------------ tree walk */

/* Visits every node of the subtree at root in document order without
 * recursion; enter returns 1 to descend (leave is then called once the
 * children are done), 0 to skip the children. */
typedef int (*enter_fn)(xmlNode *n, void *ctx);
typedef void (*leave_fn)(xmlNode *n, void *ctx);

static void walk(xmlNode *root, enter_fn enter, leave_fn leave, void *ctx)
{
  xmlNode *n = root;
  while (n) {
    int descend = enter(n, ctx);
    if (descend && n->children) { n = n->children; continue; }
    if (descend && leave) leave(n, ctx);
    while (n != root && !n->next) {
      n = n->parent;
      if (!n) return;
      if (leave) leave(n, ctx);
    }
    if (n == root) break;
    n = n->next;
  }
}

static int is_doc(const xmlNode *n)
{
  return n->type == XML_HTML_DOCUMENT_NODE || n->type == XML_DOCUMENT_NODE;
}

static const char *ename(const xmlNode *n)
{
  return n->type == XML_ELEMENT_NODE && n->name ? (const char *)n->name : NULL;
}

/* The value of an attribute without allocating ("" when present without a
 * plain value, NULL when absent).  libxml2's HTML parser lower-cases
 * element and attribute names. */
static const char *attr(const xmlNode *n, const char *name)
{
  for (const xmlAttr *a = n->properties; a; a = a->next)
    if (a->name && strcmp((const char *)a->name, name) == 0) {
      if (a->children && a->children->type == XML_TEXT_NODE && !a->children->next && a->children->content)
        return (const char *)a->children->content;
      return "";
    }
  return NULL;
}

/* What the walks need to know about an element, from one table lookup. */
enum {
  T_DROP = 1u << 0,    /* subtree is not text */
  T_PARA = 1u << 1,    /* ends a paragraph */
  T_LINE = 1u << 2,    /* ends a line */
  T_CELL = 1u << 3,    /* separated by a space */
  T_PRE = 1u << 4,
  T_MAIN = 1u << 5,    /* article or main: a <header> inside is kept */
  T_ARTICLE = 1u << 6, /* article: a <time> inside may be the date */
  T_HEADER = 1u << 7,
  T_SVG = 1u << 8,
  T_TITLE = 1u << 9,
  T_META = 1u << 10,
  T_TIME = 1u << 11,
  T_BR = 1u << 12
};

typedef struct tag_info {
  const char *name;
  unsigned flags;
} tag_info;

static const tag_info tag_table[] = { /* sorted by name (strcmp) */
  {"address", T_PARA}, {"article", T_PARA | T_MAIN | T_ARTICLE}, {"aside", T_DROP},
  {"blockquote", T_PARA}, {"body", T_LINE}, {"br", T_LINE | T_BR}, {"button", T_DROP},
  {"canvas", T_DROP}, {"caption", T_LINE}, {"center", T_PARA}, {"dd", T_LINE},
  {"details", T_PARA}, {"dialog", T_DROP}, {"div", T_LINE}, {"dl", T_PARA}, {"dt", T_LINE},
  {"embed", T_DROP}, {"fieldset", T_PARA}, {"figcaption", T_LINE}, {"figure", T_PARA},
  {"footer", T_DROP}, {"form", T_DROP}, {"h1", T_PARA}, {"h2", T_PARA}, {"h3", T_PARA},
  {"h4", T_PARA}, {"h5", T_PARA}, {"h6", T_PARA}, {"head", T_DROP}, {"header", T_PARA | T_HEADER},
  {"hr", T_PARA}, {"html", T_LINE}, {"iframe", T_DROP}, {"img", T_CELL}, {"legend", T_LINE},
  {"li", T_LINE}, {"main", T_PARA | T_MAIN}, {"math", T_DROP}, {"meta", T_META}, {"nav", T_DROP},
  {"noscript", T_DROP}, {"object", T_DROP}, {"ol", T_PARA}, {"p", T_PARA}, {"pre", T_PARA | T_PRE},
  {"script", T_DROP}, {"section", T_PARA}, {"select", T_DROP}, {"style", T_DROP},
  {"summary", T_LINE}, {"svg", T_DROP | T_SVG}, {"table", T_PARA}, {"td", T_CELL},
  {"template", T_DROP}, {"textarea", T_DROP}, {"th", T_CELL}, {"time", T_TIME},
  {"title", T_DROP | T_TITLE}, {"tr", T_LINE}, {"ul", T_PARA},
};

static int cmp_tag(const void *key, const void *elem)
{
  return strcmp((const char *)key, ((const tag_info *)elem)->name);
}

static unsigned tag_flags(const xmlNode *n)
{
  const char *nm = ename(n);
  if (!nm) return 0;
  const tag_info *t = bsearch(nm, tag_table, sizeof tag_table / sizeof *tag_table, sizeof *tag_table, cmp_tag);
  return t ? t->flags : 0;
}

/* Appends the collapsed, trimmed text of the subtree (no recursion). */
typedef struct collect_ctx {
  sbuf *b;
  int space;
} collect_ctx;

static void collapse_into(sbuf *b, int *space, const char *t)
{
  for (const unsigned char *p = (const unsigned char *)t; *p; p++) {
    int ws = (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f' || *p == '\v');
    if (p[0] == 0xC2 && p[1] == 0xA0) { ws = 1; p++; }
    if (ws) { *space = 1; continue; }
    if (*space && b->n) sb_put(b, " ", 1);
    *space = 0;
    sb_put(b, (const char *)p, 1);
  }
}

static int collect_enter(xmlNode *n, void *vctx)
{
  collect_ctx *c = vctx;
  if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content)
    collapse_into(c->b, &c->space, (const char *)n->content);
  return n->type == XML_ELEMENT_NODE || is_doc(n);
}

static char *collapsed_text(xmlNode *n)
{
  sbuf b = {NULL, 0, 0, 0};
  collect_ctx c = {&b, 0};
  walk(n, collect_enter, NULL, &c);
  if (b.oom) { free(b.p); return NULL; }
  if (!b.p) return strdup("");
  return b.p;
}

/* ------------------------------------------------------------ dates */

static int put_date(int y, int m, int d, char out[11])
{
  if (y < 1800 || y > 2199 || m < 1 || m > 12 || d < 1 || d > kg_dates_days_in(y, m)) return 0;
  out[0] = (char)('0' + y / 1000); out[1] = (char)('0' + y / 100 % 10);
  out[2] = (char)('0' + y / 10 % 10); out[3] = (char)('0' + y % 10); out[4] = '-';
  out[5] = (char)('0' + m / 10); out[6] = (char)('0' + m % 10); out[7] = '-';
  out[8] = (char)('0' + d / 10); out[9] = (char)('0' + d % 10); out[10] = '\0';
  return 1;
}

/* "2023-06-12", "2023-06-12T08:00:00Z", "2023/6/12", "20230612",
 * "June 12, 2023", "12 Jun 2023", "Mon, 12 Jun 2023 08:00:00 GMT". */
int kg_html_norm_date(const char *s, char out[11])
{
  static const char *const mon[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                    "jul", "aug", "sep", "oct", "nov", "dec"};
  out[0] = '\0';
  if (!s) return 0;
  while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') s++;
  const char *p = s;
  size_t nd = 0;
  while (isdigit((unsigned char)p[nd])) nd++;
  if (nd == 8) {
    int v[8];
    for (int i = 0; i < 8; i++) v[i] = p[i] - '0';
    return put_date(v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3], v[4] * 10 + v[5], v[6] * 10 + v[7], out);
  }
  if (nd == 4 && (p[4] == '-' || p[4] == '/' || p[4] == '.')) {
    char sep = p[4];
    char *e;
    long y = strtol(p, &e, 10);
    if (*e != sep || !isdigit((unsigned char)e[1])) return 0;
    long m = strtol(e + 1, &e, 10);
    if (*e != sep || !isdigit((unsigned char)e[1])) return 0;
    long d = strtol(e + 1, &e, 10);
    if (isdigit((unsigned char)*e)) return 0;
    return put_date((int)y, (int)m, (int)d, out);
  }
  /* words: a month name, a day number and a 4-digit year in any order */
  int y = 0, m = 0, d = 0;
  for (const char *q = s; *q && q - s < 80;) {
    if (isalpha((unsigned char)*q)) {
      const char *w = q;
      while (isalpha((unsigned char)*q)) q++;
      if (!m && q - w >= 3)
        for (int i = 0; i < 12; i++)
          if (tolower((unsigned char)w[0]) == mon[i][0] && tolower((unsigned char)w[1]) == mon[i][1] &&
              tolower((unsigned char)w[2]) == mon[i][2])
            m = i + 1;
    } else if (isdigit((unsigned char)*q)) {
      const char *w = q;
      while (isdigit((unsigned char)*q)) q++;
      if (*q == ':') { /* a time: skip it */
        while (*q == ':' || isdigit((unsigned char)*q)) q++;
        continue;
      }
      long v = strtol(w, NULL, 10);
      if (q - w == 4 && !y) y = (int)v;
      else if (q - w <= 2 && !d) d = (int)v;
    } else
      q++;
  }
  if (y && m && d) return put_date(y, m, d, out);
  return 0;
}

/* ------------------------------------------------------------ metadata */

typedef struct meta_ctx {
  char *title;     /* first <title> outside svg */
  char *og_title;  /* og:title fallback */
  int date_rank;   /* lower is better; 100 = none */
  char date[11];
  int in_article, in_svg;
} meta_ctx;

static void offer_date(meta_ctx *m, int rank, const char *value)
{
  char d[11];
  if (rank >= m->date_rank || !value) return;
  if (kg_html_norm_date(value, d)) {
    memcpy(m->date, d, 11);
    m->date_rank = rank;
  }
}

static int meta_name_rank(const char *key)
{
  static const char *const r1[] = {"article:published_time", NULL};
  static const char *const r3[] = {"og:published_time", "published_time", "article.published",
                                   "datepublished", NULL};
  static const char *const r4[] = {"dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
                                   "dc.date.created", "dcterms.created", "citation_publication_date",
                                   "citation_date", NULL};
  static const char *const r5[] = {"pubdate", "publishdate", "publish-date", "publish_date", "date",
                                   "sailthru.date", "parsely-pub-date", "original-publish-date", NULL};
  if (!key) return 100;
  if (in_list(key, r1)) return 1;
  if (in_list(key, r3)) return 3;
  if (in_list(key, r4)) return 4;
  if (in_list(key, r5)) return 5;
  return 100;
}

static int meta_enter(xmlNode *n, void *vctx)
{
  meta_ctx *m = vctx;
  if (n->type != XML_ELEMENT_NODE) return is_doc(n);
  unsigned f = tag_flags(n);
  if (f & T_SVG) m->in_svg++;
  if (f & T_ARTICLE) m->in_article++;
  if ((f & T_TITLE) && !m->in_svg && !m->title) m->title = collapsed_text(n);
  if (f & T_META) {
    const char *content = attr(n, "content");
    const char *prop = attr(n, "property"), *name = attr(n, "name"), *ip = attr(n, "itemprop");
    if (content) {
      int r = meta_name_rank(prop);
      int r2 = meta_name_rank(name);
      if (r2 < r) r = r2;
      if (ip && ieq(ip, "datePublished") && r > 2) r = 2;
      if (r < 100) offer_date(m, r, content);
      if (!m->og_title && ((prop && ieq(prop, "og:title")) || (name && ieq(name, "og:title"))))
        m->og_title = strdup(content);
    }
  } else {
    const char *ip = attr(n, "itemprop");
    if (ip && ieq(ip, "datePublished")) {
      const char *v = attr(n, "datetime");
      if (!v) v = attr(n, "content");
      if (v) offer_date(m, 2, v);
      else {
        char *t = collapsed_text(n);
        offer_date(m, 2, t);
        free(t);
      }
    }
    if ((f & T_TIME) && m->in_article) {
      const char *v = attr(n, "datetime");
      if (v) offer_date(m, attr(n, "pubdate") ? 6 : 7, v);
    }
  }
  return 1;
}

static void meta_leave(xmlNode *n, void *vctx)
{
  meta_ctx *m = vctx;
  unsigned f = tag_flags(n);
  if (f & T_SVG) m->in_svg--;
  if (f & T_ARTICLE) m->in_article--;
}

/* ------------------------------------------------------------ text */

enum { BR_NONE = 0, BR_LINE = 1, BR_PARA = 2 };

typedef struct text_ctx {
  sbuf b;
  int pending_space, pending_break, pre, in_article;
} text_ctx;

static void t_break(text_ctx *t, int level)
{
  if (level > t->pending_break) t->pending_break = level;
  t->pending_space = 0;
}

/* Writes the pending break before new text (never at the start). */
static void t_flush_break(text_ctx *t)
{
  if (t->pending_break && t->b.n) {
    size_t have = 0;
    while (have < t->b.n && have < 2 && t->b.p[t->b.n - 1 - have] == '\n') have++;
    size_t want = t->pending_break == BR_PARA ? 2 : 1;
    for (; have < want; have++) sb_put(&t->b, "\n", 1);
  }
  t->pending_break = 0;
}

static void t_text(text_ctx *t, const char *s)
{
  const unsigned char *p = (const unsigned char *)s;
  if (t->pre) {
    for (; *p; p++) {
      if (*p == '\r') { if (p[1] != '\n') { t_flush_break(t); sb_put(&t->b, "\n", 1); } continue; }
      if (*p != '\n') t_flush_break(t);
      else if (!t->b.n) continue; /* no leading newlines */
      sb_put(&t->b, (const char *)p, 1);
    }
    t->pending_space = 0;
    return;
  }
  for (; *p; p++) {
    int ws = (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f' || *p == '\v');
    if (p[0] == 0xC2 && p[1] == 0xA0) { ws = 1; p++; }
    if (ws) { t->pending_space = 1; continue; }
    if (t->pending_break) t_flush_break(t);
    else if (t->pending_space && t->b.n && t->b.p[t->b.n - 1] != '\n') sb_put(&t->b, " ", 1);
    t->pending_space = 0;
    /* copy the run of non-space bytes at once */
    const unsigned char *q = p;
    while (q[1] && !(q[1] == ' ' || q[1] == '\t' || q[1] == '\n' || q[1] == '\r' || q[1] == '\f' ||
                     q[1] == '\v' || (q[1] == 0xC2 && q[2] == 0xA0)))
      q++;
    sb_put(&t->b, (const char *)p, (size_t)(q - p) + 1);
    p = q;
  }
}

static int contains_h1(xmlNode *n)
{
  /* bounded iterative search of the subtree */
  size_t seen = 0;
  xmlNode *c = n->children;
  while (c && seen++ < KG_H1_SEARCH_CAP) {
    if (ename(c) && strcmp(ename(c), "h1") == 0) return 1;
    if (c->type == XML_ELEMENT_NODE && c->children) { c = c->children; continue; }
    while (c != n && !c->next) c = c->parent;
    if (c == n) break;
    c = c->next;
  }
  return 0;
}

static int dropped(text_ctx *t, xmlNode *n, unsigned f)
{
  if (f & T_DROP) return 1;
  if ((f & T_HEADER) && !t->in_article && !contains_h1(n)) return 1;
  if (!n->properties) return 0;
  if (attr(n, "hidden")) return 1;
  const char *v = attr(n, "aria-hidden");
  if (v && ieq(v, "true")) return 1;
  v = attr(n, "role");
  return v && ieq(v, "navigation");
}

static int block_level(unsigned f)
{
  return (f & T_PARA) ? BR_PARA : (f & T_LINE) ? BR_LINE : BR_NONE;
}

static int text_enter(xmlNode *n, void *vctx)
{
  text_ctx *t = vctx;
  if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
    if (n->content) t_text(t, (const char *)n->content);
    return 0;
  }
  if (is_doc(n)) return 1;
  if (n->type != XML_ELEMENT_NODE) return 0; /* comments, PIs, DTD */
  unsigned f = tag_flags(n);
  if (dropped(t, n, f)) return 0;
  if (f & T_PRE) t->pre++;
  if (f & T_MAIN) t->in_article++;
  int lvl = block_level(f);
  if (lvl) t_break(t, lvl);
  if ((f & T_BR) && t->pre) sb_put(&t->b, "\n", 1);
  return 1;
}

static void text_leave(xmlNode *n, void *vctx)
{
  text_ctx *t = vctx;
  if (n->type != XML_ELEMENT_NODE) return;
  unsigned f = tag_flags(n);
  if (f & T_PRE) t->pre--;
  if (f & T_MAIN) t->in_article--;
  int lvl = block_level(f);
  if (lvl) t_break(t, lvl);
  else if (f & T_CELL) t->pending_space = 1;
}

static void html_quiet_serror(void *ctx, xmlErrorPtr err)
{
  (void)ctx;
  (void)err;
}

static void html_quiet_gerror(void *ctx, const char *msg, ...)
{
  (void)ctx;
  (void)msg;
}

/* ------------------------------------------------------------ entry points */

kg_status kg_html_to_text_ex(const char *html, size_t len, const char *charset,
                             const char *source, const kg_logger *log, char **text,
                             size_t *text_len, char **title, char date[11], size_t *replaced)
{
  *text = NULL;
  *text_len = 0;
  *title = NULL;
  date[0] = '\0';
  if (replaced) *replaced = 0;
  if (!html) len = 0;

  /* 1. to UTF-8 ourselves */
  const unsigned char *s = (const unsigned char *)html;
  char lab[64] = "";
  const char *cs = NULL;
  int bom = len >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF));
  bom |= len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF;
  if (bom) cs = NULL; /* kg_utf8_repair handles all three BOMs */
  else if (charset && *charset) cs = charset;
  else if (sniff_meta_charset(html, len, lab, sizeof lab)) cs = lab;
  char *u8 = NULL;
  size_t u8len = 0, rep = 0;
  int r = kg_charset_to_utf8(cs, html ? html : "", len, &u8, &u8len, &rep);
  if (r == 0) {
    kg_logf(log, KG_LOG_WARN, source, "unknown charset \"%s\", read as UTF-8", cs);
    r = kg_charset_to_utf8(NULL, html ? html : "", len, &u8, &u8len, &rep);
  }
  if (r < 0) {
    kg_logf(log, KG_LOG_ERROR, source, "out of memory");
    return KG_ERR_NOMEM;
  }
  if (u8len > INT_MAX) {
    free(u8);
    kg_logf(log, KG_LOG_ERROR, source, "HTML too large to parse");
    return KG_ERR_INPUT;
  }

  /* 2. parse */
  htmlDocPtr doc = NULL;
  if (u8len > 0) {
    /* not HTML_PARSE_HUGE: libxml2 then stops at 256 nested elements
     * instead of building a tree deep enough to exhaust the stack */
    htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
    if (ctxt) {
      /* Raptor installs global libxml2 error handlers when a world opens;
       * recovered HTML errors are not the user's concern: silence them for
       * this parse and put the previous handlers back after. */
      xmlStructuredErrorFunc old_s = xmlStructuredError;
      void *old_sctx = xmlStructuredErrorContext;
      xmlGenericErrorFunc old_g = xmlGenericError;
      void *old_gctx = xmlGenericErrorContext;
      xmlSetStructuredErrorFunc(NULL, html_quiet_serror);
      xmlSetGenericErrorFunc(NULL, html_quiet_gerror);
      doc = htmlCtxtReadMemory(ctxt, u8, (int)u8len, NULL, "UTF-8",
                               HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                   HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC);
      xmlSetStructuredErrorFunc(old_sctx, old_s);
      xmlSetGenericErrorFunc(old_gctx, old_g);
      if (doc && ctxt->disableSAX && ctxt->instate == XML_PARSER_EOF)
        kg_logf(log, KG_LOG_WARN, source,
                "HTML nested too deeply (over 256 elements): the text after that point is dropped");
      htmlFreeParserCtxt(ctxt);
    }
  }
  free(u8);
  if (!doc) {
    /* nothing parseable (e.g. empty): no text */
    *text = strdup("");
    if (!*text) {
      kg_logf(log, KG_LOG_ERROR, source, "out of memory");
      return KG_ERR_NOMEM;
    }
    if (replaced) *replaced = rep;
    return KG_OK;
  }

  /* 3. metadata */
  meta_ctx m;
  memset(&m, 0, sizeof m);
  m.date_rank = 100;
  walk((xmlNode *)doc, meta_enter, meta_leave, &m);
  if (m.title && !*m.title) { free(m.title); m.title = NULL; }
  if (!m.title && m.og_title) {
    sbuf b = {NULL, 0, 0, 0};
    int sp = 0;
    collapse_into(&b, &sp, m.og_title);
    if (b.n) m.title = b.p; else free(b.p);
  }
  free(m.og_title);
  if (m.date_rank < 100) memcpy(date, m.date, 11);

  /* 4. text */
  text_ctx t;
  memset(&t, 0, sizeof t);
  walk((xmlNode *)doc, text_enter, text_leave, &t);
  xmlFreeDoc(doc);
  if (t.b.oom) {
    free(t.b.p);
    free(m.title);
    kg_logf(log, KG_LOG_ERROR, source, "out of memory");
    return KG_ERR_NOMEM;
  }
  if (t.b.n) sb_put(&t.b, "\n", 1);

  /* 5. whatever libxml2 produced, the result is valid UTF-8 */
  size_t rep2 = 0;
  *text = kg_utf8_repair(t.b.p ? t.b.p : "", t.b.n, text_len, &rep2);
  free(t.b.p);
  if (m.title) {
    size_t tl, tr;
    char *fixed = kg_utf8_repair(m.title, strlen(m.title), &tl, &tr);
    free(m.title);
    m.title = fixed;
  }
  if (!*text) {
    free(m.title);
    kg_logf(log, KG_LOG_ERROR, source, "out of memory");
    return KG_ERR_NOMEM;
  }
  *title = m.title;
  if (replaced) *replaced = rep + rep2;
  return KG_OK;
}

kg_status kg_html_to_text(const char *html, size_t len, const char *source,
                          const kg_logger *log, char **text, size_t *text_len,
                          char **title, char date[11])
{
  size_t rep = 0;
  kg_status st = kg_html_to_text_ex(html, len, NULL, source, log, text, text_len, title, date, &rep);
  if (st == KG_OK && rep)
    kg_logf(log, KG_LOG_WARN, source, "%zu invalid UTF-8 sequence(s) replaced with U+FFFD", rep);
  return st;
}
