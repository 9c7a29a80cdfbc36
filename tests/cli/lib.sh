# Shared set-up for the shell tests: TAP output, a scratch directory, and
# helpers that compare a command's stdout, stderr and exit status with
# exact expectations.  Programs come from PATH (AM_TESTS_ENVIRONMENT).
#
#	want_out <<'EOF' ... EOF	expected stdout of the next run
#	want_err <<'EOF' ... EOF	expected stderr of the next run
#	run 'description' STATUS command [argument ...]
#
# A run without want_out/want_err expects that stream to be empty.

set -u
LC_ALL=C
export LC_ALL
MENTOR_TODAY=2026-11-22
export MENTOR_TODAY
unset MENTOR_JOURNAL MENTOR_AUTHOR MENTOR_LOCK_TIMEOUT NO_COLOR VISUAL EDITOR
MENTOR_AUTHOR=tester
export MENTOR_AUTHOR
: "${VALGRIND:=}"
: "${TESTDATA:=$(cd "$(dirname "$0")/../data" && pwd)}"
: "${EXAMPLES:=$(cd "$(dirname "$0")/../../examples" && pwd)}"

T=$(mktemp -d "${TMPDIR:-/tmp}/mentor-test.XXXXXX") || exit 99
trap 'chmod -R u+w "$T" 2>/dev/null; rm -rf "$T"' EXIT
test_n=0
test_failed=0

plan() {
	echo "1..$1"
}

ok() {
	test_n=$((test_n + 1))
	echo "ok $test_n - $1"
}

not_ok() {
	test_n=$((test_n + 1))
	test_failed=$((test_failed + 1))
	echo "not ok $test_n - $1"
}

want_out() {
	cat >"$T/.want_out"
}

want_err() {
	cat >"$T/.want_err"
}

# Run a command with stdout and stderr captured in $T/.out and $T/.err.
capture() {
	if [ -n "$VALGRIND" ]; then
		$VALGRIND "$@" >"$T/.out" 2>"$T/.err"
	else
		"$@" >"$T/.out" 2>"$T/.err"
	fi
}

run() {
	desc=$1
	want_status=$2
	shift 2
	[ -f "$T/.want_out" ] || : >"$T/.want_out"
	[ -f "$T/.want_err" ] || : >"$T/.want_err"
	capture "$@"
	status=$?
	bad=
	if [ "$status" != "$want_status" ]; then
		bad=1
		echo "# exit status $status, want $want_status"
	fi
	if ! diff -u "$T/.want_out" "$T/.out" >"$T/.diff"; then
		bad=1
		echo "# stdout differs:"
		sed 's/^/# /' "$T/.diff"
	fi
	if ! diff -u "$T/.want_err" "$T/.err" >"$T/.diff"; then
		bad=1
		echo "# stderr differs:"
		sed 's/^/# /' "$T/.diff"
	fi
	rm -f "$T/.want_out" "$T/.want_err"
	if [ -z "$bad" ]; then
		ok "$desc"
	else
		not_ok "$desc"
	fi
}

# Assert a shell condition: check 'description' test -f file
check() {
	desc=$1
	shift
	if "$@"; then
		ok "$desc"
	else
		not_ok "$desc"
	fi
}

# need_git: skip the whole test when git is missing; else git with a
# fixed identity and no user or system configuration (HOME is $T).
need_git() {
	if ! command -v git >/dev/null 2>&1; then
		echo "1..0 # SKIP git is not installed"
		exit 0
	fi
	GIT_AUTHOR_NAME=Tester GIT_AUTHOR_EMAIL=tester@example.com
	GIT_COMMITTER_NAME=Tester GIT_COMMITTER_EMAIL=tester@example.com
	GIT_CONFIG_NOSYSTEM=1 HOME=$T
	export GIT_AUTHOR_NAME GIT_AUTHOR_EMAIL GIT_COMMITTER_NAME \
	    GIT_COMMITTER_EMAIL GIT_CONFIG_NOSYSTEM HOME
}

# A copy of the example journal to work on.
example_copy() {
	rm -rf "$1"
	cp -R "$EXAMPLES/journal" "$1"
	chmod -R u+w "$1"
}

# pty COLUMNS 'command line': run it on a pseudo-terminal COLUMNS wide
# (script(1) of util-linux; the pty takes its width from COLUMNS, as its
# standard input is not a terminal), printing its output without the
# terminal's carriage returns.  have_pty says whether script(1) works.
pty() {
	COLUMNS=$1 script -qec "$2" /dev/null </dev/null | tr -d '\r'
}

have_pty() {
	[ "$(script -qec 'echo ok' /dev/null </dev/null 2>/dev/null |
	    tr -d '\r')" = ok ]
}

done_testing() {
	[ "$test_failed" -eq 0 ]
}
