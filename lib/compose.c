#include "config.h"

#include <ctype.h>
#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mentor.h"

/*
 * Composing a new record's text: a body read from a file or standard
 * input and checked to be text, a template filled in an editor, and the
 * relative dates of its task items made absolute, found as every reader
 * finds them.
 */

/* Name a body's source in messages: standard input, or 'FILE'. */
static char *
source_name(const char *file)
{
	char	*s;

	if (strcmp(file, "-") == 0)
		return xstrdup("standard input");
	xasprintf(&s, "'%s'", file);
	return s;
}

/*
 * Read a body from a file or ("-") standard input into b, refusing what
 * is not text: a NUL byte, invalid UTF-8, more than a record may hold.
 * Returns 0, or a sysexits code after a message.
 */
int
compose_read(const char *file, struct buf *b)
{
	char	 chunk[8192], *name = source_name(file);
	ssize_t	 n;
	size_t	 bad;
	int	 fd, rc = 0;

	if (strcmp(file, "-") == 0)
		fd = STDIN_FILENO;
	else if ((fd = open(file, O_RDONLY | O_CLOEXEC)) == -1) {
		warn("cannot read %s", name);
		free(name);
		return errno == ENOENT ? EX_NOINPUT : EX_IOERR;
	}
	while ((n = read(fd, chunk, sizeof(chunk))) != 0) {
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1) {
			warn("cannot read %s", name);
			rc = EX_IOERR;
			break;
		}
		buf_add(b, chunk, (size_t)n);
		if (b->len > RECORD_MAX) {
			warnx("%s is over 16 MiB; nothing written", name);
			rc = EX_DATAERR;
			break;
		}
	}
	if (fd != STDIN_FILENO)
		close(fd);
	if (rc == 0 && memchr(b->buf, '\0', b->len) != NULL) {
		warnx("%s holds a NUL byte (byte %zu): not text; nothing "
		    "written", name, (size_t)((char *)memchr(b->buf, '\0',
		    b->len) - b->buf) + 1);
		rc = EX_DATAERR;
	} else if (rc == 0 && !utf8_valid(b->buf, b->len, &bad)) {
		warnx("%s is not valid UTF-8 (byte %zu); nothing written",
		    name, bad + 1);
		rc = EX_DATAERR;
	}
	free(name);
	return rc;
}

/* Is the text nothing but white space? */
int
compose_blank(const struct buf *b)
{
	size_t	 i;

	for (i = 0; i < b->len; i++)
		if (!isspace((unsigned char)b->buf[i]))
			return 0;
	return 1;
}

/* Nothing but blank lines and headings: a template left empty. */
static int
only_headings(const struct buf *b)
{
	const char	*p = b->buf, *e, *end = b->buf + b->len;

	for (; p < end; p = e + 1) {
		if ((e = memchr(p, '\n', (size_t)(end - p))) == NULL)
			e = end;
		while (p < e && isspace((unsigned char)*p))
			p++;
		if (p < e && *p != '#')
			return 0;
	}
	return 1;
}

/*
 * A temporary file called name holding data, alone in a folder of its own
 * under $TMPDIR (mkdtemp: the name stays as given, for an editor that
 * goes by it).  Its path in *path; tmp_remove() takes both away.
 */
int
tmp_file(const char *name, const char *data, size_t len, char **path)
{
	char	*dir;
	int	 fd;

	xasprintf(&dir, "%s/mentor-XXXXXX", env_get("TMPDIR") ?
	    env_get("TMPDIR") : "/tmp");
	if (mkdtemp(dir) == NULL) {
		warn("cannot make a folder for a copy to edit");
		free(dir);
		return EX_CANTCREAT;
	}
	xasprintf(path, "%s/%s", dir, name);
	free(dir);
	if ((fd = open(*path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
	    0600)) == -1) {
		warn("cannot make '%s'", *path);
		tmp_remove(*path);
		*path = NULL;
		return EX_CANTCREAT;
	}
	if (write(fd, data, len) != (ssize_t)len || close(fd) == -1) {
		warn("cannot write '%s'", *path);
		tmp_remove(*path);
		*path = NULL;
		return EX_IOERR;
	}
	return 0;
}

/* Remove a file of tmp_file() and its folder, and free the path. */
void
tmp_remove(char *path)
{
	char	*slash;

	if (path == NULL)
		return;
	(void)unlink(path);
	if ((slash = strrchr(path, '/')) != NULL) {
		*slash = '\0';
		(void)rmdir(path);
	}
	free(path);
}

/*
 * The body from $VISUAL/$EDITOR on a template; 1 when the editor fails
 * or the template comes back untouched or with nothing but its headings.
 */
int
compose_edit(const char *template, struct buf *b)
{
	char	*tmp;
	int	 rc;

	if ((rc = tmp_file("entry.md", template, strlen(template), &tmp)) !=
	    0)
		return rc;
	if (editor_run(tmp) != 0)
		rc = EX_PROBLEM;
	else if ((rc = compose_read(tmp, b)) == 0 && only_headings(b)) {
		warnx("the template is %s; nothing written",
		    b->len == strlen(template) && memcmp(b->buf, template,
		    b->len) == 0 ? "untouched" : "empty");
		rc = EX_PROBLEM;
	}
	tmp_remove(tmp);
	return rc;
}

/*
 * Files hold absolute dates only: in the task items of a new record,
 * found as every reader finds them (code left alone), turn due:tomorrow,
 * due:+3d, done:friday into YYYY-MM-DD.  A date that is no date is
 * refused with status bad; a record that would not read back with 65.
 */
int
compose_dates(struct buf *rec, mdate today, int week_start, int bad)
{
	struct doc		 d;
	struct doc_error	 e;
	struct buf		 out = BUF_INIT;
	const struct task	*t;
	const char		*p, *end;
	char			 ds[DATE_STRLEN], *v;
	size_t			 i, k, n, pos = 0;
	mdate			 x;
	int			 rc = 0;

	if (doc_parse(&d, "new entry", xstrndup(rec->buf, rec->len),
	    rec->len, &e) != 0) {
		warnx("the new entry would not read back (line %u: %s); "
		    "nothing written", e.line, e.msg);
		doc_free(&d);
		return EX_DATAERR;
	}
	for (i = 0; i < d.ntasks; i++) {
		t = &d.tasks[i];
		end = d.data + t->eol;
		for (p = d.data + t->box + 2; p < end; p++) {
			if (!isspace((unsigned char)p[-1]))
				continue;
			if (end - p >= 4 && memcmp(p, "due:", 4) == 0)
				k = 4;
			else if (end - p >= 5 && memcmp(p, "done:", 5) == 0)
				k = 5;
			else
				continue;
			for (n = k; p + n < end && !isspace((unsigned char)p[n]);
			    n++)
				;
			/* As readers do: "due:friday." ends a sentence. */
			while (n > k && strchr(".,;:)!?", p[n - 1]) != NULL)
				n--;
			v = xstrndup(p + k, n - k);
			if (date_iso(v, n - k, &x) == 0)
				;
			else if (date_parse(v, today, week_start, &x) != 0) {
				warnx("bad date '%.*s' in an action item "
				    "(YYYY-MM-DD, today, +3d, friday...); "
				    "nothing written", (int)n, p);
				rc = bad;
			} else {
				date_format(x, ds);
				buf_add(&out, d.data + pos,
				    (size_t)(p + k - d.data) - pos);
				buf_addstr(&out, ds);
				pos = (size_t)(p + n - d.data);
			}
			free(v);
			p += n - 1;
		}
	}
	buf_add(&out, d.data + pos, d.len - pos);
	doc_free(&d);
	buf_release(rec);
	*rec = out;
	return rc;
}
