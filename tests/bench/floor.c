/*
 * floor: the least work any reader of a whole journal must do.  It walks
 * DIR/people, DIR/goals and DIR/log/YYYY with openat and readdir, reads
 * every *.md file whole into one reused buffer and counts its lines:
 * nothing else (no sorting, no parsing).  A benchmark divides a program's
 * time by this one, measured on the same journal in the same run.
 *
 * floor -w FILE is the floor of a writer: it makes the new file FILE as
 * any writer that loses nothing must (a temporary file beside it,
 * written and fsynced, linked to FILE, removed, and the folder fsynced)
 * and does nothing else.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <sys/stat.h>
#include <sys/types.h>

#include <dirent.h>
#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

/* dir/name in a new string (asprintf is not POSIX). */
static char *
join(const char *dir, const char *name)
{
	size_t	 n = strlen(dir) + 1 + strlen(name) + 1;
	char	*s;

	if ((s = malloc(n)) == NULL)
		err(EX_OSERR, "out of memory");
	snprintf(s, n, "%s/%s", dir, name);
	return s;
}

static char		*buf;
static size_t		 bufsize;
static unsigned long	 nfiles, nlines;
static int		 status;

/* Read one file whole and count its newlines. */
static void
read_file(int dirfd, const char *dir, const char *name)
{
	struct stat	 st;
	size_t		 len = 0, want;
	ssize_t		 n;
	const char	*p, *end;
	int		 fd;

	if ((fd = openat(dirfd, name, O_RDONLY | O_CLOEXEC)) == -1) {
		warn("%s/%s", dir, name);
		status = EX_IOERR;
		return;
	}
	if (fstat(fd, &st) == -1) {
		warn("%s/%s", dir, name);
		status = EX_IOERR;
		close(fd);
		return;
	}
	/* One byte more than the size, so a read of 0 ends the loop. */
	want = (size_t)st.st_size + 1;
	if (want > bufsize) {
		free(buf);
		bufsize = want > 65536 ? want : 65536;
		if ((buf = malloc(bufsize)) == NULL)
			err(EX_OSERR, "out of memory");
	}
	for (;;) {
		if (len == bufsize) {
			bufsize *= 2;
			if ((buf = realloc(buf, bufsize)) == NULL)
				err(EX_OSERR, "out of memory");
		}
		n = read(fd, buf + len, bufsize - len);
		if (n == 0)
			break;
		if (n == -1) {
			if (errno == EINTR)
				continue;
			warn("%s/%s", dir, name);
			status = EX_IOERR;
			break;
		}
		len += (size_t)n;
	}
	close(fd);
	nfiles++;
	for (p = buf, end = buf + len; (p = memchr(p, '\n',
	    (size_t)(end - p))) != NULL; p++)
		nlines++;
}

static int
is_record(const char *name)
{
	size_t	 n = strlen(name);

	return name[0] != '.' && n > 3 && strcmp(name + n - 3, ".md") == 0;
}

/*
 * Read the records of dir (relative to parent); with sub, read the
 * records of its subfolders instead (log/YYYY).  A missing folder is empty.
 */
static void
walk(int parent, const char *dir, const char *rel, int sub)
{
	DIR		*dp;
	struct dirent	*de;
	char		*path;
	int		 fd;

	if ((fd = openat(parent, rel, O_RDONLY | O_DIRECTORY | O_CLOEXEC))
	    == -1) {
		if (errno != ENOENT && errno != ENOTDIR) {
			warn("%s/%s", dir, rel);
			status = EX_IOERR;
		}
		return;
	}
	if ((dp = fdopendir(fd)) == NULL)
		err(EX_OSERR, "%s/%s", dir, rel);
	path = join(dir, rel);
	while ((de = readdir(dp)) != NULL) {
		if (sub) {
			if (de->d_name[0] != '.')
				walk(fd, path, de->d_name, 0);
		} else if (is_record(de->d_name))
			read_file(fd, path, de->d_name);
	}
	closedir(dp);
	free(path);
}

/* floor -w: make file durably, with the system calls a writer needs. */
static int
write_floor(const char *file)
{
	static const char text[] = "---\ntitle: Floor\ndate: 2026-01-01\n"
	    "---\nOne new record, made durable.\n";
	const char	*slash = strrchr(file, '/');
	char		*dir, *tmp;
	int		 dfd, fd;

	dir = slash == NULL ? join(".", "") : strndup(file,
	    (size_t)(slash - file) + 1);
	if (dir == NULL)
		err(EX_OSERR, "out of memory");
	tmp = join(file, "lock");
	tmp[strlen(file)] = '.';
	if ((dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) == -1)
		err(EX_NOINPUT, "%s", dir);
	if ((fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666))
	    == -1)
		err(EX_CANTCREAT, "%s", tmp);
	if (write(fd, text, sizeof(text) - 1) != (ssize_t)sizeof(text) - 1 ||
	    fsync(fd) == -1 || close(fd) == -1)
		err(EX_IOERR, "%s", tmp);
	if (link(tmp, file) == -1) {
		warn("%s", file);
		(void)unlink(tmp);
		return EX_CANTCREAT;
	}
	if (unlink(tmp) == -1 || fsync(dfd) == -1)
		err(EX_IOERR, "%s", dir);
	close(dfd);
	free(tmp);
	free(dir);
	return 0;
}

int
main(int argc, char *argv[])
{
	int	 dirfd, i;

	if (argc == 3 && strcmp(argv[1], "-w") == 0)
		return write_floor(argv[2]);
	if (argc < 2 || argv[1][0] == '-') {
		fprintf(stderr, "usage: floor directory ...\n"
		    "       floor -w file\n");
		return EX_USAGE;
	}
	/* Several journals (a program's) are read one after the other. */
	for (i = 1; i < argc; i++) {
		if ((dirfd = open(argv[i], O_RDONLY | O_DIRECTORY |
		    O_CLOEXEC)) == -1)
			err(EX_NOINPUT, "%s", argv[i]);
		walk(dirfd, argv[i], "people", 0);
		walk(dirfd, argv[i], "goals", 0);
		walk(dirfd, argv[i], "log", 1);
		close(dirfd);
	}
	free(buf);
	printf("%lu files, %lu lines\n", nfiles, nlines);
	if (fflush(stdout) == EOF || ferror(stdout))
		err(EX_IOERR, "stdout");
	return status;
}
