#!/usr/bin/env bash
# Regenerate po/beredt.pot from the sources and merge it into po/en.po.
# Keywords: T(), L() (a finding's text, model/finding.c) and i18n_tr() translate at once, N_() marks static text, and the
# message formats of err_set() and its kin (err_missing, err_conflict, err_limit), err_prefix(), cli_usage() and the CSV reader's fail() are
# msgids too.
set -euo pipefail
cd "$(dirname "$0")/.."
xgettext --from-code=UTF-8 --language=C --add-comments=TRANSLATORS -k -kT -kL -kN_ -ki18n_tr:2 -ki18n_n:2,3 \
  -kerr_set:2 -kerr_missing:2 -kerr_conflict:2 -kerr_limit:2 -kerr_prefix:2 -kcli_usage:3 -kfail:3 --package-name=beredt -o po/beredt.pot \
  $(git ls-files 'src/*.c' 'src/*.h' | sort)
msgmerge --quiet --update --backup=none --no-fuzzy-matching po/en.po po/beredt.pot
