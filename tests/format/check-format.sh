#!/usr/bin/env bash
# Every C++ file of src/ and tests/ is laid out as the checked-in .clang-format says; the files that
# differ are named, with the command that fixes them.
set -euo pipefail
root=$1
cd "$root"
bad=()
while IFS= read -r -d '' file; do
    clang-format --dry-run -Werror "$file" >/dev/null 2>&1 || bad+=("$file")
done < <(find src tests \( -name '*.cpp' -o -name '*.h' \) -print0 | sort -z)
if ((${#bad[@]})); then
    echo "These files differ from .clang-format (fix with: clang-format -i FILE):"
    printf '  %s\n' "${bad[@]}"
    exit 1
fi
echo "clang-format: every file of src/ and tests/ as .clang-format says"
