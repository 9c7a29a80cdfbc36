#include "config.h"

#include <string.h>
#include <strings.h>

#include "mentor.h"

/*
 * The block structure of a Markdown body, one line at a time, by
 * CommonMark's rules as GitHub applies them (cmark-gfm, spec 0.29): the
 * container blocks (block quotes, list items) a line continues or opens,
 * lazy continuation lines, and the leaf it belongs to (a paragraph, an
 * ATX or setext heading, fenced or indented code, one of the seven kinds
 * of HTML block, a thematic break).  Inline Markdown is not looked at:
 * what a body's readers need (task items, headings, sections) is settled
 * at the block level.  Nothing is allocated; a line costs a few passes
 * over its first bytes.
 *
 * Columns count with tab stops of 4, and a container may take part of a
 * tab, as CommonMark says.
 */

#define TAB	4

/* Where the scanner stands in the line. */
struct lpos {
	const char	*p, *e;		/* the line, without its line end */
	size_t		 off;		/* next byte */
	int		 col;		/* its column */
	int		 part;		/* the tab at off is partly taken */
	size_t		 fns;		/* first non-blank byte from off */
	int		 fncol;		/* its column */
	int		 indent;	/* fncol - col */
	int		 blank;		/* nothing but blanks from off */
};

static int
at(const struct lpos *l, size_t i)
{
	return l->p + i < l->e ? (unsigned char)l->p[i] : 0;
}

static int
sp_tab(int c)
{
	return c == ' ' || c == '\t';
}

/* Find the first non-blank byte from l->off, and the indent to it. */
static void
first_nonspace(struct lpos *l)
{
	int	 c, totab = TAB - l->col % TAB;

	l->fns = l->off;
	l->fncol = l->col;
	while ((c = at(l, l->fns)) == ' ' || c == '\t') {
		if (c == ' ') {
			l->fncol++;
			if (--totab == 0)
				totab = TAB;
		} else {
			l->fncol += totab;
			totab = TAB;
		}
		l->fns++;
	}
	l->indent = l->fncol - l->col;
	l->blank = l->p + l->fns >= l->e;
}

/*
 * Advance count bytes, or count columns (cols): a tab counted in columns
 * may be taken in part, its rest left for the next reader.
 */
static void
advance(struct lpos *l, int count, int cols)
{
	int	 totab, n;

	while (count > 0 && l->p + l->off < l->e) {
		if (l->p[l->off] != '\t') {
			l->part = 0;
			l->off++;
			l->col++;
			count--;
			continue;
		}
		totab = TAB - l->col % TAB;
		if (cols) {
			l->part = totab > count;
			n = totab < count ? totab : count;
			l->col += n;
			if (!l->part)
				l->off++;
			count -= n;
		} else {
			l->part = 0;
			l->col += totab;
			l->off++;
			count--;
		}
	}
}

/* Advance to the first non-blank byte. */
static void
to_nonspace(struct lpos *l)
{
	advance(l, (int)(l->fns - l->off), 0);
}

/* An ATX heading at fns: its level, or 0. */
static int
atx(const struct lpos *l)
{
	size_t	 i = l->fns;
	int	 n = 0;

	while (at(l, i) == '#' && n < 7) {
		i++;
		n++;
	}
	if (n == 0 || n > 6 || (at(l, i) != 0 && !sp_tab(at(l, i))))
		return 0;
	return n;
}

/* A fence's opening line at fns: its length (the char in *ch), or 0. */
static size_t
fence_open(const struct lpos *l, char *ch)
{
	size_t	 i = l->fns, n = 0;
	int	 c = at(l, i);

	if (c != '`' && c != '~')
		return 0;
	while (at(l, i + n) == c)
		n++;
	if (n < 3)
		return 0;
	/* A backtick fence's info string holds no backtick. */
	if (c == '`' && memchr(l->p + i + n, '`', (size_t)(l->e - l->p) -
	    (i + n)) != NULL)
		return 0;
	*ch = (char)c;
	return n;
}

/* Does the line close the fence open in s? */
static int
fence_close(const struct lpos *l, const struct mdscan *s)
{
	size_t	 i = l->fns, n = 0;

	if (l->indent > 3 || at(l, i) != s->fch)
		return 0;
	while (at(l, i + n) == s->fch)
		n++;
	if (n < s->flen)
		return 0;
	for (i += n; sp_tab(at(l, i)); i++)
		;
	return at(l, i) == 0;
}

/* A thematic break at fns: three or more '*', '-' or '_' and blanks. */
static int
thematic(const struct lpos *l)
{
	size_t	 i;
	int	 c = at(l, l->fns), n = 0;

	if (c != '*' && c != '-' && c != '_')
		return 0;
	for (i = l->fns; at(l, i) != 0; i++) {
		if (at(l, i) == c)
			n++;
		else if (!sp_tab(at(l, i)))
			return 0;
	}
	return n >= 3;
}

/* A setext underline at fns: 1 for '=', 2 for '-', else 0. */
static int
setext(const struct lpos *l)
{
	size_t	 i = l->fns;
	int	 c = at(l, i);

	if (c != '=' && c != '-')
		return 0;
	while (at(l, i) == c)
		i++;
	while (sp_tab(at(l, i)))
		i++;
	return at(l, i) != 0 ? 0 : c == '=' ? 1 : 2;
}

/* Does [p, e) start with s, ignoring ASCII case? */
static int
prefix_ci(const char *p, const char *e, const char *s)
{
	size_t	 n = strlen(s);

	return (size_t)(e - p) >= n && strncasecmp(p, s, n) == 0;
}

/* Is s (n bytes, any case) one of the names of kind-6 HTML blocks? */
static int
block_tag(const char *s, size_t n)
{
	static const char *const tags[] = {
		"address", "article", "aside", "base", "basefont",
		"blockquote", "body", "caption", "center", "col", "colgroup",
		"dd", "details", "dialog", "dir", "div", "dl", "dt",
		"fieldset", "figcaption", "figure", "footer", "form", "frame",
		"frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head",
		"header", "hr", "html", "iframe", "legend", "li", "link",
		"main", "menu", "menuitem", "nav", "noframes", "ol",
		"optgroup", "option", "p", "param", "section", "summary",
		"table", "tbody", "td", "tfoot", "th", "thead", "title", "tr",
		"track", "ul"
	};
	size_t	 i;

	for (i = 0; i < sizeof(tags) / sizeof(tags[0]); i++)
		if (strlen(tags[i]) == n && strncasecmp(tags[i], s, n) == 0)
			return 1;
	return 0;
}

static int
alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int
alnum(int c)
{
	return alpha(c) || (c >= '0' && c <= '9');
}

/* Past a tag name at p (a letter, then letters, digits and '-'). */
static const char *
tag_name(const char *p, const char *e)
{
	if (p >= e || !alpha((unsigned char)*p))
		return NULL;
	for (p++; p < e && (alnum((unsigned char)*p) || *p == '-'); p++)
		;
	return p;
}

/*
 * Is [p, e), from its '<', a complete open or closing tag and nothing
 * but blanks after it (the start of an HTML block of kind 7)?
 */
static int
html_tag_line(const char *p, const char *e)
{
	const char	*q;
	int		 close = 0;
	char		 quote;

	if (++p < e && *p == '/') {
		close = 1;
		p++;
	}
	if ((q = tag_name(p, e)) == NULL)
		return 0;
	p = q;
	if (!close) {
		/* Attributes: a blank, a name, maybe "=" and a value. */
		for (;;) {
			for (q = p; q < e && (sp_tab(*q) || *q == '\v' ||
			    *q == '\f'); q++)
				;
			if (q == p || q >= e || !(alpha((unsigned char)*q) ||
			    *q == '_' || *q == ':'))
				break;
			for (q++; q < e && (alnum((unsigned char)*q) ||
			    strchr("_.:-", *q) != NULL); q++)
				;
			p = q;
			while (q < e && sp_tab(*q))
				q++;
			if (q >= e || *q != '=')
				continue;
			for (q++; q < e && sp_tab(*q); q++)
				;
			if (q < e && (*q == '"' || *q == '\'')) {
				quote = *q;
				if ((q = memchr(q + 1, quote, (size_t)(e - q -
				    1))) == NULL)
					return 0;
				p = q + 1;
				continue;
			}
			for (p = q; q < e && strchr(" \t\v\f\"'=<>`", *q) ==
			    NULL; q++)
				;
			if (q == p)
				return 0;
			p = q;
		}
		while (p < e && (sp_tab(*p) || *p == '\v' || *p == '\f'))
			p++;
		if (p < e && *p == '/')
			p++;
	} else
		while (p < e && sp_tab(*p))
			p++;
	if (p >= e || *p != '>')
		return 0;
	for (p++; p < e && (sp_tab(*p) || *p == '\v' || *p == '\f'); p++)
		;
	return p == e;
}

/*
 * The kind (1 to 7) of HTML block that starts at fns, or 0.  Kind 7
 * cannot interrupt a paragraph (inpara).
 */
static int
html_start(const struct lpos *l, int inpara)
{
	const char	*p = l->p + l->fns, *e = l->e, *q;
	static const char *const raw[] = { "script", "pre", "style" };
	size_t		 i, n;

	if (p >= e || *p != '<')
		return 0;
	for (i = 0; i < 3; i++) {
		n = strlen(raw[i]);
		if (prefix_ci(p + 1, e, raw[i]) && (p + 1 + n == e ||
		    sp_tab(p[1 + n]) || p[1 + n] == '>'))
			return 1;
	}
	if (prefix_ci(p, e, "<!--"))
		return 2;
	if (prefix_ci(p, e, "<?"))
		return 3;
	if (e - p >= 3 && p[1] == '!' && p[2] >= 'A' && p[2] <= 'Z')
		return 4;
	if (prefix_ci(p, e, "<![CDATA["))
		return 5;
	q = p + 1 < e && p[1] == '/' ? p + 2 : p + 1;
	for (n = 0; q + n < e && alnum((unsigned char)q[n]); n++)
		;
	if (n > 0 && block_tag(q, n) && (q + n == e || sp_tab(q[n]) ||
	    q[n] == '>' || (q[n] == '/' && q + n + 1 < e && q[n + 1] == '>')))
		return 6;
	if (!inpara && html_tag_line(p, e))
		return 7;
	return 0;
}

/* Does [p, e) hold s, ignoring ASCII case? */
static int
holds_ci(const char *p, const char *e, const char *s)
{
	size_t	 n = strlen(s);

	for (; (size_t)(e - p) >= n; p++)
		if (strncasecmp(p, s, n) == 0)
			return 1;
	return 0;
}

/* Does the line, from fns, end an HTML block of kind 1 to 5? */
static int
html_end(const struct lpos *l, int kind)
{
	const char	*p = l->p + l->fns, *e = l->e;

	switch (kind) {
	case 1:
		return holds_ci(p, e, "</script>") || holds_ci(p, e, "</pre>") ||
		    holds_ci(p, e, "</style>");
	case 2:
		return holds_ci(p, e, "-->");
	case 3:
		return holds_ci(p, e, "?>");
	case 4:
		return memchr(p, '>', (size_t)(e - p)) != NULL;
	case 5:
		return holds_ci(p, e, "]]>");
	}
	return 0;
}

/*
 * A list marker at fns: its width (1 for a bullet, the digits and the
 * delimiter for an ordered one), or 0.  One that would interrupt a
 * paragraph must not be empty, and an ordered one must start at 1.
 */
static int
list_marker(const struct lpos *l, int inpara, int *ordered)
{
	size_t	 i = l->fns;
	int	 c = at(l, i), n = 0;
	long	 start = 0;

	*ordered = 0;
	if (c == '-' || c == '+' || c == '*')
		i++;
	else {
		while (n < 10 && at(l, i + n) >= '0' && at(l, i + n) <= '9') {
			start = start * 10 + (at(l, i + n) - '0');
			n++;
		}
		if (n == 0 || n > 9 || (at(l, i + n) != '.' &&
		    at(l, i + n) != ')'))
			return 0;
		i += n + 1;
		*ordered = 1;
	}
	if (at(l, i) != 0 && !sp_tab(at(l, i)))
		return 0;
	if (inpara) {
		size_t j = i;

		while (sp_tab(at(l, j)))
			j++;
		if (at(l, j) == 0 || (*ordered && start != 1))
			return 0;
	}
	return (int)(i - l->fns);
}

/*
 * A task item's box at fns: "[S]" with S one of " xX/-", then a blank
 * or the end of the line.  GitHub wants a blank (a space, a tab, a
 * vertical tab or a form feed) after a box of ' ', 'x' or 'X'.  Returns
 * 0, 1 for what GitHub reads as a task item, 2 for what only we do.
 */
static int
box_at(const struct lpos *l, size_t i)
{
	int	 c = at(l, i + 1), after = at(l, i + 3);

	if (at(l, i) != '[' || at(l, i + 2) != ']' || c == 0 ||
	    strchr(" xX/-", c) == NULL)
		return 0;
	if (after != 0 && !sp_tab(after) && after != '\v' && after != '\f')
		return 0;
	return (c == '/' || c == '-' || after == 0) ? 2 : 1;
}

/* Close the containers from depth n on, telling the caller of items. */
static void
close_to(struct mdscan *s, int n)
{
	while (s->n > n) {
		s->n--;
		if (s->c[s->n].tag >= 0 && s->closed != NULL)
			s->closed(s->arg, s->c[s->n].tag, s->c[s->n].end);
	}
}

/* Open a container at the line's position (the first one closes the rest). */
static struct mdcont *
push(struct mdscan *s, int matched, int *opened, int type, size_t next)
{
	struct mdcont	*c;

	if ((*opened)++ == 0)
		close_to(s, matched);
	c = &s->c[s->n++];
	c->type = type;
	c->indent = 0;
	c->empty = 0;
	c->tag = -1;
	c->end = next;
	return c;
}

/*
 * A nested list item indented deeper than CommonMark allows, read by
 * CommonMark as more of its parent's paragraph: a marker, one to four
 * blanks and a box at fns.  We take it as an item (m->deep).
 */
static void
deep_item(const struct lpos *l, size_t off, struct mdline *m)
{
	struct lpos	 d = *l;
	int		 w, ord;

	d.off = d.fns;
	if ((w = list_marker(&d, 0, &ord)) == 0)
		return;
	advance(&d, w, 0);
	first_nonspace(&d);
	if (d.blank || d.indent > 4 || box_at(&d, d.fns) == 0)
		return;
	m->task = 2;
	m->deep = 1;
	m->box = off + d.fns + 1;
	m->marker = off + l->fns;
	m->ordered = ord;
}

/* Can a block other than a paragraph start with c (or its indent)? */
static int
block_char(int c)
{
	switch (c) {
	case ' ': case '\t': case '>': case '#': case '`': case '~': case '<':
	case '=': case '-': case '*': case '_': case '+':
	case '0': case '1': case '2': case '3': case '4': case '5': case '6':
	case '7': case '8': case '9':
		return 1;
	}
	return 0;
}

/*
 * Most lines of a body are text or empty at the top level: read those
 * without the general walk.  Returns 0 when the line needs it.
 */
static int
quick_line(struct mdscan *s, const char *p, const char *eol, size_t off,
    struct mdline *m)
{
	if (s->n != 0 || s->leaf == LF_HTML)
		return 0;
	if (p == eol) {
		m->kind = s->leaf == LF_FENCE ? ML_CODE : ML_BLANK;
		if (s->leaf == LF_PARA)
			s->leaf = LF_NONE;
	} else if (!block_char((unsigned char)*p)) {
		if (s->leaf == LF_FENCE)
			m->kind = ML_CODE;
		else {
			m->kind = ML_PARA;
			if (s->leaf != LF_PARA) {
				s->leaf = LF_PARA;
				s->para_line = s->leaf_line = s->line;
				s->npl = 0;
			}
			if (s->npl < MD_PARA_LINES) {
				s->pl[s->npl][0] = off;
				s->pl[s->npl][1] = off + (size_t)(eol - p);
				s->npl++;
			}
		}
	} else
		return 0;
	m->content = off;
	m->task = m->quote = m->list = m->depth = 0;
	s->line++;
	return 1;
}

/* Start scanning a body (the containers need no clearing). */
void
md_begin(struct mdscan *s)
{
	s->n = s->leaf = s->html = s->npl = 0;
	s->fch = '\0';
	s->flen = 0;
	s->line = s->para_line = s->leaf_line = 0;
	s->closed = NULL;
	s->arg = NULL;
}

/*
 * Scan the line [p, eol) (without its line end; off is the offset of p
 * in the text the caller keeps, next the offset after the line end) and
 * tell what it is in *m.
 */
void
md_line(struct mdscan *s, const char *p, const char *eol, size_t off,
    size_t next, struct mdline *m)
{
	struct lpos	 l;
	struct mdcont	*c;
	int		 matched, all, maybe_lazy, inpara, w, ord, k, i;
	int		 opened = 0, markers = 0, spaces, save_col, save_part;
	int		 depth;
	size_t		 save_off;
	char		 ch;

	if (quick_line(s, p, eol, off, m))
		return;
	memset(m, 0, sizeof(*m));
	m->item = -1;
	memset(&l, 0, sizeof(l));
	l.p = p;
	l.e = eol;
	maybe_lazy = s->leaf == LF_PARA;

	/* The containers the line continues. */
	for (matched = 0; matched < s->n; matched++) {
		c = &s->c[matched];
		first_nonspace(&l);
		if (c->type == '>') {
			if (l.indent > 3 || at(&l, l.fns) != '>')
				break;
			advance(&l, l.indent + 1, 1);
			if (sp_tab(at(&l, l.off)))
				advance(&l, 1, 1);
			m->quote = 1;
		} else if (l.indent >= c->indent)
			advance(&l, c->indent, 1);
		else if (l.blank && !c->empty)
			to_nonspace(&l);
		else
			break;
	}
	all = matched == s->n;
	first_nonspace(&l);

	/* The leaf open in the innermost container goes on, or ends. */
	if (all) {
		switch (s->leaf) {
		case LF_FENCE:
			m->kind = fence_close(&l, s) ? ML_FENCE : ML_CODE;
			if (m->kind == ML_FENCE)
				s->leaf = LF_NONE;
			goto done;
		case LF_CODE:
			if (l.indent >= 4 || l.blank) {
				m->kind = l.blank ? ML_BLANK : ML_CODE;
				goto done;
			}
			s->leaf = LF_NONE;
			break;
		case LF_HTML:
			if (s->html >= 6 && l.blank) {
				s->leaf = LF_NONE;
				break;
			}
			m->kind = ML_HTML;
			if (s->html < 6 && html_end(&l, s->html))
				s->leaf = LF_NONE;
			goto done;
		}
	}

	/* New containers, then maybe a new leaf. */
	inpara = all && s->leaf == LF_PARA && !l.blank;
	for (;;) {
		first_nonspace(&l);
		if (l.indent >= 4) {
			if (!maybe_lazy && !l.blank) {
				advance(&l, 4, 1);
				m->kind = ML_CODE;
				s->leaf = LF_CODE;
				s->leaf_line = s->line;
				goto leaf;
			}
			break;
		}
		depth = opened ? s->n : matched;
		if (at(&l, l.fns) == '>' && depth < MD_DEPTH) {
			advance(&l, l.indent + 1, 1);
			if (sp_tab(at(&l, l.off)))
				advance(&l, 1, 1);
			(void)push(s, matched, &opened, '>', next);
			m->quote = 1;
			inpara = 0;
			continue;
		}
		if ((k = atx(&l)) != 0) {
			m->kind = ML_HEADING;
			m->level = k;
			s->leaf = LF_NONE;
			goto leaf;
		}
		if ((s->flen = fence_open(&l, &ch)) != 0) {
			s->fch = ch;
			m->kind = ML_FENCE;
			s->leaf = LF_FENCE;
			s->leaf_line = s->line;
			goto leaf;
		}
		if ((k = html_start(&l, inpara)) != 0) {
			s->html = k;
			m->kind = ML_HTML;
			s->leaf_line = s->line;
			s->leaf = k < 6 && html_end(&l, k) ? LF_NONE : LF_HTML;
			goto leaf;
		}
		if (inpara && (k = setext(&l)) != 0) {
			m->kind = ML_SETEXT;
			m->level = k;
			s->leaf = LF_NONE;
			goto done;
		}
		if (thematic(&l)) {
			m->kind = ML_BREAK;
			s->leaf = LF_NONE;
			goto leaf;
		}
		if (depth >= MD_DEPTH ||
		    (w = list_marker(&l, inpara, &ord)) == 0)
			break;
		/* A list item: its content starts after one to four blanks. */
		m->marker = off + l.fns;
		m->ordered = ord;
		k = l.indent;
		advance(&l, (int)(l.fns + (size_t)w - l.off), 0);
		save_off = l.off;
		save_col = l.col;
		save_part = l.part;
		while (l.col - save_col <= 5 && sp_tab(at(&l, l.off)))
			advance(&l, 1, 1);
		spaces = l.col - save_col;
		if (spaces >= 5 || spaces < 1 || at(&l, l.off) == 0) {
			l.off = save_off;
			l.col = save_col;
			l.part = save_part;
			if (spaces > 0)
				advance(&l, 1, 1);
			spaces = 1;
		}
		c = push(s, matched, &opened, 'l', next);
		c->indent = k + w + spaces;
		m->list = 1;
		markers++;
		inpara = 0;
		first_nonspace(&l);
		c->empty = l.blank;
		/*
		 * A task item: its box right after the marker.  GitHub's
		 * reads it only when nothing but blanks comes before the
		 * marker on the line.
		 */
		if (l.indent < 4 && (k = box_at(&l, l.fns)) != 0) {
			m->task = k == 2 || m->quote || markers > 1 ? 2 : 1;
			m->box = off + l.fns + 1;
			m->item = s->n - 1;
			break;
		}
	}

	if (l.blank) {
		m->kind = ML_BLANK;
		if (opened == 0)
			close_to(s, matched);
		s->leaf = LF_NONE;
		goto done;
	}
	m->kind = ML_PARA;
	if (opened == 0 && !all && s->leaf == LF_PARA) {
		/* A lazy continuation line: every container stays. */
		m->lazy = 1;
	} else if (opened == 0 && all && s->leaf == LF_PARA) {
		if (m->task == 0 && s->n > 0 && s->c[s->n - 1].type == 'l' &&
		    l.indent >= 4)
			deep_item(&l, off, m);
	} else {
		if (opened == 0)
			close_to(s, matched);
		s->leaf = LF_PARA;
		s->para_line = s->line;
		s->leaf_line = s->line;
		s->npl = 0;
	}
	if (s->npl < MD_PARA_LINES) {
		s->pl[s->npl][0] = off + l.fns;
		s->pl[s->npl][1] = off + (size_t)(eol - p);
		s->npl++;
	}
	goto done;

leaf:
	if (opened == 0)
		close_to(s, matched);
done:
	m->content = off + l.fns;
	if (m->kind == ML_SETEXT)
		m->para_line = s->para_line;
	if (m->kind != ML_BLANK)
		for (i = 0; i < s->n; i++) {
			s->c[i].end = next;
			s->c[i].empty = 0;
		}
	m->depth = s->n;
	s->line++;
}

/* The body has ended: close what is open. */
void
md_end(struct mdscan *s)
{
	close_to(s, 0);
}

/* Tag the item container at depth i with the caller's number. */
void
md_tag(struct mdscan *s, int i, int tag)
{
	if (i >= 0 && i < s->n)
		s->c[i].tag = tag;
}
