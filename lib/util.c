#include "config.h"

#include <err.h>
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mentor.h"

static const char	*prog = "mentor";

/* The program's name, as messages start: "mentor-log". */
const char *
progname(void)
{
	return prog;
}

/* The exit status a program has earned so far (see status_merge). */
int mentor_status;

void
vdiag(const char *path, unsigned long line, unsigned long col,
    const char *fmt, va_list ap)
{
	fflush(stdout);
	fprintf(stderr, "%s: ", progname());
	if (path != NULL) {
		if (line == 0)
			fprintf(stderr, "%s: ", path);
		else if (col == 0)
			fprintf(stderr, "%s:%lu: ", path, line);
		else
			fprintf(stderr, "%s:%lu:%lu: ", path, line, col);
	}
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void
diag(const char *path, unsigned long line, unsigned long col,
    const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	vdiag(path, line, col, fmt, ap);
	va_end(ap);
}

/* Rank exit codes so that the most serious one is kept. */
static int
status_rank(int s)
{
	switch (s) {
	case 0:
		return 0;
	case EX_PROBLEM:
		return 1;
	case EX_DATAERR:
		return 2;
	default:
		return 3;
	}
}

int
status_merge(int a, int b)
{
	return status_rank(b) > status_rank(a) ? b : a;
}

void
status_set(int s)
{
	mentor_status = status_merge(mentor_status, s);
}

/* The program's name: argv[0] without its folder (cut there as well). */
void
progname_set(char **argv)
{
	const char	*slash;

	if (argv == NULL || argv[0] == NULL)
		return;
	if ((slash = strrchr(argv[0], '/')) != NULL && slash[1] != '\0')
		argv[0] = (char *)slash + 1;
	prog = argv[0];
}

/*
 * Ready a program: its name from argv[0] without the folder it was run
 * from (getopt's messages use argv[0] too, so it is cut there as well),
 * and standard output.  A reader that stops early (`list | head`) gets
 * SIGPIPE; the default action ends it quietly, which is what a pipeline
 * wants.  Into a pipe or a file, output goes 64 KiB at a time; a terminal
 * keeps its lines.
 */
void
cli_init(char **argv)
{
	static char	 obuf[64 * 1024];

	progname_set(argv);
	signal(SIGPIPE, SIG_DFL);
	if (!isatty(STDOUT_FILENO))
		(void)setvbuf(stdout, obuf, _IOFBF, sizeof(obuf));
}

int
out_close(int status)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		if (errno == EPIPE)
			_exit(status);
		warn("write error on standard output");
		return EX_IOERR;
	}
	/* A failure noted on the way (a failed autocommit) still counts. */
	return status_merge(status, mentor_status);
}

/* An environment variable, NULL when unset or empty. */
const char *
env_get(const char *name)
{
	const char	*v = getenv(name);

	return v != NULL && *v != '\0' ? v : NULL;
}

/*
 * Append s as one word of a POSIX shell command line that is safe to
 * paste whatever bytes s holds: in single quotes (a quote in it as '\''),
 * or, when s holds control characters that a terminal would act on, as
 * "$(printf '...')" with those bytes written as octal escapes.  A word
 * made that way loses trailing newlines (command substitution): callers
 * quote names that end otherwise, such as lock files.
 */
void
sh_quote(struct buf *b, const char *s)
{
	const unsigned char	*p;
	int			 ctl = 0;

	for (p = (const unsigned char *)s; *p != '\0'; p++)
		ctl |= *p < 0x20 || *p == 0x7f;
	buf_addstr(b, ctl ? "\"$(printf '" : "'");
	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		if (*p == '\'')
			buf_addstr(b, "'\\''");
		else if (ctl && (*p < 0x20 || *p == 0x7f))
			buf_addf(b, "\\%03o", *p);
		else if (ctl && *p == '\\')
			buf_addstr(b, "\\\\");
		else if (ctl && *p == '%')
			buf_addstr(b, "%%");
		else
			buf_addch(b, *p);
	}
	buf_addstr(b, ctl ? "')\"" : "'");
}
