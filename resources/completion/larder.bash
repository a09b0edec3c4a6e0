# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Larder developers
# bash completion for larder. The candidates come from the hidden `larder __complete WORD...`, which
# knows the commands, each command's options, and the jobs and servers of the config in use, so this
# script never changes when a command or option is added.

_larder() {
    local cur words cword
    if declare -F _init_completion >/dev/null; then
        # -n =: keep --option=value one word, as larder reads it.
        _init_completion -n = || return
    else
        cur=${COMP_WORDS[COMP_CWORD]}
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
    fi
    local IFS=$'\n'
    local -a candidates
    candidates=($("${words[0]}" __complete "${words[@]:1:cword}" 2>/dev/null))
    if [[ ${candidates[0]-} == :files ]]; then
        compopt -o filenames 2>/dev/null
        COMPREPLY=($(compgen -f -- "$cur"))
        return
    fi
    COMPREPLY=("${candidates[@]}")
}
complete -F _larder larder
