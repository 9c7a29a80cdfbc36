/*
 * body-read REPS LIST: the cost of reading Markdown bodies, mentor's
 * block scanner against md4c.  body-read -t FILE...: the task items
 * md4c finds, "FILE:LINE:true|false" as tests/cli/0910-conformance.t
 * lists cmark-gfm's, to compare the two the same way.  LIST names record files, one a line (from
 * gen-journal: find DIR/log -name '*.md').  Each file is read into memory
 * once, then parsed REPS times three ways, timed in CPU seconds: the
 * whole record as every reader parses it (front matter and body), the
 * front matter alone (so the body's share is the difference), and the
 * body alone through md4c with GitHub's dialect and callbacks that do
 * nothing.  Not built by make (tests/bench/README says how).
 */
#include "config.h"

#include <err.h>
#include <md4c.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "mentor.h"

struct file {
	char	*data;
	size_t	 len, fm;		/* fm: where the body starts */
};

static int
block_nop(MD_BLOCKTYPE t, void *d, void *u)
{
	(void)t;
	(void)d;
	(void)u;
	return 0;
}

static int
span_nop(MD_SPANTYPE t, void *d, void *u)
{
	(void)t;
	(void)d;
	(void)u;
	return 0;
}

static int
text_nop(MD_TEXTTYPE t, const MD_CHAR *s, MD_SIZE n, void *u)
{
	(void)t;
	(void)s;
	(void)n;
	(void)u;
	return 0;
}

/* md4c's task items, printed as they are met. */
static const char	*md_file, *md_text;

static int
block_task(MD_BLOCKTYPE t, void *d, void *u)
{
	const MD_BLOCK_LI_DETAIL	*li = d;
	MD_OFFSET			 i;
	unsigned			 line = 1;

	(void)u;
	if (t != MD_BLOCK_LI || !li->is_task)
		return 0;
	for (i = 0; i < li->task_mark_offset; i++)
		line += md_text[i] == '\n';
	printf("%s:%u:%s\n", md_file, line, li->task_mark == ' ' ? "false" :
	    "true");
	return 0;
}

static double
cpu(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Parse the first len bytes of f as a record; its task items. */
static size_t
parse(const struct file *f, size_t len)
{
	struct doc		 d;
	struct doc_error	 e;
	char			*c = xmalloc(len + 1);
	size_t			 n = 0;

	memcpy(c, f->data, len);
	c[len] = '\0';
	if (doc_parse(&d, "bench", c, len, &e) == 0)
		n = d.ntasks;
	doc_free(&d);
	return n;
}

int
main(int argc, char *argv[])
{
	struct file	*v = NULL;
	struct buf	 b = BUF_INIT;
	MD_PARSER	 p;
	FILE		*l, *f;
	char		 line[4096], chunk[8192], *end;
	size_t		 n = 0, i, k, tasks = 0;
	double		 t0, t1, t2, t3;
	int		 reps = argc == 3 ? atoi(argv[1]) : 0, r;

	memset(&p, 0, sizeof(p));
	p.flags = MD_DIALECT_GITHUB;
	p.enter_block = p.leave_block = block_nop;
	p.enter_span = p.leave_span = span_nop;
	p.text = text_nop;
	if (argc > 1 && strcmp(argv[1], "-t") == 0) {
		p.enter_block = block_task;
		for (r = 2; r < argc; r++) {
			if ((f = fopen(argv[r], "r")) == NULL)
				err(EX_NOINPUT, "%s", argv[r]);
			buf_reset(&b);
			while ((k = fread(chunk, 1, sizeof(chunk), f)) > 0)
				buf_add(&b, chunk, k);
			fclose(f);
			buf_addch(&b, '\0');
			md_file = argv[r];
			md_text = b.buf;
			(void)md_parse(b.buf, (MD_SIZE)(b.len - 1), &p, NULL);
		}
		buf_release(&b);
		return 0;
	}
	if (reps < 1)
		errx(EX_USAGE, "usage: body-read reps list | -t file...");
	if ((l = fopen(argv[2], "r")) == NULL)
		err(EX_NOINPUT, "%s", argv[2]);
	while (fgets(line, sizeof(line), l) != NULL) {
		line[strcspn(line, "\n")] = '\0';
		if ((f = fopen(line, "r")) == NULL)
			err(EX_NOINPUT, "%s", line);
		buf_reset(&b);
		while ((k = fread(chunk, 1, sizeof(chunk), f)) > 0)
			buf_add(&b, chunk, k);
		fclose(f);
		v = xreallocarray(v, n + 1, sizeof(*v));
		v[n].data = buf_detach(&b, &v[n].len);
		end = strstr(v[n].data + 3, "\n---\n");
		v[n].fm = end != NULL ? (size_t)(end - v[n].data) + 5 :
		    v[n].len;
		n++;
	}
	fclose(l);

	t0 = cpu();
	for (r = 0; r < reps; r++)
		for (i = 0; i < n; i++)
			tasks += parse(&v[i], v[i].len);
	t1 = cpu();
	for (r = 0; r < reps; r++)
		for (i = 0; i < n; i++)
			(void)parse(&v[i], v[i].fm);
	t2 = cpu();
	for (r = 0; r < reps; r++)
		for (i = 0; i < n; i++)
			(void)md_parse(v[i].data + v[i].fm,
			    (MD_SIZE)(v[i].len - v[i].fm), &p, NULL);
	t3 = cpu();
	printf("%zu records x %d (%zu task items a round)\n", n, reps,
	    tasks / (size_t)reps);
	printf("record (front matter and body)\t%.3f s\n", t1 - t0);
	printf("front matter alone\t\t%.3f s\n", t2 - t1);
	printf("mentor's body scanner\t\t%.3f s\t%.2f us a body\n",
	    (t1 - t0) - (t2 - t1), ((t1 - t0) - (t2 - t1)) * 1e6 /
	    ((double)n * reps));
	printf("md4c, callbacks empty\t\t%.3f s\t%.2f us a body\n", t3 - t2,
	    (t3 - t2) * 1e6 / ((double)n * reps));
	for (i = 0; i < n; i++)
		free(v[i].data);
	free(v);
	buf_release(&b);
	return 0;
}
