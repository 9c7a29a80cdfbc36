/*
 * doc.h: one record parsed (record.c), its Markdown read by CommonMark's
 * block rules (block.c) into task items, headings and sections (body.c).
 * Included by mentor.h, after the types it needs.
 */
#ifndef MENTOR_DOC_H
#define MENTOR_DOC_H

/*
 * record.c: an arena, many small allocations freed at once (a doc's, a
 * model object's); arena_free releases them all and leaves it empty.
 * Setting first before the first allocation sizes its first chunk.
 */
struct chunk;
struct arena {
	struct chunk	*head;
	size_t		 first;		/* the first chunk's size, or 0 */
};
void		*arena_alloc(struct arena *, size_t);
char		*arena_strndup(struct arena *, const char *, size_t);
char		*arena_strdup(struct arena *, const char *);
void		 arena_free(struct arena *);

/*
 * record.c: one record, parsed.
 *
 * A record is an optional UTF-8 BOM, a "---" line, a YAML block mapping,
 * a "---" or "..." line and a Markdown body.  The front matter becomes a
 * tree of ynodes; every node keeps where its text starts and ends in the
 * file, so edits can replace exactly those bytes.  Lines and columns are
 * 1-based and count in the file (the BOM is not a column).
 */
enum ytype { Y_SCALAR, Y_SEQ, Y_MAP };
enum ystyle {
	YS_PLAIN, YS_SINGLE, YS_DOUBLE, YS_LITERAL, YS_FOLDED,	/* scalars */
	YS_BLOCK, YS_FLOW					/* collections */
};
struct ynode {
	enum ytype	 type;
	enum ystyle	 style;
	unsigned	 line, col;	/* where the node starts */
	size_t		 off, end;	/* its bytes in doc->data: [off, end) */
	const char	*str;		/* scalar: the value, NUL-terminated */
	size_t		 len;		/* scalar: bytes in str */
	struct ynode	**kids;		/* seq: items; map: key, value, ... */
	size_t		 nkids;		/* map: twice the number of pairs */
};

/* Task item statuses, as written between the brackets. */
#define TASK_OPEN	' '
#define TASK_STARTED	'/'
#define TASK_DONE	'x'
#define TASK_DROPPED	'-'
const char	*task_status_word(int);		/* "open", "started", ... */
int		 task_status_live(int);		/* open or started */

struct heading {
	unsigned	 line;
	unsigned	 end;		/* its last line (setext: the underline) */
	int		 level;		/* 1 for "#", ... */
	const char	*text;		/* heading text, trimmed, NUL-terminated */
};

struct task {
	unsigned	 line;		/* 1-based line in the file */
	size_t		 off;		/* offset of the line's first byte */
	size_t		 eol;		/* offset of its line end (\r or \n) */
	size_t		 box;		/* offset of the status character */
	int		 status;	/* TASK_* ('X' reads as 'x') */
	const char	*text;		/* text after "] ", NUL-terminated */
	mdate		 due, done;	/* DATE_NONE when absent */
	unsigned	 due_col, done_col;	/* columns of the tokens, or 0 */
	const char	**people;	/* @ids, in order */
	unsigned	*people_col;	/* their columns */
	size_t		 npeople;
	const char	**tags;		/* #tags, without '#' */
	size_t		 ntags;
	int		 section;	/* index into doc->heads, or -1 */
	unsigned	 badtok_col;	/* column of a bad due:/done: date, or 0 */
	size_t		 marker;	/* offset of its list marker */
	size_t		 end;		/* offset after the item's last line */
	int		 lenient;	/* 1 when only we read it as a task */
	const char	*badtok;	/* that token, or NULL */
};

/*
 * A parsed record.  It owns every byte and string it points at (an arena
 * freed by doc_free).  data holds the file as read, including any BOM.
 */
struct doc {
	const char	*path;		/* as given to doc_load/doc_parse */
	char		*data;		/* the file, NUL-terminated */
	size_t		 len;
	int		 bom;		/* 1 when data starts with a BOM */
	int		 crlf;		/* 1 when the first line ends in CRLF */
	size_t		 fm_off;	/* first byte of the YAML text */
	size_t		 fm_end;	/* first byte of the closing line */
	size_t		 close_end;	/* first byte after the closing line */
	unsigned	 fm_line;	/* line of the YAML's first line */
	unsigned	 close_line;	/* line of the closing --- */
	unsigned	 body_line;	/* first line of the body */
	struct ynode	*fm;		/* the front matter mapping */
	struct heading	*heads;
	size_t		 nheads;
	struct task	*tasks;
	size_t		 ntasks;
	struct arena	 mem;		/* its memory */
};

/*
 * A parse error: where, and what (lowercase, no full stop).  doc_parse and
 * doc_load fill it and return EX_DATAERR for a bad record, EX_NOINPUT for
 * a missing file, EX_IOERR for a read error.
 */
struct doc_error {
	unsigned	 line, col;
	char		 msg[256];
};
int		 doc_load(struct doc *, const char *, struct doc_error *);
int		 doc_fail(struct doc_error *, unsigned, unsigned, const char *,
		    ...) MENTOR_PRINTF(4, 5);
int		 doc_readfd(int, char **, size_t *, struct doc_error *);
int		 doc_readat(int, const char *, char **, size_t *,
		    struct doc_error *);
int		 doc_loadat(struct doc *, int, const char *, const char *,
		    struct doc_error *);
int		 doc_parse(struct doc *, const char *, char *, size_t,
		    struct doc_error *);
int		 doc_parse_fm(struct doc *, const char *, char *, size_t,
		    struct doc_error *);
int		 doc_parse_yaml(struct doc *, const char *, char *, size_t,
		    struct doc_error *);
int		 doc_loadat_yaml(struct doc *, int, const char *,
		    const char *, struct doc_error *);
int		 doc_reparse(struct doc *, const char *, char *, size_t, int);
void		 doc_free(struct doc *);
struct ynode	*fm_get(const struct doc *, const char *);
struct ynode	*fm_key(const struct doc *, const char *);
int		 ynode_null(const struct ynode *);
const char	*fm_str(const struct doc *, const char *);
size_t		 ynode_items(struct ynode *, struct ynode ***, struct ynode **);
unsigned	 doc_line_at(const struct doc *, size_t);
int		 doc_body(const struct doc *, const char **, size_t *);
const char	*doc_heading_text(const struct doc *, int);
void		*doc_alloc(struct doc *, size_t);
char		*doc_strndup(struct doc *, const char *, size_t);
size_t		 yaml_break(const char *, const char *);

/*
 * block.c: CommonMark's block structure, as GitHub reads it, one line at
 * a time.  md_line() tells what a line is: blank, paragraph text, an ATX
 * heading, a setext underline (the paragraph above, from para_line, is
 * its heading), a thematic break, a fence line, code or HTML; whether it
 * stands in a block quote; where its content starts; and whether it opens
 * a task item (task 1: GitHub's task item; 2: ours only, see
 * mentor-journal(5)), its status character at box.  Offsets are the
 * caller's (md_line is told the line's).  An item a task was found in is
 * tagged with md_tag(); when it closes, closed(arg, tag, end) says where
 * its last line ends.  Of a line's mdline, only kind, content, quote,
 * list, task and depth are set on every line; the rest where they apply.
 * At most MD_DEPTH containers are open at once (deeper markers read as
 * text); a setext heading keeps MD_PARA_LINES lines.
 */
#define MD_DEPTH	64
#define MD_PARA_LINES	16
enum mlkind { ML_BLANK, ML_PARA, ML_HEADING, ML_SETEXT, ML_BREAK, ML_FENCE,
	ML_CODE, ML_HTML };
enum { LF_NONE, LF_PARA, LF_FENCE, LF_CODE, LF_HTML };
struct mdcont {
	int		 type;		/* '>' block quote, 'l' list item */
	int		 indent;	/* list item: its content's column */
	int		 empty;		/* list item: nothing in it yet */
	int		 tag;		/* the caller's, or -1 */
	size_t		 end;		/* offset after its last line */
};
struct mdscan {
	struct mdcont	 c[MD_DEPTH];
	int		 n;		/* containers open */
	int		 leaf;		/* LF_* */
	int		 html;		/* LF_HTML: its kind, 1 to 7 */
	char		 fch;		/* LF_FENCE: '`' or '~' */
	size_t		 flen;		/* LF_FENCE: the fence's length */
	unsigned	 line;		/* lines scanned, from 0 */
	unsigned	 para_line;	/* the paragraph's first line */
	unsigned	 leaf_line;	/* the open leaf's first line */
	size_t		 pl[MD_PARA_LINES][2];	/* its lines' content, end */
	int		 npl;
	void		(*closed)(void *, int, size_t);
	void		*arg;
};
struct mdline {
	enum mlkind	 kind;
	int		 level;		/* ML_HEADING, ML_SETEXT: 1 to 6 */
	int		 quote;		/* in a block quote */
	int		 list;		/* opens a list item */
	int		 ordered;	/* ... an ordered one */
	int		 lazy;		/* a lazy continuation line */
	int		 task;		/* 0, 1 or 2: see above */
	int		 deep;		/* a task item deeper than allowed */
	int		 item;		/* its container's depth, or -1 */
	int		 depth;		/* containers open after the line */
	size_t		 content;	/* where the line's content starts */
	size_t		 marker;	/* a list item's marker */
	size_t		 box;		/* a task item's status character */
	unsigned	 para_line;	/* ML_SETEXT */
};
void		 md_begin(struct mdscan *);
void		 md_line(struct mdscan *, const char *, const char *, size_t,
		    size_t, struct mdline *);
void		 md_end(struct mdscan *);
void		 md_tag(struct mdscan *, int, int);

/*
 * body.c: the Markdown body (DESIGN.md §2 "Task items").  body_next()
 * walks the body a line at a time and tells each apart by block.c's
 * reading: every reader of a body (task items and headings, sections,
 * notes, titles, the editor's placing of new items) goes through it.
 * Headings are those outside block quotes and list items (the sections);
 * l->head is the index of the heading the line stands under (-1 before
 * the first), every line of a setext heading under itself; l->content
 * is the text after block quotes' '>' and a list marker; l->box points
 * at a task item's status character.  BL_CODE is code or raw HTML.
 */
enum bkind { BL_BLANK, BL_TEXT, BL_HEADING, BL_TASK, BL_CODE };
struct bscan {
	const struct doc *d;
	const char	*p, *end;
	unsigned	 line;
	int		 head;
	size_t		 hi;		/* the next heading in d->heads */
	struct mdscan	 m;
};
struct bline {
	enum bkind	 kind;
	unsigned	 line;
	const char	*p, *eol;	/* the line, without its line end */
	const char	*q;		/* its first non-blank byte */
	const char	*content;	/* BL_TEXT, BL_TASK: past '>' and bullet */
	const char	*box;		/* BL_TASK */
	const char	*text;		/* BL_HEADING: its text, len bytes */
	size_t		 len;
	int		 level;		/* BL_HEADING: 1 to 6 */
	int		 head;
	int		 quote, bullet;
};
/* What body_notes() finds: strings in the doc. */
struct bnotes {
	const char	*feedback;	/* the Feedback section, or NULL */
	const char	**enc;		/* encouragement notes */
	size_t		 nenc;
};
void		 body_begin(struct bscan *, const struct doc *);
int		 body_next(struct bscan *, struct bline *);
void		 doc_scan_body(struct doc *);
int		 body_task_at(const char *, size_t, size_t, size_t, int *,
		    unsigned *, size_t *);
void		 body_jit(void);
int		 body_heading(const struct doc *, const char *);
int		 body_section(const struct doc *, const char *, struct buf *);
void		 body_notes(struct doc *, struct bnotes *);
const char	*doc_title(struct doc *);

/*
 * Task addressing (DESIGN.md §2).  task_addr_split() splits "REC:LINE" or
 * "REC#N" into a new record string and the line or index (the other 0);
 * a plain "REC" gives both 0.  task_find() picks the task of a parsed doc
 * by line, index or match text (case-insensitive substring, unique); on
 * failure it prints why and returns EX_PROBLEM (no such task, none or
 * several match) or EX_USAGE (nothing to go by) and the task pointer is
 * NULL.
 */
char		*task_addr_split(const char *, unsigned long *, unsigned long *);
int		 task_find(const struct doc *, unsigned long, unsigned long,
		    const char *, const struct task **);

#endif /* MENTOR_DOC_H */
