/* segment.c — sentences and tokens with byte offsets, following the
 * tokenisation of UD English-EWT.
 *
 * Owns: splitting doc->text into kg_token and kg_sentence records: words,
 * clitics (n't 's 're 've 'll 'd 'm, straight or curly apostrophe; cannot,
 * gonna, wanna, gotta), hyphens (split except after common prefixes and
 * between digits, as EWT does), numbers, punctuation (quotes, dashes,
 * ellipses), URLs, e-mail addresses, @mentions, #hashtags, emoji;
 * abbreviations and initials; sentence boundaries; headings (a short line
 * without final punctuation); list markers; a news dateline at the start
 * of an article ("NAIROBI, Kenya, Feb. 3 (AP) —") as its own segment.
 * Does not own: tags, lemmas, trees, entities, the document date.
 *
 * Two passes: the scanner makes tokens (every form is the exact bytes
 * text[start..end)), noting for each its kind and the newlines before it;
 * the splitter then groups tokens into sentences.  The text is valid UTF-8
 * (doc.h); the code never reads past doc->len.  A sentence longer than
 * KG_SEG_MAXSENT tokens is cut there (bounds the cost of later stages).
 */
#include <stdlib.h>
#include <string.h>
#include "segment.h"

#define KG_SEG_MAXSENT 1000

/* token kinds (private to this file) */
enum {
  K_WORD = 0, K_NUM, K_PUNCT, K_FINAL /* . ! ? ... */, K_ELLIPSIS,
  K_OPEN /* ( [ { “ ‘ opening " */, K_CLOSE /* ) ] } ” ’ closing " */,
  K_ABBR_TITLE /* Mr. Gen. J. Sept. — never ends a sentence */,
  K_ABBR_END /* U.S. Inc. a.m. — may end one */, K_LIST /* "1." at line start */,
  K_DASH, K_COMMA, K_SPECIAL /* url, mention, hashtag, emoji */
};

typedef struct segtok {
  uint32_t start, end;
  uint8_t kind, flags, nl;   /* nl: newlines before it (saturates at 2) */
  uint8_t upper;             /* starts with an upper-case ASCII letter */
} segtok;

typedef struct seg {
  const char *s;
  size_t n;
  segtok *t;
  size_t nt, cap;
  int err;
} seg;

/* ------------------------------------------------------------ characters */

static inline uint32_t dec(const char *s, size_t n, size_t i, int *len)
{
  unsigned char c = (unsigned char)s[i];
  if (c < 0x80) { *len = 1; return c; }
  if (c >= 0xf0) {
    if (i + 3 >= n) { *len = 1; return 0xfffd; }
    *len = 4;
    return (uint32_t)(c & 7) << 18 | (uint32_t)(s[i + 1] & 63) << 12 |
           (uint32_t)(s[i + 2] & 63) << 6 | (uint32_t)(s[i + 3] & 63);
  }
  if (c >= 0xe0) {
    if (i + 2 >= n) { *len = 1; return 0xfffd; }
    *len = 3;
    return (uint32_t)(c & 15) << 12 | (uint32_t)(s[i + 1] & 63) << 6 | (uint32_t)(s[i + 2] & 63);
  }
  if (c >= 0xc0) {
    if (i + 1 >= n) { *len = 1; return 0xfffd; }
    *len = 2;
    return (uint32_t)(c & 31) << 6 | (uint32_t)(s[i + 1] & 63);
  }
  *len = 1;
  return 0xfffd;
}

enum { C_SPACE, C_NL, C_WORD, C_PUNCT, C_EMOJI };

static int is_emoji(uint32_t c)
{
  return (c >= 0x1f000 && c <= 0x1faff) || (c >= 0x2600 && c <= 0x27bf) ||
         (c >= 0x2b00 && c <= 0x2bff) || c == 0x231a || c == 0x231b ||
         (c >= 0x23e9 && c <= 0x23fa) || c == 0x3030 || c == 0x303d;
}

static int cclass_wide(uint32_t c);

/* The class of code point c: ASCII inline (speed), the rest in cclass_wide. */
static inline int cclass(uint32_t c)
{
  if (c < 0x80) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')
      return C_WORD;
    if (c == '\n' || c == '\r') return C_NL;
    if (c == ' ' || c == '\t' || c == '\f' || c == '\v') return C_SPACE;
    if (c < 0x20 || c == 0x7f) return C_SPACE;
    return C_PUNCT;
  }
  return cclass_wide(c);
}

static int cclass_wide(uint32_t c)
{
  if (c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200b) || c == 0x202f ||
      c == 0x205f || c == 0x3000 || c == 0xfeff || c == 0x85)
    return C_SPACE;
  if (c == 0x2028 || c == 0x2029) return C_NL;
  if (c < 0xa0) return C_SPACE;                       /* C1 controls */
  if (is_emoji(c)) return C_EMOJI;
  if ((c >= 0xa1 && c <= 0xbf && c != 0xaa && c != 0xb5 && c != 0xba &&
       c != 0xb2 && c != 0xb3 && c != 0xb9 && !(c >= 0xbc && c <= 0xbe)) ||
      c == 0xd7 || c == 0xf7 || (c >= 0x2010 && c <= 0x205e) || (c >= 0x20a0 && c <= 0x20cf) ||
      c == 0x2122 || (c >= 0x2190 && c <= 0x23ff) || (c >= 0x2500 && c <= 0x25ff) ||
      (c >= 0x3001 && c <= 0x303f) || (c >= 0xfe10 && c <= 0xfe6f) ||
      (c >= 0xff01 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20) ||
      (c >= 0xff3b && c <= 0xff40) || (c >= 0xff5b && c <= 0xff65))
    return C_PUNCT;
  return C_WORD;
}

static inline int is_upper(char c) { return c >= 'A' && c <= 'Z'; }
static inline int is_lower(char c) { return c >= 'a' && c <= 'z'; }
static inline int is_digit(char c) { return c >= '0' && c <= '9'; }
static inline int is_alpha(char c) { return is_upper(c) || is_lower(c); }

/* class of the character at i (C_SPACE past the end) */
static inline int class_at(const seg *g, size_t i)
{
  if (i >= g->n) return C_SPACE;
  int l;
  return cclass(dec(g->s, g->n, i, &l));
}

static int ieq(const char *a, size_t n, const char *b)
{
  size_t m = strlen(b);
  if (m != n) return 0;
  for (size_t i = 0; i < n; i++) {
    char x = a[i];
    if (is_upper(x)) x = (char)(x + 32);
    if (x != b[i]) return 0;
  }
  return 1;
}

static int in_list(const char *w, size_t n, const char *const *list, int icase)
{
  for (size_t i = 0; list[i]; i++) {
    /* (case-sensitive: the first byte before strlen, speed) */
    if (icase ? ieq(w, n, list[i])
              : ((!n || list[i][0] == w[0]) && strlen(list[i]) == n && memcmp(w, list[i], n) == 0))
      return 1;
  }
  return 0;
}

/* ------------------------------------------------------------- word lists */

/* Abbreviations written with a final period that never end a sentence
 * (titles, months, "No." before a number, Latin shorthands). */
static const char *const abbr_title[] = {
  "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Cpl", "Pvt",
  "Adm", "Cmdr", "Cdr", "Gov", "Sen", "Rep", "Reps", "Sens", "Rev", "Hon", "Pres", "Supt",
  "Amb", "Fr", "St", "Mt", "Ft", "Messrs", "Mme", "Mlle", "Msgr", "Atty", "Gens", "Brig",
  "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
  "vs", "v", "Vol", "vol", "Fig", "fig", "pp", "ca", "approx", "cf", "al", "Ave", "Blvd",
  "Rd", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
  "e.g", "i.e", "E.g", "I.e", "Nos", "Art", "Sec", "Ch", "Ex", NULL
};
/* Abbreviations that may also end a sentence ("... Apple Inc. The ..."). */
static const char *const abbr_end[] = {
  "Inc", "Corp", "Ltd", "Co", "Jr", "Sr", "Bros", "Dept", "Assn", "Univ", "etc", "Esq",
  "Plc", "plc", "Cos", "Intl", "Govt", "Ph.D", "a.m", "p.m", "A.M", "P.M", NULL
};
/* Words that commonly open a sentence: after an abbreviation that may end
 * one, such a word with a capital starts a new sentence. */
static const char *const starters[] = {
  "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "In", "This",
  "That", "These", "Those", "His", "Her", "Its", "Their", "There", "On", "At", "As", "After",
  "However", "Meanwhile", "Some", "Many", "Most", "Now", "Then", "So", "Yet", "Still",
  "Also", "When", "While", "If", "Although", "Since", "Because", "For", "Officials",
  "Police", "Our", "My", "What", "Why", "How", "Who", "Earlier", "Later", "Last", "Next",
  "On", "By", "According", "Both", "Other", "Several", "Such", "No", NULL
};
/* Words that follow a capital letter and its period only when the period ends
 * a sentence ("Katz wrote on X. He said", "Plan B. The vote"): a pronoun or an
 * article is no surname after an initial. */
static const char *const after_initial_stop[] = {
  "The", "He", "She", "It", "They", "We", "This", "These", "Those", "His", "Her", "Its", "Their",
  "There", "But", "However", NULL
};
/* Prefixes that keep their hyphen in EWT ("e-mail", "non-profit"). */
static const char *const hyph_prefix[] = {
  "e", "non", "pre", "anti", "re", "mid", "post", "co", "over", "pro", "multi", "ex", "sub",
  "semi", "neo", "cross", "vice", "un", "socio", "micro", "intra", "counter", "inter",
  "self", "x", "t", "u", "de", "bi", "tri", "mis", "pseudo", "quasi", "ultra", NULL
};
/* Words ending a line that is then not a heading (the line is wrapped). */
static const char *const line_cont[] = {
  "and", "or", "but", "of", "the", "a", "an", "to", "in", "for", "with", "on", "at", "by",
  "from", "that", "as", "is", "are", "was", "were", "his", "her", "their", "its", NULL
};

/* --------------------------------------------------------------- scanner */

static segtok *push(seg *g, size_t a, size_t b, int kind, int flags)
{
  if (g->nt == g->cap) {
    size_t nc = g->cap ? g->cap * 2 : 256;
    segtok *nt = realloc(g->t, nc * sizeof *nt);
    if (!nt) { g->err = 1; return NULL; }
    g->t = nt;
    g->cap = nc;
  }
  segtok *t = &g->t[g->nt++];
  t->start = (uint32_t)a;
  t->end = (uint32_t)b;
  t->kind = (uint8_t)kind;
  t->flags = (uint8_t)flags;
  t->nl = 0;
  t->upper = (uint8_t)is_upper(g->s[a]);
  return t;
}

/* Ends of a URL starting at i (http://, https://, www.), or i. */
static size_t scan_url(const seg *g, size_t i)
{
  const char *s = g->s + i;
  size_t left = g->n - i;
  if (!((left > 7 && ieq(s, 7, "http://")) || (left > 8 && ieq(s, 8, "https://")) ||
        (left > 4 && ieq(s, 4, "www.") && i + 4 < g->n && class_at(g, i + 4) == C_WORD)))
    return i;
  size_t e = i;
  int paren = 0;
  while (e < g->n) {
    int c = class_at(g, e);
    if (c == C_SPACE || c == C_NL || c == C_EMOJI) break;
    char ch = g->s[e];
    if (ch == '"' || ch == '<' || ch == '>') break;
    if (ch == '(') paren++;
    if (ch == ')') { if (paren == 0) break; paren--; }
    int l;
    dec(g->s, g->n, e, &l);
    if (l > 1 && c == C_PUNCT) break;   /* curly quotes etc. end it */
    e += (size_t)l;
  }
  while (e > i && strchr(".,;:!?'", g->s[e - 1])) e--;
  return e;
}

/* End of an e-mail address starting at i, or i. */
static size_t scan_email(const seg *g, size_t i)
{
  /* the local part is at most 64 bytes and the domain 255 (RFC 5321): a
   * bounded scan keeps a long run of word characters linear */
  size_t e = i, lim = g->n - i > 65 ? i + 65 : g->n;
  while (e < lim && (is_alpha(g->s[e]) || is_digit(g->s[e]) || strchr("._%+-", g->s[e]))) e++;
  if (e == i || e >= g->n || g->s[e] != '@') return i;
  size_t d = e + 1, dots = 0, dlim = g->n - d > 255 ? d + 255 : g->n;
  while (d < dlim && (is_alpha(g->s[d]) || is_digit(g->s[d]) || g->s[d] == '-' ||
                      (g->s[d] == '.' && d + 1 < g->n && is_alpha(g->s[d + 1])))) {
    dots += g->s[d] == '.';
    d++;
  }
  return (dots > 0 && d > e + 3) ? d : i;
}

/* Pushes a word [a, b) splitting clitics; returns 0 on allocation error. */
static int push_word(seg *g, size_t a, size_t b, int kind)
{
  const char *w = g->s + a;
  size_t n = b - a;
  size_t cut = 0;
  if (n >= 4 && ieq(w + n - 3, 3, "n't")) cut = n - 3;
  if (!cut && n >= 6 && (w[n - 5] == 'n' || w[n - 5] == 'N') && !memcmp(w + n - 4, "\xe2\x80\x99", 3) &&
      (w[n - 1] == 't' || w[n - 1] == 'T'))
    cut = n - 5;
  /* an apostrophe (' or the first byte of ’) where a clitic's would be:
   * 2 or 3 bytes before the end, ’ 4 or 5 (speed: most words have none) */
  int apos = 0;
  for (size_t q = n > 5 ? n - 5 : 0; q + 1 < n && !apos; q++)
    apos = w[q] == '\'' || (unsigned char)w[q] == 0xE2;
  if (!cut && apos) {
    /* 's 're 've 'll 'd 'm with ' or ’ */
    static const char *const cl[] = { "s", "re", "ve", "ll", "d", "m", NULL };
    for (int k = 0; cl[k] && !cut; k++) {
      size_t m = strlen(cl[k]);
      if (n > m + 1 && w[n - m - 1] == '\'' && ieq(w + n - m, m, cl[k])) cut = n - m - 1;
      else if (n > m + 3 && !memcmp(w + n - m - 3, "\xe2\x80\x99", 3) && ieq(w + n - m, m, cl[k]))
        cut = n - m - 3;
    }
  }
  if (!cut && n == 6 && ieq(w, 6, "cannot")) cut = 3;
  if (!cut && n == 5 && (ieq(w, 5, "gonna") || ieq(w, 5, "wanna") || ieq(w, 5, "gotta"))) cut = 3;
  if (cut > 0 && cut < n) {
    return push(g, a, a + cut, kind, 0) && push(g, a + cut, b, K_WORD, 0);
  }
  return push(g, a, b, kind, 0) != NULL;
}

/* Whether the word [a, b) followed by '.' is an abbreviation; its kind. */
static int abbr_kind(const seg *g, size_t a, size_t b, int line_start)
{
  const char *w = g->s + a;
  size_t n = b - a;
  if (n == 1 && is_upper(w[0])) {                                    /* initial */
    size_t i = b + 1, j;
    while (i < g->n && g->s[i] == ' ') i++;
    for (j = i; j < g->n && is_alpha(g->s[j]); j++) {}
    if (i > b + 1 && j > i && in_list(g->s + i, j - i, after_initial_stop, 0))
      return -1;                                   /* "on X. He said": a letter ending a sentence */
    return K_ABBR_TITLE;
  }
  if (in_list(w, n, abbr_title, 0)) {
    if ((n == 2 && ieq(w, 2, "no")) || (n == 3 && !memcmp(w, "Nos", 3)) ||
        (n == 3 && !memcmp(w, "Art", 3)) || (n == 3 && !memcmp(w, "Sec", 3))) {
      /* only before a number: "No. 5" */
      size_t i = b + 1;
      while (i < g->n && g->s[i] == ' ') i++;
      return (i < g->n && is_digit(g->s[i])) ? K_ABBR_TITLE : -1;
    }
    return K_ABBR_TITLE;
  }
  if ((n == 2 && !memcmp(w, "No", 2)) || (n == 2 && !memcmp(w, "no", 2))) {
    size_t i = b + 1;
    while (i < g->n && g->s[i] == ' ') i++;
    return (i < g->n && is_digit(g->s[i])) ? K_ABBR_TITLE : -1;
  }
  if (in_list(w, n, abbr_end, 0)) return K_ABBR_END;
  /* letters separated by periods: U.S, U.N, e.g */
  if (n >= 3) {
    int ok = 1, seglen = 0, dots = 0;
    for (size_t i = 0; i < n && ok; i++) {
      if (is_alpha(w[i])) { if (++seglen > 2) ok = 0; }
      else if (w[i] == '.') { if (seglen == 0) ok = 0; seglen = 0; dots++; }
      else ok = 0;
    }
    if (ok && dots > 0) return K_ABBR_END;
  }
  /* list marker: 1-3 digits then '.' at the start of a line, then a space */
  if (line_start && n <= 3) {
    int digits = 1;
    for (size_t i = 0; i < n; i++) digits &= is_digit(w[i]);
    if (digits && b + 1 < g->n && (g->s[b + 1] == ' ' || g->s[b + 1] == '\t')) return K_LIST;
  }
  return -1;
}

/* Scans a word or number starting at i; pushes its token(s); returns its end. */
static size_t scan_word(seg *g, size_t i, int line_start)
{
  size_t a = i, e = i;
  int has_digit_start = is_digit(g->s[i]);
  for (;;) {
    size_t segstart = e;
    while (e < g->n) {
      int l;
      uint32_t c = dec(g->s, g->n, e, &l);
      if (cclass(c) != C_WORD) break;
      e += (size_t)l;
    }
    if (e >= g->n || e == segstart) break;
    char c = g->s[e];
    char prev = g->s[e - 1];
    char next = e + 1 < g->n ? g->s[e + 1] : 0;
    int next_word = class_at(g, e + 1) == C_WORD;
    if ((c == ',' || c == '.' || c == ':' || c == '/') && is_digit(prev) && is_digit(next)) {
      e++;
      continue;
    }
    if (c == '\'' && next_word && !is_digit(next) && e > a) { e++; continue; }
    if (e + 3 < g->n && !memcmp(g->s + e, "\xe2\x80\x99", 3) && class_at(g, e + 3) == C_WORD &&
        !is_digit(g->s[e + 3])) { e += 3; continue; }
    if (c == '.' && next_word && is_alpha(prev) && (e - segstart == 1 || is_lower(next)) &&
        !has_digit_start) {
      e++;
      continue;
    }
    if (c == '-' && next_word) {
      int join = 0;
      if (is_digit(prev) && is_digit(next)) join = 1;
      else if (segstart == a && in_list(g->s + a, e - a, hyph_prefix, 1)) join = 1;
      if (join) { e++; continue; }
    }
    if (c == '&' && is_upper(prev) && is_upper(next) && e - segstart <= 3) { e++; continue; }
    break;
  }
  if (e == a) e = a + 1;                 /* never stall */
  /* a final period: abbreviation, initial or list marker? */
  if (e < g->n && g->s[e] == '.' && !(e + 1 < g->n && g->s[e + 1] == '.')) {
    int k = abbr_kind(g, a, e, line_start);
    if (k >= 0) {
      if (!push(g, a, e + 1, k, 0)) return g->n;
      return e + 1;
    }
  }
  int kind = has_digit_start ? K_NUM : K_WORD;
  if (!push_word(g, a, e, kind)) return g->n;
  return e;
}

/* End of an emoticon at i (":)", ";-)", ":D", "=(") or i. */
static size_t emoticon(const seg *g, size_t i)
{
  size_t e = i + 1;
  if (e < g->n && (g->s[e] == '-' || g->s[e] == '\'')) e++;
  if (e >= g->n || !strchr(")(DPpOo/|]*", g->s[e])) return i;
  e++;
  while (e < g->n && (g->s[e] == ')' || g->s[e] == '(')) e++;
  int c = class_at(g, e);
  if (e < g->n && c != C_SPACE && c != C_NL && !strchr(".,!?", g->s[e])) return i;
  if (strchr("DPpOo", g->s[e - 1]) && e < g->n && class_at(g, e) == C_WORD) return i;
  return e;
}

/* Scans punctuation at i; returns its end. */
static size_t scan_punct(seg *g, size_t i)
{
  const char *s = g->s;
  char c = s[i];
  int l;
  uint32_t cp = dec(s, g->n, i, &l);
  size_t e = i + (size_t)l;
  int kind = K_PUNCT;
  if ((c == ':' || c == ';' || c == '=') && emoticon(g, i) > i) {
    e = emoticon(g, i);
    kind = K_SPECIAL;
  } else if (c == '.') {
    while (e < g->n && s[e] == '.') e++;
    kind = e - i >= 2 ? K_ELLIPSIS : K_FINAL;
  } else if (c == '!' || c == '?') {
    while (e < g->n && (s[e] == '!' || s[e] == '?')) e++;
    kind = K_FINAL;
  } else if (cp == 0x2026) {
    kind = K_ELLIPSIS;
  } else if (c == '-') {
    while (e < g->n && s[e] == '-') e++;
    kind = K_DASH;
  } else if (cp == 0x2013 || cp == 0x2014 || cp == 0x2015) {
    kind = K_DASH;
  } else if (c == ',' || c == ';' || c == ':') {
    kind = K_COMMA;
  } else if (c == '(' || c == '[' || c == '{' || cp == 0x201c || cp == 0x2018 || cp == 0xab) {
    kind = K_OPEN;
  } else if (c == ')' || c == ']' || c == '}' || cp == 0x201d || cp == 0x2019 || cp == 0xbb) {
    kind = K_CLOSE;
  } else if (c == '*' || c == '=' || c == '+' || c == '>' || c == '<' || c == '$' ||
             c == '~' || c == '#' || c == '_' || c == '^' || c == '|') {
    while (e < g->n && s[e] == c) e++;            /* "***", "====", "$$$" */
  } else if (c == '"' || c == '\'' || c == '`') {
    if (c == '`' && e < g->n && s[e] == '`') e++;
    else if (c == '\'' && e < g->n && s[e] == '\'') e++;
    int before_space = i == 0 || class_at(g, i - 1) == C_SPACE || class_at(g, i - 1) == C_NL ||
                       s[i - 1] == '(' || s[i - 1] == '[';
    int after_space = class_at(g, e) == C_SPACE || class_at(g, e) == C_NL;
    kind = (c == '`' || (before_space && !after_space)) ? K_OPEN : K_CLOSE;
  }
  push(g, i, e, kind, 0);
  return e;
}

/* Scans an emoji with its modifiers / ZWJ sequence / flag pair. */
static size_t scan_emoji(seg *g, size_t i)
{
  int l;
  uint32_t c = dec(g->s, g->n, i, &l);
  size_t e = i + (size_t)l;
  int ri = c >= 0x1f1e6 && c <= 0x1f1ff;
  for (;;) {
    if (e >= g->n) break;
    uint32_t d = dec(g->s, g->n, e, &l);
    if (d == 0xfe0f || d == 0xfe0e || (d >= 0x1f3fb && d <= 0x1f3ff) || d == 0x20e3 ||
        (d >= 0xe0020 && d <= 0xe007f)) { e += (size_t)l; continue; }
    if (ri && d >= 0x1f1e6 && d <= 0x1f1ff) { e += (size_t)l; ri = 0; continue; }
    if (d == 0x200d && e + 3 < g->n) {
      int l2;
      uint32_t d2 = dec(g->s, g->n, e + (size_t)l, &l2);
      if (is_emoji(d2)) { e += (size_t)l + (size_t)l2; continue; }
    }
    break;
  }
  push(g, i, e, K_SPECIAL, KG_TOK_EMOJI);
  return e;
}

static void scan(seg *g)
{
  size_t i = 0;
  int nl = 2;                     /* the text start counts as a paragraph start */
  while (i < g->n && !g->err) {
    int l;
    uint32_t cp = dec(g->s, g->n, i, &l);
    int c = cclass(cp);
    if (c == C_SPACE) { i += (size_t)l; continue; }
    if (c == C_NL) {
      if (g->s[i] == '\r' && i + 1 < g->n && g->s[i + 1] == '\n') i++;
      i += (size_t)l;
      if (nl < 2) nl++;
      continue;
    }
    size_t before = g->nt, e;
    int line_start = nl > 0;
    char ch = g->s[i];
    if (c == C_EMOJI) e = scan_emoji(g, i);
    else if (c == C_WORD && (e = scan_url(g, i)) > i) push(g, i, e, K_SPECIAL, KG_TOK_URL);
    else if (c == C_WORD && (e = scan_email(g, i)) > i) push(g, i, e, K_WORD, 0);
    else if (c == C_WORD) e = scan_word(g, i, line_start);
    else if ((ch == '@' || ch == '#') && i + 1 < g->n &&
             (is_alpha(g->s[i + 1]) || is_digit(g->s[i + 1]) || g->s[i + 1] == '_' ||
              ((unsigned char)g->s[i + 1] >= 0xc0 && class_at(g, i + 1) == C_WORD))) {
      e = i + 1;
      while (e < g->n && (is_alpha(g->s[e]) || is_digit(g->s[e]) || g->s[e] == '_' ||
                          ((unsigned char)g->s[e] >= 0x80 && class_at(g, e) == C_WORD))) {
        int l2;
        dec(g->s, g->n, e, &l2);
        e += (size_t)l2;
      }
      push(g, i, e, K_SPECIAL, ch == '@' ? KG_TOK_MENTION : KG_TOK_HASHTAG);
    } else e = scan_punct(g, i);
    if (g->err) return;
    if (g->nt > before) g->t[before].nl = (uint8_t)nl;
    nl = 0;
    i = e > i ? e : i + 1;
  }
}

/* ------------------------------------------------------------- dateline */

/* A month's name or abbreviation ("October", "Oct", "Sept."). */
static int month_word(const seg *g, const segtok *u)
{
  static const char *const months[] = { "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
    "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", NULL };
  size_t n = u->end - u->start;
  if (n > 1 && g->s[u->end - 1] == '.')
    n--;
  return in_list(g->s + u->start, n, months, 0);
}

/* The dash of a mixed-case dateline that carries a full date: a capitalised place, a comma, then only
 * capitalised words, numbers, commas and dots up to the dash, among them a month's name and a year
 * ("Cairo, Tuesday 20 October 2026 —", "Riga, Nov. 13, 2026 -").  -1 when none. */
static long dated_place_dash(const seg *g, size_t i)
{
  int comma = 0, month = 0, year = 0;
  for (size_t j = i + 1; j < g->nt && j < i + 14; j++) {
    const segtok *u = &g->t[j];
    if (u->nl)
      return -1;
    if (u->kind == K_DASH)
      return comma && month && year ? (long)j : -1;
    if (u->kind == K_COMMA && g->s[u->start] == ',')
      comma = 1;
    else if (u->kind == K_NUM)
      year |= u->end - u->start == 4;
    else if (u->kind == K_WORD || u->kind == K_ABBR_TITLE || u->kind == K_ABBR_END) {
      if (!u->upper)
        return -1;
      month |= comma && month_word(g, u);
    } else if (u->kind != K_FINAL || g->s[u->start] != '.' || u->end - u->start != 1)
      return -1;
  }
  return -1;
}

/* A dateline at a paragraph start among the first lines: ALL-CAPS place
 * word(s), then within the same line and at most 24 tokens of place, date
 * and "(Agency)" a dash or "--".  Returns the index of the dash token, -1. */
static long find_dateline(const seg *g)
{
  int paragraphs = 0;
  for (size_t i = 0; i < g->nt && paragraphs < 6; i++) {
    if (g->t[i].nl == 0 && i > 0) continue;
    paragraphs++;
    const segtok *t = &g->t[i];
    /* first word: two or more upper-case letters, nothing lower-case */
    size_t len = t->end - t->start, up = 0, low = 0;
    for (size_t k = 0; k < len; k++) {
      char ch = g->s[t->start + k];
      up += is_upper(ch);
      low += is_lower(ch);
    }
    if (t->kind != K_WORD || up < 1) continue;
    if (low) {
      long dd = dated_place_dash(g, i);
      if (dd >= 0)
        return dd;
      /* "Washington (CNN) -", "London, England (Reuters) --": a capitalised
       * place, then an agency in brackets right before the dash */
      for (size_t j = i + 1; j < g->nt && j < i + 12; j++) {
        const segtok *u = &g->t[j];
        if (u->nl || u->kind == K_FINAL || u->kind == K_ELLIPSIS || u->kind == K_SPECIAL) break;
        if (u->kind == K_DASH) {
          if (j >= i + 4 && g->t[j - 1].kind == K_CLOSE && g->s[g->t[j - 1].start] == ')' &&
              ((g->t[j - 3].kind == K_OPEN && g->s[g->t[j - 3].start] == '(') ||
               (j >= i + 5 && g->t[j - 4].kind == K_OPEN && g->s[g->t[j - 4].start] == '(')) &&
              g->t[j - 2].upper)
            return (long)j;
          break;
        }
        if (u->kind == K_WORD && !u->upper) break;       /* places and agencies are capitalised */
      }
      continue;
    }
    if (up < 2) continue;
    for (size_t j = i + 1; j < g->nt && j < i + 24; j++) {
      const segtok *u = &g->t[j];
      if (u->nl) break;
      /* (a hyphen inside the place's name: "PORT-AU-PRINCE", "WINSTON-SALEM") */
      if (u->kind == K_DASH && u->start == g->t[j - 1].end && j + 1 < g->nt && g->t[j + 1].start == u->end &&
          g->t[j + 1].kind == K_WORD)
        continue;
      if (u->kind == K_DASH) return j > i + 0 ? (long)j : -1;
      if (u->kind == K_FINAL || u->kind == K_ELLIPSIS || u->kind == K_SPECIAL) break;
      if (u->kind == K_COMMA && g->s[u->start] == ':' && j > i) {
        /* "WASHINGTON:" style */
        return (long)j;
      }
    }
  }
  return -1;
}

/* -------------------------------------------------------------- sentences */

static int tok_is(const seg *g, const segtok *t, const char *w)
{
  return t->end - t->start == strlen(w) && !memcmp(g->s + t->start, w, t->end - t->start);
}

/* Whether the line of tokens [a, b) looks like a heading. */
static int heading_line(const seg *g, size_t a, size_t b)
{
  size_t words = 0, caps = 0;
  const segtok *last = &g->t[b - 1];
  if (last->kind == K_COMMA || last->kind == K_DASH || last->kind == K_OPEN ||
      last->kind == K_ABBR_TITLE)
    return 0;
  if (last->kind == K_WORD && in_list(g->s + last->start, last->end - last->start, line_cont, 0))
    return 0;
  for (size_t k = a; k < b; k++) {
    if (g->t[k].kind != K_WORD) continue;
    words++;
    caps += g->t[k].upper;
  }
  return (b - a) <= 12 || (words && caps * 10 >= words * 6);
}

static int ends_final(const seg *g, size_t a, size_t i)
{
  /* walk back over closing quotes/brackets to a sentence-final token */
  size_t k = i;
  while (k > a && g->t[k - 1].kind == K_CLOSE) k--;
  if (k == a) return 0;
  int kind = g->t[k - 1].kind;
  return kind == K_FINAL || kind == K_ELLIPSIS ? kind : 0;
}

static kg_status emit(kg_doc *doc, const seg *g, size_t a, size_t b, int heading)
{
  if (b <= a) return KG_OK;
  kg_sentence *se = kg_doc_add_sentence(doc);
  if (!se) return KG_ERR_NOMEM;
  se->tok = (uint32_t)doc->ntokens;
  se->ntok = (uint32_t)(b - a);
  se->start = g->t[a].start;
  se->end = g->t[b - 1].end;
  se->heading = (uint8_t)heading;
  for (size_t k = a; k < b; k++) {
    const segtok *t = &g->t[k];
    kg_token *tok = kg_doc_add_token(doc, t->start, t->end);
    if (!tok) return KG_ERR_NOMEM;
    tok->form = kg_doc_strndup(doc, g->s + t->start, t->end - t->start);
    if (!tok->form) return KG_ERR_NOMEM;
    tok->flags = t->flags;
    int cl = class_at(g, t->end);
    tok->space_after = (uint8_t)(t->end < g->n && (cl == C_SPACE || cl == C_NL));
  }
  return KG_OK;
}

static kg_status split_sentences(kg_doc *doc, seg *g)
{
  long dl = find_dateline(g);
  if (dl >= 0) {
    size_t k = (size_t)dl;
    while (k > 0 && g->t[k].nl == 0) k--;
    for (size_t j = k; j <= (size_t)dl; j++) g->t[j].flags |= KG_TOK_DATELINE;
  }
  size_t a = 0;
  kg_status st = KG_OK;
  for (size_t i = 1; i <= g->nt && st == KG_OK; i++) {
    if (i == g->nt) { st = emit(doc, g, a, i, 0); break; }
    const segtok *t = &g->t[i];
    int cut = 0, heading = 0;
    int line_start_sent = g->t[a].nl > 0 || a == 0;
    int fin = ends_final(g, a, i);
    if (dl >= 0 && i == (size_t)dl + 1) cut = 1;
    else if (i - a >= KG_SEG_MAXSENT) cut = 1;
    else if (t->nl >= 2) {
      cut = 1;
      heading = !fin && line_start_sent && g->t[i - 1].kind != K_COMMA;
    } else if (t->nl == 1) {
      if (fin || t->kind == K_LIST) cut = 1;
      else if ((t->kind == K_DASH || tok_is(g, t, "*") || tok_is(g, t, "\xe2\x80\xa2")) &&
               i + 1 < g->nt && g->t[i + 1].nl == 0)
        cut = 1;                                   /* a bulleted line */
      else if (line_start_sent && (t->upper || t->kind == K_NUM || t->kind == K_OPEN ||
                                   t->kind == K_ABBR_TITLE) &&
               heading_line(g, a, i)) {
        cut = 1;
        heading = 1;
      }
    } else if (fin) {
      if (fin == K_ELLIPSIS) cut = t->upper && t->kind == K_WORD;
      else cut = t->upper || t->kind == K_NUM || t->kind == K_OPEN || t->kind == K_LIST ||
                 t->kind == K_ABBR_TITLE || t->kind == K_SPECIAL;
    } else if (g->t[i - 1].kind == K_ABBR_END && t->upper && t->kind == K_WORD &&
               in_list(g->s + t->start, t->end - t->start, starters, 0)) {
      cut = 1;
    }
    if (cut) {
      st = emit(doc, g, a, i, heading);
      a = i;
    }
  }
  return st;
}

kg_status kg_segment(kg_doc *doc)
{
  if (!doc) return KG_ERR_USAGE;
  if (doc->ntokens || doc->nsents) return KG_ERR_USAGE;
  seg g = { doc->text, doc->len, NULL, 0, 0, 0 };
  scan(&g);
  kg_status st = g.err ? KG_ERR_NOMEM : KG_OK;
  if (st == KG_OK && g.nt) st = split_sentences(doc, &g);
  free(g.t);
  return st;
}
