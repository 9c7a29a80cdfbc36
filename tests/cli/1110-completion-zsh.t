#!/bin/sh
# zsh's completion (cmd/completion/_mentor), loaded by compinit in an
# interactive zsh on a pseudo-terminal, where each case of
# tests/data/completion.cases is typed with a Tab: commands, options,
# values, ids of each type, the journal from -C, $MENTOR_JOURNAL or the
# folders above.  The values it lists are those the programs take.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/completion.sh"

command -v zsh >/dev/null 2>&1 ||
    completion_need "zsh is not installed (Debian: zsh)"
zsh -fc 'zmodload zsh/zpty' 2>/dev/null ||
    completion_need "zsh has no zsh/zpty module"

complete_run() {
	zsh -f "$HERE/complete.zsh" "$COMPLETIONS"
}

completion_setup
completion_cases zsh
completion_values
plan "$test_n"
done_testing
