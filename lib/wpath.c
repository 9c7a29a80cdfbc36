#include "config.h"

#include <sys/stat.h>
#include <sys/types.h>

#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mentor.h"
#include "write.h"

/*
 * Walking into the journal (DESIGN.md §3): every path a writer takes is
 * relative to the journal's folder, opened once.  The folders on the way
 * are opened one at a time without following a symbolic link; a link is
 * followed only by reading it and walking its target from the journal's
 * folder, and refused when it leads out.  Everything after is done
 * relative to the descriptor of the record's folder, so a folder swapped
 * for a link meanwhile cannot move a write out of the journal.
 */

#define WALK_HOPS		40		/* symbolic links on one path */

/* Close a place's folder and free its names. */
void
wpath_release(struct wpath *w)
{
	if (w->dfd != -1)
		(void)close(w->dfd);
	free(w->name);
	free(w->rel);
	w->dfd = -1;
	w->name = w->rel = NULL;
}

/*
 * A link's target as a path from the journal's folder: relative to the
 * folder at where, or absolute inside the journal.  NULL when it leads
 * out.
 */
static char *
link_target(const struct journal *j, const char *where, const char *t,
    const char *rest)
{
	size_t	 n = strlen(j->abs);
	char	*p;

	if (t[0] == '/') {
		if (strcmp(j->abs, "/") == 0)
			n = 0;
		else if (strncmp(t, j->abs, n) != 0 ||
		    (t[n] != '/' && t[n] != '\0'))
			return NULL;
		xasprintf(&p, "%s%s%s", t + n, *rest ? "/" : "", rest);
	} else
		xasprintf(&p, "%s%s%s%s%s", where, *where ? "/" : "", t,
		    *rest ? "/" : "", rest);
	return p;
}

/* Read the link name in dfd; a new string, or NULL and errno. */
static char *
read_link(int dfd, const char *name)
{
	struct buf	 b = BUF_INIT;
	ssize_t		 n;

	for (buf_grow(&b, 256);; buf_grow(&b, b.alloc * 2)) {
		if ((n = readlinkat(dfd, name, b.buf, b.alloc - 1)) == -1) {
			buf_release(&b);
			return NULL;
		}
		if ((size_t)n < b.alloc - 1)
			break;
	}
	buf_setlen(&b, (size_t)n);
	return buf_detach(&b, NULL);
}

/*
 * Open the folder at path (from the journal's folder), one name at a
 * time, never following a link but by walking its target from the
 * journal's folder; ".." never leaves it.  With W_MKDIR, missing folders
 * are made.  Returns 0 with the folder's descriptor and its path (links
 * resolved) in w->dfd and w->rel, W_OUT when the way leads out of the
 * journal, or -1 with errno.
 */
int
walk_dir(struct journal *j, const char *path, int flags, int *hops,
    struct wpath *w)
{
	struct buf	 todo = BUF_INIT, where = BUF_INIT;
	int		*fds = NULL;
	size_t		 nfd = 0, pos = 0, len, k;
	char		*name = NULL, *t, *next;
	struct stat	 st;
	int		 cur = j->dirfd, fd, e = 0, rv = -1, made;

	buf_addstr(&todo, path);
	for (;;) {
		while (todo.buf[pos] == '/')
			pos++;
		if (todo.buf[pos] == '\0')
			break;
		len = strcspn(todo.buf + pos, "/");
		free(name);
		name = xstrndup(todo.buf + pos, len);
		pos += len;
		if (strcmp(name, ".") == 0)
			continue;
		if (strcmp(name, "..") == 0) {
			if (nfd == 0) {
				rv = W_OUT;
				goto out;
			}
			(void)close(fds[--nfd]);
			cur = nfd > 0 ? fds[nfd - 1] : j->dirfd;
			for (k = where.len; k > 0 && where.buf[k - 1] != '/'; k--)
				;
			buf_setlen(&where, k > 0 ? k - 1 : 0);
			continue;
		}
		made = 0;
again:
		fd = openat(cur, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW |
		    O_CLOEXEC);
		if (fd != -1) {
			fds = xreallocarray(fds, nfd + 1, sizeof(*fds));
			fds[nfd++] = cur = fd;
			if (where.len > 0)
				buf_addch(&where, '/');
			buf_addstr(&where, name);
			continue;
		}
		e = errno;
		if (e == ENOENT && (flags & W_MKDIR) && !made) {
			if (mkdirat(cur, name, 0777) == -1 && errno != EEXIST) {
				e = errno;
				goto fail;
			}
			made = 1;
			goto again;
		}
		if (fstatat(cur, name, &st, AT_SYMLINK_NOFOLLOW) == -1 ||
		    !S_ISLNK(st.st_mode))
			goto fail;
		if (++*hops > WALK_HOPS) {
			e = ELOOP;
			goto fail;
		}
		if ((t = read_link(cur, name)) == NULL) {
			e = errno;
			goto fail;
		}
		next = link_target(j, where.buf, t, todo.buf + pos);
		free(t);
		if (next == NULL) {
			rv = W_OUT;
			goto out;
		}
		/* Walk the target from the top. */
		while (nfd > 0)
			(void)close(fds[--nfd]);
		cur = j->dirfd;
		buf_reset(&where);
		buf_reset(&todo);
		buf_addstr(&todo, next);
		free(next);
		pos = 0;
	}
	if ((w->dfd = nfd > 0 ? fds[--nfd] : dup(j->dirfd)) == -1)
		err(EX_OSERR, "dup");
	w->rel = buf_detach(&where, NULL);
	rv = 0;
	goto out;
fail:
	errno = e;
out:
	e = errno;
	while (nfd > 0)
		(void)close(fds[--nfd]);
	free(fds);
	free(name);
	buf_release(&todo);
	buf_release(&where);
	errno = e;
	return rv;
}

/*
 * The folder and name of the file at rel, as walk_dir() finds folders;
 * with W_FOLLOW, a last name that is a link is followed the same way.
 * Returns 0, W_OUT or -1 with errno.
 */
int
walk(struct journal *j, const char *rel, int flags, struct wpath *w)
{
	struct stat	 st;
	const char	*slash;
	char		*path = xstrdup(rel), *dir, *t, *next;
	int		 hops = 0, rv;

	w->dfd = -1;
	w->name = w->rel = NULL;
	for (;;) {
		slash = strrchr(path, '/');
		dir = xstrndup(path, slash != NULL ? (size_t)(slash - path) : 0);
		w->name = xstrdup(slash != NULL ? slash + 1 : path);
		rv = walk_dir(j, dir, flags & W_MKDIR, &hops, w);
		free(dir);
		if (rv != 0)
			break;
		if (*w->name == '\0' || strcmp(w->name, ".") == 0 ||
		    strcmp(w->name, "..") == 0) {
			errno = EISDIR;
			rv = -1;
			break;
		}
		if (!(flags & W_FOLLOW) || fstatat(w->dfd, w->name, &st,
		    AT_SYMLINK_NOFOLLOW) == -1 || !S_ISLNK(st.st_mode)) {
			t = w->rel;
			xasprintf(&w->rel, "%s%s%s", t, *t ? "/" : "", w->name);
			free(t);
			free(path);
			return 0;
		}
		if (++hops > WALK_HOPS) {
			errno = ELOOP;
			rv = -1;
			break;
		}
		if ((t = read_link(w->dfd, w->name)) == NULL) {
			rv = -1;
			break;
		}
		next = link_target(j, w->rel, t, "");
		free(t);
		wpath_release(w);
		if (next == NULL) {
			rv = W_OUT;
			break;
		}
		free(path);
		path = next;
	}
	free(path);
	wpath_release(w);
	return rv;
}

