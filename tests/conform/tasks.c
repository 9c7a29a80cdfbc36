#include "config.h"

#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"

/*
 * tasks FILE...: the task items of Markdown bodies, as mentor reads them,
 * one a line: "FILE:LINE:S:W", S the status character as written, W 'g'
 * for an item GitHub's cmark-gfm reads as a task too, 'm' for one only
 * mentor does (mentor-journal(5) says which).  Lines count in the body
 * file.  For the conformance test (tests/cli/0910-conformance.t).
 */

int
main(int argc, char **argv)
{
	struct doc		 d;
	struct doc_error	 e;
	struct buf		 b = BUF_INIT;
	FILE			*f;
	char			 chunk[8192], *data;
	size_t			 n, i;
	int			 a, rc = 0;

	for (a = 1; a < argc; a++) {
		if ((f = fopen(argv[a], "r")) == NULL) {
			warn("%s", argv[a]);
			rc = 1;
			continue;
		}
		buf_setlen(&b, 0);
		buf_addstr(&b, "---\n---\n");
		while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
			buf_add(&b, chunk, n);
		fclose(f);
		data = buf_detach(&b, &n);
		if (doc_parse(&d, argv[a], data, n, &e) != 0) {
			warnx("%s:%u:%u: %s", argv[a], e.line, e.col, e.msg);
			doc_free(&d);
			rc = 1;
			continue;
		}
		for (i = 0; i < d.ntasks; i++)
			printf("%s:%u:%c:%c\n", argv[a], d.tasks[i].line - 2,
			    d.data[d.tasks[i].box], d.tasks[i].lenient ? 'm' :
			    'g');
		doc_free(&d);
	}
	buf_release(&b);
	if (fflush(stdout) != 0 || ferror(stdout))
		err(EX_IOERR, "stdout");
	return rc;
}
