/*
 * measure: run a command several times and print, for each round, its wall
 * time, its peak resident set and its exit status:
 *
 *	WALL_SECONDS MAXRSS_KB EXIT
 *
 * Wall time is CLOCK_MONOTONIC around fork and wait4; the peak RSS is the
 * ru_maxrss wait4 reports for that child alone (KiB on Linux).  With -c K
 * a round is K calls one after another: WALL is the time a call (the
 * round's time divided by K), MAXRSS the largest of the K, EXIT the first
 * non-zero status.  An argument holding "{n}" gets a number unique to each
 * call in its place, so writers can make a new file or journal each time.
 */
/* wait4 is BSD's, not POSIX's: ask for it where a strict build hides it. */
#define _DEFAULT_SOURCE 1
#define _DARWIN_C_SOURCE 1
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>

#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <time.h>
#include <unistd.h>

static int		 vflag;
static const char	*iflag = "/dev/null";
static unsigned long	 serial;

static void __attribute__((__noreturn__))
usage(int status)
{
	fprintf(status ? stderr : stdout,
	    "usage: measure [-hv] [-c calls] [-i input] [-n rounds] "
	    "[-w warmup] [--]\n"
	    "               command [argument ...]\n");
	exit(status ? EX_USAGE : 0);
}

static unsigned long
number(const char *s, const char *what, unsigned long min)
{
	char		*end;
	unsigned long	 v;

	errno = 0;
	v = strtoul(s, &end, 10);
	if (*s < '0' || *s > '9' || *end != '\0' || errno != 0 || v < min ||
	    v > 1000000UL)
		errx(EX_USAGE, "bad %s '%s'", what, s);
	return v;
}

static double
now(void)
{
	struct timespec	 ts;

	if (clock_gettime(CLOCK_MONOTONIC, &ts) == -1)
		err(EX_OSERR, "clock_gettime");
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Put the call's number in place of each "{n}" of the template. */
static char **
expand(char **tpl, int argc)
{
	char	**v, num[32], *p, *q;
	size_t	 n, len;
	int	 i;

	serial++;
	snprintf(num, sizeof(num), "%lu", serial);
	if ((v = calloc((size_t)argc + 1, sizeof(*v))) == NULL)
		err(EX_OSERR, "out of memory");
	for (i = 0; i < argc; i++) {
		for (n = 0, p = tpl[i]; (p = strstr(p, "{n}")) != NULL; p += 3)
			n++;
		len = strlen(tpl[i]) + n * strlen(num) + 1;
		if ((v[i] = malloc(len)) == NULL)
			err(EX_OSERR, "out of memory");
		for (p = tpl[i], q = v[i]; *p != '\0'; )
			if (strncmp(p, "{n}", 3) == 0) {
				q = stpcpy(q, num);
				p += 3;
			} else
				*q++ = *p++;
		*q = '\0';
	}
	return v;
}

static void
release(char **v)
{
	char	**p;

	for (p = v; *p != NULL; p++)
		free(*p);
	free(v);
}

/* In the child: stdin from the input file, output thrown away unless -v. */
static void __attribute__((__noreturn__))
child(char **argv)
{
	int	 errfd, fd;

	/* Keep a way to say that exec failed, whatever stderr becomes. */
	errfd = fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 3);
	if ((fd = open(iflag, O_RDONLY)) == -1 ||
	    dup2(fd, STDIN_FILENO) == -1)
		goto fail;
	if (fd != STDIN_FILENO)
		close(fd);
	if (!vflag) {
		if ((fd = open("/dev/null", O_WRONLY)) == -1 ||
		    dup2(fd, STDOUT_FILENO) == -1 ||
		    dup2(fd, STDERR_FILENO) == -1)
			goto fail;
		if (fd > STDERR_FILENO)
			close(fd);
	}
	execvp(argv[0], argv);
fail:
	if (errfd != -1)
		dprintf(errfd, "measure: %s: %s\n", argv[0], strerror(errno));
	_exit(127);
}

/* Run one call: its wall time, peak RSS and exit status (128+N: signal). */
static void
call(char **tpl, int argc, double *wall, long *rss, int *code)
{
	struct rusage	 ru;
	char		**argv = expand(tpl, argc);
	double		 t0;
	pid_t		 pid;
	int		 st;

	fflush(stdout);
	t0 = now();
	if ((pid = fork()) == -1)
		err(EX_OSERR, "fork");
	if (pid == 0)
		child(argv);
	while (wait4(pid, &st, 0, &ru) == -1)
		if (errno != EINTR)
			err(EX_OSERR, "wait4");
	*wall = now() - t0;
	*rss = ru.ru_maxrss;
	*code = WIFEXITED(st) ? WEXITSTATUS(st) : WIFSIGNALED(st) ?
	    128 + WTERMSIG(st) : 255;
	release(argv);
}

/* One round: calls calls in a row; wall a call, largest RSS, first failure. */
static void
round_run(char **tpl, int argc, unsigned long calls, int print)
{
	double		 wall, total = 0;
	long		 rss, maxrss = 0;
	int		 code, first = 0;
	unsigned long	 i;

	for (i = 0; i < calls; i++) {
		call(tpl, argc, &wall, &rss, &code);
		total += wall;
		if (rss > maxrss)
			maxrss = rss;
		if (code != 0 && first == 0)
			first = code;
	}
	if (print)
		printf("%.6f %ld %d\n", total / (double)calls, maxrss, first);
}

int
main(int argc, char *argv[])
{
	unsigned long	 rounds = 5, warmup = 1, calls = 1, i;
	int		 ch;

	while ((ch = getopt(argc, argv, "+c:hi:n:vw:")) != -1)
		switch (ch) {
		case 'c':
			calls = number(optarg, "number of calls", 1);
			break;
		case 'h':
			usage(0);
		case 'i':
			iflag = optarg;
			break;
		case 'n':
			rounds = number(optarg, "number of rounds", 1);
			break;
		case 'v':
			vflag = 1;
			break;
		case 'w':
			warmup = number(optarg, "number of warm-up rounds", 0);
			break;
		default:
			usage(1);
		}
	argc -= optind;
	argv += optind;
	if (argc == 0)
		usage(1);

	for (i = 0; i < warmup; i++)
		round_run(argv, argc, calls, 0);
	for (i = 0; i < rounds; i++)
		round_run(argv, argc, calls, 1);
	if (fflush(stdout) == EOF || ferror(stdout))
		err(EX_IOERR, "stdout");
	return 0;
}
