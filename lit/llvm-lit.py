#!/usr/bin/env python3
"""lit for upstream's test trees with our generated site configs, the way an
LLVM build's own llvm-lit maps them (Debian's lit, no LLVM build tree).

usage: llvm-lit.py TREE SITE_DIR [lit arguments and test paths]
"""
import os
import sys

sys.path.insert(0, "/usr/lib/llvm-22/utils/lit")

tree, site = (os.path.abspath(p) for p in sys.argv[1:3])
del sys.argv[1:3]
config_map = {}
for suite in ("llvm", "clang"):
    cfg = os.path.normcase(os.path.join(tree, suite, "test", "lit.cfg.py"))
    config_map[cfg] = os.path.join(site, suite, "lit.site.cfg.py")

from lit.main import main  # noqa: E402

main({"config_map": config_map})
